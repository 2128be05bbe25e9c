#!/usr/bin/env python3
"""The real-article split used for tuning: 10 of the 30 articles in ../shared/eval/real are held out.

usage: real_split.py held-out|tune            print the article paths of that part, one a line
       real_split.py gold held-out|tune OUT   write the gold restricted to that part

The held-out ten (every third article of each series, chosen before any tuning on real text) are only
scored, never read while tuning: a03 a06 a09 a12 a15 b03 b06 b09 b12 b15.
"""
import json
import os
import sys

HELD_OUT = {"a03", "a06", "a09", "a12", "a15", "b03", "b06", "b09", "b12", "b15"}
REAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "real")


def part_docs(gold, part):
    docs = set(gold["documents"])
    return docs & HELD_OUT if part == "held-out" else docs - HELD_OUT


def restrict(gold, docs):
    out = dict(gold)
    out["documents"] = {k: v for k, v in gold["documents"].items() if k in docs}
    out["entities"] = [dict(e, docs=[d for d in e["docs"] if d in docs]) for e in gold["entities"]
                       if any(d in docs for d in e["docs"])]
    for key in ("relations", "secondary", "forbidden"):
        out[key] = [r for r in gold.get(key, []) if r.get("doc") in docs]
    return out


def main(argv):
    gold = json.load(open(os.path.join(REAL, "gold.json"), encoding="utf-8"))
    if argv[0] == "gold":
        docs = part_docs(gold, argv[1])
        json.dump(restrict(gold, docs), open(argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        return
    for doc in sorted(part_docs(gold, argv[0])):
        print(os.path.normpath(os.path.join(REAL, "articles", gold["documents"][doc] + ".txt")))


if __name__ == "__main__":
    main(sys.argv[1:])
