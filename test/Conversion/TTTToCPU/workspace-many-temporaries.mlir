// RUN: ttt-opt %s --ttt-cpu-workspace="max-temporary-arguments=1" | FileCheck %s

// Past max-temporary-arguments temporaries, the entry point keeps its body
// and each temporary is a view of the workspace there, at the same offsets
// as when they are arguments of a body (workspace.mlir): a thousand memrefs
// passed to a call took the code generator seconds.

// CHECK-LABEL: func.func @entry
// CHECK-SAME: (%[[OUT:[a-z0-9_]+]]: memref<4x4xf32>, %[[WS:[a-z0-9_]+]]: memref<?xi8>)
// CHECK-SAME: ttt.cpu_workspace_bytes = 128 : i64
// CHECK-DAG: %[[O1:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[O2:.*]] = arith.constant 64 : index
// CHECK-DAG: %[[V1:.*]] = memref.view %[[WS]][%[[O1]]][] : memref<?xi8> to memref<4x4xf32>
// CHECK-DAG: %[[V2:.*]] = memref.view %[[WS]][%[[O2]]][] : memref<?xi8> to memref<16xf32>
// CHECK-NOT: memref.alloc
// CHECK-NOT: call
// CHECK: memref.copy %[[V1]], %[[OUT]]
// CHECK: memref.load %[[V2]]
// CHECK-NOT: ttt.cpu_noalias_pointers
// CHECK-NOT: func.func
func.func @entry(%out: memref<4x4xf32>) attributes {llvm.emit_c_interface} {
  %a = memref.alloc() {alignment = 64 : i64} : memref<4x4xf32>
  memref.copy %a, %out : memref<4x4xf32> to memref<4x4xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %i = %c0 to %c4 step %c1 {
    %t = memref.alloc() : memref<16xf32>
    %v = memref.load %t[%i] : memref<16xf32>
    memref.store %v, %out[%i, %i] : memref<4x4xf32>
  }
  return
}
