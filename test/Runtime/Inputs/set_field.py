"""set_field.py IN OUT PATH JSON: writes manifest IN to OUT with the field at
PATH (dot-separated keys and list indices, e.g. kernels.0.scratch) set to
the JSON value given (tests of the manifest reader's messages)."""
import json
import sys

src, dst, path, value = sys.argv[1:5]
manifest = json.load(open(src))
node = manifest
keys = path.split(".")
for key in keys[:-1]:
    node = node[int(key)] if isinstance(node, list) else node[key]
last = keys[-1]
if isinstance(node, list):
    node[int(last)] = json.loads(value)
else:
    node[last] = json.loads(value)
json.dump(manifest, open(dst, "w"), indent=1)
