#!/usr/bin/env python3
"""truncate_library.py LIB OUTDIR N: writes N copies of LIB cut at evenly
spaced lengths in (64, size), as OUTDIR/<length>/libttt_kernels.so."""
import os
import sys

lib, outdir, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = open(lib, "rb").read()
for k in range(n):
    length = 64 + (len(data) - 64) * k // n
    os.makedirs(os.path.join(outdir, "%06d" % length), exist_ok=True)
    with open(os.path.join(outdir, "%06d" % length, "libttt_kernels.so"), "wb") as f:
        f.write(data[:length])
