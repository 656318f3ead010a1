// RUN: ttt-opt %s --ttt-gpu-emulate-on-cpu --split-input-file --verify-diagnostics | FileCheck %s
// RUN: ttt-opt %s --ttt-gpu-emulate-on-cpu="thread-order=random seed=7" --split-input-file --verify-diagnostics | FileCheck %s --check-prefix=RANDOM

// Blocks become two loops over (max(H, 1), max(B, 1)); shared memory and the
// workspace are heap buffers (the workspace argument, found by its #ttt.arg
// wherever it is, goes), filled with 0xff
// (NaN) at each block's start: all of shared memory, the block's slice of
// the workspace. Each phase between barriers becomes one loop over the 4
// threads, last first, with the thread's ops (the distributed loops) in it.
// The thread loops are not to be vectorized: LLVM 22's loop vectorizer
// miscompiles a reversed thread loop around delinearized accesses on AVX-512
// (see the pass's description). The kernel comes out a plain CPU function:
// no #ttt.arg, which the upstream tools after the emulation cannot parse.
// CHECK: #[[$VEC:.*]] = #llvm.loop_vectorize<disable = true>
// CHECK: #[[$NOVEC:.*]] = #llvm.loop_annotation<vectorize = #[[$VEC]]>
// CHECK-LABEL: func.func @k_prefill_memref
// CHECK-SAME: (%[[XQ:[^:]*]]: memref<?x?x?x8xf32>, %[[OUT:[^:]*]]: memref<?xf32>)
// CHECK-NOT: ttt.gpu_kernel
// CHECK: %[[GY:.*]] = arith.maxui %{{.*}}, %c1
// CHECK: %[[GX:.*]] = arith.maxui %{{.*}}, %c1
// CHECK: %[[C16:.*]] = arith.constant 16 : index
// CHECK-NEXT: %[[SMEM:.*]] = memref.alloc(%[[C16]]) : memref<?xi8>
// CHECK: %[[WS:.*]] = memref.alloc(%{{.*}}) : memref<?xi8>
// CHECK: scf.for %[[BY:.*]] = %{{.*}} to %[[GY]]
// CHECK: scf.for %[[BX:.*]] = %{{.*}} to %[[GX]]
// CHECK: %[[SEND:.*]] = arith.addi %{{.*}}, %{{.*}} : index
// CHECK-NEXT: %[[NAN:.*]] = arith.constant -1 : i8
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %[[SEND]]
// CHECK-NEXT: memref.store %[[NAN]], %[[SMEM]][%[[I]]]
// CHECK: %[[ROW:.*]] = arith.muli %[[BY]], %[[GX]]
// CHECK: %[[BLK:.*]] = arith.addi %[[ROW]], %[[BX]]
// CHECK: %[[C32:.*]] = arith.constant 32 : index
// CHECK-NEXT: %[[BASE:.*]] = arith.muli %[[BLK]], %[[C32]]
// CHECK: %[[END:.*]] = arith.addi %[[BASE]], %{{.*}}
// CHECK: scf.for %[[J:.*]] = %[[BASE]] to %[[END]]
// CHECK-NEXT: memref.store %{{.*}}, %[[WS]][%[[J]]]
// CHECK: %[[A:.*]] = memref.view %[[SMEM]][%{{.*}}][] : memref<?xi8> to memref<4xf32>
// CHECK: %[[W:.*]] = memref.view %[[WS]]
// CHECK: %[[C4:.*]] = arith.constant 4 : index
// CHECK-NEXT: scf.for %[[K:.*]] = %{{.*}} to %[[C4]]
// CHECK-NEXT: %[[C3:.*]] = arith.constant 3 : index
// CHECK-NEXT: %[[T:.*]] = arith.subi %[[C3]], %[[K]]
// CHECK-NEXT: scf.for %[[E:.*]] = %[[T]] to %{{.*}} step %{{.*}}
// CHECK-NEXT: memref.load %[[A]][%[[E]]]
// CHECK-NEXT: memref.store %{{.*}}, %[[W]][%[[E]]]
// CHECK-NEXT: } {ttt.distributed}
// CHECK-NEXT: } {loop_annotation = #[[$NOVEC]]}
// CHECK: scf.for %[[K2:.*]] = %{{.*}} to %{{.*}} step
// CHECK-NEXT: %[[C3B:.*]] = arith.constant 3 : index
// CHECK-NEXT: %[[T2:.*]] = arith.subi %[[C3B]], %[[K2]]
// CHECK-NEXT: scf.for %{{.*}} = %[[T2]] to
// CHECK: } {ttt.distributed}
// CHECK-NEXT: } {loop_annotation = #[[$NOVEC]]}
// CHECK-NOT: gpu.
// CHECK: memref.dealloc %[[SMEM]]
// CHECK: memref.dealloc %[[WS]]

// A random order: a constant table of a permutation of 0..3.
// RANDOM: #[[$VEC:.*]] = #llvm.loop_vectorize<disable = true>
// RANDOM: #[[$NOVEC:.*]] = #llvm.loop_annotation<vectorize = #[[$VEC]]>
// RANDOM: memref.global "private" constant @k_prefill_memref_thread_order : memref<4xi32> = dense<[{{[0-3]}}, {{[0-3]}}, {{[0-3]}}, {{[0-3]}}]>
// RANDOM-LABEL: func.func @k_prefill_memref
// RANDOM: %[[ORDER:.*]] = memref.get_global @k_prefill_memref_thread_order
// RANDOM: memref.view
// RANDOM: memref.view
// RANDOM: scf.for %[[K:.*]] =
// RANDOM-NEXT: %[[E:.*]] = memref.load %[[ORDER]][%[[K]]] : memref<4xi32>
// RANDOM-NEXT: %[[T:.*]] = arith.index_cast %[[E]] : i32 to index
// RANDOM-NEXT: scf.for %{{.*}} = %[[T]] to
// RANDOM: } {ttt.distributed}
// RANDOM-NEXT: } {loop_annotation = #[[$NOVEC]]}
func.func @k_prefill_memref(%ws: memref<?xi8> {ttt.arg = #ttt.arg<scratch, workspace, "workspace", ["blocks * workspace_bytes"]>},
    %xq: memref<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>}, %out: memref<?xf32>)
    attributes {llvm.emit_c_interface, ttt.block_size = 4 : i64, ttt.gpu_kernel,
                ttt.shared_memory_bytes = 16 : i64, ttt.workspace_bytes = 32 : i64} {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %smem = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
  %v = memref.view %smem[%c0][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<4xf32, #gpu.address_space<workgroup>>
  %a = memref.memory_space_cast %v : memref<4xf32, #gpu.address_space<workgroup>> to memref<4xf32>
  %bx = gpu.block_id x
  %by = gpu.block_id y
  %gx = gpu.grid_dim x
  %blk = arith.muli %by, %gx : index
  %lin = arith.addi %blk, %bx : index
  %c32 = arith.constant 32 : index
  %off = arith.muli %lin, %c32 : index
  %w = memref.view %ws[%off][] : memref<?xi8> to memref<8xf32>
  %t = gpu.thread_id x
  scf.for %i = %t to %c4 step %c4 {
    %x = memref.load %a[%i] : memref<4xf32>
    memref.store %x, %w[%i] : memref<8xf32>
  } {ttt.distributed}
  gpu.barrier
  scf.for %i = %t to %c8 step %c4 {
    %y = memref.load %w[%i] : memref<8xf32>
    memref.store %y, %out[%lin] : memref<?xf32>
  } {ttt.distributed}
  gpu.barrier
  return
}

// -----

// Thread-dependent index arithmetic used after a barrier is recomputed in
// each phase's thread loop; the single-thread epilogue runs in thread 0's
// iteration. Barriers inside uniform control flow (the mini-batch loop)
// cut its body into phases.
// CHECK-LABEL: func.func @phases
// CHECK: scf.for %[[N:.*]] = %{{.*}} to %[[C2:.*]] step %[[C2]]
// CHECK: scf.for %[[K:.*]] =
// CHECK-NEXT: %[[C1:.*]] = arith.constant 1 : index
// CHECK-NEXT: %[[T:.*]] = arith.subi %[[C1]], %[[K]]
// CHECK-NEXT: %[[I:.*]] = arith.addi %[[T]], %[[N]]
// CHECK-NEXT: memref.store %{{.*}}, %{{.*}}[%[[I]]]
// CHECK-NEXT: } {loop_annotation = #{{.*}}}
// CHECK: scf.for %[[K2:.*]] =
// CHECK-NEXT: %[[C1B:.*]] = arith.constant 1 : index
// CHECK-NEXT: %[[T2:.*]] = arith.subi %[[C1B]], %[[K2]]
// CHECK-NEXT: %[[I2:.*]] = arith.addi %[[T2]], %[[N]]
// CHECK-NEXT: memref.load %{{.*}}[%[[I2]]]
// CHECK: }
// CHECK: scf.for %[[K3:.*]] =
// CHECK-NEXT: %[[C1C:.*]] = arith.constant 1 : index
// CHECK-NEXT: %[[T3:.*]] = arith.subi %[[C1C]], %[[K3]]
// CHECK-NEXT: %[[FIRST:.*]] = arith.cmpi eq, %[[T3]], %{{.*}}
// CHECK-NEXT: scf.if %[[FIRST]]
// CHECK-NOT: gpu.
func.func @phases(%xq: memref<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>}, %buf: memref<8xf32>, %out: memref<8xf32>)
    attributes {ttt.block_size = 2 : i64, ttt.gpu_kernel} {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %one = arith.constant 1.0 : f32
  %t = gpu.thread_id x
  scf.for %n = %c0 to %c2 step %c2 {
    %i = arith.addi %t, %n : index
    memref.store %one, %buf[%i] : memref<8xf32>
    gpu.barrier
    %x = memref.load %buf[%i] : memref<8xf32>
    memref.store %x, %out[%i] : memref<8xf32>
    gpu.barrier
  }
  %first = arith.cmpi eq, %t, %c0 : index
  scf.if %first {
    memref.store %one, %out[%c0] : memref<8xf32>
  } {ttt.single_thread}
  return
}

// -----

// A barrier that only some threads reach.
func.func @divergent(%xq: memref<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>}, %out: memref<8xf32>)
    attributes {ttt.block_size = 2 : i64, ttt.gpu_kernel} {
  %c0 = arith.constant 0 : index
  %t = gpu.thread_id x
  %first = arith.cmpi eq, %t, %c0 : index
  // expected-error @+1 {{'scf.if' op holds a barrier but depends on the thread id: threads would not all reach it}}
  scf.if %first {
    gpu.barrier
  }
  return
}

// -----

// A thread's loaded value must not outlive its phase.
func.func @crossing(%xq: memref<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>}, %out: memref<8xf32>)
    attributes {ttt.block_size = 2 : i64, ttt.gpu_kernel} {
  %t = gpu.thread_id x
  // expected-error @+1 {{'memref.load' op defines a thread-dependent value that is used across a barrier}}
  %x = memref.load %out[%t] : memref<8xf32>
  gpu.barrier
  memref.store %x, %out[%t] : memref<8xf32>
  return
}

// -----

// expected-error @+1 {{'func.func' op expected a positive ttt.block_size (run ttt-gpu-distribute first)}}
func.func @undistributed(%xq: memref<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>}) attributes {ttt.gpu_kernel} {
  return
}

// -----

// The grid is XQ's [B, H]: no XQ input, no grid.
// expected-error @+1 {{'func.func' op expected one XQ input (#ttt.arg), whose [B, H] is the grid}}
func.func @no_xq(%xq: memref<?x?x?x8xf32>) attributes {
    ttt.gpu_kernel, ttt.block_size = 4 : i64, ttt.shared_memory_bytes = 0 : i64,
    ttt.workspace_bytes = 0 : i64} {
  return
}

// -----

// A workspace in use needs its argument.
// expected-error @+1 {{'func.func' op expected one workspace argument (#ttt.arg) of type memref<?xi8>}}
func.func @no_workspace(%xq: memref<?x?x?x8xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>},
                        %ws: memref<?xi8>) attributes {
    ttt.gpu_kernel, ttt.block_size = 4 : i64, ttt.shared_memory_bytes = 0 : i64,
    ttt.workspace_bytes = 32 : i64} {
  return
}
