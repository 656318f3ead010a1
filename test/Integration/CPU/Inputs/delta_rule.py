#!/usr/bin/env python3
"""The delta rule written directly, to check examples/deltanet.mlir.

Independent of the compiler and of runtime/reference: plain Python floats
(float64), no numpy, the column-vector recurrence of DeltaNet (Yang et al.
2024) with S = W^T:

    S_t = S_{t-1} - beta_t (S_{t-1} k_t - v_t) k_t^T,   o_t = S_t q_t,
    beta_t = token_scale[0] * lr_t.

  delta_rule.py inputs DIR B H T SEED
      Writes DIR/<name>.npy (f32) for the deltanet kernel: random q, v,
      L2-normalised k (as DeltaNet uses), lr in (0.2, 1.8), token_scale [0.5]
      (so beta in (0.1, 0.9)), a random initial W, zero W.grad_sum,
      position 0.
  delta_rule.py check DIR OUTDIR [TOL]
      Runs the recurrence on DIR's inputs and compares ttt-run's Z.npy and
      W.npy in OUTDIR: relative L2 error per tensor, exit status 1 above TOL
      (1e-4) or on a NaN.
"""
import math
import os
import random
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "..", "Runtime", "Inputs"))
import npy  # noqa: E402

import check_cli  # noqa: E402 (beside this file)


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def write_inputs(outdir, B, H, T, seed):
    rng = random.Random(seed)
    d = 64
    os.makedirs(outdir, exist_ok=True)

    def save(name, shape, values):
        npy.write(os.path.join(outdir, name + ".npy"), "<f4", shape,
                  [f32(v) for v in values])

    keys = []
    for _ in range(B * H * T):
        k = [rng.gauss(0, 1) for _ in range(d)]
        norm = math.sqrt(sum(e * e for e in k))
        keys.extend(e / norm for e in k)
    save("XQ", [B, H, T, d], [rng.gauss(0, 1) for _ in range(B * H * T * d)])
    save("XK", [B, H, T, d], keys)
    save("XV", [B, H, T, d], [rng.gauss(0, 1) for _ in range(B * H * T * d)])
    save("lr", [B, H, T], [rng.uniform(0.2, 1.8) for _ in range(B * H * T)])
    save("token_scale", [1], [0.5])
    save("W", [B, H, d, d],
         [rng.gauss(0, 1) / math.sqrt(d) for _ in range(B * H * d * d)])
    save("W.grad_sum", [B, H, d, d], [0.0] * (B * H * d * d))
    npy.write(os.path.join(outdir, "position.npy"), "<i8", [], [0])


def load(path):
    _, shape, values = npy.read(path)
    return list(shape), values


def check(indir, outdir, tol):
    (B, H, T, d), q = load(os.path.join(indir, "XQ.npy"))
    _, k = load(os.path.join(indir, "XK.npy"))
    _, v = load(os.path.join(indir, "XV.npy"))
    _, lr = load(os.path.join(indir, "lr.npy"))
    _, scale = load(os.path.join(indir, "token_scale.npy"))
    _, w0 = load(os.path.join(indir, "W.npy"))
    _, z = load(os.path.join(outdir, "Z.npy"))
    _, w = load(os.path.join(outdir, "W.npy"))
    zref, wref = [], []
    for head in range(B * H):
        # S[i][j] = W[j][i]: the kernel's W maps row vectors, S columns.
        base = head * d * d
        S = [[w0[base + j * d + i] for j in range(d)] for i in range(d)]
        for t in range(T):
            row = (head * T + t) * d
            kt, vt, qt = k[row:row + d], v[row:row + d], q[row:row + d]
            beta = scale[0] * lr[head * T + t]
            err = [sum(S[i][j] * kt[j] for j in range(d)) - vt[i]
                   for i in range(d)]
            for i in range(d):
                c = beta * err[i]
                Si = S[i]
                for j in range(d):
                    Si[j] -= c * kt[j]
            zref.extend(sum(S[i][j] * qt[j] for j in range(d))
                        for i in range(d))
        wref.extend(S[i][j] for j in range(d) for i in range(d))
    ok = True
    for name, out, ref in (("Z", z, zref), ("W", w, wref)):
        if len(out) != len(ref) or any(math.isnan(x) for x in out):
            rel = float("nan")
        else:
            diff = math.sqrt(sum((x - r) ** 2 for x, r in zip(out, ref)))
            rel = diff / math.sqrt(sum(r * r for r in ref))
        good = check_cli.report("delta rule", name, rel, tol)
        ok = ok and good
    return ok


if __name__ == "__main__":
    sys.exit(check_cli.main(sys.argv, __doc__, write_inputs, check))
