#!/usr/bin/env python3
"""TTT-Linear, TTT-MLP, DeltaNet and LaCT prefill, PyTorch eager, fp32.

The PyTorch contender of ttt-bench, written from docs/Semantics.md (section 4)
in the style of the TTT paper's PyTorch code: every (batch, head) pair at
once, a Python loop over the mini-batches of b tokens. It shares no code with
the compiler, the reference or the Eigen baseline.

Reads <inputs>/{XQ,XK,XV,lr,token_scale,ln_weight,ln_bias,W1,b1[,W2,b2]}.npy
(shapes of docs/ArtifactFormat.md, no mini-batch in progress at the start),
runs --warmup untimed and --repeats timed prefills on --threads threads,
writes <outputs>/{Z,W1,b1[,W2,b2]}.npy (the final weights; a last partial
mini-batch is not committed, as in the semantics) and prints
"median_ms <milliseconds>". With --decode-from P (TTT-Linear and TTT-MLP) it
runs a prefill of P tokens, then one single-token decode step per remaining
token carrying the state triple (weights, running sums, position; Semantics
section 5), times each step (median_ms is then per step) and also writes
<outputs>/{W1,...}.grad_sum.npy and position.npy.
DeltaNet (--model deltanet, Semantics section 10) reads XQ, XK, XV, lr,
token_scale and W1 only and runs the delta rule
W <- W - beta_t k_t^T (k_t W - v_t), z_t = q_t W, token by token.
LaCT (--model lact, examples/lact_swiglu.mlir) reads XQ, XK, XV, lr.W1,
lr.W3, lr.W2, token_scale, W1, W3, W2 and runs LaCT's chunk rule: per chunk
of b tokens, every output at the weights from before the chunk,
f(x) = (silu(x W1) * (x W3)) W2, then
U = W - token_scale[b-1] sum_t lr.W[t] d(-<f(k_t), v_t>)/dW and, with
--normalize-weights, W <- U with each column rescaled to its norm in W,
U[:, j] ||W[:, j]|| / (||U[:, j]|| + 1e-5) (W <- U without).
With --decay (TTT-Linear only, examples/ttt_linear_gated.mlir) it also reads
decay and runs the dual form with per-token forgetting (Semantics section
10): within a mini-batch L = cumsum(log alpha), the causal mask becomes
exp(L_i - L_j), the query side is scaled by exp(L_i), and the commit is
W <- exp(L_last) W - token_scale[b-1] sum_j exp(L_last - L_j) lr_j x_j^T G_j.
"""
import argparse
import ctypes
import math
import os
import statistics
import time

import numpy as np
import torch

GELU_C = math.sqrt(2.0 / math.pi)
GELU_A = 0.044715


def set_threads(n):
    """torch's intra-op threads, and its BLAS's. Debian's torch is built
    with a generic BLAS (`torch.__config__.show()`: BLAS_INFO=generic) and
    calls whichever libblas.so.3 the system has; torch.set_num_threads does
    not reach it, and OpenBLAS (scripts/install-deps.sh) would run every
    matmul on all cores of a "one thread" run."""
    torch.set_num_threads(n)
    try:
        blas = ctypes.CDLL("libblas.so.3")  # the one torch already loaded
    except OSError:
        return
    setter = getattr(blas, "openblas_set_num_threads", None)
    if setter is not None:  # the reference BLAS has no threads
        setter(n)


def layer_norm(z, weight, bias, eps):
    """LN over the last axis, with what its backward needs."""
    centered = z - z.mean(-1, keepdim=True)
    rstd = torch.rsqrt((centered * centered).mean(-1, keepdim=True) + eps)
    xhat = centered * rstd
    return weight * xhat + bias, xhat, rstd


def layer_norm_backward(grad_y, xhat, rstd, weight):
    """d loss / d z from d loss / d LN(z)."""
    d = grad_y.shape[-1]
    g = grad_y * weight
    return (d * g - g.sum(-1, keepdim=True)
            - xhat * (g * xhat).sum(-1, keepdim=True)) * (rstd / d)


def gelu(x):
    return 0.5 * x * (1.0 + torch.tanh(GELU_C * (x + GELU_A * x ** 3)))


def gelu_grad(x):
    t = torch.tanh(GELU_C * (x + GELU_A * x ** 3))
    return (0.5 * (1.0 + t)
            + 0.5 * x * (1.0 - t * t) * GELU_C * (1.0 + 3.0 * GELU_A * x * x))


def dual_linear(xq, x, w, c, grad, eta):
    """One linear layer x -> x w + c over a mini-batch, dual form.

    xq: the layer's query-side input, x: its key-side input, grad: d loss / d
    (x w + c) at the mini-batch's starting state, eta[i, j] = token_scale[i] *
    lr[j] for j <= i. Returns the query-side output and the state after the
    mini-batch's last token.
    """
    attn = torch.tril(xq @ x.transpose(-1, -2))
    zq = xq @ w - (eta * attn) @ grad + (c - eta @ grad)
    last = eta[..., -1, :, None]  # eta[r-1, j] as a column
    w_last = w - (last * x).transpose(-1, -2) @ grad
    c_last = c - (last * grad).sum(-2, keepdim=True)
    return zq, w_last, c_last


def prefill_deltanet(inp):
    """The delta rule, every (batch, head) at once, one token per step."""
    XQ, XK, XV = inp["XQ"], inp["XK"], inp["XV"]
    beta = inp["token_scale"][0] * inp["lr"]
    W = inp["W1"].clone()
    Z = torch.empty_like(XQ)
    for t in range(XQ.shape[2]):
        k, v, q = (X[:, :, t:t + 1] for X in (XK, XV, XQ))  # [B, H, 1, d]
        err = k @ W - v
        W -= beta[:, :, t, None, None] * (k.transpose(-1, -2) @ err)
        Z[:, :, t:t + 1] = q @ W
    return Z, {"W1": W}


def normalize_columns(u, w):
    """u with each column rescaled to the norm of w's (Semantics section 10)."""
    target = torch.linalg.vector_norm(w, dim=-2, keepdim=True)
    return u * (target / (torch.linalg.vector_norm(u, dim=-2, keepdim=True)
                          + 1e-5))


def prefill_lact(inp, b, normalize_weights):
    """LaCT's chunks, every (batch, head) at once, one chunk per step."""
    XQ, XK, XV = inp["XQ"], inp["XK"], inp["XV"]
    W = {k: inp[k].clone() for k in ("W1", "W3", "W2")}
    last_scale = inp["token_scale"][-1]
    Z = torch.empty_like(XQ)
    for t0 in range(0, XQ.shape[2], b):
        t1 = min(t0 + b, XQ.shape[2])
        q, k, v = (X[:, :, t0:t1] for X in (XQ, XK, XV))
        W1, W3, W2 = W["W1"], W["W3"], W["W2"]
        Z[:, :, t0:t1] = (torch.nn.functional.silu(q @ W1) * (q @ W3)) @ W2
        if t1 - t0 < b:  # a partial last chunk stays in progress
            break
        lr = {n: inp["lr." + n][:, :, t0:t1, None] for n in W}
        h1, h3 = k @ W1, k @ W3
        s = torch.sigmoid(h1)
        a = h1 * s
        dg = -v @ W2.transpose(-1, -2)  # d(-<f, v>)/dg
        dh1 = dg * h3 * s * (1 + h1 * (1 - s))
        W["W1"] = W1 - last_scale * k.transpose(-1, -2) @ (lr["W1"] * dh1)
        W["W3"] = W3 - last_scale * k.transpose(-1, -2) @ (lr["W3"] * dg * a)
        W["W2"] = W2 - last_scale * (a * h3).transpose(-1, -2) @ (lr["W2"] * -v)
        if normalize_weights:
            W = {n: normalize_columns(W[n], before)
                 for n, before in zip(W, (W1, W3, W2))}
    return Z, W


def prefill_linear_decay(inp, eps, b):
    """TTT-Linear with per-token decay, dual form, from a boundary."""
    XQ, XK, XV, lr, scale, decay = (inp[k] for k in (
        "XQ", "XK", "XV", "lr", "token_scale", "decay"))
    B, H, T, d = XQ.shape
    ln_w = inp["ln_weight"].reshape(1, H, 1, d)
    ln_b = inp["ln_bias"].reshape(1, H, 1, d)
    W1, b1 = inp["W1"], inp["b1"]
    Z = torch.empty_like(XQ)
    for t0 in range(0, T, b):
        r = min(b, T - t0)
        xq, xk, xv = (X[:, :, t0:t0 + r] for X in (XQ, XK, XV))
        L = torch.cumsum(torch.log(decay[:, :, t0:t0 + r]), -1)  # [B, H, r]
        c = torch.exp(L)[..., None]                               # A_i
        D = torch.tril(torch.exp(L[..., :, None] - L[..., None, :]))
        eta = scale[:r, None] * lr[:, :, None, t0:t0 + r] * D
        y, xhat, rstd = layer_norm(xk @ W1 + b1, ln_w, ln_b, eps)
        g = layer_norm_backward(y - (xv - xk), xhat, rstd, ln_w)
        attn = xq @ xk.transpose(-1, -2)
        zq = c * (xq @ W1 + b1) - (eta * (attn + 1)) @ g
        Z[:, :, t0:t0 + r] = xq + layer_norm(zq, ln_w, ln_b, eps)[0]
        if r == b:  # a partial last mini-batch stays in progress
            last = eta[..., -1, :, None]  # ts[b-1] lr_j exp(L_last - L_j)
            W1 = c[..., -1:, :] * W1 - (last * xk).transpose(-1, -2) @ g
            b1 = c[..., -1:, :] * b1 - (last * g).sum(-2, keepdim=True)
    return Z, {"W1": W1, "b1": b1}


def prefill(model, inp, eps, b, normalize_weights=False):
    if model == "deltanet":
        return prefill_deltanet(inp)
    if "decay" in inp:
        return prefill_linear_decay(inp, eps, b)
    if model == "lact":
        return prefill_lact(inp, b, normalize_weights)
    XQ, XK, XV, lr, scale = (inp[k] for k in ("XQ", "XK", "XV", "lr",
                                              "token_scale"))
    B, H, T, d = XQ.shape
    ln_w = inp["ln_weight"].reshape(1, H, 1, d)
    ln_b = inp["ln_bias"].reshape(1, H, 1, d)
    names = ["W1", "b1"] + (["W2", "b2"] if model == "mlp" else [])
    state = {k: inp[k] for k in names}
    Z = torch.empty_like(XQ)
    for t0 in range(0, T, b):
        r = min(b, T - t0)
        xq, xk, xv = (X[:, :, t0:t0 + r] for X in (XQ, XK, XV))
        eta = torch.tril(scale[:r, None] * lr[:, :, None, t0:t0 + r])
        target = xv - xk
        W1, b1 = state["W1"], state["b1"]
        if model == "linear":
            y, xhat, rstd = layer_norm(xk @ W1 + b1, ln_w, ln_b, eps)
            g1 = layer_norm_backward(y - target, xhat, rstd, ln_w)
            zq, W1n, b1n = dual_linear(xq, xk, W1, b1, g1, eta)
            new = {"W1": W1n, "b1": b1n}
        else:
            W2, b2 = state["W2"], state["b2"]
            z1 = xk @ W1 + b1
            x2 = gelu(z1)
            y, xhat, rstd = layer_norm(x2 @ W2 + b2, ln_w, ln_b, eps)
            g2 = layer_norm_backward(y - target, xhat, rstd, ln_w)
            g1 = (g2 @ W2.transpose(-1, -2)) * gelu_grad(z1)
            z1q, W1n, b1n = dual_linear(xq, xk, W1, b1, g1, eta)
            zq, W2n, b2n = dual_linear(gelu(z1q), x2, W2, b2, g2, eta)
            new = {"W1": W1n, "b1": b1n, "W2": W2n, "b2": b2n}
        Z[:, :, t0:t0 + r] = xq + layer_norm(zq, ln_w, ln_b, eps)[0]
        if r == b:  # a partial last mini-batch stays in progress
            state = new
    return Z, state


def decode_step(model, inp, t, state, sums, p, eps):
    """Token t at position p of the mini-batch in progress (Semantics
    section 5), every (batch, head) at once: adds lr_t G_t (G at the
    mini-batch's starting state) to the running sums, outputs f(q_t) at
    state - token_scale[p] * sums, commits at the mini-batch's last position.
    Updates `state` and `sums` in place; returns z_t [B, H, 1, d]."""
    xq, xk, xv = (inp[k][:, :, t:t + 1] for k in ("XQ", "XK", "XV"))
    lr = inp["lr"][:, :, t, None, None]
    sp = inp["token_scale"][p]
    B, H, _, d = xq.shape
    ln_w = inp["ln_weight"].reshape(1, H, 1, d)
    ln_b = inp["ln_bias"].reshape(1, H, 1, d)
    target = xv - xk
    W1, b1 = state["W1"], state["b1"]
    if model == "linear":
        y, xhat, rstd = layer_norm(xk @ W1 + b1, ln_w, ln_b, eps)
        g1 = lr * layer_norm_backward(y - target, xhat, rstd, ln_w)
        sums["W1"] += xk.transpose(-1, -2) @ g1
        sums["b1"] += g1
        zq = xq @ W1 + b1 - sp * (xq @ sums["W1"] + sums["b1"])
    else:
        W2, b2 = state["W2"], state["b2"]
        z1 = xk @ W1 + b1
        x2 = gelu(z1)
        y, xhat, rstd = layer_norm(x2 @ W2 + b2, ln_w, ln_b, eps)
        g2 = lr * layer_norm_backward(y - target, xhat, rstd, ln_w)
        g1 = (g2 @ W2.transpose(-1, -2)) * gelu_grad(z1)
        sums["W1"] += xk.transpose(-1, -2) @ g1
        sums["b1"] += g1
        sums["W2"] += x2.transpose(-1, -2) @ g2
        sums["b2"] += g2
        x2q = gelu(xq @ W1 + b1 - sp * (xq @ sums["W1"] + sums["b1"]))
        zq = x2q @ W2 + b2 - sp * (x2q @ sums["W2"] + sums["b2"])
    if p == inp["token_scale"].shape[0] - 1:  # commit the mini-batch
        for k in state:
            state[k] -= sp * sums[k]
            sums[k].zero_()
    return xq + layer_norm(zq, ln_w, ln_b, eps)[0]


def decode(model, inp, eps, b, prefill_tokens, warmup, repeats):
    """A prefill of prefill_tokens tokens (full mini-batches in the dual
    form, the rest token by token), then every later token as one decode
    step, timed one by one, warmup + repeats times from the same prefilled
    state. Returns Z, the final state, its running sums, the position and
    the step times in ms."""
    XQ = inp["XQ"]
    T = XQ.shape[2]
    full = prefill_tokens // b * b
    head = {k: inp[k][:, :, :full] for k in ("XQ", "XK", "XV", "lr")}
    Z0, state0 = prefill(model, dict(inp, **head), eps, b)
    Z = torch.empty_like(XQ)
    Z[:, :, :full] = Z0
    state0 = {k: v.clone() for k, v in state0.items()}
    sums0 = {k: torch.zeros_like(v) for k, v in state0.items()}
    for t in range(full, prefill_tokens):
        Z[:, :, t:t + 1] = decode_step(model, inp, t, state0, sums0,
                                       t % b, eps)
    times = []
    for k in range(warmup + repeats):
        state = {k: v.clone() for k, v in state0.items()}
        sums = {k: v.clone() for k, v in sums0.items()}
        for t in range(prefill_tokens, T):
            start = time.perf_counter()
            Z[:, :, t:t + 1] = decode_step(model, inp, t, state, sums,
                                           t % b, eps)
            if k >= warmup:
                times.append((time.perf_counter() - start) * 1e3)
    return Z, state, sums, T % b, times


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", choices=["linear", "mlp", "deltanet", "lact"],
                   required=True)
    p.add_argument("--inputs", required=True)
    p.add_argument("--outputs", required=True)
    p.add_argument("--eps", type=float, default=1e-6)
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--repeats", type=int, default=10)
    p.add_argument("--decode-from", type=int, default=-1,
                   help="decode: a prefill of this many tokens, then one "
                   "timed step per remaining token (linear and mlp)")
    p.add_argument("--decay", action="store_true",
                   help="per-token decay (linear only): also reads decay")
    p.add_argument("--normalize-weights", action="store_true",
                   help="LaCT's weight normalisation after each chunk (lact "
                   "only)")
    a = p.parse_args()

    set_threads(a.threads)
    if a.model == "deltanet":
        names = ["XQ", "XK", "XV", "lr", "token_scale", "W1"]
    elif a.model == "lact":
        names = ["XQ", "XK", "XV", "lr.W1", "lr.W3", "lr.W2", "token_scale",
                 "W1", "W3", "W2"]
    else:
        names = ["XQ", "XK", "XV", "lr", "token_scale", "ln_weight",
                 "ln_bias", "W1", "b1"] + (["W2", "b2"] if a.model == "mlp"
                                           else [])
        if a.decay:
            names.append("decay")
    inp = {k: torch.from_numpy(np.load(os.path.join(a.inputs, k + ".npy")))
           .to(torch.float32) for k in names}
    b = inp["token_scale"].shape[0]
    times = []
    os.makedirs(a.outputs, exist_ok=True)
    with torch.inference_mode():
        if a.decode_from >= 0:
            Z, state, sums, position, times = decode(
                a.model, inp, a.eps, b, a.decode_from, a.warmup, a.repeats)
            for k, v in sums.items():
                np.save(os.path.join(a.outputs, k + ".grad_sum.npy"),
                        v.contiguous().numpy())
            np.save(os.path.join(a.outputs, "position.npy"),
                    np.array(position, dtype=np.int64))
        for k in range(a.warmup + a.repeats if a.decode_from < 0 else 0):
            start = time.perf_counter()
            Z, state = prefill(a.model, inp, a.eps, b, a.normalize_weights)
            if k >= a.warmup:
                times.append((time.perf_counter() - start) * 1e3)
    np.save(os.path.join(a.outputs, "Z.npy"), Z.numpy())
    for k, v in state.items():
        np.save(os.path.join(a.outputs, k + ".npy"), v.contiguous().numpy())
    print("median_ms %.6f" % statistics.median(times), flush=True)


if __name__ == "__main__":
    main()
