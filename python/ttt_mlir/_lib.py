"""ctypes binding of libttt_runtime.so (ttt/runtime.h): the C signatures, once.

The library is found, in order, at $TTT_MLIR_PREFIX/lib (a build or install
tree), in the prefix this package was installed into by `cmake --install`,
next to a `ttt-compile` on PATH, or by the system loader.
"""
import ctypes
import ctypes.util
import os
import shutil
from pathlib import Path

_SONAME = "libttt_runtime.so.1"


def _prefix_candidates():
    env = os.environ.get("TTT_MLIR_PREFIX")
    if env:
        yield Path(env)
    try:
        from . import _prefix  # written by `cmake --install`

        yield (Path(__file__).parent / _prefix.RELATIVE_PREFIX).resolve()
    except ImportError:
        pass
    compiler = shutil.which("ttt-compile")
    if compiler:
        yield Path(compiler).resolve().parent.parent


def prefix():
    """The ttt-mlir tree (bin/, lib/) this package uses, or None."""
    for p in _prefix_candidates():
        if (p / "lib" / _SONAME).exists():
            return p
    return None


def _load():
    p = prefix()
    if p is not None:
        return ctypes.CDLL(str(p / "lib" / _SONAME))
    found = ctypes.util.find_library("ttt_runtime")
    if found:
        return ctypes.CDLL(found)
    raise OSError(
        "ttt_mlir: cannot find " + _SONAME + ": set TTT_MLIR_PREFIX to a "
        "ttt-mlir build directory or install prefix (it holds lib/" + _SONAME +
        "), or put its bin/ttt-compile on PATH")


lib = _load()

_c = ctypes
_P = _c.c_void_p
_I64 = _c.c_int64
_I64P = _c.POINTER(_c.c_int64)
_STR = _c.c_char_p

for name, res, args in [
    ("ttt_runtime_version", _c.c_int, []),
    ("ttt_last_error", _STR, []),
    ("ttt_status_name", _STR, [_c.c_int]),
    ("ttt_artifact_open", _c.c_int, [_STR, _c.POINTER(_P)]),
    ("ttt_artifact_close", None, [_P]),
    ("ttt_artifact_manifest", _STR, [_P]),
    ("ttt_artifact_target", _STR, [_P]),
    ("ttt_kernel_create", _c.c_int, [_P, _STR, _c.POINTER(_P)]),
    ("ttt_kernel_destroy", None, [_P]),
    ("ttt_kernel_bind_all", _c.c_int, [_P, _I64, _I64, _I64, _c.POINTER(_P)]),
    ("ttt_kernel_bind_strided", _c.c_int,
     [_P, _c.c_int, _STR, _P, _c.c_int, _c.c_int, _I64P, _I64P]),
    ("ttt_kernel_run", _c.c_int, [_P, _P]),
    ("ttt_kernel_reset", None, [_P]),
    ("ttt_kernel_set_threads", _c.c_int, [_P, _c.c_int]),
    ("ttt_kernel_threads", _c.c_int, [_P]),
    ("ttt_kernel_time", _c.c_int,
     [_P, _P, _c.c_int, _c.c_int, _c.POINTER(_c.c_double)]),
]:
    fn = getattr(lib, name)
    fn.restype = res
    fn.argtypes = args


class RuntimeError_(RuntimeError):
    """A ttt_status other than TTT_OK, with the runtime's message."""


def check(status, what):
    if status:
        raise RuntimeError_("%s: %s: %s" % (
            what, lib.ttt_status_name(status).decode(),
            lib.ttt_last_error().decode()))
