"""The training pair (ttt-compile --training-pair, docs/Backward.md): on the
same inputs, <layer>_train returns what the prefill returns, and
<layer>_backward_from_tape, given the tape <layer>_train wrote, returns the
gradients <layer>_backward computes from the inputs alone. Each call enters
mid-mini-batch with running sums that are not zero and ends inside a later
mini-batch; outputs are NaN-poisoned first. The backward itself is checked
against float64 references elsewhere (test_layer.py's gradient tests run
through this pair; test/Integration/CPU/backward.test)."""
from pathlib import Path

import pytest
import torch

import ttt_mlir
from ttt_mlir.autograd import training_pair
from ttt_mlir._memory import output_memory

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def rel(a, b):
    return float((a.double() - b.double()).norm() / max(b.double().norm(), 1e-30))


def random_inputs(kernel, B, H, T, position):
    d = kernel.settings["dim"]
    inputs = []
    for a in kernel.inputs:
        shape = a.dims(B, H, T)
        if a.name == "position":
            t = torch.tensor(position, dtype=torch.int64)
        elif a.name.startswith("lr") or a.name == "decay":
            t = torch.rand(shape) / d if a.name != "decay" else 0.5 + 0.5 * torch.rand(shape)
        elif a.name == "token_scale":
            t = 1 / torch.arange(1., shape[0] + 1)
        elif a.name == "decay_product":
            t = 0.5 + 0.5 * torch.rand(shape)
        elif len(shape) == 4 and a.name not in ("XQ", "XK", "XV"):
            t = torch.randn(shape) / shape[-2] ** 0.5
        else:
            t = torch.randn(shape)
        inputs.append(t.to(a.dtype))
    return inputs


def poisoned(kernel, B, H, T):
    return [torch.full(s, float("nan"), dtype=a.dtype) if a.dtype.is_floating_point
            else torch.zeros(s, dtype=a.dtype)
            for a, s in zip(kernel.outputs, kernel.shapes(B, H, T)[1])]


# The rows of the final state after the segments' in the tape: the reverse
# sweep rebuilds the weights from it (TTT-Linear: 4096 floats in rows of
# 1184; TTT-MLP 32768 in rows of 9632), but not with decay (gated).
@pytest.mark.parametrize("example,name,final_state_rows", [
    ("ttt_linear", "ttt_linear", 4), ("ttt_mlp", "ttt_mlp", 4),
    ("ttt_linear_gated", "ttt_linear_gated", 0)])
def test_pair_matches_prefill_and_backward(tmp_path, example, name,
                                           final_state_rows):
    art = ttt_mlir.compile(EXAMPLES / (example + ".mlir"), out=tmp_path / "art")
    prefill = art.kernel(name)
    backward = art.kernel(name + "_backward")
    train, from_tape = training_pair(prefill)
    b = prefill.settings["mini_batch"]
    B, H, T, position = 2, 2, 2 * b + 3, 5
    inputs = random_inputs(prefill, B, H, T, position)

    originals = [t.clone() for t in inputs]

    def assert_inputs_unchanged(kernel):
        # The train kernel keeps the first segment's sums in the ones its
        # sweep carries: never in the caller's input.
        for a, t, o in zip(kernel.inputs, inputs, originals):
            assert torch.equal(t, o), "%s wrote into its input %s" % (kernel.name, a.name)

    expected = prefill(*inputs)
    *outs, tape = train(*inputs, out=poisoned(train, B, H, T))
    assert_inputs_unchanged(train)
    for a, got, want in zip(prefill.outputs, outs, expected):
        if a.dtype.is_floating_point:
            assert torch.isfinite(got).all() and rel(got, want) < 1e-6, a.name
        else:
            assert torch.equal(got, want), a.name
    assert tuple(tape.shape) == tuple(train.outputs[-1].dims(B, H, T))
    assert tape.shape[2] == T // b + 2 + final_state_rows
    tape_written = tape.clone()

    cotangents = [torch.randn(o.shape).to(o.dtype) for a, o in zip(prefill.outputs, expected)
                  if a.dtype.is_floating_point]
    want = backward(*inputs, *cotangents)
    got = from_tape(*inputs, *cotangents, tape, out=poisoned(from_tape, B, H, T))
    assert_inputs_unchanged(from_tape)
    # The sweep rebuilds the weights in a copy of the tape's final state.
    # (Bit by bit: a partial segment leaves part of its row unwritten.)
    assert torch.equal(tape.view(torch.int32), tape_written.view(torch.int32)), \
        "the backward wrote into its tape"
    for a, g, w in zip(from_tape.outputs, got, want):
        assert torch.isfinite(g).all() and rel(g, w) < 1e-5, (a.name, rel(g, w))


def test_autograd_runs_the_pair_when_inputs_need_gradients(artifacts, monkeypatch):
    """TTTPrefill's forward runs <layer>_train when an input needs a
    gradient, and its backward runs the reverse sweep from that tape, then
    drops it: the next forward's tape takes its memory."""
    monkeypatch.setattr(output_memory, "min_bytes", 0)  # pool even small tapes
    kernel = artifacts["linear"].kernel("ttt_linear")
    train, _ = training_pair(kernel)
    B, H, T = 1, 2, 21
    inputs = random_inputs(kernel, B, H, T, 3)

    leaves = [t.clone().requires_grad_(t.is_floating_point()) for t in inputs]
    Z = ttt_mlir.prefill(kernel, *leaves)[0]
    tape = Z.grad_fn.tape  # a custom Function's node is its ctx
    assert list(tape.shape) == list(train.outputs[-1].dims(B, H, T))
    address = tape.data_ptr()
    del tape
    C = torch.randn_like(Z)
    (Z * C).sum().backward()
    assert Z.grad_fn.tape is None
    # The next forward's tape is the same memory.
    assert ttt_mlir.prefill(kernel, *leaves)[0].grad_fn.tape.data_ptr() == address

    # The gradients are <layer>_backward's.
    backward = kernel.artifact.kernel("ttt_linear_backward")
    cotangents = [C] + [torch.zeros(o.dims(B, H, T)) for o in kernel.outputs[1:]
                        if o.dtype.is_floating_point]
    want = iter(backward(*inputs, *cotangents))
    for a, leaf in zip(kernel.inputs, leaves):
        if a.dtype.is_floating_point:
            w = next(want)
            assert rel(leaf.grad, w) < 1e-5, a.name
