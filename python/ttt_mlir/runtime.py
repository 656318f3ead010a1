"""Artifacts, kernels and the layer's state, over the runtime's C API."""
import ctypes
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import torch

from . import _lib
from ._lib import check, lib
from ._memory import output_memory

_DTYPES = {"f32": torch.float32, "f16": torch.float16, "bf16": torch.bfloat16,
           "i64": torch.int64, "f64": torch.float64}
_INPUT, _OUTPUT = 0, 1


def _compiler():
    p = _lib.prefix()
    if p is not None and (p / "bin" / "ttt-compile").exists():
        return str(p / "bin" / "ttt-compile")
    found = shutil.which("ttt-compile")
    if not found:
        raise FileNotFoundError(
            "ttt_mlir.compile: no ttt-compile: set TTT_MLIR_PREFIX to a "
            "ttt-mlir build or install prefix, or put ttt-compile on PATH")
    return found


def compile(spec, target="cpu", out=None, options=(), training_pair=True):
    """Compiles a TTT spec with `ttt-compile` and loads the artifact.

    spec: a path to a .mlir file, or the MLIR text itself.
    out: the artifact directory (default: a new temporary directory).
    options: extra ttt-compile flags, e.g. ["--form=primal"].
    training_pair: for the cpu target, also emit the training pair
    (`--training-pair`), which TTTPrefill trains through (TTT-MLP's backward
    about 20% faster, docs/Backward.md); False, or `--backward=false` in
    `options`, leaves it out for an inference artifact that compiles in
    55-60% of the time.
    """
    options = list(options)
    if (training_pair and target == "cpu" and "--training-pair" not in options
            and "--backward=false" not in options):
        options.append("--training-pair")
    tmp = tempfile.mkdtemp(prefix="ttt_mlir-")
    is_path = isinstance(spec, os.PathLike) or (
        "\n" not in spec and spec.strip().endswith(".mlir"))
    if is_path:
        src = Path(spec)
        if not src.is_file():
            raise FileNotFoundError("ttt_mlir.compile: no such spec file '%s'" % spec)
    else:
        src = Path(tmp) / "spec.mlir"
        src.write_text(spec)
    out = Path(out) if out is not None else Path(tmp) / "artifact"
    cmd = [_compiler(), str(src), "--target=" + target, "-o", str(out), *options]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("ttt-compile failed (exit %d):\n%s" % (r.returncode, r.stderr))
    return load(out)


def load(directory):
    """Opens an artifact directory written by ttt-compile."""
    return Artifact(directory)


class Artifact:
    def __init__(self, directory):
        self.directory = str(directory)
        self._kernels = {}
        self._threads = 0  # the runtime's default
        self._handle = None
        handle = ctypes.c_void_p()
        check(lib.ttt_artifact_open(self.directory.encode(), ctypes.byref(handle)),
              "ttt_mlir.load('%s')" % self.directory)
        self._handle = handle
        self.manifest = json.loads(lib.ttt_artifact_manifest(handle).decode())
        self.target = lib.ttt_artifact_target(handle).decode()

    @property
    def kernel_names(self):
        return [k["name"] for k in self.manifest["kernels"]]

    def kernel(self, name=None, kind="prefill"):
        """The kernel `name` (default: the first of `kind`)."""
        for k in self.manifest["kernels"]:
            if (name is None and k["kind"] == kind) or k["name"] == name:
                if k["name"] not in self._kernels:
                    kernel = Kernel(self, k)
                    if self._threads:
                        kernel.threads = self._threads
                    self._kernels[k["name"]] = kernel
                return self._kernels[k["name"]]
        raise KeyError("artifact '%s' has no %s" % (
            self.directory, "kernel '%s'" % name if name else kind + " kernel"))

    def set_threads(self, threads):
        """The CPU threads that every kernel of this artifact, made now or
        later (the backward kernels autograd runs included), spreads its B * H
        sequences over; 0 restores the default (TTT_NUM_THREADS if set, else
        every hardware thread). See Kernel.threads."""
        if self.target != "cpu":
            raise ValueError("artifact '%s': set_threads is for CPU artifacts, "
                             "this one targets %s" % (self.directory, self.target))
        _check_threads(threads, "artifact '%s'" % self.directory)
        for k in self._kernels.values():
            k.threads = threads
        self._threads = threads

    def __del__(self):
        for k in self._kernels.values():
            k._close()
        if getattr(self, "_handle", None):
            lib.ttt_artifact_close(self._handle)
            self._handle = None


class Arg:
    __slots__ = ("index", "name", "role", "dtype", "shape")

    def __init__(self, index, desc):
        self.index = index
        self.name = desc["name"]
        self.role = _INPUT if desc["role"] == "input" else _OUTPUT
        self.dtype = _DTYPES[desc["dtype"]]
        self.shape = desc["shape"]

    def dims(self, B, H, T):
        return tuple(_dim(d, B, H, T) for d in self.shape)


def _dim(d, B, H, T):
    """A manifest shape entry at B, H, T: a size, "B", "H", "T", or
    "T/<divisor>+<addend>" (a tape's segments; integer division)."""
    if isinstance(d, int):
        return d
    if d.startswith("T/"):
        divisor, addend = d[2:].split("+")
        return T // int(divisor) + int(addend)
    return {"B": B, "H": H, "T": T}[d]


_MAX_THREADS = 2**31 - 1  # the C API's int


def _check_threads(threads, what):
    if (isinstance(threads, bool) or not isinstance(threads, int)
            or not 0 <= threads <= _MAX_THREADS):
        raise ValueError("%s: threads must be an int from 0 (the default) to %d, "
                         "got %r" % (what, _MAX_THREADS, threads))


class Kernel:
    """One kernel of an artifact: call it with tensors, get tensors back.

    Arguments follow docs/ArtifactFormat.md: inputs XQ, XK, XV [B,H,T,d],
    lr [B,H,T], token_scale [b], LayerNorm weights [H,w], then the state
    (State below). CPU tensors, contiguous, of the manifest's dtypes.
    """

    def __init__(self, artifact, desc):
        self.artifact = artifact  # keeps the artifact open
        self.desc = desc
        self.name = desc["name"]
        self.kind = desc["kind"]
        self.settings = desc.get("settings", {})
        self.model = desc.get("model")
        self.args = [Arg(i, a) for i, a in enumerate(desc["args"])]
        self.inputs = [a for a in self.args if a.role == _INPUT]
        self.outputs = [a for a in self.args if a.role == _OUTPUT]
        out_names = {a.name for a in self.outputs}
        self.state_names = [a.name for a in self.inputs if a.name in out_names]
        self.outer_names = [a.name for a in self.inputs
                            if a.name not in out_names]  # XQ .. LN params
        handle = ctypes.c_void_p()
        check(lib.ttt_kernel_create(artifact._handle, self.name.encode(),
                                    ctypes.byref(handle)), "kernel " + self.name)
        self._handle = handle
        self._ptrs = (ctypes.c_void_p * len(self.args))()
        self._shapes = {}  # (B, H, T) -> (input shapes, output shapes)

    @property
    def threads(self):
        """The CPU threads a run spreads its B * H sequences over, the
        caller's included (a run too small to split uses fewer). Setting it
        starts the workers now and keeps them until the kernel is closed;
        0 restores the default: TTT_NUM_THREADS if set, else every hardware
        thread. 0 for a GPU kernel."""
        return lib.ttt_kernel_threads(self._handle)

    @threads.setter
    def threads(self, threads):
        _check_threads(threads, "kernel '%s'" % self.name)
        check(lib.ttt_kernel_set_threads(self._handle, threads),
              "kernel '%s': threads = %d" % (self.name, threads))

    def _close(self):
        if self._handle:
            lib.ttt_kernel_destroy(self._handle)
            self._handle = None

    # The fast path: every argument bound with one C call, then one run.
    def _run(self, B, H, T, tensors):
        ptrs = self._ptrs
        for i, t in enumerate(tensors):
            ptrs[i] = t.data_ptr()
        check(lib.ttt_kernel_bind_all(self._handle, B, H, T, ptrs), self.name)
        check(lib.ttt_kernel_run(self._handle, None), self.name)

    def shapes(self, B, H, T):
        """The inputs' and the outputs' shapes at B, H, T (cached: a decode
        loop asks for the same ones at every call)."""
        key = (B, H, T)
        got = self._shapes.get(key)
        if got is None:
            if len(self._shapes) > 64:
                self._shapes.clear()
            got = self._shapes[key] = (
                [a.dims(B, H, T) for a in self.inputs],
                [a.dims(B, H, T) for a in self.outputs])
        return got

    def _check_tensors(self, role, args, tensors, shapes):
        """Refuses `tensors` (the arguments `args`, of `role` input or
        output) unless each is a contiguous CPU tensor of its shape and
        dtype: the kernel reads and writes them as dense buffers."""
        for a, t, want in zip(args, tensors, shapes):
            if (t.shape != want or t.dtype != a.dtype or not t.is_cpu
                    or not t.is_contiguous()):
                raise ValueError(
                    "kernel '%s': %s '%s' must be a contiguous CPU %s "
                    "tensor of shape %s, got %s %s%s" % (
                        self.name, role, a.name, a.dtype, list(want), t.dtype,
                        list(t.shape), "" if t.is_contiguous() else " (not contiguous)"))

    def check_inputs(self, inputs):
        """B, H, T of the inputs (in call order), after checking each one."""
        if len(inputs) != len(self.inputs):
            raise TypeError("kernel '%s' takes %d inputs (%s), got %d" % (
                self.name, len(self.inputs),
                ", ".join(a.name for a in self.inputs), len(inputs)))
        B, H, T, _ = inputs[0].shape
        self._check_tensors("input", self.inputs, inputs, self.shapes(B, H, T)[0])
        return B, H, T

    def __call__(self, *inputs, out=None):
        """Runs the kernel; returns the outputs (Z, then the new state) as a
        tuple in call order. `out`: tensors to write them into instead of
        new ones (contiguous CPU tensors of the outputs' shapes and dtypes),
        so that a loop of calls allocates nothing; an output may be the
        input of the same name (the state updated in place). New large
        outputs reuse the memory of dead ones (_memory.py)."""
        B, H, T = self.check_inputs(inputs)
        out_shapes = self.shapes(B, H, T)[1]
        if out is None:
            outs = [output_memory.empty(shape, a.dtype)
                    for a, shape in zip(self.outputs, out_shapes)]
        else:
            outs = list(out)
            if len(outs) != len(self.outputs):
                raise TypeError("kernel '%s': out= takes %d tensors (%s), got %d" % (
                    self.name, len(self.outputs),
                    ", ".join(a.name for a in self.outputs), len(outs)))
            self._check_tensors("output", self.outputs, outs, out_shapes)
        self._run(B, H, T, list(inputs) + outs)
        return tuple(outs)

    def time(self, inputs, repeats=20, warmup=2, in_place=False):
        """Per-run times (seconds) of the C loop ttt_kernel_time on these
        inputs: the kernel alone, without Python in between. `in_place`:
        every state output is its input's tensor, as a decode loop keeps
        the state (the runs then update those input tensors)."""
        B, H, T = self.check_inputs(inputs)
        by_name = {a.name: t for a, t in zip(self.inputs, inputs)}
        outs = [by_name[a.name] if in_place and a.name in self.state_names
                else torch.empty(a.dims(B, H, T), dtype=a.dtype)
                for a in self.outputs]
        tensors = list(inputs) + outs
        for i, t in enumerate(tensors):
            self._ptrs[i] = t.data_ptr()
        check(lib.ttt_kernel_bind_all(self._handle, B, H, T, self._ptrs), self.name)
        times = (ctypes.c_double * repeats)()
        check(lib.ttt_kernel_time(self._handle, None, warmup, repeats, times), self.name)
        return [t / 1e3 for t in times]

    def initial_state(self, batch, params=None):
        """A State for `batch` sequences: every linear layer's weight and bias
        from `params` (name -> [H, ...] or [B, H, ...] tensor), running sums
        zero, position 0 (with decay: decay_product 1)."""
        return State.initial(self, batch, params or {})


class State:
    """The layer's state between calls: the inner weights and biases at the
    start of the current mini-batch, their running sums `<name>.grad_sum`,
    and the position in the mini-batch (docs/Semantics.md section 1). At
    position 0 the running sums must be zero (the kernels rely on it; section
    5), as every call that ends a mini-batch returns them.

    `tensors` maps every state name of the kernel to a [B, H, ...] float32
    tensor (position: a 0-d int64 tensor).
    """

    def __init__(self, tensors):
        self.tensors = dict(tensors)

    @staticmethod
    def initial(kernel, batch, params):
        t = {}
        any_input = next(a for a in kernel.inputs if a.name in kernel.state_names)
        heads = None
        for name, p in params.items():
            heads = p.shape[0] if p.dim() >= 1 and heads is None else heads
        for a in kernel.inputs:
            if a.name not in kernel.state_names:
                continue
            if a.name == "position":
                t[a.name] = torch.zeros((), dtype=torch.int64)
                continue
            if a.name.endswith(".grad_sum") or a.name not in params:
                if heads is None:
                    raise ValueError("initial_state: give the weights of %s" % any_input.name)
                # decay_product: A of the mini-batch in progress, 1 at its start.
                fill = torch.ones if a.name == "decay_product" else torch.zeros
                t[a.name] = fill(a.dims(batch, heads, 1), dtype=a.dtype)
                continue
            p = params[a.name].to(a.dtype)
            want = a.dims(batch, p.shape[-len(a.shape) + 1], 1)
            t[a.name] = p.expand(want).contiguous() if p.dim() == len(want) - 1 \
                else p.reshape(want).contiguous()
        return State(t)

    @property
    def position(self):
        return int(self.tensors["position"])

    def clone(self):
        return State({k: v.clone() for k, v in self.tensors.items()})

    def ordered(self, kernel):
        return [self.tensors[n] for n in kernel.state_names]


class Decoder:
    """Decode steps (one token per call) with everything bound ahead of time.

    The state lives in one buffer set that every step binds as its input
    and its output: the kernel updates it in place, with no copy (its
    manifest marks the state outputs "in_place"). `outer` holds the inputs
    that are neither per token nor state (token_scale, the LayerNorm
    parameters), in the kernel's order. step() takes the per-token inputs
    in the kernel's order (`token_names`): q, k, v [B, H, 1, d], then the
    learning rate [B, H, 1] (one per weight, `lr.<weight>`, with
    `lr_per_weight`) and, with per-token decay, `decay` [B, H, 1]. It
    returns Z [B, H, 1, d], a view of a buffer the next step but one
    overwrites: clone it to keep it.
    """

    def __init__(self, kernel, outer, state):
        self.kernel = kernel
        names = kernel.state_names
        first = state.tensors[names[0]]
        self.B, self.H = first.shape[0], first.shape[1]
        # The ABI puts the per-token inputs first (docs/ArtifactFormat.md).
        tokens = [a for a in kernel.inputs if "T" in a.shape]
        if [a.index for a in tokens] != list(range(len(tokens))):
            raise ValueError("Decoder: kernel '%s' does not take its per-token "
                             "inputs first" % kernel.name)
        self.token_names = [a.name for a in tokens]
        self._token_shapes = [torch.Size(a.dims(self.B, self.H, 1)) for a in tokens]
        n_outer = len(kernel.outer_names) - len(tokens)
        if len(outer) != n_outer:
            raise ValueError("Decoder: kernel '%s' takes %d outer inputs (%s), got %d" % (
                kernel.name, n_outer, ", ".join(kernel.outer_names[len(tokens):]),
                len(outer)))
        if any(a.dtype != torch.float32 for a in tokens):
            raise ValueError("Decoder: f32 artifacts only")
        self._state = [state.tensors[n].clone() for n in names]
        self._z = [torch.empty(kernel.outputs[0].dims(self.B, self.H, 1),
                               dtype=kernel.outputs[0].dtype) for _ in range(2)]
        self._outer = outer  # token_scale and LayerNorm params (kept alive)
        self._parity = 0
        # Prebuilt pointer arrays: the per-token inputs filled per step.
        self._arrays = []
        for p in range(2):
            arr = (ctypes.c_void_p * len(kernel.args))()
            tensors = ([None] * len(tokens) + list(outer) + self._state
                       + [self._z[p]] + self._state)
            for i, t in enumerate(tensors):
                if t is not None:
                    arr[i] = t.data_ptr()
            self._arrays.append(arr)
        self._handle = kernel._handle
        self._bind = lib.ttt_kernel_bind_all
        self._run = lib.ttt_kernel_run

    def step(self, *tokens):
        if len(tokens) != len(self._token_shapes):
            raise TypeError("decode step: kernel '%s' takes %d per-token inputs "
                            "(%s), got %d" % (self.kernel.name, len(self._token_shapes),
                                              ", ".join(self.token_names), len(tokens)))
        arr = self._arrays[self._parity]
        for i, (t, shape) in enumerate(zip(tokens, self._token_shapes)):
            if t.shape != shape or t.dtype != torch.float32 or not t.is_contiguous():
                raise ValueError("decode step: %s must be a contiguous float32 "
                                 "tensor of shape %s" % (self.token_names[i], list(shape)))
            arr[i] = t.data_ptr()
        s = self._bind(self._handle, self.B, self.H, 1, arr)
        if s == 0:
            s = self._run(self._handle, None)
        check(s, "decode step")
        z = self._z[self._parity]
        self._parity ^= 1
        return z

    @property
    def state(self):
        """The current state (a copy)."""
        return State({n: t.clone() for n, t in
                      zip(self.kernel.state_names, self._state)})
