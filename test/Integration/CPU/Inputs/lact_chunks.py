#!/usr/bin/env python3
"""LaCT's chunk update written directly, to check examples/lact_swiglu.mlir.

Independent of the compiler and of runtime/reference: numpy in float64, the
large-chunk rule of LaCT ("Test-Time Training Done Right", 2025), in
row-vector form with SwiGLU fast weights

    f(x) = (silu(x W1) * (x W3)) W2,   loss_t = -<f(k_t), v_t>:

every output of a chunk sees the weights from before the chunk,
o_t = f(q_t; W), and a complete chunk then steps each weight X by
W_X <- W_X - sum_t lr.X[t] dloss_t/dW_X (all gradients at the chunk's
starting weights; token_scale = 1), and is L2-normalised as LaCT does it:
LaCT keeps its weights as [out, in] and rescales each row (one output unit)
to the norm it had at the start of the sequence, w / (||w|| + 1e-5) * ||w_0||.
The compiled layer rescales to the norm before each update instead, which
differs by a relative 1e-5 / ||w|| per chunk (docs/Semantics.md section 10),
well inside the tolerance. The tokens of an incomplete last chunk leave W as
it was and return their sum as X.grad_sum.

  lact_chunks.py inputs DIR B H T SEED
      Writes DIR/<name>.npy (f32) for the lact_swiglu kernel: random q, k, v
      (k and q L2-normalised per token), lr.W1, lr.W3, lr.W2 in
      (0.01, 0.1), token_scale 1, random initial weights, zero running
      sums, position 0.
  lact_chunks.py check DIR OUTDIR [TOL]
      Runs the rule on DIR's inputs and compares ttt-run's Z, W1, W3, W2 and
      running sums in OUTDIR: relative L2 error per tensor, exit status 1
      above TOL (1e-4) or on a NaN.
"""
import os
import sys

import numpy as np

import check_cli  # beside this file

WEIGHTS = ("W1", "W3", "W2")


def write_inputs(outdir, B, H, T, seed):
    rng = np.random.default_rng(seed)
    d, hidden, b = 64, 256, 256
    os.makedirs(outdir, exist_ok=True)

    def save(name, array):
        np.save(os.path.join(outdir, name + ".npy"),
                np.ascontiguousarray(array, dtype=np.float32))

    def unit_rows(shape):
        x = rng.standard_normal(shape)
        return x / np.linalg.norm(x, axis=-1, keepdims=True)

    save("XQ", unit_rows((B, H, T, d)))
    save("XK", unit_rows((B, H, T, d)))
    save("XV", rng.standard_normal((B, H, T, d)))
    for w in WEIGHTS:
        save("lr." + w, rng.uniform(0.01, 0.1, (B, H, T)))
    save("token_scale", np.ones(b))
    shapes = {"W1": (d, hidden), "W3": (d, hidden), "W2": (hidden, d)}
    for w, (rows, cols) in shapes.items():
        save(w, rng.standard_normal((B, H, rows, cols)) / np.sqrt(rows))
        save(w + ".grad_sum", np.zeros((B, H, rows, cols)))
    np.save(os.path.join(outdir, "position.npy"), np.array(0, dtype=np.int64))


def silu(x):
    return x / (1.0 + np.exp(-x))


def silu_grad(x):
    s = 1.0 / (1.0 + np.exp(-x))
    return s * (1.0 + x * (1.0 - s))


def forward(x, W):
    return (silu(x @ W["W1"]) * (x @ W["W3"])) @ W["W2"]


def gradients(k, v, lr, W):
    """sum_t lr.X[t] dloss_t/dW_X for the rows of k, v, each X."""
    h1, h3 = k @ W["W1"], k @ W["W3"]
    a = silu(h1)
    g = a * h3
    df = -v                                # d(-<f, v>)/df
    dg = df @ W["W2"].T
    dh3 = dg * a
    dh1 = dg * h3 * silu_grad(h1)
    rows = {"W1": (k, dh1), "W3": (k, dh3), "W2": (g, df)}
    return {w: x.T @ (lr[w][:, None] * dy) for w, (x, dy) in rows.items()}


def lact_normalize(w, norm0):
    """LaCT's rescaling of an [out, in] weight's rows to the norms norm0."""
    return w / (np.linalg.norm(w, axis=1, keepdims=True) + 1e-5) * norm0


def run(q, k, v, lr, W, b):
    T = q.shape[0]
    z = np.zeros_like(q)
    sums = {w: np.zeros_like(W[w]) for w in WEIGHTS}
    # LaCT's layout, [out, in]: the transposes of ours.
    norm0 = {w: np.linalg.norm(W[w].T, axis=1, keepdims=True) for w in WEIGHTS}
    for s in range(0, T, b):
        e = min(s + b, T)
        z[s:e] = forward(q[s:e], W)
        step = gradients(k[s:e], v[s:e], {w: lr[w][s:e] for w in WEIGHTS}, W)
        if e - s == b:
            W = {w: lact_normalize((W[w] - step[w]).T, norm0[w]).T
                 for w in WEIGHTS}
        else:
            sums = step
    return z, W, sums


def load(directory, name):
    return np.load(os.path.join(directory, name + ".npy")).astype(np.float64)


def check(indir, outdir, tol):
    q, k, v = (load(indir, n) for n in ("XQ", "XK", "XV"))
    B, H, T, _ = q.shape
    b = load(indir, "token_scale").shape[0]
    lr = {w: load(indir, "lr." + w) for w in WEIGHTS}
    W0 = {w: load(indir, w) for w in WEIGHTS}
    ref = {"Z": np.zeros_like(q)}
    for w in WEIGHTS:
        ref[w] = np.zeros_like(W0[w])
        ref[w + ".grad_sum"] = np.zeros_like(W0[w])
    for n in range(B):
        for h in range(H):
            z, W, sums = run(q[n, h], k[n, h], v[n, h],
                             {w: lr[w][n, h] for w in WEIGHTS},
                             {w: W0[w][n, h] for w in WEIGHTS}, b)
            ref["Z"][n, h] = z
            for w in WEIGHTS:
                ref[w][n, h] = W[w]
                ref[w + ".grad_sum"][n, h] = sums[w]
    ok = True
    for name, r in ref.items():
        out = load(outdir, name)
        norm = np.linalg.norm(r)
        if out.shape != r.shape or np.isnan(out).any():
            rel = float("nan")
        elif norm == 0:
            rel = float(np.linalg.norm(out))  # an absolute error
        else:
            rel = float(np.linalg.norm(out - r) / norm)
        good = check_cli.report("lact chunks", name, rel, tol)
        ok = ok and good
    return ok


if __name__ == "__main__":
    sys.exit(check_cli.main(sys.argv, __doc__, write_inputs, check))
