#!/usr/bin/env python3
"""Training benchmark: a compiled TTT layer's forward + backward against
PyTorch eager autograd of the dual form, on the same inputs.

For TTT-Linear and TTT-MLP (examples/, compiled for the CPU unless
--artifacts names directories), at B, H, T (default 1, 12, 2048; d = 64,
b = 16, fp32) and on --threads threads for both contenders:

  compiled  forward: the prefill kernel; backward: the `<layer>_backward`
            kernel on the prefill's inputs and the cotangents (each the
            kernel alone: ttt_kernel_time's C loop on bound buffers);
            forward + backward: both through ttt_mlir's autograd Function
            as a training step calls them (torch.autograd.grad), with the
            Python calls and fresh output tensors.
  pair      the training pair (ttt-compile --training-pair, which the
            artifacts are compiled with): forward: `<layer>_train`, the
            prefill that also writes a tape; backward:
            `<layer>_backward_from_tape` on the inputs, the cotangents and
            that tape; forward + backward through the autograd Function,
            which uses the pair when the artifact has it. (Artifacts given
            with --artifacts and no pair get no pair row.)
  torch     bench/torch/ttt_torch.py's dual form (every head at once, a
            Python loop over mini-batches) in eager mode: forward under
            no_grad, forward + backward through torch.autograd.grad.

Both get the same seeded inputs (ttt-run --random's distributions) and the
same cotangents: N(0, 1) for Z and the final weights and biases, zero for
the final running sums (the torch dual form has none). Times are medians of
--repeats calls after --warmup; "backward" of torch is its forward +
backward minus its forward. Every gradient of both contenders is checked
against float64 autograd of the same torch dual form (an implementation
that shares no code with the compiler): the error is the largest
||g - ref||_2 / ||ref||_2 over the gradients of XQ, XK, XV, lr, token_scale,
the LayerNorm parameters and the initial weights and biases (tolerance
--tolerance, 1e-4; exit status 1 if a contender exceeds it).

    TTT_MLIR_PREFIX=build /usr/bin/python3 bench/train.py [--T 2048]
        [--threads 1] [--repeats 5] [--models linear,mlp] [--json FILE]
"""
import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python"))
sys.path.insert(0, str(ROOT / "bench" / "torch"))

EXAMPLES = {"linear": "ttt_linear", "mlp": "ttt_mlp"}


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="linear,mlp",
                    help="comma-separated: linear, mlp (default both)")
    ap.add_argument("--artifacts", default="",
                    help="comma-separated artifact directories, one per "
                    "model, instead of compiling examples/")
    ap.add_argument("--B", type=int, default=1)
    ap.add_argument("--H", type=int, default=12)
    ap.add_argument("--T", type=int, default=2048)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--tolerance", type=float, default=1e-4)
    ap.add_argument("--json", default="", help="also write the rows here")
    return ap.parse_args()


def median_ms(fn, warmup, repeats):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def random_inputs(torch, kernel, B, H, T, seed):
    """The prefill's inputs by name, drawn like ttt-run --random: tokens
    N(0, 1), lr sigmoid(N)/d, token_scale 1/(i+1), LayerNorm weight
    1 + 0.1 N and bias 0.1 N, weights N(0, 1/sqrt(fan-in)), biases 0.1 N,
    running sums zero, position 0."""
    g = torch.Generator().manual_seed(seed)

    def normal(*shape):
        return torch.randn(*shape, generator=g, dtype=torch.float32)

    d = kernel.settings["dim"]
    inp = {}
    for a in kernel.inputs:
        shape = a.dims(B, H, T)
        if a.name == "position":
            inp[a.name] = torch.zeros((), dtype=torch.int64)
        elif a.name.endswith(".grad_sum"):
            inp[a.name] = torch.zeros(shape)
        elif a.name == "lr":
            inp[a.name] = torch.sigmoid(normal(*shape)) / d
        elif a.name == "token_scale":
            inp[a.name] = 1.0 / torch.arange(1, shape[0] + 1,
                                             dtype=torch.float32)
        elif a.name == "ln_weight":
            inp[a.name] = 1.0 + 0.1 * normal(*shape)
        elif a.name == "ln_bias" or a.name.startswith("b"):
            inp[a.name] = 0.1 * normal(*shape)
        elif a.name.startswith("W"):
            inp[a.name] = normal(*shape) / math.sqrt(shape[-2])
        else:
            inp[a.name] = normal(*shape)
    return inp


def relative_error(torch, got, ref):
    ref = ref.to(torch.float64)
    return (float(torch.linalg.vector_norm(got.to(torch.float64) - ref))
            / max(float(torch.linalg.vector_norm(ref)), 1e-300))


def run_model(torch, ttt_mlir, ttt_torch, model, artifact, a):
    from ttt_mlir import autograd
    prefill = artifact.kernel(kind="prefill")
    backward = artifact.kernel(prefill.name + "_backward")
    eps = next(v["eps"] for v in prefill.model["values"]
               if v["op"] == "layer_norm")
    b = prefill.settings["mini_batch"]
    B, H, T = a.B, a.H, a.T
    inp = random_inputs(torch, prefill, B, H, T, a.seed)
    inputs = [inp[x.name] for x in prefill.inputs]
    g = torch.Generator().manual_seed(a.seed + 1)
    cot = {}
    for o in prefill.outputs:
        if not o.dtype.is_floating_point:
            continue
        shape = o.dims(B, H, T)
        cot[o.name] = (torch.zeros(shape) if o.name.endswith(".grad_sum")
                       else torch.randn(*shape, generator=g))
    cotangents = [cot[o.name] for o in prefill.outputs if o.name in cot]
    # The initial weights and biases (the running sums have no torch twin).
    state_names = [n for n in prefill.state_names
                   if n in cot and not n.endswith(".grad_sum")]

    # The compiled layer: forward, backward and both through autograd.
    fwd = statistics.median(prefill.time(inputs, a.repeats, a.warmup)) * 1e3
    bwd = statistics.median(backward.time(inputs + cotangents, a.repeats,
                                          a.warmup)) * 1e3
    leaves = [t.clone().requires_grad_(t.is_floating_point()) for t in inputs]
    float_leaves = [t for t in leaves if t.requires_grad]
    float_names = [x.name for x in prefill.inputs if x.dtype.is_floating_point]

    def compiled_step(grads_out):
        outs = ttt_mlir.prefill(prefill, *leaves)
        outs = [o for o in outs if o.is_floating_point()]
        grads = torch.autograd.grad(outs, float_leaves, cotangents)
        grads_out.update(zip(float_names, grads))

    grads_compiled = {}
    autograd.prefer_training_pair = False
    both = median_ms(lambda: compiled_step(grads_compiled), a.warmup,
                     a.repeats)
    autograd.prefer_training_pair = True
    pair = autograd.training_pair(prefill)
    if pair:
        train, from_tape = pair
        tape = train(*inputs)[-1]
        pair_fwd = statistics.median(train.time(inputs, a.repeats,
                                                a.warmup)) * 1e3
        pair_bwd = statistics.median(from_tape.time(
            inputs + cotangents + [tape], a.repeats, a.warmup)) * 1e3
        grads_pair = {}
        pair_both = median_ms(lambda: compiled_step(grads_pair), a.warmup,
                              a.repeats)

    # PyTorch eager autograd of the dual form.
    torch_names = ["XQ", "XK", "XV", "lr", "token_scale", "ln_weight",
                   "ln_bias"] + state_names

    def torch_step(dtype, out):
        leaves_t = {k: inp[k].to(dtype).clone().requires_grad_()
                    for k in torch_names}
        Z, state = ttt_torch.prefill(model, leaves_t, eps, b)
        outs = [Z] + [state[k] for k in state_names]
        grads = torch.autograd.grad(
            outs, [leaves_t[k] for k in torch_names],
            [cot["Z"].to(dtype)] + [cot[k].to(dtype) for k in state_names])
        out.update(zip(torch_names, grads))

    def torch_forward():
        with torch.no_grad():
            ttt_torch.prefill(model, {k: inp[k] for k in torch_names}, eps, b)

    grads_torch = {}
    torch_fwd = median_ms(torch_forward, a.warmup, a.repeats)
    torch_both = median_ms(lambda: torch_step(torch.float32, grads_torch),
                           a.warmup, a.repeats)
    reference = {}
    torch_step(torch.float64, reference)

    def row(contender, forward, backward_ms, forward_backward, grads):
        error, at = max((relative_error(torch, grads[k], reference[k]), k)
                        for k in torch_names)
        return {"model": model, "T": T, "contender": contender,
                "forward_ms": forward, "backward_ms": backward_ms,
                "forward_backward_ms": forward_backward, "error": error,
                "worst_gradient": at + ".grad", "passes": error <= a.tolerance}

    rows = [row("compiled", fwd, bwd, both, grads_compiled)]
    if pair:
        rows.append(row("pair", pair_fwd, pair_bwd, pair_both, grads_pair))
    return rows + [row("torch", torch_fwd, torch_both - torch_fwd,
                       torch_both, grads_torch)]


def main():
    a = parse_args()
    os.environ["TTT_NUM_THREADS"] = str(a.threads)  # before the runtime loads
    import torch
    import ttt_mlir
    import ttt_torch
    ttt_torch.set_threads(a.threads)
    models = [m for m in a.models.split(",") if m]
    for m in models:
        if m not in EXAMPLES:
            sys.exit("bench/train.py: unknown model '%s' (linear, mlp)" % m)
    dirs = [d for d in a.artifacts.split(",") if d]
    if dirs and len(dirs) != len(models):
        sys.exit("bench/train.py: --artifacts names %d directories for %d "
                 "models" % (len(dirs), len(models)))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, m in enumerate(models):
            artifact = ttt_mlir.load(dirs[i]) if dirs else ttt_mlir.compile(
                ROOT / "examples" / (EXAMPLES[m] + ".mlir"),
                out=os.path.join(tmp, m), options=["--training-pair"])
            rows += run_model(torch, ttt_mlir, ttt_torch, m, artifact, a)

    print("training step: B=%d H=%d T=%d d=64 b=16 fp32, %d thread(s), "
          "median of %d (warm-up %d)" % (a.B, a.H, a.T, a.threads, a.repeats,
                                         a.warmup))
    print("%-7s %-9s %11s %12s %12s %9s %13s %13s %10s  %s" % (
        "model", "contender", "forward ms", "backward ms", "fwd+bwd ms",
        "bwd/fwd", "bwd/prefill", "torch/this", "grad err", "worst"))
    for r in rows:
        def row_of(contender):
            return next(x for x in rows if x["model"] == r["model"]
                        and x["contender"] == contender)
        torch_row, compiled_row = row_of("torch"), row_of("compiled")
        ratio = torch_row["forward_backward_ms"] / r["forward_backward_ms"]
        r["bwd_over_fwd"] = r["backward_ms"] / r["forward_ms"]
        r["bwd_over_prefill"] = (None if r["contender"] == "torch" else
                                 r["backward_ms"] / compiled_row["forward_ms"])
        r["torch_over_this"] = ratio
        print("%-7s %-9s %11.2f %12.2f %12.2f %9.2f %13s %13s %10.2e  %s%s" % (
            r["model"], r["contender"], r["forward_ms"], r["backward_ms"],
            r["forward_backward_ms"], r["bwd_over_fwd"],
            "-" if r["bwd_over_prefill"] is None else "%.2f" % r["bwd_over_prefill"],
            "-" if r["contender"] == "torch" else "%.2fx" % ratio,
            r["error"], r["worst_gradient"], "" if r["passes"] else "  FAIL"))
    print("torch/this: the torch row's forward+backward time over this "
          "row's (above 1 this row is faster); bwd/fwd: backward over this "
          "row's forward (the pair's: its train kernel); bwd/prefill: "
          "backward over the prefill kernel's time (the compiled row's "
          "forward); grad err against float64 autograd of the dual form, "
          "tolerance %g" % a.tolerance)
    if a.json:
        tmp = a.json + ".tmp"
        with open(tmp, "w") as f:
            json.dump({"setup": vars(a), "rows": rows}, f, indent=1)
        os.replace(tmp, a.json)
    sys.exit(0 if all(r["passes"] for r in rows) else 1)


if __name__ == "__main__":
    main()
