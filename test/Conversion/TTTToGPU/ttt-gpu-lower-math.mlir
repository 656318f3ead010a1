// RUN: ttt-opt %s --ttt-gpu-lower-math --split-input-file --verify-diagnostics | FileCheck %s

// Transcendental functions become arith polynomials, sqrt and rsqrt calls of
// intrinsics NVPTX implements natively: no libdevice call remains.
// CHECK-LABEL: func.func @math
// CHECK-NOT: math.exp
// CHECK-NOT: math.tanh
// CHECK-NOT: math.erf
// CHECK-DAG: llvm.call_intrinsic "llvm.sqrt.f32"(%{{.*}}) : (f32) -> f32
// CHECK-DAG: llvm.call_intrinsic "llvm.nvvm.rsqrt.approx.f"(%{{.*}}) : (f32) -> f32
// CHECK-NOT: math.
// CHECK: return
func.func @math(%x: f32) -> (f32, f32, f32, f32, f32) {
  %e = math.exp %x : f32
  %t = math.tanh %x : f32
  %f = math.erf %x : f32
  %s = math.sqrt %x : f32
  %r = math.rsqrt %x : f32
  return %e, %t, %f, %s, %r : f32, f32, f32, f32, f32
}

// -----

func.func @unsupported(%x: f64) -> f64 {
  // expected-error @+1 {{'math.sqrt' op has no libdevice-free lowering for the GPU}}
  %s = math.sqrt %x : f64
  return %s : f64
}
