#!/usr/bin/env python3
"""big_manifest.py MANIFEST OUT KEYS: writes MANIFEST with KEYS extra members
("pad0000000": 0, ...) in its first kernel's "settings" (the one object
whose keys the runtime leaves to tools), so opening it exercises the JSON
reader on a large input. The kernel library's ABI must then be made from
OUT (Inputs/abi.py)."""
import json
import sys

src, out, keys = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(src) as f:
    manifest = json.load(f)
pad = {"pad%07d" % i: i for i in range(keys)}
manifest["kernels"][0]["settings"].update(pad)
with open(out, "w") as f:
    json.dump(manifest, f)
