"""The compiled TTT layer against a float64 eager implementation of the same
layer (ttt_mlir.reference), and its state carried across calls."""

from pathlib import Path

import pytest
import torch

import ttt_mlir
from ttt_mlir import reference

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

TOL = 1e-4  # fp32 kernels vs float64 (docs/Semantics.md section 7)


def rel(a, b):
    return float((a.double() - b.double()).norm() / b.double().norm())


@pytest.mark.parametrize("name", ["linear", "mlp", "linear_dot", "linear_gated",
                                  "linear_all", "linear_after", "linear_normalized",
                                  "mlp_lr_per_weight"])
@pytest.mark.parametrize("T", [1, 16, 37])
def test_forward_matches_float64(artifacts, name, T):
    layer = ttt_mlir.TTTLayer(artifacts[name], hidden_size=48, num_heads=3)
    with torch.no_grad():  # non-trivial parameters everywhere
        for p in layer.parameters():
            p.add_(0.1 * torch.randn_like(p))
    x = torch.randn(2, T, 48)
    y, state = layer(x)
    want = reference.ttt_layer(layer, x)
    assert y.shape == (2, T, 48)
    assert torch.isfinite(y).all()
    assert rel(y, want) < TOL
    assert state.position == T % layer.mini_batch


@pytest.mark.parametrize("T", [16, 37])
def test_bf16_layer_matches_float64(artifacts, T):
    """A kernel with bf16 I/O: the layer casts XQ, XK, XV to bf16 and Z
    back; within 1e-2 of float64 (Semantics section 7), forward and the
    gradient of every parameter."""
    layer = ttt_mlir.TTTLayer(artifacts["linear_bf16"], hidden_size=48, num_heads=3)
    twin = ttt_mlir.TTTLayer(artifacts["linear"], hidden_size=48, num_heads=3)
    twin.load_state_dict(layer.state_dict())  # the same layer with f32 I/O
    x = torch.randn(2, T, 48)
    y, _ = layer(x)
    assert y.dtype == torch.float32
    assert rel(y, reference.ttt_layer(layer, x)) < 1e-2
    y.square().sum().backward()
    twin(x)[0].square().sum().backward()
    for (n, p), q in zip(layer.named_parameters(), twin.parameters()):
        assert rel(p.grad, q.grad) < 1e-2, n


def prefill_then_decode(layer, x, prefill):
    """The layer's output and final state on x [B, T, hidden] in one call,
    and through `prefill` tokens then one call per token."""
    with torch.no_grad():
        whole, whole_state = layer(x)
        parts, state = [], None
        y, state = layer(x[:, :prefill], state)
        parts.append(y)
        for t in range(prefill, x.shape[1]):
            y, state = layer(x[:, t:t + 1], state)
            parts.append(y)
    return whole, whole_state, torch.cat(parts, 1), state


def assert_decoder_continues_a_prefill(layer, x, prefill):
    """The kernel on the first `prefill` tokens, then one Decoder step per
    token, equals one call of the kernel on all of x: outputs and state."""
    kernel = layer.kernel
    B, T = x.shape[0], x.shape[1]
    with torch.no_grad():
        *tokens, ts = layer.project(x)
        norms = [layer.inner_norm[n].detach() for n in layer._norm_order]
        outer = [ts.detach()] + norms

        def call(ts_, state):
            return kernel(*[t[:, :, ts_].contiguous() for t in tokens], *outer,
                          *state.ordered(kernel))

        whole = call(slice(0, T), layer.initial_state(B))
        first = call(slice(0, prefill), layer.initial_state(B))
        state = ttt_mlir.State(dict(zip(kernel.state_names, first[1:])))
        dec = ttt_mlir.Decoder(kernel, outer, state)
        assert dec.token_names == kernel.outer_names[:len(tokens)]
        zs = [first[0]] + [dec.step(*[t[:, :, i:i + 1].contiguous() for t in tokens]).clone()
                           for i in range(prefill, T)]
    assert rel(torch.cat(zs, 2), whole[0]) < 1e-5
    for name, value in zip(kernel.state_names, whole[1:]):
        if name == "position":
            assert dec.state.position == int(value) == T % kernel.settings["mini_batch"]
        else:
            assert rel(dec.state.tensors[name], value) < 1e-5, name


@pytest.mark.parametrize("name", ["linear", "mlp"])
def test_prefill_then_decode_equals_one_prefill(artifacts, name):
    layer = ttt_mlir.TTTLayer(artifacts[name], hidden_size=32, num_heads=2)
    x = torch.randn(2, 40, 32)
    with torch.no_grad():
        # Through the module: a prefill of 21 tokens, then one call per token.
        whole, whole_state, parts, state = prefill_then_decode(layer, x, 21)
        assert rel(parts, whole) < 1e-5
        for n in whole_state.tensors:
            if n == "position":
                assert state.position == whole_state.position == 40 % 16
            else:
                assert rel(state.tensors[n], whole_state.tensors[n]) < 1e-5, n

        # Through the Decoder (state updated in place, bound ahead of time).
        assert_decoder_continues_a_prefill(layer, x, 21)


def test_gated_prefill_then_decode_equals_one_prefill(artifacts):
    """With per-token decay the state carries decay_product too: a prefill
    of 21 tokens then one call per token through the module equals one
    prefill, outputs and state."""
    layer = ttt_mlir.TTTLayer(artifacts["linear_gated"], hidden_size=32, num_heads=2,
                              decay_bias=0.0)  # alpha about 0.5: decay matters
    assert layer.initial_state(2).tensors["decay_product"].eq(1).all()
    x = torch.randn(2, 40, 32)
    whole, whole_state, parts, state = prefill_then_decode(layer, x, 21)
    assert rel(parts, whole) < 1e-5
    assert rel(whole, reference.ttt_layer(layer, x)) < TOL
    for n in whole_state.tensors:
        if n != "position":
            assert rel(state.tensors[n], whole_state.tensors[n]) < 1e-5, n
    assert 0 < float(whole_state.tensors["decay_product"].min()) < 1
    assert_decoder_continues_a_prefill(layer, x, 21)


def test_decoder_takes_every_per_token_input(artifacts):
    """The Decoder binds whatever per-token inputs the kernel has (one
    learning rate per weight here) and refuses a step with too few."""
    layer = ttt_mlir.TTTLayer(artifacts["mlp_lr_per_weight"], hidden_size=32, num_heads=2)
    x = torch.randn(2, 37, 32)
    assert_decoder_continues_a_prefill(layer, x, 18)
    kernel = layer.kernel
    state = layer.initial_state(2)
    with pytest.raises(ValueError, match="outer inputs"):
        ttt_mlir.Decoder(kernel, [], state)
    *tokens, ts = layer.project(x[:, :1])
    norms = [layer.inner_norm[n].detach() for n in layer._norm_order]
    dec = ttt_mlir.Decoder(kernel, [ts.detach()] + norms, state)
    with pytest.raises(TypeError, match="per-token inputs"):
        dec.step(*tokens[:3])
    with pytest.raises(ValueError, match="must be a contiguous float32"):
        dec.step(*tokens[:-1], tokens[-1].double())


def test_all_timing_calls_start_at_a_boundary(artifacts):
    """With non-causal mini-batches a call's outputs see every token of the
    mini-batch in the call, so chunks of whole mini-batches equal one call,
    and a call that would start mid-mini-batch is refused."""
    layer = ttt_mlir.TTTLayer(artifacts["linear_all"], hidden_size=32, num_heads=2)
    x = torch.randn(2, 48, 32)
    with torch.no_grad():
        whole, _ = layer(x)
        first, state = layer(x[:, :32])
        second, _ = layer(x[:, 32:], state)
        assert rel(torch.cat([first, second], 1), whole) < 1e-5
        _, state = layer(x[:, :20])
        with pytest.raises(ValueError, match="starts at a mini-batch boundary"):
            layer(x[:, 20:], state)


def random_call(artifact, T, B=2, H=2):
    """The prefill kernel of `artifact`, a TTTLayer around it, and random
    inputs of one call of T tokens for the gradient tests: a State of
    non-trivial weights and biases (running sums zero, position 0) and the
    other inputs by name (tokens, lr, token_scale, LayerNorm parameters)."""
    kernel = artifact.kernel()
    d, b = kernel.settings["dim"], kernel.settings["mini_batch"]
    layer = ttt_mlir.TTTLayer(artifact, hidden_size=H * d, num_heads=H)
    state = layer.initial_state(B)
    for n in kernel.state_names:  # non-trivial weights and biases
        if n != "position" and not n.endswith(".grad_sum"):
            state.tensors[n] = state.tensors[n] + 0.1 * torch.randn_like(state.tensors[n])
    outer = {"XQ": torch.randn(B, H, T, d), "XK": torch.randn(B, H, T, d),
             "XV": torch.randn(B, H, T, d), "token_scale": 1 / torch.arange(1., b + 1)}
    for n in kernel.outer_names:  # lr, or lr.<weight> for each weight
        if n == "lr" or n.startswith("lr."):
            outer[n] = torch.rand(B, H, T) / d
    if "decay" in kernel.outer_names:
        outer["decay"] = 0.5 + 0.5 * torch.rand(B, H, T)
    for n in layer._norm_order:
        outer[n] = layer.inner_norm[n].detach() + 0.1 * torch.randn(H, d)
    return kernel, layer, state, outer


@pytest.mark.parametrize("name", ["linear", "mlp", "linear_gated", "linear_all",
                                  "linear_after", "linear_normalized",
                                  "mlp_lr_per_weight"])
@pytest.mark.parametrize("T", [5, 16, 21, 37])
def test_backward_matches_float64_autograd(artifacts, name, T):
    """TTTPrefill's backward (the compiled <layer>_backward kernel) against
    torch float64 autograd through the reference's inner loop: the gradient
    of <C, Z> for a random C, with respect to every input the reference
    takes (tokens, lr, token_scale, LayerNorm parameters, initial state),
    each within 1e-4 relative."""
    kernel, layer, state, outer = random_call(artifacts[name], T)
    b = kernel.settings["mini_batch"]
    inputs = {**outer, **state.tensors}
    leaves = {n: t.clone().requires_grad_(t.is_floating_point()) for n, t in inputs.items()}
    Z = ttt_mlir.prefill(kernel, *[leaves[a.name] for a in kernel.inputs])[0]
    C = torch.randn_like(Z)
    (Z * C).sum().backward()

    ref = {n: t.detach().double().requires_grad_() for n, t in inputs.items()
           if t.is_floating_point() and not n.endswith(".grad_sum")}
    theta = {n: ref[n] for n in kernel.state_names if n in ref and n != "decay_product"}
    lr = ref["lr"] if "lr" in ref else {n[3:]: t for n, t in ref.items()
                                        if n.startswith("lr.")}
    Zref = reference.inner_loop(kernel.model, b, ref["XQ"], ref["XK"], ref["XV"], lr,
                                ref["token_scale"], {n: ref[n] for n in layer._norm_order},
                                theta, decay=ref.get("decay"),
                                decay_product=ref.get("decay_product"),
                                timing=kernel.settings["timing"],
                                normalize_weights=kernel.settings["normalize_weights"])
    (Zref * C.double()).sum().backward()
    assert rel(Z, Zref) < TOL
    for n, t in ref.items():
        got = leaves[n].grad
        assert got is not None and torch.isfinite(got).all(), n
        if t.grad is None or not t.grad.any():  # `after` within one mini-batch: Z ignores k, v, lr
            assert not got.any(), n
            continue
        assert rel(got, t.grad) < TOL, (n, rel(got, t.grad))


@pytest.mark.parametrize("name", ["linear", "mlp", "linear_gated", "linear_after",
                                  "linear_normalized", "mlp_lr_per_weight"])
@pytest.mark.parametrize("split", [[21, 16], [16, 21], [5, 1, 31]])
def test_backward_of_chained_prefills_equals_one(artifacts, name, split):
    """Chunking is consistent for gradients too: autograd through prefills
    of the pieces of a sequence, each taking the state (weights, running
    sums, position) the one before returned, gives the gradients of one
    prefill of the whole sequence, for a loss on Z and on the final state
    and running sums. The pieces start mid-mini-batch (b = 16) with running
    sums that are not zero, so every backward call takes and returns
    non-trivial cotangents of the running sums."""
    kernel, _, state, outer = random_call(artifacts[name], sum(split))
    per_token = [n for n in outer if n in ("XQ", "XK", "XV", "decay") or n.startswith("lr")]
    outputs = [a.name for a in kernel.outputs]
    weights = {n: torch.randn_like(state.tensors[n]) for n in kernel.state_names
               if n != "position"}
    C = torch.randn_like(outer["XQ"])

    def gradients(pieces):
        leaves = {n: t.clone().requires_grad_() for n, t in outer.items()}
        carried = {n: t.clone().requires_grad_(t.is_floating_point())
                   for n, t in state.tensors.items()}
        initial = dict(carried)
        zs, start = [], 0
        for length in pieces:
            args = {n: (t[:, :, start:start + length].contiguous() if n in per_token else t)
                    for n, t in leaves.items()}
            args.update(carried)
            outs = ttt_mlir.prefill(kernel, *[args[a.name] for a in kernel.inputs])
            zs.append(outs[0])
            carried = {n: o for n, o in zip(outputs[1:], outs[1:])}
            start += length
        loss = (torch.cat(zs, 2) * C).sum()
        for n, w in weights.items():
            loss = loss + (carried[n] * w).sum()
        loss.backward()
        grads = {n: t.grad for n, t in leaves.items()}
        grads.update({n: t.grad for n, t in initial.items() if t.is_floating_point()})
        return grads

    whole, chained = gradients([sum(split)]), gradients(split)
    for n, g in whole.items():
        assert g is not None and chained[n] is not None, n
        assert rel(chained[n], g) < 1e-5, (n, rel(chained[n], g))


@pytest.mark.parametrize("name", ["linear", "linear_gated"])
def test_training_steps_lower_the_loss(artifacts, name):
    """A few Adam steps through the compiled layer (forward and backward
    kernels) on a fixed regression batch: the loss goes down, and every
    parameter (the decay gate's too) gets a finite gradient."""
    layer = ttt_mlir.TTTLayer(artifacts[name], hidden_size=128, num_heads=2)
    x, target = torch.randn(2, 24, 128), torch.randn(2, 24, 128)
    opt = torch.optim.Adam(layer.parameters(), lr=3e-3)
    losses = []
    for _ in range(6):
        opt.zero_grad()
        y, _ = layer(x)
        loss = ((y - target) ** 2).mean()
        loss.backward()
        for n, p in layer.named_parameters():
            assert p.grad is not None and torch.isfinite(p.grad).all(), n
        opt.step()
        losses.append(float(loss))
    assert losses[-1] < losses[0] * 0.97, losses


def test_reference_is_differentiable():
    """The float64 reference keeps the graph through the inner gradients
    (the oracle of test_backward_matches_float64_autograd):
    its gradient matches central finite differences."""
    model = {"values": [{"op": "input", "width": 4},
                        {"op": "linear", "x": 0, "weight": "W", "bias": "b", "width": 4},
                        {"op": "layer_norm", "x": 1, "weight": "lw", "bias": "lb",
                         "eps": 1e-6, "width": 4},
                        {"op": "add", "x": 0, "y": 2, "width": 4}],
             "loss": 3, "output": 3}
    g = torch.Generator().manual_seed(3)
    XQ, XK, XV = (torch.randn(1, 1, 6, 4, generator=g, dtype=torch.float64) for _ in range(3))
    lr = torch.full((1, 1, 6), 0.1, dtype=torch.float64)
    ts = 1 / torch.arange(1, 5, dtype=torch.float64)
    outer = {"lw": torch.ones(1, 4, dtype=torch.float64), "lb": torch.zeros(1, 4, dtype=torch.float64)}
    W = torch.randn(1, 1, 4, 4, generator=g, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(1, 1, 1, 4, dtype=torch.float64)

    def f(W):
        return reference.inner_loop(model, 4, XQ, XK, XV, lr, ts, outer, {"W": W, "b": b}).sum()

    (grad,) = torch.autograd.grad(f(W), W)
    e = torch.zeros_like(W)
    e[0, 0, 1, 2] = 1e-6
    fd = (f(W + e) - f(W - e)) / 2e-6
    assert abs(float(grad[0, 0, 1, 2]) - float(fd)) < 1e-6 * max(1, abs(float(fd)))


def test_lact_layer_matches_float64(tmp_path):
    """LaCT's layer (examples/lact_swiglu.mlir: biasless SwiGLU fast
    weights, the dot loss, `after` timing, a learning rate per weight and
    weights normalised at each commit, b = 256) through TTTLayer: over one
    whole mini-batch and four tokens after its commit, against float64; and
    a training step gives every parameter a finite gradient."""
    art = ttt_mlir.compile(EXAMPLES / "lact_swiglu.mlir", out=tmp_path / "lact",
                           training_pair=False)
    layer = ttt_mlir.TTTLayer(art, hidden_size=64, num_heads=1)
    with torch.no_grad():
        for p in layer.parameters():
            p.add_(0.1 * torch.randn_like(p))
    x = torch.randn(1, 260, 64)
    with torch.no_grad():
        y, state = layer(x)
    assert rel(y, reference.ttt_layer(layer, x)) < TOL
    assert state.position == 4
    y, _ = layer(x)
    (y ** 2).mean().backward()
    for n, p in layer.named_parameters():
        assert p.grad is not None and torch.isfinite(p.grad).all(), n
