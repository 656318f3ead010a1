import os
from pathlib import Path

import pytest
import torch

import ttt_mlir

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory):
    """The example specs compiled once per session (ttt_mlir.compile)."""
    out = tmp_path_factory.mktemp("artifacts")
    return {name: ttt_mlir.compile(EXAMPLES / ("ttt_%s.mlir" % name), out=out / name)
            for name in ("linear", "mlp")}


@pytest.fixture(autouse=True)
def seeded():
    torch.manual_seed(int.from_bytes(os.urandom(4), "little") if os.environ.get("TTT_FRESH_SEED") else 0)
