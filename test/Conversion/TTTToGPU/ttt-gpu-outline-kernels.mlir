// RUN: ttt-opt %s --ttt-gpu-outline-kernels | FileCheck %s
// RUN: ttt-opt %s --ttt-gpu-outline-kernels='min-blocks-per-sm=1' | FileCheck %s --check-prefix=OCC

// The kernel function becomes a gpu.func kernel named after the layer, with
// its arguments, block size and ttt.* attributes, in gpu.module
// @ttt_kernels; the constant it reads moves along.
// CHECK: module attributes {gpu.container_module}
// CHECK-NOT: func.func @k_prefill_memref
// CHECK: gpu.module @ttt_kernels {
// CHECK: memref.global "private" constant @cst : memref<i64> = dense<0>
// CHECK: gpu.func @k_prefill(%{{.*}}: memref<i64>) kernel attributes {
// CHECK-SAME: known_block_size = array<i32: 128, 1, 1>
// CHECK-SAME: ttt.block_size = 128 : i64
// CHECK-SAME: ttt.shared_memory_bytes = 200000 : i64
// CHECK-NOT: nvvm.minctasm
// CHECK: memref.get_global @cst
// CHECK: gpu.return
// Asked for, ptxas is told the occupancy to plan registers for.
// OCC: gpu.func @k_prefill
// OCC-SAME: nvvm.minctasm = 1 : i32
memref.global "private" constant @cst : memref<i64> = dense<0>
func.func @k_prefill_memref(%out: memref<i64>) attributes {
    llvm.emit_c_interface, ttt.block_size = 128 : i64, ttt.gpu_kernel,
    ttt.shared_memory_bytes = 200000 : i64, ttt.workspace_bytes = 0 : i64} {
  %g = memref.get_global @cst : memref<i64>
  memref.copy %g, %out : memref<i64> to memref<i64>
  return
}
