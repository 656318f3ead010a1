#!/usr/bin/env python3
"""big_manifest.py MANIFEST OUT KEYS: writes MANIFEST with KEYS extra members
("pad0000000": 0, ...) in its root object (outside "kernels", so that it
still matches the kernel library's ABI), so opening it exercises the JSON
reader on a large input."""
import json
import sys

src, out, keys = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(src) as f:
    manifest = json.load(f)
pad = {"pad%07d" % i: i for i in range(keys)}
manifest.update(pad)
with open(out, "w") as f:
    json.dump(manifest, f)
