"""ttt_mlir: compiled Test-Time-Training layers from PyTorch.

    import ttt_mlir
    art = ttt_mlir.compile("examples/ttt_linear.mlir")   # or ttt_mlir.load(dir)
    layer = ttt_mlir.TTTLayer(art, hidden_size=256, num_heads=4)
    y, state = layer(x)                 # x [B, T, 256]
    y2, state = layer(x_next, state)    # continue the sequence

The runtime (libttt_runtime.so.1) is found through TTT_MLIR_PREFIX, the
prefix this package was installed into, or ttt-compile on PATH.
"""
from ._lib import lib as _lib_handle
from ._memory import OutputMemory, output_memory
from .autograd import TTTPrefill, prefill
from .layer import TTTLayer
from .runtime import Artifact, Decoder, Kernel, State, compile, load

__version__ = "1.3.0"


def runtime_version():
    """MAJOR * 10000 + MINOR * 100 + PATCH of the loaded libttt_runtime."""
    return _lib_handle.ttt_runtime_version()


__all__ = ["Artifact", "Decoder", "Kernel", "OutputMemory", "State", "TTTLayer",
           "TTTPrefill", "compile", "load", "output_memory", "prefill",
           "runtime_version"]
