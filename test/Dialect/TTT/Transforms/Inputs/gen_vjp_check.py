#!/usr/bin/env python3
"""Writes the MLIR driver of a finite-difference check of a `_vjp` function.

Usage: gen_vjp_check.py FUNC ROWS "name:shape ..." "result-shape ..." > driver.mlir

The driver's @main, for the function @FUNC (its f64 form) and @FUNC_vjp of
ttt-reverse-mode, fills every argument and every result cotangent with
deterministic pseudo-random values (sin of the element index), takes the
VJP, and for every argument x_k checks <vjp_k, u_k> against the central
difference (L(x + h u_k) - L(x - h u_k)) / 2h of L = sum_m <ct_m, f_m(x)>
along a pseudo-random direction u_k, in float64. It prints
"PASS <name> <rel err>" or "FAIL <name> <rel err>" per argument.
Shapes are like 4x4 or ?x4 (? = ROWS rows, passed dynamically); a flag
argument is name:i1:true or name:i1:false, passed as that constant and not
differentiated.
"""
import sys

func, rows = sys.argv[1], int(sys.argv[2])
specs = [a.split(":") for a in sys.argv[3].split()]
args = [(n, s) for n, s, *_ in specs]
flags = {i: spec[2] for i, spec in enumerate(specs) if spec[1] == "i1"}
results = sys.argv[4].split()
H, TOL = 1.0e-5, 1.0e-6


def dyn_type(shape):
    return "i1" if shape == "i1" else f"tensor<{shape}xf64>"


def static_shape(shape):
    return shape.replace("?", str(rows))


def static_type(shape):
    return f"tensor<{static_shape(shape)}xf64>"


def iters(kind, r):
    return ", ".join(['"' + kind + '"'] * r)


def rank(shape):
    return len(shape.split("x"))


out = []
emit = out.append
counter = [0]


def fresh():
    counter[0] += 1
    return f"%v{counter[0]}"


def rand(shape, seed, scale):
    """A pseudo-random tensor of `shape` (dynamic type): scale * sin(...)."""
    r = rank(shape)
    dims = ", ".join(f"d{i}" for i in range(r))
    empty, gen, cast = fresh(), fresh(), fresh()
    emit(f"  {empty} = tensor.empty() : {static_type(shape)}")
    emit(f"  {gen} = linalg.generic {{indexing_maps = [affine_map<({dims}) -> ({dims})>], "
         f"iterator_types = [{iters('parallel', r)}]}} outs({empty} : {static_type(shape)}) {{")
    emit("  ^bb0(%o: f64):")
    terms = []
    for i in range(r):
        emit(f"    %i{i} = linalg.index {i} : index")
        emit(f"    %c{i} = arith.index_cast %i{i} : index to i64")
        emit(f"    %f{i} = arith.sitofp %c{i} : i64 to f64")
        emit(f"    %m{i} = arith.constant {1.37 + 0.71 * i + 0.11 * seed} : f64")
        emit(f"    %t{i} = arith.mulf %f{i}, %m{i} : f64")
        terms.append(f"%t{i}")
    emit(f"    %s0 = arith.constant {0.5 + 0.93 * seed} : f64")
    acc = "%s0"
    for i, t in enumerate(terms):
        emit(f"    %a{i} = arith.addf {acc}, {t} : f64")
        acc = f"%a{i}"
    emit(f"    %sin = math.sin {acc} : f64")
    emit(f"    %k = arith.constant {scale} : f64")
    emit(f"    %y = arith.mulf %sin, %k : f64")
    emit("    linalg.yield %y : f64")
    emit(f"  }} -> {static_type(shape)}")
    emit(f"  {cast} = tensor.cast {gen} : {static_type(shape)} to {dyn_type(shape)}")
    return cast


def dot(a, b, shape):
    r = rank(shape)
    dims = ", ".join(f"d{i}" for i in range(r))
    z, init, gen, val = fresh(), fresh(), fresh(), fresh()
    emit(f"  {z} = arith.constant 0.0 : f64")
    emit(f"  {init} = tensor.from_elements {z} : tensor<f64>")
    emit(f"  {gen} = linalg.generic {{indexing_maps = [affine_map<({dims}) -> ({dims})>, "
         f"affine_map<({dims}) -> ({dims})>, affine_map<({dims}) -> ()>], "
         f"iterator_types = [{iters('reduction', r)}]}} "
         f"ins({a}, {b} : {dyn_type(shape)}, {dyn_type(shape)}) outs({init} : tensor<f64>) {{")
    emit("  ^bb0(%x: f64, %y: f64, %acc: f64):")
    emit("    %p = arith.mulf %x, %y : f64")
    emit("    %s = arith.addf %acc, %p : f64")
    emit("    linalg.yield %s : f64")
    emit("  } -> tensor<f64>")
    emit(f"  {val} = tensor.extract {gen}[] : tensor<f64>")
    return val


def axpy(alpha, u, x, shape):
    """x + alpha * u, elementwise."""
    r = rank(shape)
    dims = ", ".join(f"d{i}" for i in range(r))
    gen = fresh()
    emit(f"  {gen} = linalg.generic {{indexing_maps = [affine_map<({dims}) -> ({dims})>, "
         f"affine_map<({dims}) -> ({dims})>, affine_map<({dims}) -> ({dims})>], "
         f"iterator_types = [{iters('parallel', r)}]}} "
         f"ins({u}, {x} : {dyn_type(shape)}, {dyn_type(shape)}) outs({x} : {dyn_type(shape)}) {{")
    emit("  ^bb0(%u: f64, %x: f64, %o: f64):")
    emit(f"    %p = arith.mulf %u, {alpha} : f64")
    emit("    %s = arith.addf %x, %p : f64")
    emit("    linalg.yield %s : f64")
    emit(f"  }} -> {dyn_type(shape)}")
    return gen


arg_types = ", ".join(dyn_type(s) for _, s in args)
res_types = ", ".join(dyn_type(s) for s in results)

# L(x) = sum_m <ct_m, f_m(x)>.
emit(f"func.func private @objective({', '.join(f'%x{i}: {dyn_type(s)}' for i, (_, s) in enumerate(args))}, "
     f"{', '.join(f'%ct{m}: {dyn_type(s)}' for m, s in enumerate(results))}) -> f64 {{")
outs = ", ".join(f"%f{m}" for m in range(len(results)))
emit(f"  {outs} = func.call @{func}({', '.join(f'%x{i}' for i in range(len(args)))}) : ({arg_types}) -> ({res_types})")
total = None
for m, s in enumerate(results):
    d = dot(f"%ct{m}", f"%f{m}", s)
    if total is None:
        total = d
    else:
        t = fresh()
        emit(f"  {t} = arith.addf {total}, {d} : f64")
        total = t
emit(f"  return {total} : f64")
emit("}")
emit("")

def flag(value):
    v = fresh()
    emit(f"  {v} = arith.constant {value}")
    return v


emit("func.func @main() {")
xs = [flag(flags[i]) if i in flags else
      rand(s, i, 0.1 if n in ("lr", "ts") else 1.0)
      for i, (n, s) in enumerate(args)]
cts = [rand(s, 50 + m, 1.0) for m, s in enumerate(results)]
floats = [i for i in range(len(args)) if i not in flags]
grads = ", ".join(f"%g{i}" for i in floats)
grad_types = ", ".join(dyn_type(args[i][1]) for i in floats)
emit(f"  {grads} = func.call @{func}_vjp({', '.join(xs + cts)}) : ({arg_types}, {res_types}) -> ({grad_types})")
emit(f"  %h = arith.constant {H:.6e} : f64")
emit(f"  %mh = arith.constant {-H:.6e} : f64")
emit(f"  %twoh = arith.constant {2 * H:.6e} : f64")
emit(f"  %tol = arith.constant {TOL:.6e} : f64")
ct_list = ", ".join(cts)
for i in floats:
    name, s = args[i]
    u = rand(s, 100 + i, 1.0)
    ad = dot(f"%g{i}", u, s)
    vals = []
    for alpha in ("%h", "%mh"):
        shifted = list(xs)
        # A copy, so that the in-place-looking generic does not alias xs[i].
        shifted[i] = axpy(alpha, u, xs[i], s)
        v = fresh()
        emit(f"  {v} = func.call @objective({', '.join(shifted)}, {ct_list}) : ({arg_types}, {res_types}) -> f64")
        vals.append(v)
    diff, fd, err, abserr, absfd, rel, ok = (fresh() for _ in range(7))
    emit(f"  {diff} = arith.subf {vals[0]}, {vals[1]} : f64")
    emit(f"  {fd} = arith.divf {diff}, %twoh : f64")
    emit(f"  {err} = arith.subf {ad}, {fd} : f64")
    emit(f"  {abserr} = math.absf {err} : f64")
    emit(f"  {absfd} = math.absf {fd} : f64")
    emit(f"  {rel} = arith.divf {abserr}, {absfd} : f64")
    emit(f"  {ok} = arith.cmpf olt, {rel}, %tol : f64")
    emit(f"  scf.if {ok} {{")
    emit(f"    vector.print str \"PASS {name} \"")
    emit("  } else {")
    emit(f"    vector.print str \"FAIL {name} \"")
    emit("  }")
    emit(f"  vector.print {rel} : f64")
emit("  return")
emit("}")
print("\n".join(out))
