// RUN: ttt-opt %s --ttt-gpu-outputs-in-place --split-input-file | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>

// The [T, 8] f32 accumulator of the output tokens goes: its fill and the
// copy of each mini-batch's rows write the bf16 output directly, converted.
// CHECK-LABEL: func.func @bf16_output
// CHECK-SAME: (%[[ROWS:.*]]: memref<4x8xf32>, %[[OUT:.*]]: memref<?x?x?x8xbf16>, %[[N:.*]]: index, %[[H:.*]]: index, %[[T:.*]]: index, %[[I:.*]]: index)
// CHECK-NOT: memref.alloc
// CHECK: %[[Z:.*]] = memref.subview %[[OUT]][%[[N]], %[[H]], 0, 0] [1, 1, %[[T]], 8] [1, 1, 1, 1]
// CHECK: linalg.generic {{.*}} outs(%[[Z]] :
// CHECK: arith.truncf
// CHECK: %[[R:.*]] = memref.subview %[[Z]][%[[I]], 0] [4, 8] [1, 1]
// CHECK: linalg.generic {{.*}} ins(%[[ROWS]] : memref<4x8xf32>) outs(%[[R]] :
// CHECK: arith.truncf
// CHECK-NOT: memref.copy
// CHECK: return
func.func @bf16_output(%rows: memref<4x8xf32>, %out: memref<?x?x?x8xbf16>,
                       %n: index, %h: index, %T: index, %i: index) {
  %zero = arith.constant 0.0 : f32
  %acc = memref.alloc(%T) : memref<?x8xf32>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
      outs(%acc : memref<?x8xf32>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  }
  %sv = memref.subview %acc[%i, 0] [4, 8] [1, 1] : memref<?x8xf32> to memref<4x8xf32, strided<[8, 1], offset: ?>>
  memref.copy %rows, %sv : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1], offset: ?>>
  %cvt = memref.alloc(%T) : memref<?x8xbf16>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%acc : memref<?x8xf32>) outs(%cvt : memref<?x8xbf16>) {
  ^bb0(%in: f32, %o: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  }
  %zv = memref.subview %out[%n, %h, 0, 0] [1, 1, %T, 8] [1, 1, 1, 1] : memref<?x?x?x8xbf16> to memref<?x8xbf16, strided<[8, 1], offset: ?>>
  memref.copy %cvt, %zv : memref<?x8xbf16> to memref<?x8xbf16, strided<[8, 1], offset: ?>>
  return
}

// -----

// An accumulator that is also read elsewhere stays as it is.
// CHECK-LABEL: func.func @read_elsewhere
// CHECK: memref.alloc
// CHECK: memref.copy
func.func @read_elsewhere(%out: memref<?x8xf32>, %T: index, %other: memref<?x8xf32>) {
  %acc = memref.alloc(%T) : memref<?x8xf32>
  memref.copy %acc, %other : memref<?x8xf32> to memref<?x8xf32>
  memref.copy %acc, %out : memref<?x8xf32> to memref<?x8xf32>
  return
}
