#!/usr/bin/env python3
"""abi.py MANIFEST OUT.c: writes the C definition of `ttt_abi`, the ABI
description ttt-compile embeds in a kernel library (docs/ArtifactFormat.md):
{"target": ..., "kernels": [...]} of MANIFEST as a NUL-terminated string.
The test kernels (identity_kernel.c, ...) are linked with it."""
import json
import sys

manifest = json.load(open(sys.argv[1]))
abi = json.dumps({"target": manifest["target"], "kernels": manifest["kernels"]},
                 separators=(",", ":"))
literal = abi.replace("\\", "\\\\").replace('"', '\\"')
with open(sys.argv[2], "w") as f:
    f.write('const char ttt_abi[] = "%s";\n' % literal)
