#!/usr/bin/env python3
"""GPU correctness checks: ttt-run --check over every compiled artifact.

For every artifact directory under --artifacts (bench/gpu/run.sh prepare) and
every kernel in it, against the float64 reference (fresh random inputs per
run, outputs poisoned before the run, NaN fails):
  * T a multiple of the mini-batch size b (T = 4b),
  * T not a multiple, with a mini-batch in progress at the start
    (T = 3b + 5, position min(3, b - 1)),
  * the same tokens fed as chunks, a decode step among them (prefill
    kernels only, and not for timing "all": a non-causal mini-batch sees
    the tokens of its call).
Backward, train and backward-from-tape kernels (the artifacts built with
--training-pair) get the first two: every gradient against finite
differences of the reference, the train kernel's outputs and tape.
Then compute-sanitizer on one run of the first kernel of each f32 sm_90a
artifact (memcheck), plus racecheck and synccheck on TTT-Linear's prefill
and backward, when compute-sanitizer is on PATH (or under
/usr/local/cuda/bin).
Prints one line per run and a summary; exit status 1 if anything failed.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time


def kernels_of(artifact):
    with open(os.path.join(artifact, "manifest.json")) as f:
        m = json.load(f)
    return m["target"], [(k["name"], k["settings"]["mini_batch"],
                          k["settings"].get("timing", "causal") != "all",
                          k["kind"])
                         for k in m["kernels"]]


def run(cmd, log, timeout=600):
    start = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        rc, text = p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        rc, text = 124, "timed out after %d s" % timeout
    log.write("$ " + " ".join(cmd) + "\n" + text + "\n")
    log.flush()
    return rc, text, time.time() - start


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ttt-run", required=True)
    p.add_argument("--artifacts", required=True)
    p.add_argument("--log", default="gpu-checks.log")
    p.add_argument("--only", default="", help="substring of artifact names")
    a = p.parse_args()

    log = open(a.log, "w")
    artifacts = sorted(d for d in os.listdir(a.artifacts)
                       if a.only in d and
                       os.path.exists(os.path.join(a.artifacts, d,
                                                   "manifest.json")))
    if not artifacts:
        sys.exit("checks.py: no artifacts under " + a.artifacts)
    failures, runs, seed = [], 0, 1000
    for name in artifacts:
        art = os.path.join(a.artifacts, name)
        target, kernels = kernels_of(art)
        for kernel, b, causal, kind in kernels:
            t1, t2 = 4 * b, 3 * b + 5
            pos = min(3, b - 1)
            first = max(1, t2 // 3)
            chunks = "%d,1,%d" % (first, t2 - first - 1)
            cases = [
                ("T=%d" % t1, ["--shape", "2,3,%d" % t1]),
                ("T=%d p=%d" % (t2, pos),
                 ["--shape", "2,3,%d" % t2, "--position", str(pos)]),
                ("chunks %s" % chunks,
                 ["--shape", "1,2,%d" % t2, "--position", str(pos),
                  "--chunks", chunks]),
            ]
            # A non-causal mini-batch sees the tokens present in the call:
            # chunks change its outputs by design (ArtifactFormat.md). A
            # tape covers one call, and a backward's calls would chain in
            # reverse: ttt-run chunks prefills only.
            if not causal or kind != "prefill":
                cases.pop()
            for label, args in cases:
                seed += 1
                cmd = [a.ttt_run, art, "--kernel", kernel, "--random",
                       "--seed", str(seed), "--check"] + args
                rc, text, secs = run(cmd, log)
                runs += 1
                ok = rc == 0 and "FAIL" not in text
                worst = [l for l in text.splitlines() if l.startswith("check")]
                errs = [l.split("=")[1].split()[0] for l in worst
                        if "rel_err=" in l]
                print("%-4s %-34s %-22s %-18s max rel_err %-8s %.1fs" %
                      ("ok" if ok else "FAIL", name, kernel, label,
                       max(errs, key=float) if errs else "-", secs),
                      flush=True)
                if not ok:
                    failures.append("%s %s %s" % (name, kernel, label))
                    print("     " + "\n     ".join(text.strip().splitlines()[-6:]),
                          flush=True)

    sanitizer = shutil.which("compute-sanitizer") or (
        "/usr/local/cuda/bin/compute-sanitizer"
        if os.path.exists("/usr/local/cuda/bin/compute-sanitizer") else None)
    if not sanitizer:
        print("compute-sanitizer not found: sanitizer runs skipped")
    else:
        for name in artifacts:
            if not name.endswith(".f32.sm_90a"):
                continue
            art = os.path.join(a.artifacts, name)
            kernels = kernels_of(art)[1]
            sanitized = [(kernels[0], "memcheck")]
            if name.startswith("ttt_linear"):
                sanitized = [(k, tool) for k in kernels
                             if k[3] in ("prefill", "backward")
                             for tool in ("memcheck", "racecheck", "synccheck")]
            for (kernel, b, _, _), tool in sanitized:
                cmd = [sanitizer, "--tool", tool, "--error-exitcode", "3",
                       a.ttt_run, art, "--kernel", kernel, "--random",
                       "--seed", "7", "--shape", "1,2,%d" % (2 * b + 3),
                       "--position", str(min(1, b - 1)), "--check"]
                rc, text, secs = run(cmd, log, timeout=900)
                runs += 1
                summary = [l for l in text.splitlines()
                           if "ERROR SUMMARY" in l or "RACECHECK SUMMARY" in l]
                ok = rc == 0
                print("%-4s compute-sanitizer %-10s %-26s %-22s %s %.1fs" %
                      ("ok" if ok else "FAIL", tool, name, kernel,
                       summary[-1].strip() if summary else "", secs),
                      flush=True)
                if not ok:
                    failures.append("sanitizer %s %s %s" % (tool, name, kernel))
                    print("     " + "\n     ".join(text.strip().splitlines()[-12:]),
                          flush=True)

    print("\n%d runs, %d failed (log: %s)" % (runs, len(failures), a.log))
    for f in failures:
        print("FAILED: " + f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
