#!/usr/bin/env python3
"""Per-call overhead of the Python package ttt_mlir over the kernel itself.

For a decode step (ttt_mlir.Decoder.step, T = 1) and a prefill
(Kernel.__call__ and the autograd Function TTTPrefill), prints the median
time per call from Python next to the kernel's own time measured in C
(ttt_kernel_time: ttt_kernel_run in a loop, same buffers), and their
difference, the overhead. Also decode tokens/s from Python (B sequences per
step).

    TTT_MLIR_PREFIX=build /usr/bin/python3 bench/python_overhead.py ARTIFACT_DIR \\
        [--B 1] [--H 12] [--T 512] [--calls 2000]
"""
import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "python"))
sys.path.insert(0, str(Path(__file__).resolve().parent / "torch"))
import torch  # noqa: E402
import ttt_torch  # noqa: E402

import ttt_mlir  # noqa: E402


CLOCK = time.perf_counter


def per_call(fn, calls, rounds=7):
    """Median over `rounds` of the mean time of `calls` back-to-back calls."""
    fn()
    out = []
    for _ in range(rounds):
        t0 = CLOCK()
        for _ in range(calls):
            fn()
        out.append((CLOCK() - t0) / calls)
    return statistics.median(out)


def kernel_time(k, inputs, calls, rounds=7, in_place=False):
    """The kernel alone: ttt_kernel_time's C loop, timed with CLOCK."""
    out = []
    for _ in range(rounds):
        t0 = CLOCK()
        k.time(inputs, repeats=calls, warmup=0, in_place=in_place)
        out.append((CLOCK() - t0) / calls)
    return statistics.median(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("artifact")
    ap.add_argument("--B", type=int, default=1)
    ap.add_argument("--H", type=int, default=12)
    ap.add_argument("--T", type=int, default=512)
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--clock", choices=["wall", "cpu"], default="wall",
                    help="cpu: process CPU time, for a loaded machine (run "
                    "with TTT_NUM_THREADS=1 so that it equals the kernel's time)")
    o = ap.parse_args()
    global CLOCK
    CLOCK = time.process_time if o.clock == "cpu" else time.perf_counter
    ttt_torch.set_threads(1)
    art = ttt_mlir.load(o.artifact)
    k = art.kernel()
    layer = ttt_mlir.TTTLayer(art, hidden_size=64, num_heads=o.H, seed=0)
    B, H, d = o.B, o.H, k.settings["dim"]
    norms = [layer.inner_norm[n].detach() for n in layer._norm_order]
    ts = layer.token_idx.clone()
    outer = [ts] + norms
    state = layer.initial_state(B)

    def tokens(T):
        return ([torch.randn(B, H, T, d) for _ in range(3)] +
                [torch.rand(B, H, T) * 0.01])

    # Decode: the Decoder (bound ahead of time, state updated in place),
    # against the C loop on a state bound in place too.
    q, kk, v, lr = tokens(1)
    dec = ttt_mlir.Decoder(k, outer, state)
    py = per_call(lambda: dec.step(q, kk, v, lr), o.calls)
    c = kernel_time(k, [q, kk, v, lr] + outer + state.clone().ordered(k),
                    o.calls, in_place=True)
    print("clock: %s, TTT_NUM_THREADS=%s" % (o.clock, os.environ.get("TTT_NUM_THREADS", "(all cores)")))
    print("decode step  B=%d H=%d d=%d: python %.1f us/call, kernel (C loop) "
          "%.1f us, overhead %.1f us; %.0f tokens/s from Python"
          % (B, H, d, py * 1e6, c * 1e6, (py - c) * 1e6, B / py))

    # Prefill: Kernel.__call__ (checks, output allocation, one bind, run).
    ins = tokens(o.T) + outer + state.ordered(k)
    n = max(10, o.calls // 50)
    py = per_call(lambda: k(*ins), n)
    c = kernel_time(k, ins, n)
    print("prefill      B=%d H=%d T=%d: python %.1f us/call, kernel (C loop) "
          "%.1f us, overhead %.1f us" % (B, H, o.T, py * 1e6, c * 1e6, (py - c) * 1e6))
    outs = k(*ins)
    py = per_call(lambda: k(*ins, out=outs), n)
    print("prefill      Kernel.__call__(..., out=): python %.1f us/call, overhead "
          "%.1f us (outputs written into the same tensors)" % (py * 1e6, (py - c) * 1e6))
    with torch.no_grad():
        py = per_call(lambda: ttt_mlir.TTTPrefill.apply(k, *ins), n)
    print("prefill      TTTPrefill.apply (autograd Function): python %.1f us/call, "
          "overhead %.1f us" % (py * 1e6, (py - c) * 1e6))


if __name__ == "__main__":
    main()
