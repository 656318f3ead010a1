// RUN: ttt-opt %s --ttt-cpu-expand-bf16 --split-input-file | FileCheck %s

// f32 -> bf16 rounds to nearest even in integer arithmetic: add 0x7fff plus
// the lowest kept bit, keep the high half; a NaN becomes the quiet NaN
// 0x7fc0 (32704). bf16 -> f32 shifts the bits into the high half. Scalars
// and vectors alike; no arith.truncf or arith.extf on bf16 is left for
// LLVM to turn into a libgcc call.

// CHECK-LABEL: func.func @conversions
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[SIXTEEN:.*]] = arith.constant 16 : i32
// CHECK-DAG: %[[QNAN:.*]] = arith.constant 32704 : i16
// CHECK-DAG: %[[HALF:.*]] = arith.constant 32767 : i32
// CHECK: %[[ISNAN:.*]] = arith.cmpf une, %[[A:.*]], %[[A]] : f32
// CHECK: %[[BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK: %[[KEPT:.*]] = arith.shrui %[[BITS]], %[[SIXTEEN]] : i32
// CHECK: %[[LSB:.*]] = arith.andi %[[KEPT]], %[[ONE]] : i32
// CHECK: %[[BIAS:.*]] = arith.addi %[[LSB]], %[[HALF]] : i32
// CHECK: %[[ROUNDED:.*]] = arith.addi %[[BITS]], %[[BIAS]] : i32
// CHECK: %[[HIGH:.*]] = arith.shrui %[[ROUNDED]], %[[SIXTEEN]] : i32
// CHECK: %[[NARROW:.*]] = arith.trunci %[[HIGH]] : i32 to i16
// CHECK: %[[PICKED:.*]] = arith.select %[[ISNAN]], %[[QNAN]], %[[NARROW]] : i16
// CHECK: %[[T:.*]] = arith.bitcast %[[PICKED]] : i16 to bf16
// CHECK: arith.cmpf une, %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: arith.bitcast %{{.*}} : vector<8xf32> to vector<8xi32>
// CHECK: %[[W:.*]] = arith.bitcast %{{.*}} : vector<8xi16> to vector<8xbf16>
// CHECK: %[[IN:.*]] = arith.bitcast %{{.*}} : bf16 to i16
// CHECK: %[[WIDE:.*]] = arith.extui %[[IN]] : i16 to i32
// CHECK: %[[SHIFTED:.*]] = arith.shli %[[WIDE]], %[[SIXTEEN]] : i32
// CHECK: %[[E:.*]] = arith.bitcast %[[SHIFTED]] : i32 to f32
// CHECK-NOT: arith.truncf
// CHECK-NOT: arith.extf
// CHECK: return %[[T]], %[[W]], %[[E]]
func.func @conversions(%a: f32, %v: vector<8xf32>, %b: bf16)
    -> (bf16, vector<8xbf16>, f32) {
  %t = arith.truncf %a : f32 to bf16
  %w = arith.truncf %v : vector<8xf32> to vector<8xbf16>
  %e = arith.extf %b : bf16 to f32
  return %t, %w, %e : bf16, vector<8xbf16>, f32
}

// -----

// Other float conversions (f16 here) are LLVM's to lower.

// CHECK-LABEL: func.func @other_types
// CHECK: arith.truncf %{{.*}} : f32 to f16
// CHECK: arith.extf %{{.*}} : f16 to f32
func.func @other_types(%a: f32, %h: f16) -> (f16, f32) {
  %t = arith.truncf %a : f32 to f16
  %e = arith.extf %h : f16 to f32
  return %t, %e : f16, f32
}
