"""Float64 eager PyTorch implementation of the TTT layer, written from the
semantics (docs/Semantics.md), for tests: the oracle of the compiled layer.

The inner loop is the primal form (section 3): in each mini-batch every
token's gradient is taken at the mini-batch's starting state, and position i
sees theta_0 - token_scale[i] * sum_{j<=i} lr_j G_j. Per-token gradients come
from autograd on one parameter replica per token (create_graph=True, so the
result stays differentiable with respect to every input). The inner model is
interpreted from the manifest's "model", like the C++ reference.
"""
import math

import torch


def _activation(kind, x):
    if kind == "identity":
        return x
    if kind == "relu":
        return torch.relu(x)
    if kind == "silu":
        return x * torch.sigmoid(x)
    if kind == "gelu_tanh":
        return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))
    if kind == "gelu_erf":
        return 0.5 * x * (1 + torch.erf(x / math.sqrt(2)))
    raise ValueError("unknown activation '%s'" % kind)


def _forward(model, params, outer, x):
    """Every value of the inner model on rows x [B, H, r, 1, d]; params[name]
    is [B, H, r, in, out] (per-token replicas); outer[name] is [H, w]."""
    vals = []
    for v in model["values"]:
        op = v["op"]
        if op == "input":
            vals.append(x)
        elif op == "linear":
            y = vals[v["x"]] @ params[v["weight"]]
            vals.append(y + params[v["bias"]] if "bias" in v else y)
        elif op == "activation":
            vals.append(_activation(v["kind"], vals[v["x"]]))
        elif op == "layer_norm":
            y = vals[v["x"]]
            mu = y.mean(-1, keepdim=True)
            var = ((y - mu) ** 2).mean(-1, keepdim=True)
            w = outer[v["weight"]][None, :, None, None, :]
            b = outer[v["bias"]][None, :, None, None, :]
            vals.append(w * (y - mu) / torch.sqrt(var + v.get("eps", 1e-6)) + b)
        elif op == "add":
            vals.append(vals[v["x"]] + vals[v["y"]])
        elif op == "mul":
            vals.append(vals[v["x"]] * vals[v["y"]])
        else:
            raise ValueError("unknown op '%s'" % op)
    return vals


def inner_loop(model, mini_batch, XQ, XK, XV, lr, token_scale, outer, theta0,
               decay=None, decay_product=None, timing="causal",
               normalize_weights=False):
    """Z [B, H, T, d] of one prefill from a mini-batch boundary (zero running
    sums, position 0). theta0[name]: [B, H, in, out] weights and biases.

    `timing` (Semantics section 3) says which state the outputs see:
    "causal" the steps of the tokens up to theirs, "all" those of every
    token of the mini-batch in the call, "after" none (the state from
    before the mini-batch); the commit is the same for all three.

    `lr` is [B, H, T], or with a learning rate per weight (Semantics
    section 10) a dict of them by weight name: a linear layer's weight and
    bias step with the rate of its weight.

    `normalize_weights` (LaCT's, Semantics section 10): a whole mini-batch
    commits every linear weight with each column rescaled to the norm it
    had before, U[:, j] ||W_0[:, j]|| / (||U[:, j]|| + 1e-5).

    With `decay` [B, H, T] (Semantics section 10), position i of a
    mini-batch sees A_i theta_0 - token_scale[i] S_i with A_i = alpha_i
    A_{i-1} and S_i = alpha_i S_{i-1} + lr_i G_i: the step of token j weighs
    A_i / A_j. `decay_product` [B, H, 1, 1] is A before the first token (the
    state's; 1 at a boundary), which the first mini-batch starts from."""
    B, H, T, _ = XQ.shape
    names = list(theta0)
    theta = dict(theta0)
    lr_of = {n: lr for n in names}
    if isinstance(lr, dict):
        for v in model["values"]:
            if v["op"] == "linear":
                for n in (v["weight"], v.get("bias")):
                    if n in lr_of:
                        lr_of[n] = lr[v["weight"]]
    zs = []
    for s in range(0, T, mini_batch):
        r = min(mini_batch, T - s)
        A = None
        if decay is not None:
            # log A_i within the mini-batch; the weights exp(log A_i - log
            # A_j) below the diagonal only (above it they could overflow).
            logA = torch.cumsum(torch.log(decay[:, :, s:s + r]), dim=-1)
            below = torch.tril(torch.ones(r, r, dtype=torch.bool))
            ratio = torch.exp(torch.where(below, logA[..., :, None] - logA[..., None, :],
                                          torch.zeros((), dtype=logA.dtype)))
            A = torch.exp(logA)
            if s == 0 and decay_product is not None:
                A = A * decay_product[..., 0]
        q, k, v = (t[:, :, s:s + r, None, :] for t in (XQ, XK, XV))
        rep = {n: theta[n][:, :, None].expand(B, H, r, *theta[n].shape[2:])
               for n in names}
        if not all(t.requires_grad for t in rep.values()):
            rep = {n: t.detach().requires_grad_() if not t.requires_grad else t
                   for n, t in rep.items()}
        pred = _forward(model, rep, outer, k)[model["loss"]]
        kind = model.get("loss_kind", "mse")
        if kind == "mse":
            loss = 0.5 * ((pred - v) ** 2).sum()
        elif kind == "dot":  # LaCT's -<f(k), v> (Semantics section 2)
            loss = -(pred * v).sum()
        else:
            raise ValueError("unknown loss_kind '%s'" % kind)
        grads = torch.autograd.grad(loss, [rep[n] for n in names], create_graph=True)
        per_token, seen_by_outputs = {}, {}
        for n, g in zip(names, grads):
            full = token_scale[:r, None] * lr_of[n][:, :, None, s:s + r]  # [B,H,r,r]
            eta = torch.tril(full)
            if A is not None:
                eta = eta * ratio
            start = theta[n][:, :, None]
            if A is not None:
                start = A.reshape(B, H, r, *([1] * (start.dim() - 3))) * start
            per_token[n] = start - torch.einsum("bhij,bhj...->bhi...", eta, g)
            if timing == "causal":
                seen_by_outputs[n] = per_token[n]
            elif timing == "after":
                seen_by_outputs[n] = start
            else:  # all
                seen_by_outputs[n] = start - torch.einsum("bhij,bhj...->bhi...", full, g)
        zs.append(_forward(model, seen_by_outputs, outer, q)[model["output"]][:, :, :, 0])
        committed = {n: per_token[n][:, :, r - 1] for n in names}
        if normalize_weights and r == mini_batch:
            for v in model["values"]:
                if v["op"] == "linear" and v["weight"] in committed:
                    U, W0 = committed[v["weight"]], theta[v["weight"]]
                    scale = W0.norm(dim=-2, keepdim=True) / (U.norm(dim=-2, keepdim=True) + 1e-5)
                    committed[v["weight"]] = U * scale
        theta = committed
    return torch.cat(zs, dim=2)


def rope(X, theta, mini_batch):
    """Rotary position embeddings of the TTT paper's code, from a sequence's
    start: channels (2i, 2i+1) of token t as the complex number
    X[2i] + j X[2i+1], times exp(j (t mod b) theta^(-2i/d))."""
    if theta is None:
        return X
    T, d = X.shape[-2], X.shape[-1]
    pairs = torch.view_as_complex(X.reshape(*X.shape[:-1], d // 2, 2).contiguous())
    t = torch.arange(T, dtype=torch.float64) % mini_batch
    freq = theta ** (-torch.arange(0, d, 2, dtype=torch.float64) / d)
    turn = torch.polar(torch.ones(T, d // 2, dtype=torch.float64), t[:, None] * freq)
    return torch.view_as_real(pairs * turn).reshape(X.shape)


def ttt_layer(layer, x):
    """The whole layer of ttt_mlir.TTTLayer `layer`, in float64, on x
    [B, T, hidden]: its parameters cast to float64, the inner loop above."""
    p = {n: t.detach().double() for n, t in layer.named_parameters()}
    p.update({n: t.detach().double() for n, t in layer.named_buffers()})
    x = x.double()
    B, T, _ = x.shape
    H, d = layer.num_heads, layer.head_dim

    def heads(t):
        return t.view(B, T, H, d).transpose(1, 2)

    XQ = rope(heads(x @ p["q_proj.weight"].T), layer.rope_theta, layer.mini_batch)
    XK = rope(heads(x @ p["k_proj.weight"].T), layer.rope_theta, layer.mini_batch)
    XV = heads(x @ p["v_proj.weight"].T)

    def gate(weight, bias):  # sigmoid(x . weight[h] + bias[h]) per head and token
        return torch.sigmoid(torch.einsum("btc,hc->bht", x, weight) + bias[None, :, None])

    if layer.lr_per_weight:
        lr = {w: layer.base_lr * gate(p["lr_weight_of." + w], p["lr_bias_of." + w]) / d
              for w in layer.lr_weight_of}
    else:
        lr = layer.base_lr * gate(p["lr_weight"], p["lr_bias"]) / d
    token_scale = torch.clamp(p["token_idx"] + p["token_idx_offset"], min=0)
    outer = {n: p["inner_norm." + n] for n in layer.outer_norm_names}
    theta0 = {n: p["inner_init." + n.replace(".", "_")][None].expand(B, *p["inner_init." + n.replace(".", "_")].shape)
              for n in layer.inner_param_names}
    decay = gate(p["decay_weight"], p["decay_bias"]) if layer.decay else None
    Z = inner_loop(layer.model, layer.mini_batch, XQ, XK, XV, lr,
                   token_scale, outer, theta0, decay=decay,
                   timing=layer.kernel.settings.get("timing", "causal"),
                   normalize_weights=layer.kernel.settings.get("normalize_weights", False))
    Z = Z.transpose(1, 2).reshape(B, T, H * d)
    Z = torch.nn.functional.layer_norm(Z, (H * d,), p["post_norm.weight"],
                                       p["post_norm.bias"], layer.post_norm.eps)
    return Z @ p["o_proj.weight"].T
