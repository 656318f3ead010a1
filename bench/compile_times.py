#!/usr/bin/env python3
"""Compile time of every example spec, against the 2 s floor (issue 13).

Runs `ttt-compile SPEC --target=cpu` REPEATS times per spec, once with only
the prefill (--backward=false) and once with the backward too (the
default), and prints the wall time (min and median) and the CPU time the
compiler and its children took (user + system, min), with the spec's size
(layers and ttt ops) so that growth with the size shows. Wall time is what
a user waits; CPU time over wall time is how well the threads were used.

    /usr/bin/python3 bench/compile_times.py [SPEC ...] [--ttt-compile PATH]
        [--baseline PATH] [--repeats 3] [--jobs N] [--floor 2.0] [--json FILE]

With --baseline, a second compiler (e.g. one built from an older commit)
compiles each spec with the backward as many times, its runs interleaved
with the first's (this, baseline, baseline, this, ...: neither always goes
first), and the report adds its min and the ratio baseline / this (above 1
when this compiler is faster): on a machine whose speed drifts, only runs
made in the same minutes compare.

Without SPEC it compiles examples/*.mlir. Timings are figures to read, not
checks: the exit status is non-zero only when a compile fails. Run it on a
quiet machine (the floor is stated for two cores).
"""
import argparse
import glob
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_compiler():
    prefix = os.environ.get("TTT_MLIR_PREFIX")
    return str(Path(prefix or ROOT / "build") / "bin" / "ttt-compile")


def spec_size(path):
    """(layers, ops): the spec's ttt.layer count and its ttt ops."""
    text = Path(path).read_text()
    layers = len(re.findall(r"\bttt\.layer\s+@", text))
    ops = len(re.findall(r"=\s*ttt\.[a-z_]+", text))
    return layers, ops


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def compile_once(compiler, spec, out, extra):
    """(wall s, CPU s) of one compile; raises on failure."""
    cmd = [compiler, spec, "--target=cpu", "-o", out] + extra
    cpu0, t0 = children_cpu(), time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed "
                           f"(exit {done.returncode}):\n{done.stderr}")
    return wall, cpu


def summarize(runs):
    walls = [w for w, _ in runs]
    return {"wall_min": min(walls), "wall_median": statistics.median(walls),
            "cpu_min": min(c for _, c in runs)}


def measure(compilers, spec, out, extra, repeats):
    """One summary per compiler, their runs interleaved: the first goes
    first in even rounds, last in odd ones."""
    runs = [[] for _ in compilers]
    for round in range(repeats):
        order = range(len(compilers))
        for i in (order if round % 2 == 0 else reversed(order)):
            runs[i].append(compile_once(compilers[i], spec, out, extra))
    return [summarize(r) for r in runs]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("specs", nargs="*",
                        help="specs to compile (default: examples/*.mlir)")
    parser.add_argument("--ttt-compile", default=default_compiler(),
                        help="the compiler (default: $TTT_MLIR_PREFIX/bin "
                             "or build/bin)")
    parser.add_argument("--baseline",
                        help="a second ttt-compile to run side by side, "
                             "interleaved, for the ratio baseline / this")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=0,
                        help="ttt-compile --jobs (default: its own, one per "
                             "hardware thread)")
    parser.add_argument("--floor", type=float, default=2.0,
                        help="seconds a compile with the backward should "
                             "take at most (default 2.0)")
    parser.add_argument("--json", help="also write the rows here")
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    specs = args.specs or sorted(glob.glob(str(ROOT / "examples" / "*.mlir")))
    for spec in specs:
        if not Path(spec).is_file():
            parser.error(f"no such spec: {spec}")
    if not os.access(args.ttt_compile, os.X_OK):
        parser.error(f"no ttt-compile at {args.ttt_compile} (build it, or "
                     "pass --ttt-compile / set TTT_MLIR_PREFIX)")
    if args.baseline and not os.access(args.baseline, os.X_OK):
        parser.error(f"no baseline ttt-compile at {args.baseline}")
    jobs = [f"--jobs={args.jobs}"] if args.jobs else []

    print(f"compile times: ttt-compile --target=cpu, {os.cpu_count()} "
          f"hardware threads, min of {args.repeats}")
    if args.baseline:
        print(f"baseline: {args.baseline}, interleaved with "
              f"{args.ttt_compile}")
    header = (f"{'spec':<22} {'layers':>6} {'ops':>4} {'prefill s':>10} "
              f"{'+backward s':>12} {'median s':>9} {'CPU s':>6} "
              f"{'s/layer':>8}  floor")
    if args.baseline:
        header += f" {'baseline s':>11} {'baseline CPU s':>15} {'ratio':>6}"
    print(header)
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "artifact")
            for spec in specs:
                layers, ops = spec_size(spec)
                prefill, = measure([args.ttt_compile], spec, out,
                                   ["--backward=false"] + jobs, args.repeats)
                compilers = [args.ttt_compile] + (
                    [args.baseline] if args.baseline else [])
                both, *baseline = measure(compilers, spec, out, jobs,
                                          args.repeats)
                within = both["wall_min"] <= args.floor
                row = {"spec": Path(spec).stem, "layers": layers, "ops": ops,
                       "prefill": prefill, "with_backward": both,
                       "seconds_per_layer": both["wall_min"] / max(1, layers),
                       "within_floor": within}
                line = (f"{row['spec']:<22} {layers:>6} {ops:>4} "
                        f"{prefill['wall_min']:>10.2f} "
                        f"{both['wall_min']:>12.2f} "
                        f"{both['wall_median']:>9.2f} {both['cpu_min']:>6.2f} "
                        f"{row['seconds_per_layer']:>8.2f}  "
                        f"{'met' if within else 'over':<4}")
                if baseline:
                    row["baseline"] = baseline[0]
                    row["baseline_over_this"] = (baseline[0]["wall_min"] /
                                                 both["wall_min"])
                    line += (f" {baseline[0]['wall_min']:>11.2f} "
                             f"{baseline[0]['cpu_min']:>15.2f} "
                             f"{row['baseline_over_this']:>5.2f}x")
                rows.append(row)
                print(line.rstrip(), flush=True)
    except RuntimeError as error:
        print(f"compile_times: {error}", file=sys.stderr)
        return 1
    met = sum(r["within_floor"] for r in rows)
    print(f"{met} of {len(rows)} specs compile, with the backward, within "
          f"{args.floor:g} s")
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"floor_s": args.floor, "repeats": args.repeats,
             "baseline": args.baseline, "rows": rows},
            indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
