#!/usr/bin/python3
"""Latency against context length from ttt-bench --json, as a PNG.

Like the latency figure of the TTT paper (Sun et al., arXiv 2407.04620,
figure 3): for each model, the prefill time against T (left) and the decode
time per token against the context it follows (right), one line per
contender (compiled kernel, hand-written Eigen, PyTorch eager). Only
contenders that ran and met the tolerance are drawn; the title gives B, H
and the thread count from the report's setup.

usage: bench/plot_latency.py REPORT.json [...] -o latency.png
Needs matplotlib (Debian: python3-matplotlib); exits 1 with a message on a
report it cannot read or with no rows to draw.
"""
import argparse
import json
import os
import sys
import tempfile

STYLE = {"compiled": ("C0", "o"), "eigen": ("C1", "s"), "torch": ("C2", "^")}
LABEL = {"compiled": "compiled (ttt-compile)", "eigen": "Eigen (by hand)",
         "torch": "PyTorch eager"}


def load(paths):
    rows, setups = [], []
    for path in paths:
        try:
            with open(path) as f:
                report = json.load(f)
            rows += report["rows"]
            setups.append(report["setup"])
        except (OSError, ValueError, KeyError, TypeError) as e:
            sys.exit("plot_latency: cannot read '%s': %s" % (path, e))
    return rows, setups


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("reports", nargs="+", help="ttt-bench --json files")
    p.add_argument("-o", "--output", required=True, help="the PNG to write")
    p.add_argument("--title", default="", help="a line above the plots")
    a = p.parse_args()
    rows, setups = load(a.reports)
    good = [r for r in rows if r["ran"] and r["passes"]]
    models = sorted({r["model"] for r in good})
    if not models:
        sys.exit("plot_latency: no row that ran within the tolerance in "
                 + ", ".join(a.reports))

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(len(models), 2, figsize=(9, 3.2 * len(models)),
                             squeeze=False)
    for m, model in enumerate(models):
        for col, mode in enumerate(("prefill", "decode")):
            ax = axes[m][col]
            drawn = False
            for c in ("compiled", "eigen", "torch"):
                pts = sorted((r["T"], r["ms"]) for r in good
                             if r["model"] == model and r["mode"] == mode
                             and r["contender"] == c)
                if not pts:
                    continue
                x = [t for t, _ in pts]
                y = [ms if mode == "prefill" else ms * 1e3 for _, ms in pts]
                color, marker = STYLE[c]
                ax.plot(x, y, marker=marker, color=color, label=LABEL[c])
                drawn = True
            ax.set_title("%s: %s" % (model, "prefill" if mode == "prefill"
                                     else "decode, per token"), fontsize=10)
            if mode == "prefill":
                ax.set_xlabel("sequence length T (tokens)")
                ax.set_ylabel("time per prefill (ms)")
            else:
                ax.set_xlabel("context before the decode steps (tokens)")
                ax.set_ylabel("time per token (us)")
            xs = [r["T"] for r in good if r["model"] == model
                  and r["mode"] == mode]
            if drawn:
                if min(xs) > 0:  # a decode from an empty context is at 0
                    ax.set_xscale("log", base=2)
                # Prefill grows with T: log-log. A decode step should not
                # grow with the context (the state has a fixed size): a
                # linear axis from 0 shows whether it does.
                if mode == "prefill":
                    ax.set_yscale("log")
                else:
                    ax.set_ylim(bottom=0)
                ax.grid(True, which="both", alpha=0.3)
                ax.legend(fontsize=8)
            else:
                ax.text(0.5, 0.5, "no %s rows" % mode, ha="center",
                        transform=ax.transAxes)
    s = setups[0]
    title = "ttt-bench: B=%s H=%s fp32, %s thread(s), median of %s" % (
        s["B"], s["H"], s["threads"], s["repeats"])
    if a.title:
        title += "\n" + a.title
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    # Atomically: a temporary file next to the output, then a rename.
    try:
        fd, temp = tempfile.mkstemp(
            dir=os.path.dirname(a.output) or ".",
            prefix="." + os.path.basename(a.output) + ".tmp-")
    except OSError as e:
        sys.exit("plot_latency: cannot write '%s': %s" % (a.output, e))
    try:
        with os.fdopen(fd, "wb") as f:
            fig.savefig(f, format="png", dpi=80)
        os.chmod(temp, 0o644)
        os.replace(temp, a.output)
    except OSError as e:
        os.unlink(temp)
        sys.exit("plot_latency: cannot write '%s': %s" % (a.output, e))
    print("plot_latency: wrote %s" % a.output)


if __name__ == "__main__":
    main()
