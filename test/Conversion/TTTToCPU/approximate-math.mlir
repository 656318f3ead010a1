// RUN: ttt-opt %s --ttt-cpu-approximate-math | FileCheck %s

// gelu_tanh's tanh and gelu_erf's erf become arithmetic (no libm call left
// to scalarize the loop around them).

// CHECK-LABEL: func.func @activations
// CHECK-NOT: math.tanh
// CHECK-NOT: math.erf
// CHECK: arith.mulf
// CHECK: return
func.func @activations(%x: f32) -> (f32, f32) {
  %t = math.tanh %x : f32
  %e = math.erf %x : f32
  return %t, %e : f32, f32
}
