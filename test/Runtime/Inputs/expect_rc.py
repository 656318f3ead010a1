#!/usr/bin/env python3
"""expect_rc.py N CMD ARGS...: runs CMD and succeeds only if it exits with N.

lit's `not` cannot tell exit status 1 from 2; ttt-run uses 2 for a bad
command line and 1 for every other failure."""
import subprocess
import sys

want = int(sys.argv[1])
rc = subprocess.call(sys.argv[2:])
if rc != want:
    sys.stderr.write("expect_rc.py: exit status %d, expected %d\n" % (rc, want))
    sys.exit(1)
