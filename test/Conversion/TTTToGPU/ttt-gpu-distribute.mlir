// RUN: ttt-opt %s --ttt-gpu-distribute --split-input-file --verify-diagnostics | FileCheck %s
// RUN: ttt-opt %s --ttt-gpu-distribute='threads=1' --split-input-file --verify-diagnostics | FileCheck %s --check-prefix=ONE

#lhs = affine_map<(d0, d1, d2) -> (d0, d2)>
#rhs = affine_map<(d0, d1, d2) -> (d2, d1)>
#acc = affine_map<(d0, d1, d2) -> (d0, d1)>

// A matmul: its 16 x 8 outputs are dealt to the threads (the last dim
// fastest), the 4-long reduction runs in registers, one store per output,
// then a barrier.
// CHECK-LABEL: func.func @matmul
// CHECK-SAME: ttt.block_size = 256 : i64
// CHECK: %[[TID:.*]] = gpu.thread_id {{ *}}x
// CHECK: scf.for %[[L:.*]] = %[[TID]] to %c128 step %c256 {
// CHECK: %[[J:.*]] = arith.remui %[[L]], %c8{{.*}} : index
// CHECK: %[[I:.*]] = arith.divui %[[L]], %c8{{.*}} : index
// CHECK: %[[INIT:.*]] = memref.load %{{.*}}[%[[I]], %[[J]]]
// CHECK: %[[SUM:.*]] = scf.for %[[K:.*]] = %c0{{.*}} to %c4{{.*}} step %c1{{.*}} iter_args(%[[ACC:.*]] = %[[INIT]]) -> (f32) {
// CHECK: memref.load %{{.*}}[%[[I]], %[[K]]]
// CHECK: memref.load %{{.*}}[%[[K]], %[[J]]]
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: scf.yield
// CHECK: memref.store %[[SUM]], %{{.*}}[%[[I]], %[[J]]]
// CHECK: } {ttt.distributed}
// CHECK-NEXT: gpu.barrier
// ONE-LABEL: func.func @matmul
// ONE: scf.for %{{.*}} = %thread_id_x to %c128 step %c1{{.*}} {
func.func @matmul(%a: memref<16x4xf32>, %b: memref<4x8xf32>, %c: memref<16x8xf32>)
    attributes {ttt.gpu_kernel} {
  linalg.generic {indexing_maps = [#lhs, #rhs, #acc],
                  iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<16x4xf32>, memref<4x8xf32>) outs(%c : memref<16x8xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  }
  return
}

// -----

#id = affine_map<(d0) -> (d0)>

// In the single-thread epilogue an op is a plain loop, without a barrier;
// a uniform load of memory the kernel writes is fenced by a barrier.
// CHECK-LABEL: func.func @epilogue
// CHECK: memref.load %{{.*}}[%c0] : memref<4xf32>
// CHECK-NEXT: gpu.barrier
// CHECK: scf.if
// CHECK: scf.for %{{.*}} = %c0{{.*}} to %c4{{.*}} step %c1
// CHECK-NOT: gpu.barrier
// CHECK: } {ttt.single_thread}
func.func @epilogue(%x: memref<4xf32>, %y: memref<4xf32>, %go: i1)
    attributes {ttt.gpu_kernel} {
  %c0 = arith.constant 0 : index
  %v = memref.load %y[%c0] : memref<4xf32>
  scf.if %go {
    linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
        ins(%x : memref<4xf32>) outs(%y : memref<4xf32>) {
    ^bb0(%in: f32, %o: f32):
      %s = arith.addf %in, %v : f32
      linalg.yield %s : f32
    }
  } {ttt.single_thread}
  return
}

// -----

// A scalar update in uniform code (a backward's `d token_scale[b-1] += g`):
// every thread reads the old value, a barrier, thread 0 writes the new one,
// a barrier.
// CHECK-LABEL: func.func @uniform_store
// CHECK: %[[OLD:.*]] = memref.load %[[ACC:.*]][%c3] : memref<4xf32>
// CHECK-NEXT: gpu.barrier
// CHECK: %[[NEW:.*]] = arith.addf %[[OLD]]
// CHECK: %[[TID:.*]] = gpu.thread_id x
// CHECK: %[[FIRST:.*]] = arith.cmpi eq, %[[TID]], %c0
// CHECK: scf.if %[[FIRST]] {
// CHECK-NEXT: memref.store %[[NEW]], %[[ACC]][%c3] : memref<4xf32>
// CHECK-NEXT: } {ttt.single_thread}
// CHECK-NEXT: gpu.barrier
func.func @uniform_store(%acc: memref<4xf32>, %g: f32) attributes {ttt.gpu_kernel} {
  %c3 = arith.constant 3 : index
  %old = memref.load %acc[%c3] : memref<4xf32>
  %new = arith.addf %old, %g : f32
  memref.store %new, %acc[%c3] : memref<4xf32>
  return
}

// -----

// Outputs that the parallel dims do not own (here indexed by the reduction
// dim: out[i] += x[j] for every j, spread over j would race on out[i]):
// thread 0 runs the op as plain loops, loading and storing the output at
// every point, then a barrier.
// CHECK-LABEL: func.func @output_along_reduction
// CHECK: %[[TID:.*]] = gpu.thread_id x
// CHECK: %[[FIRST:.*]] = arith.cmpi eq, %[[TID]], %c0
// CHECK: scf.if %[[FIRST]] {
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %c4 step
// CHECK: scf.for %[[J:.*]] = %{{.*}} to %c8 step
// CHECK: %[[X:.*]] = memref.load %{{.*}} : memref<8xf32>
// CHECK: %[[OLD:.*]] = memref.load %[[OUT:.*]][%{{.*}}] : memref<4xf32>
// CHECK: %[[NEW:.*]] = arith.addf %[[OLD]], %[[X]]
// CHECK: memref.store %[[NEW]], %[[OUT]]
// CHECK: } {ttt.single_thread}
// CHECK-NEXT: gpu.barrier
#along_i = affine_map<(d0, d1) -> (d0)>
#along_j = affine_map<(d0, d1) -> (d1)>
func.func @output_along_reduction(%x: memref<8xf32>, %out: memref<4xf32>)
    attributes {ttt.gpu_kernel} {
  linalg.generic {indexing_maps = [#along_j, #along_i],
                  iterator_types = ["reduction", "parallel"]}
      ins(%x : memref<8xf32>) outs(%out : memref<4xf32>) {
  ^bb0(%in: f32, %o: f32):
    %s = arith.addf %o, %in : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// Contract: no memory write may remain outside the thread loops.
func.func @copy(%x: memref<4xf32>, %y: memref<4xf32>) attributes {ttt.gpu_kernel} {
  // expected-error @+1 {{'memref.copy' op must be a linalg.generic on buffers before ttt-gpu-distribute}}
  memref.copy %x, %y : memref<4xf32> to memref<4xf32>
  return
}
