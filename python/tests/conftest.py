import os
from pathlib import Path

import pytest
import torch

import ttt_mlir

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory):
    """The example specs compiled once per session (ttt_mlir.compile):
    "linear", "mlp" and "linear_gated" (per-token decay) with the training
    pair (compile's default), which TTTPrefill's gradients then go through;
    and variants of TTT-Linear: "linear_dot" (the dot-product loss
    -<f(k), v>), "linear_all" and "linear_after" (non-causal and LaCT's
    `after` timing), "linear_normalized" (weights normalised at every
    commit), "linear_bf16" (bf16 tokens and output), and
    "mlp_lr_per_weight" (TTT-MLP with a learning rate per weight). The variants have no training pair (they compile in about
    half the time): their gradients go through <layer>_backward."""
    out = tmp_path_factory.mktemp("artifacts")
    arts = {name: ttt_mlir.compile(EXAMPLES / ("ttt_%s.mlir" % name), out=out / name)
            for name in ("linear", "mlp", "linear_gated")}
    spec = (EXAMPLES / "ttt_linear.mlir").read_text()
    attrs = "attributes {mini_batch = 16 : i64, timing = #ttt<timing causal>}"
    assert attrs in spec
    dot = out / "ttt_linear_dot.mlir"
    dot.write_text(spec.replace(attrs, attrs[:-1] + ", loss = #ttt<loss dot>}"))
    arts["linear_dot"] = ttt_mlir.compile(dot, out=out / "linear_dot",
                                          training_pair=False)
    for timing in ("all", "after"):  # outputs see every step, or none
        variant = out / ("ttt_linear_%s.mlir" % timing)
        variant.write_text(spec.replace("timing causal", "timing " + timing))
        arts["linear_" + timing] = ttt_mlir.compile(variant, out=out / ("linear_" + timing),
                                                    training_pair=False)
    normalized = out / "ttt_linear_normalized.mlir"  # LaCT's weight normalisation
    normalized.write_text(spec.replace(attrs, attrs[:-1] + ", normalize_weights = true}"))
    arts["linear_normalized"] = ttt_mlir.compile(normalized, out=out / "linear_normalized",
                                                 training_pair=False)
    bf16 = out / "ttt_linear_bf16.mlir"  # XQ, XK, XV and Z in bf16
    bf16.write_text(spec.replace(attrs, attrs[:-1] + ", io_type = bf16}"))
    arts["linear_bf16"] = ttt_mlir.compile(bf16, out=out / "linear_bf16",
                                           training_pair=False)
    mlp = (EXAMPLES / "ttt_mlp.mlir").read_text()
    assert attrs in mlp
    per_weight = out / "ttt_mlp_lr_per_weight.mlir"  # inputs lr.W1, lr.W2
    per_weight.write_text(mlp.replace(attrs, attrs[:-1] + ", lr_per_weight = true}"))
    arts["mlp_lr_per_weight"] = ttt_mlir.compile(per_weight, out=out / "mlp_lr_per_weight",
                                                 training_pair=False)
    return arts


@pytest.fixture(autouse=True)
def seeded():
    torch.manual_seed(int.from_bytes(os.urandom(4), "little") if os.environ.get("TTT_FRESH_SEED") else 0)
