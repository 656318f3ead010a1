"""ttt_mlir.compile / load / Kernel: the package's thin layer over the C API."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import torch

import ttt_mlir
from ttt_mlir._memory import OutputMemory, output_memory

LINEAR_TEXT = """
ttt.layer @tiny attributes {mini_batch = 4 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<8>
  %f = ttt.add %x, %n : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}
"""


def test_version():
    assert ttt_mlir.runtime_version() // 10000 == 1


def test_compile_text_and_introspect(tmp_path):
    art = ttt_mlir.compile(LINEAR_TEXT, out=tmp_path / "tiny")
    k = art.kernel()
    assert k.settings["dim"] == 8 and k.settings["mini_batch"] == 4
    assert k.kind == "prefill"
    assert k.state_names[-1] == "position"
    assert [a.name for a in k.inputs[:5]] == ["XQ", "XK", "XV", "lr", "token_scale"]
    # The training pair by default; without it, or without any backward.
    assert set(art.kernel_names) == {"tiny", "tiny_backward", "tiny_train",
                                     "tiny_backward_from_tape"}
    art = ttt_mlir.compile(LINEAR_TEXT, out=tmp_path / "nopair", training_pair=False)
    assert set(art.kernel_names) == {"tiny", "tiny_backward"}
    art = ttt_mlir.compile(LINEAR_TEXT, out=tmp_path / "infer", options=["--backward=false"])
    assert set(art.kernel_names) == {"tiny"}


def test_compile_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such spec file"):
        ttt_mlir.compile(str(tmp_path / "missing.mlir"))
    with pytest.raises(RuntimeError, match="ttt-compile failed"):
        ttt_mlir.compile("this is not MLIR\n", out=tmp_path / "bad")
    assert not (tmp_path / "bad").exists()  # nothing half written


def test_load_error(tmp_path):
    with pytest.raises(RuntimeError, match="TTT_ERROR_IO"):
        ttt_mlir.load(tmp_path / "nowhere")


def test_kernel_checks_inputs(artifacts):
    k = artifacts["linear"].kernel()
    B, H, T, d = 1, 2, 5, 64
    layer = ttt_mlir.TTTLayer(artifacts["linear"], hidden_size=8, num_heads=H)
    state = layer.initial_state(B)
    ins = [torch.randn(B, H, T, d) for _ in range(3)] + [torch.rand(B, H, T) * 0.01,
                                                        1 / torch.arange(1., 17.),
                                                        torch.ones(H, d), torch.zeros(H, d)]
    outs = k(*ins, *state.ordered(k))
    assert outs[0].shape == (B, H, T, d) and torch.isfinite(outs[0]).all()
    bad = list(ins)
    bad[1] = torch.randn(B, T, H, d).transpose(1, 2)  # a strided view
    with pytest.raises(ValueError, match="input 'XK' must be a contiguous"):
        k(*bad, *state.ordered(k))
    bad[1] = torch.randn(B, H, T, d, dtype=torch.float64)
    with pytest.raises(ValueError, match="input 'XK'"):
        k(*bad, *state.ordered(k))
    with pytest.raises(TypeError, match="takes 12 inputs"):
        k(*ins)


def prefill_call(artifact, B, H, T, d=64):
    """The artifact's prefill kernel, its initial state (from a TTTLayer)
    and random inputs of a call of T tokens."""
    k = artifact.kernel()
    state = ttt_mlir.TTTLayer(artifact, hidden_size=8, num_heads=H).initial_state(B)
    ins = [torch.randn(B, H, T, d) for _ in range(3)] + [torch.rand(B, H, T) * 0.01,
                                                        1 / torch.arange(1., 17.),
                                                        torch.ones(H, d), torch.zeros(H, d)]
    return k, state.ordered(k), ins


def test_kernel_threads(artifacts):
    """Kernel.threads starts its workers when set (the process gains them),
    Artifact.set_threads reaches the kernels made before and after it (the
    backward that autograd runs), 0 restores the default, and the outputs do
    not depend on the count (each sequence is one thread's)."""
    art = ttt_mlir.load(artifacts["linear"].directory)  # kernels of its own
    k, state, ins = prefill_call(art, B=2, H=3, T=256)
    default = k.threads
    assert default >= 1
    k.threads = 1
    assert k.threads == 1
    one = k(*ins, *state)
    tasks = len(os.listdir("/proc/self/task"))
    k.threads = 3
    assert len(os.listdir("/proc/self/task")) == tasks + 2
    assert k.threads == 3
    three = k(*ins, *state)
    for a, b in zip(one, three):
        assert torch.equal(a, b)
    more = default + 1  # unlike the default, which a kernel made later would have
    art.set_threads(more)
    assert k.threads == more and art.kernel(kind="backward").threads == more
    art.set_threads(0)
    assert k.threads == default and art.kernel(kind="backward").threads == default
    for bad in (-1, 1.5, True, 2**32):
        with pytest.raises(ValueError, match="kernel .*threads must be an int from 0"):
            k.threads = bad
        with pytest.raises(ValueError, match="artifact .*threads must be an int from 0"):
            art.set_threads(bad)
    assert k.threads == default


def test_set_threads_refuses_gpu_artifact(artifacts, tmp_path):
    """A GPU artifact has no CPU threads to set: set_threads says so. Run in a
    child process with the runtime tests' fake CUDA driver first on
    LD_LIBRARY_PATH (read at process start), so that the artifact opens."""
    cc = shutil.which("cc")
    if cc is None:
        pytest.skip("no C compiler for the fake CUDA driver")
    inputs = Path(__file__).resolve().parents[2] / "test" / "Runtime" / "Inputs"
    driver = tmp_path / "driver"
    driver.mkdir()
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(driver / "libcuda.so.1"),
                    str(inputs / "fake_cuda.c")], check=True)
    gpu = tmp_path / "gpu"
    subprocess.run([sys.executable, str(inputs / "gpu_manifest.py"),
                    os.path.join(artifacts["linear"].directory, "manifest.json"),
                    str(gpu), "sm_90a", "0", "0"], check=True)
    child = ("import ttt_mlir\n"
             "art = ttt_mlir.load(%r)\n"
             "assert art.target == 'sm_90a'\n"
             "try:\n"
             "    art.set_threads(2)\n"
             "except ValueError as e:\n"
             "    print(e)\n" % str(gpu))
    path = [str(driver)] + [p for p in [os.environ.get("LD_LIBRARY_PATH")] if p]
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(path))
    run = subprocess.run([sys.executable, "-c", child], env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "set_threads is for CPU artifacts, this one targets sm_90a" in run.stdout


def test_kernel_writes_into_given_outputs(artifacts):
    """out= writes the outputs into the caller's tensors (no allocation in a
    loop of calls), the state in place too; equal to a call with fresh
    outputs. Wrong out= tensors are refused before the kernel runs."""
    B, H, T, d = 2, 2, 21, 64
    k, state, ins = prefill_call(artifacts["mlp"], B, H, T, d)
    fresh = k(*ins, *state)
    outs = [torch.full_like(o, float("nan")) if o.is_floating_point() else torch.zeros_like(o)
            for o in fresh]
    got = k(*ins, *state, out=outs)
    assert all(g is o for g, o in zip(got, outs))
    for g, f in zip(got, fresh):
        assert torch.equal(g, f)
    # The state updated in place: its outputs are its inputs.
    inplace = [s.clone() for s in state]
    got = k(*ins, *inplace, out=[torch.empty_like(fresh[0])] + inplace)
    for g, f in zip(got[1:], fresh[1:]):
        assert torch.equal(g, f)
    # Kernel.time(in_place=True) updates the state where it is: one run
    # leaves it as one call does.
    timed = [s.clone() for s in state]
    k.time(ins + timed, repeats=1, warmup=0, in_place=True)
    for t, f in zip(timed, fresh[1:]):
        assert torch.equal(t, f)
    with pytest.raises(TypeError, match="out= takes 10 tensors"):
        k(*ins, *state, out=outs[:2])
    bad = list(outs)
    bad[0] = torch.empty(B, H, T - 1, d)
    with pytest.raises(ValueError, match="output 'Z' must be a contiguous"):
        k(*ins, *state, out=bad)


def test_output_memory_lends_only_dead_outputs():
    """A large output's memory goes to a later output only once no tensor
    (nor a view of one) uses it; idle memory beyond max_idle_bytes is
    unmapped, oldest first; max_idle_bytes = 0 gives plain torch.empty."""
    pool = OutputMemory(min_bytes=1 << 20, max_idle_bytes=1 << 30)
    shape = (3, 1 << 18)  # 3 MB of float32
    a = pool.empty(shape, torch.float32)
    assert a.shape == shape and a.dtype == torch.float32 and a.is_contiguous()
    a.fill_(1.0)
    b = pool.empty(shape, torch.float32)
    assert b.data_ptr() != a.data_ptr()
    address, b_address = a.data_ptr(), b.data_ptr()
    row = a[1]
    del a
    c = pool.empty(shape, torch.float32)
    assert c.data_ptr() != address  # the view keeps it
    del row
    d = pool.empty((2, 1 << 18), torch.bfloat16)  # 1 MB: 3 MB is too big
    assert d.data_ptr() != address
    e = pool.empty(shape, torch.float32)
    assert e.data_ptr() == address and torch.equal(e, torch.ones(shape))
    f = pool.empty((5, 1 << 17), torch.float32)  # 2.5 MB: nothing idle
    del b
    g = pool.empty((5, 1 << 17), torch.float32)  # fits in b's 3 MB
    assert g.data_ptr() == b_address and g.shape == (5, 1 << 17)
    assert pool.empty((10,), torch.float32).numel() == 10  # small: torch.empty
    del c, d, e, f, g
    assert pool.idle_bytes() == 3 * (3 << 20) + (1 << 20) + (5 << 19)
    pool.max_idle_bytes = 4 << 20
    h = pool.empty(shape, torch.float32)  # takes one idle 3 MB mapping
    assert pool.idle_bytes() <= 4 << 20
    pool.max_idle_bytes = 0
    assert pool.empty(shape, torch.float32).data_ptr() != h.data_ptr()


def test_kernel_outputs_from_reused_memory(artifacts, monkeypatch):
    """Outputs in reused (stale, here NaN-filled) memory are written whole:
    equal to outputs in the caller's fresh tensors."""
    monkeypatch.setattr(output_memory, "min_bytes", 0)
    B, H, T = 1, 2, 37
    k, state, ins = prefill_call(artifacts["linear"], B, H, T)
    shapes = k.shapes(B, H, T)[1]
    want = k(*ins, *state, out=[torch.empty(s, dtype=a.dtype)
                                for a, s in zip(k.outputs, shapes)])
    poisoned = set()
    for o in k(*ins, *state):
        o.fill_(float("nan") if o.is_floating_point() else -1)
        poisoned.add(o.data_ptr())
    del o
    got = k(*ins, *state)
    assert {g.data_ptr() for g in got} == poisoned
    for g, w in zip(got, want):
        assert torch.equal(g, w)
