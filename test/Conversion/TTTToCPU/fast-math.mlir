// RUN: ttt-opt %s --ttt-cpu-fast-math --split-input-file | FileCheck %s

// Float arithmetic, scalar or vector, may contract and reassociate; integer
// arithmetic and constants have no fast-math flags and are left alone.

// CHECK-LABEL: func.func @scalar_and_vector
// CHECK: arith.constant 1.000000e+00 : f32
// CHECK: arith.mulf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
// CHECK: arith.addf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
// CHECK: arith.divf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
// CHECK: arith.subf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : vector<8xf32>
// CHECK: arith.addi %{{.*}}, %{{.*}} : i32
// CHECK-NOT: fastmath
// CHECK: return
func.func @scalar_and_vector(%a: f32, %b: f32, %v: vector<8xf32>, %i: i32)
    -> (f32, vector<8xf32>, i32) {
  %one = arith.constant 1.0 : f32
  %p = arith.mulf %a, %b : f32
  %s = arith.addf %p, %one : f32
  %q = arith.divf %s, %b : f32
  %d = arith.subf %v, %v : vector<8xf32>
  %j = arith.addi %i, %i : i32
  return %q, %d, %j : f32, vector<8xf32>, i32
}

// -----

// The multiply-add inside a contraction body gets the flags too (this is
// what lets LLVM fuse it into an FMA).

#x = affine_map<(m, k, n) -> (m, k)>
#w = affine_map<(m, k, n) -> (k, n)>
#c = affine_map<(m, k, n) -> (m, n)>
// CHECK-LABEL: func.func @contraction_body
// CHECK: linalg.generic
// CHECK: arith.mulf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
// CHECK: arith.addf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
// CHECK: linalg.yield
func.func @contraction_body(%x: tensor<16x64xf32>, %w: tensor<64x64xf32>,
                            %c: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %r = linalg.generic {indexing_maps = [#x, #w, #c],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%x, %w : tensor<16x64xf32>, tensor<64x64xf32>)
      outs(%c : tensor<16x64xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %r : tensor<16x64xf32>
}

// -----

// Comparisons, min/max and math functions carry fast-math flags as well, and
// get the same ones.

// CHECK-LABEL: func.func @other_float_ops
// CHECK: arith.cmpf olt, %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
// CHECK: arith.maximumf %{{.*}}, %{{.*}} fastmath<reassoc,contract> : f32
// CHECK: math.exp %{{.*}} fastmath<reassoc,contract> : f32
func.func @other_float_ops(%a: f32, %b: f32) -> (i1, f32, f32) {
  %lt = arith.cmpf olt, %a, %b : f32
  %m = arith.maximumf %a, %b : f32
  %e = math.exp %m : f32
  return %lt, %m, %e : i1, f32, f32
}

// -----

// Flags an op already has are kept: the pass adds to them.

// CHECK-LABEL: func.func @existing_flags_kept
// CHECK: arith.mulf %{{.*}}, %{{.*}} fastmath<reassoc,nnan,ninf,contract> : f32
func.func @existing_flags_kept(%a: f32) -> f32 {
  %p = arith.mulf %a, %a fastmath<nnan,ninf> : f32
  return %p : f32
}

// -----

// Ops whose fast-math attribute is optional and absent (extf, truncf) get
// the flags too.

// CHECK-LABEL: func.func @no_attribute
// CHECK: arith.extf %{{.*}} fastmath<reassoc,contract> : bf16 to f32
// CHECK: arith.truncf %{{.*}} fastmath<reassoc,contract> : f32 to bf16
func.func @no_attribute(%a: bf16) -> bf16 {
  %e = arith.extf %a : bf16 to f32
  %t = arith.truncf %e : f32 to bf16
  return %t : bf16
}
