// Kernels with the bugs the emulation exists to catch, run on the CPU by
// ttt-gpu-emulate-on-cpu in both thread orders. Block of 4 threads, 8
// elements: op 1 writes buf[i] = 2 * in[i] into shared memory, op 2 reads
// out[i] = buf[7 - i], which another thread wrote.
//   @good: a barrier between the ops: 14 12 10 8 6 4 2 0 in every order.
//   @missing_barrier: no barrier, so a thread reads buf[7 - i] before its
//     writer ran (the unwritten shared memory is NaN).
//   @read_before_write: op 1 writes buf[0..3] only, so op 2 reads NaN.
// With one thread per block and no poisoning (the emulation before), the
// first would pass and the second would read whatever the heap held.

// RUN: for order in reversed random; do \
// RUN:   ttt-opt %s --ttt-gpu-emulate-on-cpu="thread-order=$order seed=3" \
// RUN:   | mlir-opt --convert-scf-to-cf --convert-cf-to-llvm \
// RUN:       --expand-strided-metadata --finalize-memref-to-llvm \
// RUN:       --convert-arith-to-llvm --convert-func-to-llvm \
// RUN:       --reconcile-unrealized-casts \
// RUN:   | mlir-runner -e main -entry-point-result=void \
// RUN:       -shared-libs=%mlir_c_runner_utils || exit 1; \
// RUN: done | FileCheck %s
// CHECK:      good: 14 12 10 8 6 4 2 0
// CHECK-NEXT: missing_barrier: {{.*}}nan
// CHECK-NEXT: read_before_write: {{-?nan -?nan -?nan -?nan}} 6 4 2 0
// CHECK-NEXT: good: 14 12 10 8 6 4 2 0
// CHECK-NEXT: missing_barrier: {{.*}}nan
// CHECK-NEXT: read_before_write: {{-?nan -?nan -?nan -?nan}} 6 4 2 0

#wg = #gpu.address_space<workgroup>

func.func @good(%xq: memref<1x1x1x1xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 1]>}, %in: memref<8xf32>, %out: memref<8xf32>)
    attributes {ttt.gpu_kernel, ttt.block_size = 4 : i64, ttt.shared_memory_bytes = 32 : i64} {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %smem = gpu.dynamic_shared_memory : memref<?xi8, #wg>
  %v = memref.view %smem[%c0][] : memref<?xi8, #wg> to memref<8xf32, #wg>
  %buf = memref.memory_space_cast %v : memref<8xf32, #wg> to memref<8xf32>
  %t = gpu.thread_id x
  scf.for %i = %t to %c8 step %c4 {
    %x = memref.load %in[%i] : memref<8xf32>
    %y = arith.addf %x, %x : f32
    memref.store %y, %buf[%i] : memref<8xf32>
  } {ttt.distributed}
  gpu.barrier
  scf.for %i = %t to %c8 step %c4 {
    %j = arith.subi %c7, %i : index
    %y = memref.load %buf[%j] : memref<8xf32>
    memref.store %y, %out[%i] : memref<8xf32>
  } {ttt.distributed}
  gpu.barrier
  return
}

func.func @missing_barrier(%xq: memref<1x1x1x1xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 1]>}, %in: memref<8xf32>, %out: memref<8xf32>)
    attributes {ttt.gpu_kernel, ttt.block_size = 4 : i64, ttt.shared_memory_bytes = 32 : i64} {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %smem = gpu.dynamic_shared_memory : memref<?xi8, #wg>
  %v = memref.view %smem[%c0][] : memref<?xi8, #wg> to memref<8xf32, #wg>
  %buf = memref.memory_space_cast %v : memref<8xf32, #wg> to memref<8xf32>
  %t = gpu.thread_id x
  scf.for %i = %t to %c8 step %c4 {
    %x = memref.load %in[%i] : memref<8xf32>
    %y = arith.addf %x, %x : f32
    memref.store %y, %buf[%i] : memref<8xf32>
  } {ttt.distributed}
  scf.for %i = %t to %c8 step %c4 {
    %j = arith.subi %c7, %i : index
    %y = memref.load %buf[%j] : memref<8xf32>
    memref.store %y, %out[%i] : memref<8xf32>
  } {ttt.distributed}
  gpu.barrier
  return
}

func.func @read_before_write(%xq: memref<1x1x1x1xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 1]>}, %in: memref<8xf32>, %out: memref<8xf32>)
    attributes {ttt.gpu_kernel, ttt.block_size = 4 : i64, ttt.shared_memory_bytes = 32 : i64} {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c7 = arith.constant 7 : index
  %c8 = arith.constant 8 : index
  %smem = gpu.dynamic_shared_memory : memref<?xi8, #wg>
  %v = memref.view %smem[%c0][] : memref<?xi8, #wg> to memref<8xf32, #wg>
  %buf = memref.memory_space_cast %v : memref<8xf32, #wg> to memref<8xf32>
  %t = gpu.thread_id x
  scf.for %i = %t to %c4 step %c4 {
    %x = memref.load %in[%i] : memref<8xf32>
    %y = arith.addf %x, %x : f32
    memref.store %y, %buf[%i] : memref<8xf32>
  } {ttt.distributed}
  gpu.barrier
  scf.for %i = %t to %c8 step %c4 {
    %j = arith.subi %c7, %i : index
    %y = memref.load %buf[%j] : memref<8xf32>
    memref.store %y, %out[%i] : memref<8xf32>
  } {ttt.distributed}
  gpu.barrier
  return
}

func.func private @printF32(f32)
func.func private @printString(!llvm.ptr)
func.func private @printNewline()
func.func private @printComma()

llvm.mlir.global internal constant @name_good("good:\00") {addr_space = 0 : i32} : !llvm.array<6 x i8>
llvm.mlir.global internal constant @name_missing("missing_barrier:\00") {addr_space = 0 : i32} : !llvm.array<17 x i8>
llvm.mlir.global internal constant @name_rbw("read_before_write:\00") {addr_space = 0 : i32} : !llvm.array<19 x i8>
llvm.mlir.global internal constant @space(" \00") {addr_space = 0 : i32} : !llvm.array<2 x i8>

func.func @print(%name: !llvm.ptr, %out: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %space = llvm.mlir.addressof @space : !llvm.ptr
  func.call @printString(%name) : (!llvm.ptr) -> ()
  scf.for %i = %c0 to %c8 step %c1 {
    %x = memref.load %out[%i] : memref<8xf32>
    func.call @printString(%space) : (!llvm.ptr) -> ()
    func.call @printF32(%x) : (f32) -> ()
  }
  func.call @printNewline() : () -> ()
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %xq = memref.alloc() : memref<1x1x1x1xf32>
  %in = memref.alloc() : memref<8xf32>
  %out = memref.alloc() : memref<8xf32>
  scf.for %i = %c0 to %c8 step %c1 {
    %n = arith.index_cast %i : index to i32
    %x = arith.sitofp %n : i32 to f32
    memref.store %x, %in[%i] : memref<8xf32>
  }
  %good = llvm.mlir.addressof @name_good : !llvm.ptr
  %missing = llvm.mlir.addressof @name_missing : !llvm.ptr
  %rbw = llvm.mlir.addressof @name_rbw : !llvm.ptr
  func.call @good(%xq, %in, %out) : (memref<1x1x1x1xf32>, memref<8xf32>, memref<8xf32>) -> ()
  func.call @print(%good, %out) : (!llvm.ptr, memref<8xf32>) -> ()
  func.call @missing_barrier(%xq, %in, %out) : (memref<1x1x1x1xf32>, memref<8xf32>, memref<8xf32>) -> ()
  func.call @print(%missing, %out) : (!llvm.ptr, memref<8xf32>) -> ()
  func.call @read_before_write(%xq, %in, %out) : (memref<1x1x1x1xf32>, memref<8xf32>, memref<8xf32>) -> ()
  func.call @print(%rbw, %out) : (!llvm.ptr, memref<8xf32>) -> ()
  memref.dealloc %xq : memref<1x1x1x1xf32>
  memref.dealloc %in : memref<8xf32>
  memref.dealloc %out : memref<8xf32>
  return
}
