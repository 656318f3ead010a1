"""Copies a manifest with one member set: set_key.py IN OUT PATH KEY VALUE,
where PATH is the dot-separated way to the object ("" for the top level,
"kernels.0.args.3": array indices as numbers), KEY is read with JSON's
escapes and VALUE is JSON."""
import json
import sys

src, out, path, key, value = sys.argv[1:6]
with open(src) as f:
    manifest = json.load(f)
entry = manifest
for part in filter(None, path.split(".")):
    entry = entry[int(part)] if isinstance(entry, list) else entry[part]
entry[json.loads("\"" + key + "\"")] = json.loads(value)
with open(out, "w") as f:
    json.dump(manifest, f, indent=2)
