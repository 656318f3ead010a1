#!/usr/bin/env python3
"""Where a compiled kernel spends its time, loop by loop.

A kernel body is one big function once LLVM has inlined its loop nests, so
`perf report` gives it a single line. This script reads `perf annotate` of
that function, finds its loops (the ranges that a backward jump closes),
gives each sampled instruction to the innermost loop holding it, and prints
the loops by their share of the samples with what their instructions are:
vector FMAs (`fma`), broadcast loads (`bcast`), shuffles (`shuf`),
horizontal sums (`hsum`, a reduction of one vector's lanes), scalar float
ops (`scalar`) and calls. A register-blocked contraction shows as many
FMAs per broadcast, a square block of transposed inputs as shuffles next to
its FMAs, a row's dot product as a horizontal sum per iteration, a pass
over temporaries as vector loads and stores without FMAs.

    TTT_NUM_THREADS=1 perf record -o perf.data ttt-run ART --kernel K \\
        --random --shape 1,12,2048 --bench --repeats 20
    /usr/bin/python3 bench/hot_loops.py --data perf.data \\
        --symbol K_memref_body [--top 20]
    /usr/bin/python3 bench/hot_loops.py --annotate annotate.txt

(The symbol is the kernel's name, or `<kernel>_memref_body` where the
entry point calls a body; `perf report --sort sym` lists them.) Shares
are of the function's samples; loops below 0.5% are left out.
"""
import argparse
import re
import subprocess
import sys

LINE = re.compile(r"^\s*([0-9]+\.[0-9]+)\s*:\s+([0-9a-f]+):\s+(.*)$")
JUMP = re.compile(r"^j\w+\s+([0-9a-f]+)\b")


def fail(message):
    print(f"hot_loops: {message}", file=sys.stderr)
    sys.exit(1)


def parse(text):
    """(address, percent, instruction) for every instruction line."""
    rows = []
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            rows.append((int(m.group(2), 16), float(m.group(1)), m.group(3)))
    return rows


def loops_of(rows):
    """(first, last) address of every loop: a jump back to `first`."""
    loops = set()
    for address, _, instruction in rows:
        m = JUMP.match(instruction)
        if m and int(m.group(1), 16) <= address:
            loops.add((int(m.group(1), 16), address))
    return sorted(loops)


def innermost(address, loops):
    best = None
    for first, last in loops:
        if first <= address <= last and (
                best is None or last - first < best[1] - best[0]):
            best = (first, last)
    return best


def describe(instructions):
    text = "\n".join(instructions)
    return {
        "instructions": len(instructions),
        "fma": len(re.findall(r"vfn?m(add|sub)\w*ps", text)),
        "bcast": len(re.findall(r"vbroadcastss", text)),
        "shuf": len(re.findall(r"v(perm|shuf|unpck|insertf|extractf)\w*",
                               text)),
        "hsum": len(re.findall(r"vmovshdup|vhaddps", text)),
        "scalar": len(re.findall(r"\bv(add|sub|mul|div|fmadd\w*)ss\b", text)),
        "calls": len(re.findall(r"\bcall", text)),
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--data", help="perf.data to annotate")
    source.add_argument("--annotate",
                        help="`perf annotate --stdio` output already written")
    parser.add_argument("--symbol", help="the function to annotate (--data)")
    parser.add_argument("--top", type=int, default=20,
                        help="loops to print (default 20)")
    args = parser.parse_args()

    if args.data:
        if not args.symbol:
            fail("--data needs --symbol")
        try:
            result = subprocess.run(
                ["perf", "annotate", "--stdio", "-i", args.data, "-s",
                 args.symbol], capture_output=True, text=True)
        except FileNotFoundError:
            fail("perf is not installed")
        text = result.stdout
        if result.returncode != 0:
            fail(f"perf annotate failed (exit {result.returncode}): "
                 f"{result.stderr.strip()}")
    else:
        try:
            with open(args.annotate) as f:
                text = f.read()
        except OSError as error:
            fail(f"cannot read {args.annotate}: {error.strerror}")

    rows = parse(text)
    total = sum(percent for _, percent, _ in rows)
    if not rows or total <= 0:
        fail("no sampled instructions in the annotation "
             "(wrong symbol, or no samples in it?)")
    loops = loops_of(rows)
    shares, bodies = {}, {}
    for address, percent, instruction in rows:
        loop = innermost(address, loops)
        shares[loop] = shares.get(loop, 0.0) + percent
        bodies.setdefault(loop, []).append(instruction)

    print(f"hot_loops: {len(rows)} instructions, {len(loops)} loops")
    print("share  loop                 instructions fma bcast shuf hsum "
          "scalar calls")
    ranked = sorted(shares, key=lambda loop: -shares[loop])
    for loop in ranked[:args.top]:
        share = 100.0 * shares[loop] / total
        if share < 0.5:
            break
        where = (f"{loop[0]:x}-{loop[1]:x}" if loop else "outside loops")
        d = describe(bodies[loop])
        print(f"{share:5.1f}% {where:<20} {d['instructions']:>12} "
              f"{d['fma']:>3} {d['bcast']:>5} {d['shuf']:>4} {d['hsum']:>4} "
              f"{d['scalar']:>6} {d['calls']:>5}")


if __name__ == "__main__":
    main()
