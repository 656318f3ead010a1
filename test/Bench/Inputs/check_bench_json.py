#!/usr/bin/env python3
"""Checks ttt-bench's --json and --csv files: the expected rows, every
contender that should run ran, within the tolerance, with a positive time,
and the CSV holds the same records.

usage: check_bench_json.py JSON CSV --models m1,m2 --prefill T1,.. \
         --decode P1,.. --steps N --ran c1,c2 [--expect-fail]
Prints "ok: N records" or exits 1 naming the first problem.
"""
import argparse
import csv
import json
import math
import sys


def fail(msg):
    print("check_bench_json: " + msg)
    sys.exit(1)


def ints(text):
    return [int(x) for x in text.split(",") if x]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("json")
    p.add_argument("csv")
    p.add_argument("--models", required=True)
    p.add_argument("--prefill", default="")
    p.add_argument("--decode", default="")
    p.add_argument("--steps", type=int, default=0)
    p.add_argument("--ran", required=True)
    p.add_argument("--expect-fail", action="store_true",
                   help="every contender that ran exceeds the tolerance")
    a = p.parse_args()
    with open(a.json) as f:
        report = json.load(f)
    rows = report["rows"]
    tol = report["setup"]["tolerance"]
    expected = set()
    for m in a.models.split(","):
        for c in ("compiled", "eigen", "torch"):
            for t in ints(a.prefill):
                expected.add((m, "prefill", t, 0, c))
            for t in ints(a.decode):
                expected.add((m, "decode", t, a.steps, c))
    got = [(r["model"], r["mode"], r["T"], r["steps"], r["contender"])
           for r in rows]
    if len(got) != len(set(got)) or set(got) != expected:
        fail("rows %s, expected %s" % (sorted(got), sorted(expected)))
    ran = set(a.ran.split(","))
    for r in rows:
        where = "%s %s T=%d %s" % (r["model"], r["mode"], r["T"],
                                   r["contender"])
        if r["contender"] not in ran:
            if r["ran"] or not r["note"]:
                fail(where + ": should not have run and say why")
            continue
        if not r["ran"]:
            fail(where + ": did not run: " + r["note"])
        if not (r["ms"] > 0 and r["tokens_per_s"] > 0):
            fail(where + ": no time")
        tokens = 1 if r["mode"] == "decode" else r["T"]
        rate = report["setup"]["B"] * tokens / (r["ms"] / 1e3)
        if not math.isclose(rate, r["tokens_per_s"], rel_tol=1e-6):
            fail(where + ": tokens_per_s disagrees with ms")
        bad = r["error"] is None or not r["error"] <= tol
        if bad != a.expect_fail or r["passes"] == bad:
            fail(where + ": error %s against tolerance %g" % (r["error"], tol))
    with open(a.csv, newline="") as f:
        records = list(csv.DictReader(f))
    if [(r["model"], r["mode"], int(r["T"]), int(r["steps"]), r["contender"])
            for r in records] != got:
        fail("the CSV's records differ from the JSON's")
    for r, j in zip(records, rows):
        if j["ran"] and not math.isclose(float(r["ms"]), j["ms"],
                                         rel_tol=1e-6):
            fail("the CSV's ms differ from the JSON's")
    print("ok: %d records" % len(rows))


if __name__ == "__main__":
    main()
