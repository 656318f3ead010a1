// RUN: ttt-opt %s --ttt-gpu-emulate-on-cpu --split-input-file --verify-diagnostics | FileCheck %s

// Blocks become two loops over (max(H, 1), max(B, 1)); the thread id is 0,
// barriers go, shared memory and the workspace are heap buffers (the
// workspace argument goes too).
// CHECK-LABEL: func.func @k_prefill_memref
// CHECK-SAME: (%[[XQ:.*]]: memref<?x?x?x8xf32>, %[[OUT:.*]]: memref<?xf32>)
// CHECK-NOT: ttt.gpu_kernel
// CHECK: %[[GY:.*]] = arith.maxui %{{.*}}, %c1
// CHECK: %[[GX:.*]] = arith.maxui %{{.*}}, %c1
// CHECK: %[[SMEM:.*]] = memref.alloc(%{{.*}}) : memref<?xi8>
// CHECK: %[[WS:.*]] = memref.alloc(%{{.*}}) : memref<?xi8>
// CHECK: scf.for %[[BY:.*]] = %{{.*}} to %[[GY]]
// CHECK: scf.for %[[BX:.*]] = %{{.*}} to %[[GX]]
// CHECK: memref.view %[[SMEM]][%{{.*}}][] : memref<?xi8> to memref<4xf32>
// CHECK: memref.view %[[WS]]
// CHECK-NOT: gpu.
// CHECK: memref.dealloc %[[SMEM]]
// CHECK: memref.dealloc %[[WS]]
func.func @k_prefill_memref(%xq: memref<?x?x?x8xf32>, %out: memref<?xf32>, %ws: memref<?xi8>)
    attributes {llvm.emit_c_interface, ttt.block_size = 1 : i64, ttt.gpu_kernel,
                ttt.shared_memory_bytes = 16 : i64, ttt.workspace_bytes = 32 : i64} {
  %c0 = arith.constant 0 : index
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
  %x = memref.load %a[%t] : memref<4xf32>
  memref.store %x, %w[%t] : memref<8xf32>
  gpu.barrier
  %y = memref.load %w[%t] : memref<8xf32>
  memref.store %y, %out[%lin] : memref<?xf32>
  return
}

// -----

// Only kernels distributed over one thread can be emulated.
// expected-error @+1 {{can be emulated only when distributed with threads=1}}
func.func @wide(%xq: memref<?x?x?x8xf32>) attributes {ttt.block_size = 256 : i64, ttt.gpu_kernel} {
  return
}
