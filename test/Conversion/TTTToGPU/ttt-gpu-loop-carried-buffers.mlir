// RUN: ttt-opt %s --ttt-gpu-loop-carried-buffers | FileCheck %s

// The buffer a loop carries lives in one carry buffer: filled from the init
// before the loop, from the yielded buffer at the end of each iteration;
// the iter_arg and the result are replaced by it (the iter_arg is left
// loop-invariant, for the canonicalizer).
// CHECK-LABEL: func.func @carry
// CHECK-SAME: (%[[INIT:.*]]: memref<4xf32>, %[[N:.*]]: index, %[[OUT:.*]]: memref<4xf32>)
// CHECK: %[[C:.*]] = memref.alloc() : memref<4xf32>
// CHECK: memref.copy %[[INIT]], %[[C]]
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[N]] step %{{.*}} iter_args(%[[S:.*]] = %[[INIT]])
// CHECK: %[[NEW:.*]] = memref.alloc() : memref<4xf32>
// CHECK: memref.copy %[[C]], %[[NEW]]
// CHECK: memref.copy %[[NEW]], %[[C]]
// CHECK: scf.yield %[[S]]
// CHECK: memref.copy %[[C]], %[[OUT]]
func.func @carry(%init: memref<4xf32>, %n: index, %out: memref<4xf32>)
    attributes {ttt.gpu_kernel} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%s = %init) -> (memref<4xf32>) {
    %new = memref.alloc() : memref<4xf32>
    memref.copy %s, %new : memref<4xf32> to memref<4xf32>
    scf.yield %new : memref<4xf32>
  }
  memref.copy %r, %out : memref<4xf32> to memref<4xf32>
  return
}
