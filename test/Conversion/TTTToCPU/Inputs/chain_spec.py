"""Writes a ttt.layer whose inner model is a long chain, for the compile-time
tests: chain_spec.py activations N [WIDTH [KIND]]  (a linear layer, then N
activations of KIND, default silu) or chain_spec.py linears N [WIDTH]  (N
linear layers with biases, gelu_tanh between). Width WIDTH (default 4),
mini-batch 2."""
import sys

kind, n = sys.argv[1], int(sys.argv[2])
width = int(sys.argv[3]) if len(sys.argv) > 3 else 4
act = sys.argv[4] if len(sys.argv) > 4 else "silu"
t = "!ttt.tokens<%d>" % width
lines = ["ttt.layer @chain attributes {mini_batch = 2 : i64} {",
         "^bb0(%%v0: %s):" % t]
last = 0
if kind == "activations":
    lines.append('  %%v1 = ttt.linear %%v0 weight "W" bias "b" : %s -> %s' % (t, t))
    for i in range(2, n + 2):
        lines.append("  %%v%d = ttt.activation %s %%v%d : %s" % (i, act, i - 1, t))
    last = n + 1
elif kind == "linears":
    for i in range(1, n + 1):
        src = "%%v%d" % (2 * i - 2)
        lines.append('  %%v%d = ttt.linear %s weight "W%d" bias "b%d" : %s -> %s'
                     % (2 * i - 1, src, i, i, t, t))
        lines.append("  %%v%d = ttt.activation gelu_tanh %%v%d : %s"
                     % (2 * i, 2 * i - 1, t))
    last = 2 * n
else:
    sys.exit("usage: chain_spec.py activations|linears N [WIDTH]")
lines.append("  ttt.return loss(%%v%d : %s) output(%%v%d : %s)" % (last, t, last, t))
lines.append("}")
print("\n".join(lines))
