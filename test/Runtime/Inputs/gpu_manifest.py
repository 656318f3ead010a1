"""Writes a GPU artifact for the fake-driver tests: the kernels of a CPU
manifest (less what only CPU kernels have) with target TARGET, a "launch"
entry per kernel, and stand-in cubin and PTX files (the fake driver loads
anything).

usage: gpu_manifest.py CPU_MANIFEST OUT_DIR TARGET SHARED_BYTES WORKSPACE_BYTES
         [--no-cubin] [--no-ptx]
"""
import json
import os
import sys

src, out, target, shared, workspace = sys.argv[1:6]
flags = sys.argv[6:]
with open(src) as f:
    manifest = json.load(f)
manifest["target"] = target
manifest.pop("library", None)
os.makedirs(out, exist_ok=True)
if "--no-cubin" not in flags:
    manifest["library"] = "ttt_kernels.cubin"
    with open(os.path.join(out, "ttt_kernels.cubin"), "w") as f:
        f.write("FAKECUBIN")
if "--no-ptx" not in flags:
    manifest["ptx"] = "ttt_kernels.ptx"
    with open(os.path.join(out, "ttt_kernels.ptx"), "w") as f:
        f.write(".version 8.0\n.target " + target + "\n")
for kernel in manifest["kernels"]:
    kernel.pop("workspace_bytes", None)  # a CPU kernel's
    for arg in kernel["args"]:
        arg.pop("in_place", None)  # CPU artifacts only
    kernel["launch"] = {
        "grid": ["H", "B", 1],
        "block": [256, 1, 1],
        "shared_memory_bytes": int(shared),
        "workspace_bytes_per_block": int(workspace),
        "params": "memref_descriptors",
    }
with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=2)
