#!/usr/bin/env python3
"""Writes and reads .npy files for the runtime tests, without numpy.

  npy.py write FILE DESCR SHAPE [VALUE ...] [--fortran] [--version N]
         [--magic BYTES] [--truncate N] [--header TEXT]
      SHAPE is "2,3" ("" for a scalar). Without VALUEs element k is
      ((k % 64) - 32) / 4, exact in every supported dtype. The options make
      malformed files: a Fortran-order flag, another format version, another
      magic string, N bytes cut off the end, a raw header text.
  npy.py dump FILE
      Prints "DESCR SHAPE" and the values (bf16 '<V2'/'<u2' decoded).
  npy.py inputs MANIFEST DIR B H T [--position P] [--descr NAME=DESCR]
      Writes DIR/<name>.npy for every input of the manifest's first kernel,
      element k of argument a being (((k + 7a) % 64) - 32) / 4 and position P;
      at position 0 the running sums (*.grad_sum) are zero, as a mini-batch
      that has seen no token has them (docs/Semantics.md section 5).
"""
import json
import os
import struct
import sys

SIZES = {"<f4": 4, "<f8": 8, "<f2": 2, "<i8": 8, "<i4": 4, "<V2": 2,
         "|V2": 2, "<u2": 2}
DESCR_OF = {"f32": "<f4", "f64": "<f8", "f16": "<f2", "bf16": "<V2",
            "i64": "<i8"}


def pattern(k, offset=0):
    return (((k + offset) % 64) - 32) / 4.0


def encode(descr, value):
    if descr == "<f4":
        return struct.pack("<f", value)
    if descr == "<f8":
        return struct.pack("<d", value)
    if descr == "<f2":
        return struct.pack("<e", value)
    if descr == "<i8":
        return struct.pack("<q", int(value))
    if descr == "<i4":
        return struct.pack("<i", int(value))
    if descr in ("<V2", "|V2", "<u2"):  # bfloat16: top half of the f32 bits
        return struct.pack("<f", value)[2:]
    raise SystemExit("npy.py: cannot encode " + descr)


def decode(descr, raw):
    if descr in ("<V2", "|V2", "<u2"):
        return struct.unpack("<f", b"\0\0" + raw)[0]
    fmt = {"<f4": "<f", "<f8": "<d", "<f2": "<e", "<i8": "<q", "<i4": "<i"}
    return struct.unpack(fmt[descr], raw)[0]


def shape_text(shape):
    if len(shape) == 1:
        return "(%d,)" % shape[0]
    return "(" + ", ".join(str(d) for d in shape) + ")"


def write(path, descr, shape, values, fortran=False, version=1,
          magic=b"\x93NUMPY", truncate=0, header=None):
    count = 1
    for d in shape:
        count *= d
    if not values:
        values = [pattern(k) for k in range(count)]
    if header is None:
        header = "{'descr': '%s', 'fortran_order': %s, 'shape': %s, }" % (
            descr, "True" if fortran else "False", shape_text(shape))
    prelude = 10 if version == 1 else 12
    header += " " * ((64 - (prelude + len(header) + 1) % 64) % 64) + "\n"
    out = magic + bytes([version, 0])
    out += struct.pack("<H" if version == 1 else "<I", len(header))
    out += header.encode("latin-1")
    out += b"".join(encode(descr, v) for v in values)
    if truncate:
        out = out[:-truncate]
    with open(path, "wb") as f:
        f.write(out)


def read(path):
    """Returns (descr, shape, values) of a little-endian C-order .npy file."""
    data = open(path, "rb").read()
    assert data[:6] == b"\x93NUMPY", "bad magic"
    if data[6] == 1:
        n, start = struct.unpack("<H", data[8:10])[0], 10
    else:
        n, start = struct.unpack("<I", data[8:12])[0], 12
    header = eval(data[start:start + n].decode("latin-1"))
    descr, shape = header["descr"], header["shape"]
    size = SIZES[descr]
    body = data[start + n:]
    values = [decode(descr, body[i:i + size]) for i in range(0, len(body), size)]
    return descr, shape, values


def dump(path):
    descr, shape, values = read(path)
    print(descr, shape_text(shape))
    print(" ".join("%g" % v for v in values))


def inputs(manifest, outdir, B, H, T, position, descrs):
    kernel = json.load(open(manifest))["kernels"][0]
    os.makedirs(outdir, exist_ok=True)
    sym = {"B": B, "H": H, "T": T}

    def size(d):  # "T/<divisor>+<addend>": a tape's segments
        if isinstance(d, str) and d.startswith("T/"):
            divisor, addend = d[2:].split("+")
            return T // int(divisor) + int(addend)
        return sym[d] if isinstance(d, str) else d

    for a, arg in enumerate(kernel["args"]):
        if arg["role"] != "input":
            continue
        shape = [size(d) for d in arg["shape"]]
        count = 1
        for d in shape:
            count *= d
        descr = descrs.get(arg["name"], DESCR_OF[arg["dtype"]])
        if arg["name"] == "position":
            values = [position]
        elif arg["name"].endswith(".grad_sum") and position == 0:
            values = [0.0] * count
        else:
            values = [pattern(k, 7 * a) for k in range(count)]
        write(os.path.join(outdir, arg["name"] + ".npy"), descr, shape,
              values)


def main(argv):
    def option(name, default=None):
        if name in argv:
            i = argv.index(name)
            value = argv[i + 1]
            del argv[i:i + 2]
            return value
        return default

    def flag(name):
        if name in argv:
            argv.remove(name)
            return True
        return False

    command = argv[1]
    if command == "write":
        fortran = flag("--fortran")
        version = int(option("--version", "1"))
        magic = option("--magic", "\x93NUMPY").encode("latin-1")
        truncate = int(option("--truncate", "0"))
        header = option("--header")
        path, descr, shape = argv[2], argv[3], argv[4]
        dims = [int(d) for d in shape.split(",")] if shape else []
        values = [float(v) for v in argv[5:]]
        write(path, descr, dims, values, fortran, version, magic, truncate,
              header)
    elif command == "dump":
        dump(argv[2])
    elif command == "inputs":
        position = int(option("--position", "0"))
        descrs = {}
        while "--descr" in argv:
            name, descr = option("--descr").split("=")
            descrs[name] = descr
        inputs(argv[2], argv[3], int(argv[4]), int(argv[5]), int(argv[6]),
               position, descrs)
    else:
        raise SystemExit("npy.py: unknown command " + command)


if __name__ == "__main__":
    main(list(sys.argv))
