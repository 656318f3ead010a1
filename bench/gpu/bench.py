#!/usr/bin/env python3
"""GPU benchmark: the compiled TTT-Linear kernel against PyTorch dual forms.

Runs the artifact's first kernel through the runtime's C API (ctypes on
libttt_runtime.so; device buffers are PyTorch tensors, the launch on
PyTorch's current stream) and, on the same inputs, the dual form in PyTorch
eager (bench/torch/ttt_torch.py, fp32 compute on fp32 copies of the tokens)
and the same per-mini-batch step under torch.compile. Times are medians of
CUDA-event-timed runs after warm-up runs. Reports time, tokens/s (B*T
tokens), the bytes a prefill must move at least (tokens read once, Z written
once, the state read and written) over time as HBM GB/s against a measured
device-to-device copy bandwidth, and the compiled kernel's relative error
against the eager fp32 result (Z and W1).

With --device cpu (a CPU artifact, e.g. ttt-compile --emulate-on-cpu) the
same harness runs on the CPU, to test it without a GPU.
"""
import argparse
import ctypes
import json
import math
import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "torch"))
import ttt_torch  # noqa: E402  (the CPU bench's eager dual form)

DTYPES = {"f32": (0, torch.float32), "f16": (1, torch.float16),
          "bf16": (2, torch.bfloat16), "i64": (3, torch.int64)}
INPUT, OUTPUT = 0, 1


class Kernel:
    """One kernel of an artifact, through the runtime's C API."""

    def __init__(self, runtime, artifact):
        lib = self.lib = ctypes.CDLL(runtime)
        lib.ttt_last_error.restype = ctypes.c_char_p
        lib.ttt_artifact_device.restype = ctypes.c_char_p
        lib.ttt_artifact_open.argtypes = [ctypes.c_char_p,
                                          ctypes.POINTER(ctypes.c_void_p)]
        lib.ttt_kernel_create.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                          ctypes.POINTER(ctypes.c_void_p)]
        lib.ttt_kernel_bind.argtypes = [
            ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p,
            ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_int64)]
        lib.ttt_kernel_run.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.ttt_kernel_reset.argtypes = [ctypes.c_void_p]
        lib.ttt_kernel_reset.restype = None
        lib.ttt_artifact_device.argtypes = [ctypes.c_void_p]
        with open(os.path.join(artifact, "manifest.json")) as f:
            self.manifest = json.load(f)
        self.desc = self.manifest["kernels"][0]
        self.artifact = ctypes.c_void_p()
        self.check(lib.ttt_artifact_open(artifact.encode(),
                                         ctypes.byref(self.artifact)),
                   "ttt_artifact_open")
        self.kernel = ctypes.c_void_p()
        self.check(lib.ttt_kernel_create(self.artifact,
                                         self.desc["name"].encode(),
                                         ctypes.byref(self.kernel)),
                   "ttt_kernel_create")
        self.device_text = lib.ttt_artifact_device(self.artifact).decode()

    def check(self, status, what):
        if status != 0:
            raise RuntimeError("%s: %s" % (what,
                                           self.lib.ttt_last_error().decode()))

    def bind(self, role, name, tensor):
        assert tensor.is_contiguous()
        code = {v[1]: v[0] for v in DTYPES.values()}[tensor.dtype]
        shape = (ctypes.c_int64 * max(tensor.dim(), 1))(*tensor.shape)
        self.check(self.lib.ttt_kernel_bind(
            self.kernel, role, name.encode(), ctypes.c_void_p(tensor.data_ptr()),
            code, tensor.dim(), shape), "bind " + name)

    def reset(self):
        self.lib.ttt_kernel_reset(self.kernel)

    def run(self, stream):
        self.check(self.lib.ttt_kernel_run(self.kernel, stream), "run")


def make_inputs(desc, B, H, T, device, seed):
    """Inputs as ttt-run --random draws them (ttt-run --help)."""
    g = torch.Generator(device=device).manual_seed(seed)
    d = desc["settings"]["dim"]

    def randn(*shape):
        return torch.randn(*shape, generator=g, device=device)

    sizes = {"B": B, "H": H, "T": T}
    inp = {}
    for arg in desc["args"]:
        if arg["role"] != "input":
            continue
        name = arg["name"]
        shape = [sizes.get(s, s) for s in arg["shape"]]
        dtype = DTYPES[arg["dtype"]][1]
        if name in ("XQ", "XK", "XV"):
            x = randn(*shape)
        elif name == "lr":
            x = torch.sigmoid(randn(*shape)) / d
        elif name == "token_scale":
            x = 1.0 / torch.arange(1, shape[0] + 1, dtype=torch.float32,
                                   device=device)
        elif name.endswith(".grad_sum") or name == "position":
            x = torch.zeros(shape, device=device)
        elif name.startswith("ln") and name.endswith("weight"):
            x = 1 + 0.1 * randn(*shape)
        elif name.startswith("ln"):
            x = 0.1 * randn(*shape)
        elif name.startswith("W"):
            x = randn(*shape) / math.sqrt(shape[-2])
        else:
            x = 0.1 * randn(*shape)
        inp[name] = x.to(device=device, dtype=dtype).contiguous()
    return inp


def make_outputs(desc, B, H, T, device):
    sizes = {"B": B, "H": H, "T": T}
    out = {}
    for arg in desc["args"]:
        if arg["role"] == "output":
            shape = [sizes.get(s, s) for s in arg["shape"]]
            dtype = DTYPES[arg["dtype"]][1]
            x = torch.empty(shape, dtype=dtype, device=device)
            x.fill_(float("nan") if dtype.is_floating_point else -1)
            out[arg["name"]] = x
    return out


class Timer:
    def __init__(self, device):
        self.cuda = device == "cuda"

    def sync(self):
        if self.cuda:
            torch.cuda.synchronize()

    def measure(self, fn, warmup, repeats):
        for _ in range(warmup):
            fn()
        self.sync()
        times = []
        for _ in range(repeats):
            if self.cuda:
                start = torch.cuda.Event(enable_timing=True)
                stop = torch.cuda.Event(enable_timing=True)
                start.record()
                fn()
                stop.record()
                stop.synchronize()
                times.append(start.elapsed_time(stop))
            else:
                t0 = time.perf_counter()
                fn()
                times.append((time.perf_counter() - t0) * 1e3)
        return statistics.median(times)


def copy_bandwidth(timer, device):
    """GB/s of a large device-to-device copy, bytes read plus written."""
    n = (1 << 30) if device == "cuda" else (1 << 26)
    x = torch.empty(n, dtype=torch.uint8, device=device)
    y = torch.empty_like(x)
    ms = timer.measure(lambda: y.copy_(x), 3, 20)
    return 2 * n / (ms / 1e3) / 1e9


def linear_step(xq, xk, xv, lr, scale, W1, b1, ln_w, ln_b, eps):
    """One full mini-batch of TTT-Linear, dual form (ttt_torch's pieces)."""
    eta = torch.tril(scale[:, None] * lr[:, :, None, :])
    y, xhat, rstd = ttt_torch.layer_norm(xk @ W1 + b1, ln_w, ln_b, eps)
    g1 = ttt_torch.layer_norm_backward(y - (xv - xk), xhat, rstd, ln_w)
    zq, W1n, b1n = ttt_torch.dual_linear(xq, xk, W1, b1, g1, eta)
    return xq + ttt_torch.layer_norm(zq, ln_w, ln_b, eps)[0], W1n, b1n


def stepped_prefill(step, inp, eps, b):
    """A prefill of whole mini-batches, one `step` call each."""
    XQ, XK, XV, lr, scale = (inp[k] for k in ("XQ", "XK", "XV", "lr",
                                              "token_scale"))
    B, H, T, d = XQ.shape
    ln_w = inp["ln_weight"].reshape(1, H, 1, d)
    ln_b = inp["ln_bias"].reshape(1, H, 1, d)
    W1, b1 = inp["W1"], inp["b1"]
    Z = torch.empty_like(XQ)
    for t0 in range(0, T, b):
        s = slice(t0, t0 + b)
        Z[:, :, s], W1, b1 = step(XQ[:, :, s], XK[:, :, s], XV[:, :, s],
                                  lr[:, :, s], scale, W1, b1, ln_w, ln_b, eps)
    return Z, {"W1": W1, "b1": b1}


def rel_err(x, ref):
    x, ref = x.double(), ref.double()
    return (torch.linalg.norm(x - ref) / torch.linalg.norm(ref)).item()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runtime", required=True, help="libttt_runtime.so")
    p.add_argument("--artifact", required=True)
    p.add_argument("--device", default="cuda", choices=["cuda", "cpu"])
    p.add_argument("--B", type=int, default=16)
    p.add_argument("--H", type=int, default=32)
    p.add_argument("--T", default="2048,8192,32768")
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--repeats", type=int, default=10)
    p.add_argument("--torch-repeats", type=int, default=3)
    p.add_argument("--no-compile", action="store_true",
                   help="skip torch.compile")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()

    k = Kernel(a.runtime, a.artifact)
    desc = k.desc
    s = desc["settings"]
    if len([v for v in desc["model"]["values"] if v["op"] == "linear"]) != 1:
        sys.exit("bench.py: the PyTorch contenders implement TTT-Linear only")
    eps = next(v["eps"] for v in desc["model"]["values"]
               if v["op"] == "layer_norm")
    b, d = s["mini_batch"], s["dim"]
    timer = Timer(a.device)
    stream = (ctypes.c_void_p(torch.cuda.current_stream().cuda_stream)
              if a.device == "cuda" else None)
    copy_gbs = copy_bandwidth(timer, a.device)
    compiled = None
    if not a.no_compile and hasattr(torch, "compile"):
        compiled = torch.compile(linear_step, dynamic=False)
    print("kernel %s (%s, io %s, d=%d, b=%d) on %s %s; copy bandwidth %.0f GB/s"
          % (desc["name"], k.manifest["target"], s["io_type"], d, b, a.device,
             k.device_text or torch.__version__, copy_gbs), flush=True)
    print("%-6s %-16s %10s %14s %9s %7s %11s %11s" %
          ("T", "implementation", "median ms", "tokens/s", "HBM GB/s",
           "% copy", "rel_err Z", "rel_err W1"))
    io_bytes = torch.tensor([], dtype=DTYPES[s["io_type"]][1]).element_size()
    for T in [int(t) for t in a.T.split(",")]:
        if T % b:
            sys.exit("bench.py: T must be a multiple of b = %d" % b)
        inp = make_inputs(desc, a.B, a.H, T, a.device, a.seed)
        out = make_outputs(desc, a.B, a.H, T, a.device)
        k.reset()
        for name, x in inp.items():
            k.bind(INPUT, name, x)
        for name, x in out.items():
            k.bind(OUTPUT, name, x)
        tokens = a.B * a.H * T
        state = sum(x.numel() * x.element_size() for n, x in inp.items()
                    if n.startswith(("W", "b")))
        min_bytes = (4 * tokens * d * io_bytes + tokens * 4 + 2 * state)

        def report(impl, ms, errs=("", "")):
            sec = ms / 1e3
            gbs = min_bytes / sec / 1e9
            print("%-6d %-16s %10.3f %14.4g %9.1f %6.1f%% %11s %11s" %
                  (T, impl, ms, a.B * T / sec, gbs, 100 * gbs / copy_gbs,
                   errs[0], errs[1]), flush=True)

        ms = timer.measure(lambda: k.run(stream), a.warmup, a.repeats)
        timer.sync()
        nan = sum(torch.isnan(x.float()).sum().item() for x in out.values()
                  if x.dtype.is_floating_point)
        f32 = {n: x.float() for n, x in inp.items() if x.dtype.is_floating_point}
        with torch.inference_mode():
            Zref, ref_state = ttt_torch.prefill("linear", f32, eps, b)
            errs = ("%.2e" % rel_err(out["Z"].float(), Zref),
                    "%.2e" % rel_err(out["W1"], ref_state["W1"]))
            report("compiled kernel", ms, errs if not nan else
                   ("%d NaN" % nan, ""))
            del Zref, ref_state
            ms = timer.measure(
                lambda: ttt_torch.prefill("linear", f32, eps, b), 1,
                a.torch_repeats)
            report("torch eager", ms)
            if compiled is not None:
                ms = timer.measure(
                    lambda: stepped_prefill(compiled, f32, eps, b), 2,
                    a.torch_repeats)
                report("torch.compile", ms)
        del inp, out, f32
        if a.device == "cuda":
            torch.cuda.empty_cache()


if __name__ == "__main__":
    main()
