// A force-directed layout for graphs too big for fCoSE (which took minutes at 2,000 nodes): Fruchterman-Reingold
// with repulsion only between nodes in neighbouring grid cells, so one iteration costs O(nodes + edges), run a
// slice at a time so the page keeps answering. The iteration count is fixed (never "as many as fit in N ms"),
// so every machine and every load draws the same picture.
(function (root) {
  "use strict";

  // mulberry32: a tiny seeded PRNG, so the starting positions are the same on every load.
  function seededRandom(seed) {
    return function () {
      seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  // count: number of nodes; edges: [[i, j], ...] index pairs; options: idealLength, iterations, seed.
  function ForceLayout(count, edges, options) {
    options = options || {};
    this.count = count;
    this.edges = edges;
    this.k = options.idealLength || 90;
    this.iterations = options.iterations || 300;
    this.iteration = 0;
    this.gravity = options.gravity || 0.005;
    this.x = new Float64Array(count);
    this.y = new Float64Array(count);
    this.dx = new Float64Array(count);
    this.dy = new Float64Array(count);
    // Start in a disc about the size of the final drawing, so the first moves are small ones.
    this.radius = this.k * Math.sqrt(count) * 0.6;
    var random = seededRandom(options.seed || 1);
    for (var i = 0; i < count; i++) {
      var r = this.radius * Math.sqrt(random()), a = 2 * Math.PI * random();
      this.x[i] = r * Math.cos(a);
      this.y[i] = r * Math.sin(a);
    }
  }

  ForceLayout.prototype.done = function () { return this.iteration >= this.iterations; };

  // Runs iterations until the layout is done or budgetMs has passed; returns whether it is done.
  ForceLayout.prototype.run = function (budgetMs) {
    var start = Date.now();
    while (!this.done() && Date.now() - start < budgetMs) this.step();
    return this.done();
  };

  ForceLayout.prototype.step = function () {
    this.dx.fill(0);
    this.dy.fill(0);
    this.repel();
    this.attract();
    this.move();
    this.iteration++;
  };

  // Nodes closer than 2k push each other apart with force k²/d; farther ones are ignored (the grid's saving).
  // The grid is a linked list per cell in typed arrays, rebuilt every iteration: no strings, no maps.
  ForceLayout.prototype.repel = function () {
    var size = 2 * this.k, k2 = this.k * this.k, x = this.x, y = this.y, n = this.count, i;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]); maxX = Math.max(maxX, x[i]);
      minY = Math.min(minY, y[i]); maxY = Math.max(maxY, y[i]);
    }
    var w = Math.floor((maxX - minX) / size) + 1, h = Math.floor((maxY - minY) / size) + 1;
    var head = new Int32Array(w * h).fill(-1), next = new Int32Array(n), gx = new Int32Array(n), gy = new Int32Array(n);
    for (i = 0; i < n; i++) {
      gx[i] = Math.floor((x[i] - minX) / size);
      gy[i] = Math.floor((y[i] - minY) / size);
      var c = gx[i] + gy[i] * w;
      next[i] = head[c];
      head[c] = i;
    }
    for (i = 0; i < n; i++) {
      for (var ox = -1; ox <= 1; ox++) {
        var cx = gx[i] + ox;
        if (cx < 0 || cx >= w) continue;
        for (var oy = -1; oy <= 1; oy++) {
          var cy = gy[i] + oy;
          if (cy < 0 || cy >= h) continue;
          for (var j = head[cx + cy * w]; j >= 0; j = next[j]) {
            if (j <= i) continue;
            var ddx = x[i] - x[j], ddy = y[i] - y[j], d2 = ddx * ddx + ddy * ddy;
            if (d2 === 0) { ddx = 0.01 * (i - j); ddy = 0.01; d2 = ddx * ddx + ddy * ddy; }
            if (d2 > size * size) continue;
            var f = k2 / d2;
            this.dx[i] += ddx * f; this.dy[i] += ddy * f;
            this.dx[j] -= ddx * f; this.dy[j] -= ddy * f;
          }
        }
      }
    }
  };

  // Edges pull their ends together with force d²/k; a weak pull to the centre keeps components from drifting off.
  ForceLayout.prototype.attract = function () {
    var x = this.x, y = this.y, k = this.k;
    for (var e = 0; e < this.edges.length; e++) {
      var a = this.edges[e][0], b = this.edges[e][1];
      if (a === b) continue;
      var ddx = x[a] - x[b], ddy = y[a] - y[b], d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01, f = d / k;
      this.dx[a] -= ddx * f; this.dy[a] -= ddy * f;
      this.dx[b] += ddx * f; this.dy[b] += ddy * f;
    }
    for (var i = 0; i < this.count; i++) {
      this.dx[i] -= x[i] * this.gravity;
      this.dy[i] -= y[i] * this.gravity;
    }
  };

  // Each node moves along its force by at most the temperature, which cools linearly to a small floor.
  ForceLayout.prototype.move = function () {
    var t = this.k * (2 * (1 - this.iteration / this.iterations) + 0.05);
    for (var i = 0; i < this.count; i++) {
      var d = Math.sqrt(this.dx[i] * this.dx[i] + this.dy[i] * this.dy[i]);
      if (d === 0) continue;
      var s = Math.min(d, t) / d;
      this.x[i] += this.dx[i] * s;
      this.y[i] += this.dy[i] * s;
    }
  };

  root.GraphLayout = { ForceLayout: ForceLayout, seededRandom: seededRandom };
})(typeof window !== "undefined" ? window : globalThis);
