// Installs viewer/node_modules from package-lock.json with `npm ci`, once, even when several builds
// (two projects referencing GraphBuilder, or two engineers' builds) ask at the same moment: a lock
// directory serialises them, and whoever gets it second finds the packages installed and does nothing.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const viewer = join(dirname(fileURLToPath(import.meta.url)), "..");
const lock = join(viewer, "node_modules.lock");
const installed = join(viewer, "node_modules", ".package-lock.json");
const lockfile = join(viewer, "package-lock.json");
const staleLockMs = 10 * 60 * 1000;
const waitMs = 15 * 60 * 1000;

const mtime = (path) => { try { return statSync(path).mtimeMs; } catch { return -1; } };
const upToDate = () => mtime(installed) >= mtime(lockfile);
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function acquire() {
  for (const start = Date.now(); Date.now() - start < waitMs; sleep(250)) {
    try {
      mkdirSync(lock);
      return;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      // A build killed while installing leaves its lock behind; an install never takes this long.
      if (Date.now() - mtime(lock) > staleLockMs) rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`timed out waiting for ${lock}; delete it if no build is running`);
}

function npmCi() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const args = ["ci", "--no-audit", "--no-fund", "--no-progress", "--loglevel=error"];
  const run = spawnSync(npm, args, { cwd: viewer, stdio: "inherit", shell: process.platform === "win32" });
  if (run.error) return `cannot start npm: ${run.error.message}`;
  return run.status === 0 ? null : `npm ci exited with code ${run.status}`;
}

acquire();
let failure = null;
try {
  if (!upToDate()) failure = npmCi();
} finally {
  rmSync(lock, { recursive: true, force: true });
}
if (failure) {
  console.error(`viewer: ${failure} in ${viewer}`);
  process.exit(1);
}
