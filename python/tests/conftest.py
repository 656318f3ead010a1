import os
from pathlib import Path

import pytest
import torch

import ttt_mlir

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory):
    """The example specs compiled once per session (ttt_mlir.compile), and
    "linear_dot": TTT-Linear with the dot-product loss -<f(k), v>. "linear",
    "mlp" and "linear_gated" (per-token decay) have the training pair
    (compile's default), which TTTPrefill's
    gradients then go through; "linear_dot" has not (training_pair=False):
    its gradients go through <layer>_backward. "linear_all" and
    "linear_after": TTT-Linear with non-causal and LaCT's `after` timing;
    "linear_normalized" with its weights normalised at every commit."""
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
        arts["linear_" + timing] = ttt_mlir.compile(variant, out=out / ("linear_" + timing))
    normalized = out / "ttt_linear_normalized.mlir"  # LaCT's weight normalisation
    normalized.write_text(spec.replace(attrs, attrs[:-1] + ", normalize_weights = true}"))
    arts["linear_normalized"] = ttt_mlir.compile(normalized, out=out / "linear_normalized")
    return arts


@pytest.fixture(autouse=True)
def seeded():
    torch.manual_seed(int.from_bytes(os.urandom(4), "little") if os.environ.get("TTT_FRESH_SEED") else 0)
