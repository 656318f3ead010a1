"""What delta_rule.py and lact_chunks.py share: their command line
(`inputs DIR B H T SEED`, `check DIR OUTDIR [TOL]`) and the line each prints
per checked tensor, which the tests' FileCheck patterns read."""
import sys


def report(label, name, rel, tol):
    """Prints `<label> <name>: rel_err=... (tol ...) ok|FAIL`; returns
    whether `rel` is below `tol` (never for NaN)."""
    good = rel < tol
    print("%s %s: rel_err=%.3e (tol %g) %s" %
          (label, name, rel, tol, "ok" if good else "FAIL"))
    return good


def main(argv, doc, write_inputs, check):
    """Runs `write_inputs(dir, B, H, T, seed)` or `check(dir, outdir, tol)`
    (True when every tensor is within tol) as `argv` asks; the exit status."""
    if len(argv) >= 7 and argv[1] == "inputs":
        write_inputs(argv[2], int(argv[3]), int(argv[4]), int(argv[5]),
                     int(argv[6]))
        return 0
    if len(argv) >= 4 and argv[1] == "check":
        tol = float(argv[4]) if len(argv) > 4 else 1e-4
        return 0 if check(argv[2], argv[3], tol) else 1
    sys.stderr.write(doc)
    return 2
