#!/usr/bin/env python3
"""One kernel of two or more artifacts, timed in interleaved rounds.

Compares builds of the same kernel (say, main's artifact against one built
with a change) the way docs/BackwardSpeed.md reads its figures: each round
runs `ttt-run DIR --kernel K --random --seed S --shape B,H,T --bench` once
per artifact, in a new process each, the order rotating from round to
round so that none always goes first; the report gives, per artifact, the
minimum over the rounds of each process's median (what a comparison on a
shared machine reads: its other tenants slow runs down, never up), the
median of those medians, the fastest single run, and the ratio of each
minimum to the first artifact's (above 1: slower than the first).

    /usr/bin/python3 bench/compare_kernels.py DIR1 DIR2 [...] --kernel K
        [--shape 1,1,2048] [--rounds 5] [--repeats 100] [--seed 0]
        [--threads 1] [--ttt-run PATH] [--json FILE]

Timings are figures to read, not checks: the exit status is non-zero only
when an artifact or a run fails (ttt-run's message is shown).
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEDIAN = re.compile(r"^bench \S+: .* median ([0-9.]+) ms", re.M)
FASTEST = re.compile(r"^bench \S+: fastest ([0-9.]+) ms", re.M)


def default_runner():
    prefix = os.environ.get("TTT_MLIR_PREFIX")
    return str(Path(prefix or ROOT / "build") / "bin" / "ttt-run")


def positive(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def run_once(args, artifact):
    """(median ms, fastest ms) of one ttt-run process; raises on failure."""
    cmd = [args.ttt_run, artifact, "--kernel", args.kernel, "--random",
           "--seed", str(args.seed), "--shape", args.shape, "--bench",
           "--repeats", str(args.repeats)]
    env = dict(os.environ, TTT_NUM_THREADS=str(args.threads))
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    median, fastest = MEDIAN.search(done.stdout), FASTEST.search(done.stdout)
    if done.returncode != 0 or not median or not fastest:
        raise RuntimeError(f"{' '.join(cmd)} failed (exit {done.returncode}):"
                           f"\n{done.stderr.strip() or done.stdout.strip()}")
    return float(median.group(1)), float(fastest.group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("artifacts", nargs="+", metavar="DIR",
                    help="artifact directories (ttt-compile -o DIR); the "
                    "first is the one the others are compared with")
    ap.add_argument("--kernel", required=True, help="kernel to time")
    ap.add_argument("--shape", default="1,1,2048",
                    help="B,H,T for --random (default 1,1,2048: one head, "
                    "its data in the caches)")
    ap.add_argument("--rounds", type=positive, default=5,
                    help="processes per artifact (default 5)")
    ap.add_argument("--repeats", type=positive, default=100,
                    help="timed runs per process (default 100)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=positive, default=1,
                    help="TTT_NUM_THREADS of every run (default 1)")
    ap.add_argument("--ttt-run", default=default_runner(),
                    help="ttt-run to use (default: $TTT_MLIR_PREFIX/bin, "
                    "else build/bin)")
    ap.add_argument("--json", help="also write the rows here")
    args = ap.parse_args()

    if not os.access(args.ttt_run, os.X_OK):
        ap.error(f"no ttt-run at {args.ttt_run}")
    for artifact in args.artifacts:
        if not (Path(artifact) / "manifest.json").is_file():
            ap.error(f"no artifact at {artifact} (no manifest.json)")

    # Per position on the command line, so that one artifact given twice
    # (an A/A run, to see the machine's noise) keeps two rows.
    n = len(args.artifacts)
    medians = [[] for _ in range(n)]
    fastest = [[] for _ in range(n)]
    try:
        for r in range(args.rounds):
            for i in range(n):
                k = (i + r) % n
                artifact = args.artifacts[k]
                median, best = run_once(args, artifact)
                medians[k].append(median)
                fastest[k].append(best)
                print(f"round {r + 1}/{args.rounds}: {artifact} "
                      f"median {median:.4f} ms", file=sys.stderr, flush=True)
    except RuntimeError as e:
        print(f"compare_kernels: {e}", file=sys.stderr)
        return 1

    first = min(medians[0])
    rows = []
    print(f"{args.kernel} at --shape {args.shape}, {args.threads} thread(s), "
          f"{args.rounds} interleaved rounds of {args.repeats} timed runs")
    print("artifact min-of-medians-ms median-of-medians-ms fastest-run-ms "
          "ratio")
    for artifact, times, best in zip(args.artifacts, medians, fastest):
        row = {"artifact": artifact, "min_ms": min(times),
               "median_ms": statistics.median(times),
               "fastest_ms": min(best), "medians_ms": times}
        row["ratio"] = row["min_ms"] / first
        rows.append(row)
        print(f"{artifact} {row['min_ms']:.4f} {row['median_ms']:.4f} "
              f"{row['fastest_ms']:.4f} {row['ratio']:.3f}x")
    if args.json:
        try:
            Path(args.json).write_text(json.dumps(
                {"kernel": args.kernel, "shape": args.shape,
                 "threads": args.threads, "rounds": args.rounds,
                 "repeats": args.repeats, "rows": rows}, indent=1) + "\n")
        except OSError as e:
            print(f"compare_kernels: cannot write {args.json}: "
                  f"{e.strerror}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
