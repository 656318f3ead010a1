"""The Python examples run: examples/python/train_byte_lm.py trains a small
byte-level language model through compiled TTT layers, and refuses bad
settings, texts, specs and artifacts, or a missing runtime, with one line."""
import ctypes.util
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "python"


def run_example(args, env=None, timeout=120):
    return subprocess.run([sys.executable, str(EXAMPLES / "train_byte_lm.py")] + args,
                          capture_output=True, text=True, timeout=timeout, env=env)


def test_train_byte_lm(artifacts, tmp_path):
    """40 Adam steps on docs/Semantics.md: the loss falls from about 8 bits
    per byte (a uniform guess) to below 5.5, the TTT layers' parameters
    before the kernel (projections, gates, inner LayerNorm, initial state)
    get a finite, non-zero gradient from its backward, and the sample
    decodes byte by byte."""
    out = tmp_path / "run.json"
    run = run_example(
        ["--artifact", artifacts["linear"].directory, "--steps", "40",
         "--batch", "4", "--seq", "128", "--layers", "1", "--sample", "16",
         "--json", str(out)],
        timeout=600)
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


def assert_refused(run, message):
    """A non-zero exit with `message` on stderr's last line and no traceback."""
    assert run.returncode != 0, run.stdout
    assert "Traceback" not in run.stderr, run.stderr
    assert message in run.stderr.strip().splitlines()[-1], run.stderr


@pytest.mark.parametrize("args, message", [
    (["--text", "/nonexistent/text"], "cannot read the text"),
    (["--batch", "0"], "argument --batch: must be at least 1, got 0"),
    (["--steps", "-1"], "argument --steps: must be at least 0, got -1"),
    (["--temperature", "0"], "argument --temperature: must be a finite number above 0"),
    (["--lr", "nan"], "argument --lr: must be a finite number above 0"),
    (["--seed", str(2**63)], "argument --seed: must be below 2^63"),
    (["--json", "/nonexistent/run.json"], "--json: no directory /nonexistent"),
    (["--artifact", "/nonexistent/artifact"], "/nonexistent/artifact"),
])
def test_train_byte_lm_refuses(args, message):
    """Bad settings stop it before it trains, each with one line."""
    assert_refused(run_example(args), message)


def test_train_byte_lm_refuses_short_text(tmp_path):
    text = tmp_path / "short.txt"
    text.write_bytes(b"too short")
    assert_refused(run_example(["--text", str(text)]),
                   "9 bytes, too short for windows of 256")


def test_train_byte_lm_refuses_bad_spec(tmp_path):
    """ttt-compile's error, with the spec's line and column."""
    spec = tmp_path / "bad.mlir"
    spec.write_text("module {\n  ttt.layer @bad garbage\n}\n")
    run = run_example(["--spec", str(spec)])
    assert run.returncode == 1
    assert "Traceback" not in run.stderr, run.stderr
    assert "%s:2:17: error: expected '{' to begin a region" % spec in run.stderr


def test_train_byte_lm_without_runtime(tmp_path):
    """No runtime to load: the package's own message, and --help still works."""
    if ctypes.util.find_library("ttt_runtime"):
        pytest.skip("a ttt_runtime is installed where the system loader finds it")
    env = dict(os.environ, TTT_MLIR_PREFIX=str(tmp_path), PATH="/usr/bin:/bin")
    assert_refused(run_example([], env), "cannot find libttt_runtime.so.1")
    helped = run_example(["--help"], env)
    assert helped.returncode == 0 and "--steps STEPS" in helped.stdout, helped.stderr
