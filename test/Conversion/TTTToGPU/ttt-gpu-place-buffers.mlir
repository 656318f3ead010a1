// RUN: ttt-opt %s --ttt-gpu-place-buffers --split-input-file --verify-diagnostics | FileCheck %s
// RUN: ttt-opt %s --ttt-gpu-place-buffers='shared-memory-bytes=256' --split-input-file --verify-diagnostics | FileCheck %s --check-prefix=SMALL

// Buffers alive at the same time get disjoint byte ranges of dynamic shared
// memory; a buffer allocated after another's last use reuses its bytes. Each
// allocation becomes a view cast to the generic address space, with the
// allocation's type.
// CHECK-LABEL: func.func @lifetimes
// CHECK-SAME: ttt.shared_memory_bytes = 384 : i64, ttt.workspace_bytes = 0 : i64
// CHECK: %[[SMEM:.*]] = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
// CHECK: %[[VA:.*]] = memref.view %[[SMEM]][%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<32xf32, #gpu.address_space<workgroup>>
// CHECK: %[[A:.*]] = memref.memory_space_cast %[[VA]] : memref<32xf32, #gpu.address_space<workgroup>> to memref<32xf32>
// CHECK: memref.view %[[SMEM]][%c128][] {{.*}} to memref<64xf32, #gpu.address_space<workgroup>>
// CHECK: memref.view %[[SMEM]][%c0{{(_[0-9]+)?}}][] {{.*}} to memref<32xf32, #gpu.address_space<workgroup>>
// CHECK-NOT: memref.alloc
// SMALL-LABEL: func.func @lifetimes
// SMALL-SAME: (%{{.*}}: memref<32xf32>, %[[WS:[^:]*]]: memref<?xi8> {ttt.arg = #ttt.arg<scratch, workspace, "workspace", ["blocks * workspace_bytes"]>})
// SMALL-SAME: ttt.shared_memory_bytes = 256 : i64, ttt.workspace_bytes = 128 : i64
// SMALL: gpu.grid_dim {{ *}}x
// SMALL: memref.view %[[WS]]
func.func @lifetimes(%out: memref<32xf32>) attributes {ttt.gpu_kernel} {
  %a = memref.alloc() : memref<32xf32>
  %b = memref.alloc() : memref<64xf32>
  memref.copy %a, %out : memref<32xf32> to memref<32xf32>
  %s = memref.subview %b[0] [32] [1] : memref<64xf32> to memref<32xf32, strided<[1]>>
  memref.copy %s, %out : memref<32xf32, strided<[1]>> to memref<32xf32>
  %c = memref.alloc() : memref<32xf32>
  memref.copy %c, %out : memref<32xf32> to memref<32xf32>
  return
}

// -----

// A buffer defined before a loop and used inside it lives for the whole
// loop: the buffer allocated in the body must not share its bytes.
// CHECK-LABEL: func.func @loop
// CHECK-SAME: ttt.shared_memory_bytes = 256 : i64
func.func @loop(%out: memref<32xf32>, %n: index) attributes {ttt.gpu_kernel} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %a = memref.alloc() : memref<32xf32>
  scf.for %i = %c0 to %n step %c1 {
    %b = memref.alloc() : memref<32xf32>
    memref.copy %a, %b : memref<32xf32> to memref<32xf32>
    memref.copy %b, %out : memref<32xf32> to memref<32xf32>
  }
  return
}

// -----

// A dynamic size is bounded by integer range analysis: min(b - (p mod b), T)
// rows with b = 16 is at most 16 rows of 8 floats.
// CHECK-LABEL: func.func @bounded
// CHECK-SAME: ttt.shared_memory_bytes = 512 : i64
// CHECK: memref.view %{{.*}}[%{{.*}}][%[[R:.*]]] : memref<?xi8, #gpu.address_space<workgroup>> to memref<?x8xf32, #gpu.address_space<workgroup>>
func.func @bounded(%p: index, %T: index, %out: memref<?x8xf32>) attributes {ttt.gpu_kernel} {
  %c16 = arith.constant 16 : index
  %pb = arith.remui %p, %c16 : index
  %left = arith.subi %c16, %pb : index
  %rows = arith.minui %left, %T : index
  %a = memref.alloc(%rows) : memref<?x8xf32>
  memref.copy %a, %out : memref<?x8xf32> to memref<?x8xf32>
  return
}

// -----

// A segment's row count read back from the view of a tape row as [rows, 8]
// (the backward): integer range analysis sees no bound through the
// reshaped view's size, the ops that compute the size do (at most 16 rows).
// CHECK-LABEL: func.func @reshaped_view_size
// CHECK-SAME: ttt.shared_memory_bytes = 512 : i64
// CHECK: memref.view %{{.*}}[%{{.*}}][%{{.*}}] : memref<?xi8, #gpu.address_space<workgroup>> to memref<?x8xf32, #gpu.address_space<workgroup>>
// CHECK-NOT: memref.alloc
func.func @reshaped_view_size(%T: index, %row: memref<?xf32>, %out: memref<?x8xf32>) attributes {ttt.gpu_kernel} {
  %c0 = arith.constant 0 : index
  %c16 = arith.constant 16 : index
  %rows = arith.minui %T, %c16 : index
  %view = memref.expand_shape %row [[0, 1]] output_shape [%rows, 8] : memref<?xf32> into memref<?x8xf32>
  %r = memref.dim %view, %c0 : memref<?x8xf32>
  %a = memref.alloc(%r) : memref<?x8xf32>
  memref.copy %view, %a : memref<?x8xf32> to memref<?x8xf32>
  memref.copy %a, %out : memref<?x8xf32> to memref<?x8xf32>
  return
}

// -----

// A buffer as long as the sequence cannot be placed.
func.func @unbounded(%T: index, %out: memref<?x8xf32>) attributes {ttt.gpu_kernel} {
  // expected-error @+1 {{'memref.alloc' op has a dynamic size without an upper bound (it may depend on the sequence length)}}
  %a = memref.alloc(%T) : memref<?x8xf32>
  memref.copy %a, %out : memref<?x8xf32> to memref<?x8xf32>
  return
}

// -----

// Loops must not carry buffers (ttt-gpu-loop-carried-buffers first).
func.func @carried(%init: memref<4xf32>, %n: index) attributes {ttt.gpu_kernel} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%s = %init) -> (memref<4xf32>) {
    %new = memref.alloc() : memref<4xf32>
    // expected-error @+1 {{'scf.yield' op yields a buffer out of a loop; run ttt-gpu-loop-carried-buffers before placing buffers}}
    scf.yield %new : memref<4xf32>
  }
  return
}
