// RUN: ttt-opt %s --ttt-to-gpu-kernels | FileCheck %s --check-prefix=KERNEL
// RUN: ttt-opt %s --ttt-to-gpu-kernels='chip=sm_80 threads=128 shared-memory-bytes=512' | FileCheck %s --check-prefix=SMALL
// RUN: ttt-opt %s --ttt-to-cuda | FileCheck %s --check-prefix=PTX
// RUN: ttt-opt %s --ttt-to-cuda='chip=sm_80' | FileCheck %s --check-prefix=PTX80
// RUN: ttt-opt %s --ttt-to-gpu-kernels='emulate-on-cpu' | FileCheck %s --check-prefix=EMU
// RUN: ttt-opt %s --ttt-to-gpu-kernels='backward training-pair' | FileCheck %s --check-prefix=BACKWARD
// RUN: ttt-opt %s --ttt-to-cuda='backward' | FileCheck %s --check-prefix=BACKWARD-PTX

// A small TTT-Linear (d = 8, b = 4) through the CUDA pipeline.
ttt.layer @small attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.000000e-06 : !ttt.tokens<8>
  %f = ttt.add %x, %n : !ttt.tokens<8>, !ttt.tokens<8>
  ttt.return loss(%f : !ttt.tokens<8>) output(%f : !ttt.tokens<8>)
}

// One kernel per layer: the memref arguments of the CPU entry point, a
// block per (batch, head), buffers in dynamic shared memory, ops spread over
// the threads with a barrier after each, the new position written by one
// thread.
// KERNEL: module attributes {gpu.container_module}
// KERNEL: gpu.module @ttt_kernels {
// KERNEL: gpu.func @small_prefill(%{{.*}}: memref<?x?x?x8xf32>, {{.*}}, %{{.*}}: memref<i64>) kernel attributes {
// KERNEL-SAME: known_block_size = array<i32: 256, 1, 1>
// KERNEL-SAME: ttt.block_size = 256 : i64
// KERNEL-SAME: ttt.shared_memory_bytes = {{[1-9][0-9]*}} : i64
// KERNEL-SAME: ttt.workspace_bytes = 0 : i64
// KERNEL-DAG: gpu.block_id {{ *}}x
// KERNEL-DAG: gpu.block_id {{ *}}y
// KERNEL-DAG: gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
// KERNEL: gpu.thread_id {{ *}}x
// KERNEL: scf.for
// KERNEL: } {ttt.distributed}
// KERNEL-NEXT: gpu.barrier
// KERNEL: memref.view
// KERNEL-NEXT: memref.memory_space_cast
// KERNEL: } {ttt.single_thread}
// KERNEL-NOT: memref.alloc
// KERNEL: gpu.return

// A 512-byte shared memory budget spills buffers to the workspace, the last
// kernel argument, sliced per block.
// SMALL: gpu.func @small_prefill({{.*}}, %[[WS:.*]]: memref<?xi8>) kernel attributes {
// SMALL-SAME: known_block_size = array<i32: 128, 1, 1>
// SMALL-SAME: ttt.shared_memory_bytes = {{[0-9]+}} : i64
// SMALL-SAME: ttt.workspace_bytes = {{[1-9][0-9]*}} : i64
// SMALL: gpu.grid_dim {{ *}}x
// SMALL: memref.view %[[WS]]

// PTX: gpu.binary @ttt_kernels
// PTX-SAME: #nvvm.target<O = 3, chip = "sm_90a", features = "+ptx80">
// PTX-SAME: .target sm_90a
// PTX-SAME: .visible .entry small_prefill(
// PTX-SAME: bar.sync
// PTX80: .target sm_80
// PTX80-SAME: .entry small_prefill(

// The emulation for the CPU: the LLVM dialect, no GPU op left, the thread
// loops' back edges marked not to be vectorized (LLVM 22's loop vectorizer
// miscompiles them on AVX-512, see ttt-gpu-emulate-on-cpu).
// EMU: #[[VEC:.*]] = #llvm.loop_vectorize<disable = true>
// EMU: #[[NOVEC:.*]] = #llvm.loop_annotation<vectorize = #[[VEC]]>
// EMU-NOT: gpu.
// EMU: llvm.func internal @small_prefill_memref(
// EMU-NOT: gpu.
// EMU: llvm.br ^{{.*}} {loop_annotation = #[[NOVEC]]}
// EMU-NOT: gpu.
// EMU: llvm.func @small_prefill(

// With backward (and the training pair): a kernel for each, the backward's
// scratch of tapes an argument before the workspace; each block adds its
// sequence's part of the shared gradients (token_scale's, the LayerNorm
// parameters') to the outputs atomically, from thread 0.
// BACKWARD: gpu.func @small_backward({{.*}}: memref<?x?x?x{{[0-9]+}}xf32>{{.*}}) kernel
// BACKWARD: memref.atomic_rmw addf %{{.*}}, %{{.*}}[%{{.*}}] : (f32, memref<4xf32>)
// BACKWARD: memref.atomic_rmw addf %{{.*}}, %{{.*}}[%block_id_x, %{{.*}}] : (f32, memref<?x8xf32>)
// BACKWARD: } {ttt.single_thread}
// BACKWARD: gpu.func @small_train(
// BACKWARD: gpu.func @small_backward_from_tape(
// BACKWARD: memref.atomic_rmw addf
// BACKWARD: gpu.func @small_prefill(
// BACKWARD-PTX: .visible .entry small_backward(
// BACKWARD-PTX-SAME: atom.global.add.f32
