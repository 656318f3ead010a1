"""The Python examples run: examples/python/train_byte_lm.py trains a small
byte-level language model through compiled TTT layers."""
import json
import math
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "python"


def test_train_byte_lm(artifacts, tmp_path):
    """40 Adam steps on docs/Semantics.md: the loss falls from about 8 bits
    per byte (a uniform guess) to below 5.5, the TTT layers' parameters
    before the kernel (projections, gates, inner LayerNorm, initial state)
    get a finite, non-zero gradient from its backward, and the sample
    decodes byte by byte."""
    out = tmp_path / "run.json"
    run = subprocess.run(
        [sys.executable, str(EXAMPLES / "train_byte_lm.py"),
         "--artifact", artifacts["linear"].directory, "--steps", "40",
         "--batch", "4", "--seq", "128", "--layers", "1", "--sample", "16",
         "--json", str(out)],
        capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "held-out loss" in run.stdout
    result = json.loads(out.read_text())
    losses = result["losses"]
    assert len(losses) == 40
    assert losses[0] > 7, losses[:3]
    assert sum(losses[-5:]) / 5 < 5.5, losses[-5:]
    assert math.isfinite(result["held_out"]) and result["held_out"] < 6.5
    assert math.isfinite(result["kernel_grad_norm"]) and result["kernel_grad_norm"] > 0
    assert len(result["sample"]) == 16
