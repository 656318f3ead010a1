// RUN: ttt-opt %s --ttt-copies-to-linalg --split-input-file | FileCheck %s

// A copy between strided views (what bufferization leaves for a
// non-contiguous slice) becomes a linalg.copy from the same source into the
// same target, with no call into the runner utilities left to make.

// CHECK-LABEL: func.func @strided_copy
// CHECK-SAME: (%[[SRC:.*]]: memref<16x64xf32, strided<[256, 1], offset: ?>>, %[[DST:.*]]: memref<16x64xf32>)
// CHECK-NOT: memref.copy
// CHECK: linalg.copy ins(%[[SRC]] : memref<16x64xf32, strided<[256, 1], offset: ?>>) outs(%[[DST]] : memref<16x64xf32>)
// CHECK-NOT: memref.copy
// CHECK: return
func.func @strided_copy(%src: memref<16x64xf32, strided<[256, 1], offset: ?>>,
                        %dst: memref<16x64xf32>) {
  memref.copy %src, %dst : memref<16x64xf32, strided<[256, 1], offset: ?>> to memref<16x64xf32>
  return
}

// -----

// Copies nested in loops are rewritten too, in place; the ops around them
// are untouched.

// CHECK-LABEL: func.func @copy_in_loop
// CHECK-SAME: (%[[SRC:.*]]: memref<?x64xf32>, %[[DST:.*]]: memref<?x64xf32>, %[[N:.*]]: index)
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %[[N]]
// CHECK: %[[ROW:.*]] = memref.subview %[[SRC]][%[[I]], 0] [1, 64] [1, 1]
// CHECK: %[[OUT:.*]] = memref.subview %[[DST]][%[[I]], 0] [1, 64] [1, 1]
// CHECK: linalg.copy ins(%[[ROW]] : {{.*}}) outs(%[[OUT]] : {{.*}})
// CHECK-NEXT: }
// CHECK-NOT: memref.copy
func.func @copy_in_loop(%src: memref<?x64xf32>, %dst: memref<?x64xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %row = memref.subview %src[%i, 0] [1, 64] [1, 1]
        : memref<?x64xf32> to memref<64xf32, strided<[1], offset: ?>>
    %out = memref.subview %dst[%i, 0] [1, 64] [1, 1]
        : memref<?x64xf32> to memref<64xf32, strided<[1], offset: ?>>
    memref.copy %row, %out : memref<64xf32, strided<[1], offset: ?>> to memref<64xf32, strided<[1], offset: ?>>
  }
  return
}
