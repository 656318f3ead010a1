"""Every example's compiled backward kernel against float64 autograd of
ttt_mlir.reference's inner loop, on each example's own shapes (d up to 128,
hidden layers up to 288, b from 1 to 64), with a partial last mini-batch:
the gradient of <C, Z> for a random C with respect to the tokens, lr,
token_scale, the LayerNorm parameters and the initial state. The finite-
difference oracle of test/Integration/CPU/backward.test covers small d
only; this covers the examples as they are."""
from pathlib import Path

import pytest
import torch

import ttt_mlir
from ttt_mlir import reference

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# (example, kernel, tolerance): f32 I/O within 1e-4 (docs/Semantics.md
# section 7); bf16 and f16 I/O round every token and gradient.
CASES = [("ttt_mlp3_silu_d96", "ttt_mlp3_silu", 1e-4)] + [
    ("section8_variants", name, 1e-4) for name in (
        "ln_eps_1e8", "output_residual_zq", "no_layer_norm", "head_dim_32",
        "head_dim_128", "mini_batch_1", "mini_batch_64", "mlp_2d_relu",
        "mlp_2d_gelu_erf")] + [
    ("section8_variants", "io_bf16", 2e-2), ("section8_variants", "io_f16", 2e-3)]


@pytest.fixture(scope="module")
def example_artifacts(tmp_path_factory):
    out = tmp_path_factory.mktemp("examples")
    # Without the training pair: TTTPrefill then runs each <layer>_backward.
    return {name: ttt_mlir.compile(EXAMPLES / (name + ".mlir"), out=out / name,
                                   training_pair=False)
            for name in sorted({c[0] for c in CASES})}


def rel(a, b):
    return float((a.double() - b.double()).norm() / b.double().norm())


@pytest.mark.parametrize("example,name,tol", CASES)
def test_example_backward_matches_float64_autograd(example_artifacts, example, name, tol):
    kernel = example_artifacts[example].kernel(name)
    B, H, d, b = 1, 2, kernel.settings["dim"], kernel.settings["mini_batch"]
    T = b + b // 2 + 1 if b > 1 else 5  # a partial last mini-batch
    io = kernel.inputs[0].dtype
    inputs = {}
    for a in kernel.inputs:
        shape = a.dims(B, H, T)
        if a.name == "position":
            inputs[a.name] = torch.zeros((), dtype=torch.int64)
        elif a.name.endswith(".grad_sum"):
            inputs[a.name] = torch.zeros(shape)
        elif a.name == "lr":
            inputs[a.name] = torch.rand(shape) / d
        elif a.name == "token_scale":
            inputs[a.name] = 1 / torch.arange(1., shape[0] + 1)
        elif a.name in kernel.state_names:  # weights ~ 1/sqrt(fan-in), biases
            inputs[a.name] = torch.randn(shape) / (shape[-2] ** 0.5 if shape[-2] > 1 else 10)
        elif a.name in kernel.outer_names[5:]:  # LayerNorm weight and bias
            inputs[a.name] = (1 if "weight" in a.name else 0) + 0.1 * torch.randn(shape)
        else:
            inputs[a.name] = torch.randn(shape).to(a.dtype)
    leaves = {n: t.clone().requires_grad_(t.is_floating_point()) for n, t in inputs.items()}
    Z = ttt_mlir.prefill(kernel, *[leaves[a.name] for a in kernel.inputs])[0]
    C = torch.randn(Z.shape)
    (Z.float() * C).sum().backward()

    ref = {n: t.detach().double().requires_grad_() for n, t in inputs.items()
           if t.is_floating_point() and not n.endswith(".grad_sum")}
    theta = {n: ref[n] for n in kernel.state_names if n in ref}
    norms = {n: ref[n] for n in kernel.outer_names[5:]}
    Zref = reference.inner_loop(kernel.model, b, ref["XQ"], ref["XK"], ref["XV"],
                                ref["lr"], ref["token_scale"], norms, theta)
    (Zref * C.double()).sum().backward()
    assert rel(Z, Zref) < tol
    for n, t in ref.items():
        got = leaves[n].grad
        assert got is not None and torch.isfinite(got.float()).all(), n
        assert rel(got, t.grad) < tol, (n, rel(got, t.grad))
