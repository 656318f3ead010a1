// RUN: ttt-opt %s --pass-pipeline='builtin.module(gpu.module(ttt-gpu-extern-dynamic-shared-memory))' | FileCheck %s

// The dynamic shared memory of convert-gpu-to-nvvm becomes a declaration
// (an extern array in the PTX); other globals keep their linkage: sized or
// initialised shared arrays are static shared memory, and a zero-length
// array in global memory is not the launch's dynamic shared memory.
// CHECK-LABEL: gpu.module @kernels
// CHECK: llvm.mlir.global external @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
// CHECK: llvm.mlir.global internal @static_tile() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x f32>
// CHECK: llvm.mlir.global internal @empty_global() {addr_space = 1 : i32} : !llvm.array<0 x i8>
gpu.module @kernels {
  llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
  llvm.mlir.global internal @static_tile() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x f32>
  llvm.mlir.global internal @empty_global() {addr_space = 1 : i32} : !llvm.array<0 x i8>
  llvm.func @k(%i: i64) -> f32 {
    %0 = llvm.mlir.addressof @__dynamic_shmem__0 : !llvm.ptr<3>
    %1 = llvm.getelementptr %0[%i] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i8
    %2 = llvm.load %1 : !llvm.ptr<3> -> f32
    llvm.return %2 : f32
  }
}
