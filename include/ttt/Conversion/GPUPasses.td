//===- GPUPasses.td - ttt CUDA backend passes --------------*- tablegen -*-===//
//
// The passes of the `ttt-to-cuda` pipeline (lib/Pipelines/GPUPipeline.cpp),
// in pipeline order. One CUDA kernel per layer: one thread block per
// (batch, head) sequence runs the whole mini-batch loop; every linalg op is
// spread over the block's threads, with a barrier after it.
//
//===----------------------------------------------------------------------===//

#ifndef TTT_CONVERSION_GPUPASSES_TD
#define TTT_CONVERSION_GPUPASSES_TD

include "mlir/Pass/PassBase.td"

def TTTGPUFuseSliceProducers : Pass<"ttt-gpu-fuse-slice-producers", "ModuleOp"> {
  let summary = "Compute slices of elementwise results instead of whole tensors";
  let description = [{
    Replaces every `tensor.extract_slice` of the result of an all-parallel
    `linalg.generic` whose `outs` is a `tensor.empty` with the generic
    computed on the slice alone (`tensor::replaceExtractSliceWithTiledProducer`).
    The dual form converts a whole sequence of bf16/f16 tokens to f32 up
    front; after this pass each mini-batch converts its own rows, so no
    buffer proportional to the sequence length `T` remains.

    Before:
    ```mlir
    %f = linalg.generic {...} ins(%x : tensor<?x64xbf16>) outs(%e : tensor<?x64xf32>) {extf}
    %s = tensor.extract_slice %f[%i, 0] [16, 64] [1, 1]
    ```
    After:
    ```mlir
    %x16 = tensor.extract_slice %x[%i, 0] [16, 64] [1, 1]
    %s = linalg.generic {...} ins(%x16 : tensor<16x64xbf16>) outs(...) {extf}
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def TTTGPUFuseElementwise : Pass<"ttt-gpu-fuse-elementwise", "ModuleOp"> {
  let summary = "Upstream's elementwise fusion, minus a fusion that "
                "recounts an accumulation";
  let description = [{
    `linalg-fuse-elementwise-ops` (the same patterns: elementwise producers
    with one use fused into their consumers, reshapes folded by expansion,
    constants folded), with one more condition. A producer whose payload
    reads its init (`out + x`: how a backward accumulates a cotangent)
    stays a result of the fused op, indexed as in the producer. When the
    consumer reads the producer's result along only some of its loops (a
    reduction or broadcast over the others), the fused op then updates each
    element of that result once per point of the other loops, so the
    accumulation counts that many times: the backward of per-token decay's
    cumulative sums came out wrong. Such a producer is not fused into such
    a consumer.

    Not fused (the consumer reads `%acc` at `(d0)`, and also loops over
    `d1`):
    ```mlir
    %acc = linalg.generic {maps = [(d0) -> (d0), (d0) -> (d0)], parallel}
        ins(%x) outs(%sum) { %s = arith.addf %out, %in ... }
    %r = linalg.generic {maps = [(d0, d1) -> (d0), (d0, d1) -> (d1)],
                         [reduction, parallel]} ins(%acc) outs(%init) {...}
    ```
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def TTTGPUOutputsInPlace : Pass<"ttt-gpu-outputs-in-place", "ModuleOp"> {
  let summary = "Write the token output straight into the caller's buffer";
  let description = [{
    After bufferization, the output tokens `Z` of a sequence are assembled in
    a `[T, d]` f32 buffer that is finally converted (or copied) into the
    output argument. This pass forwards every write of that accumulator
    (its zero fill and the `memref.copy` of each mini-batch's rows into a
    subview) to the same rows of the output, converted on the way, and
    removes the accumulator. Accumulators used in any other way are left
    alone (and later rejected by `ttt-gpu-place-buffers`, whose buffers must
    have a bounded size).
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::memref::MemRefDialect"];
}

def TTTGPUAtomicSequenceSums
    : Pass<"ttt-gpu-atomic-sequence-sums", "ModuleOp"> {
  let summary = "Add each sequence's part of a summed output atomically";
  let description = [{
    A backward kernel's gradients of inputs shared across sequences
    (`token_scale.grad` over the batch and heads, a LayerNorm parameter's
    over the batch) are sums: bufferized, each sequence of the `(B, H)`
    `scf.forall` copies its part into a `[B, H, ...]` buffer, and a
    reduction after the forall sums it into the output. One thread block
    runs each sequence, and what follows the forall runs in block (0, 0)
    (`ttt-gpu-map-sequences-to-blocks`), before the other blocks have
    written their parts; the `[B, H, ...]` buffer has no size bound either.

    This pass makes each sequence add its part to the output itself, with
    `memref.atomic_rmw addf` from thread 0 of its block, and removes the
    buffer, the reduction and the zero-filled temporaries it summed into.
    The output must then hold zeros when the kernel starts: the runtime
    zeroes every output the manifest marks `"reduce": "sum"`
    (docs/ArtifactFormat.md).

    Before:
    ```mlir
    %parts = memref.alloc(%B, %H) : memref<?x?x16xf32>
    scf.forall (%n, %h) in (%B, %H) {
      ...
      %mine = memref.subview %parts[%n, %h, 0] [1, 1, 16] [1, 1, 1]
      memref.copy %part, %mine
    }
    linalg.generic {zero fill} outs(%sum)
    linalg.generic {sum over n, h} ins(%parts) outs(%sum)
    memref.copy %sum, %token_scale_grad
    ```
    After:
    ```mlir
    scf.forall (%n, %h) in (%B, %H) {
      ...
      scf.if %thread_0 {
        scf.for %i = 0 to 16 {
          %v = memref.load %part[%i]
          memref.atomic_rmw addf %v, %token_scale_grad[%i]
        }
      } {ttt.single_thread}
    }
    ```
    A buffer whose writes and readers do not have this form is left alone.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect", "::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect"];
}

def TTTGPUMapSequencesToBlocks
    : Pass<"ttt-gpu-map-sequences-to-blocks", "ModuleOp"> {
  let summary = "One thread block per (batch, head) sequence";
  let description = [{
    For every entry point `@<name>_prefill_memref` (from
    `ttt-entry-points`, bufferized), replaces the `scf.forall` over
    `(B, H)` by `h = gpu.block_id x`, `n = gpu.block_id y`, guarded by
    `n < B && h < H` (the grid has at least one block, so that an empty call
    still writes the shared outputs). Operations after the forall (the new
    `position`) run in thread 0 of block (0, 0) only. Marks the function with
    `ttt.gpu_kernel`; the passes below work on such functions only.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect", "::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect"];
}

def TTTGPULoopCarriedBuffers : Pass<"ttt-gpu-loop-carried-buffers", "ModuleOp"> {
  let summary = "Carry loop state in one fixed buffer per iter_arg";
  let description = [{
    Bufferization with `allow-return-allocs-from-loops` lets an `scf.for`
    yield a buffer allocated in its body. A kernel cannot allocate, so every
    allocation later becomes one fixed slot, and the next iteration would
    write the slot that its iter_arg still reads. This pass gives every
    memref iter_arg one carry buffer: the init value is copied into it
    before the loop, the yielded value is copied into it at the end of the
    body (unless it already is that buffer), and the iter_arg and the loop
    result are replaced by it. Loops no longer carry memrefs.
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def TTTGPUPlaceBuffers : Pass<"ttt-gpu-place-buffers", "ModuleOp"> {
  let summary = "Turn allocations into views of shared memory or a workspace";
  let description = [{
    Every `memref.alloc` of a `ttt.gpu_kernel` function gets a fixed byte
    range, reused by allocations whose lifetimes do not overlap (liveness
    over the ops' pre-order, through views, selects and `scf.if` results;
    an allocation used inside a loop that does not contain it lives for the
    whole loop). Dynamic sizes are bounded with integer range analysis
    (e.g. a head segment of `min(b - p, T)` rows is at most `b` rows) or,
    where it finds no bound, from the ops that compute the size, as
    `ttt-cpu-workspace` does: the analysis does not see through the size
    of a reshaped view (a backward's tape row viewed as `[rows, d]`).
    Buffers are placed first fit into dynamic shared memory up to
    `shared-memory-bytes`, the rest into a global workspace of
    `ttt.workspace_bytes` per block, passed as an extra last argument
    `memref<?xi8>`; of three orders (smallest first, largest first, program
    order) the placement with the least workspace, then the least shared
    memory, is kept. Each allocation becomes
    `memref.memory_space_cast (memref.view %base[%offset])`, with the type
    of the allocation (generic address space). Sets
    `ttt.shared_memory_bytes` and `ttt.workspace_bytes` on the function.
  }];
  let options = [
    Option<"sharedMemoryBytes", "shared-memory-bytes", "int64_t",
           /*default=*/"::mlir::ttt::kDefaultCudaChip.maxDynamicSharedMemoryBytes",
           "Dynamic shared memory budget per block (default: the largest on "
           "the default chip, ttt/Support/CudaChips.h)">,
  ];
  let dependentDialects = ["::mlir::gpu::GPUDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect"];
}

def TTTGPUDistribute : Pass<"ttt-gpu-distribute", "ModuleOp"> {
  let summary = "Spread every linalg op over the block's threads";
  let description = [{
    In `ttt.gpu_kernel` functions, rewrites every `linalg.generic` (run
    `linalg-generalize-named-ops` first) into a loop over its parallel
    iteration space, linearised with the last parallel dimension fastest,
    whose iterations are dealt to the threads round-robin
    (`for i = tid; i < size; i += threads`); the reduction dimensions become
    sequential loops inside, accumulating in registers in the op's element
    type (f32 for every reduction of the dual form). A `gpu.barrier` follows
    each such loop, so an op's results are visible to every thread before the
    next op runs, and no thread overwrites a buffer that another still reads.
    Every other operation is uniform (all threads compute the same scalars
    and take the same branches). A barrier also precedes an op when a uniform
    `memref.load` of memory the kernel writes happened since the last one.
    A `memref.store` in uniform code (a scalar every thread computes alike,
    such as a backward's `d token_scale[b-1]`) is done by thread 0 alone,
    then a barrier. Fails on a remaining memory write outside these loops
    (contract check). Sets `ttt.block_size`.
  }];
  let options = [
    Option<"threads", "threads", "int64_t", /*default=*/"256",
           "Threads per block">,
  ];
  let dependentDialects = ["::mlir::gpu::GPUDialect", "::mlir::scf::SCFDialect",
                           "::mlir::affine::AffineDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect"];
}

def TTTGPULowerMath : Pass<"ttt-gpu-lower-math"> {
  let summary = "Lower math ops for NVPTX without libdevice";
  let description = [{
    `convert-gpu-to-nvvm` turns math ops into libdevice calls (`__nv_expf`,
    ...), which the kernel must not depend on. This pass rewrites
    `math.exp`, `math.tanh`, `math.erf` (and the other functions MLIR
    approximates) into MLIR's f32 polynomial approximations (a few ulp), then
    the remaining f32 ops into `llvm.call_intrinsic` of intrinsics the NVPTX
    backend implements natively: `math.sqrt` -> `llvm.sqrt.f32` (IEEE),
    `math.rsqrt` -> `llvm.nvvm.rsqrt.approx.f` (relative error < 2^-22.9),
    `math.absf`, `floor`, `ceil`, `roundeven`, `fma`, `copysign` -> the
    LLVM intrinsics of the same name. Fails on any other math op.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::LLVM::LLVMDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::vector::VectorDialect"];
}

def TTTGPUOutlineKernels : Pass<"ttt-gpu-outline-kernels", "ModuleOp"> {
  let summary = "Move every ttt.gpu_kernel function into a gpu.module";
  let description = [{
    Each `func.func @<name>_prefill_memref` marked `ttt.gpu_kernel` becomes
    `gpu.func @<name>_prefill kernel` inside `gpu.module @ttt_kernels`, with
    the same arguments (the memrefs of docs/ArtifactFormat.md in call order,
    then the workspace) and `known_block_size` from `ttt.block_size`; the
    `ttt.*` attributes are kept for the artifact writer. With
    `min-blocks-per-sm=N` every kernel gets `nvvm.minctasm = N`
    (`.minnctapersm N`): ptxas then keeps to `65536 / (N * threads)`
    registers and no fewer for the sake of occupancy. ptxas does not see the
    dynamic shared memory, so on its own it may aim at an occupancy that
    shared memory forbids and spill to reach it (head_dim_32 on sm_90a: 64
    registers and 244 bytes of spills without the hint, 152 registers and
    none with N = 1). The pipeline asks for N = 1: these kernels run one
    barrier-bound block per (batch, head), where spills cost more than the
    occupancy they buy. Attach a target with `nvvm-attach-target`
    afterwards.
  }];
  let options = [
    Option<"minBlocksPerSM", "min-blocks-per-sm", "int64_t",
           /*default=*/"0",
           "Blocks per SM ptxas must allow (nvvm.minctasm); 0 leaves "
           "occupancy to ptxas">,
  ];
  let dependentDialects = ["::mlir::gpu::GPUDialect",
                           "::mlir::NVVM::NVVMDialect"];
}

def TTTGPUExternDynamicSharedMemory
    : Pass<"ttt-gpu-extern-dynamic-shared-memory", "::mlir::gpu::GPUModuleOp"> {
  let summary = "Declare dynamic shared memory as an unsized extern array";
  let description = [{
    Run after `convert-gpu-to-nvvm`. It lowers `gpu.dynamic_shared_memory`
    to an `internal` global of type `!llvm.array<0 x i8>` in address space 3.
    NVPTX emits an internal zero-size global as a 1-byte static `.shared`
    variable, so ptxas reports "1 bytes smem" (plus sm_90's 1 KiB reserve)
    and warns "Potential out of bound access" on every access past it, and a
    kernel that uses the whole opt-in maximum of dynamic shared memory then
    exceeds it by that byte and fails to load. This pass gives every
    uninitialised zero-length array global of address space 3 `external`
    linkage: the LLVM global becomes a declaration, which NVPTX emits as
    `.extern .shared .align 16 .b8 __dynamic_shmem__0[];`, the dynamic
    shared memory of the launch, with no static size.

    Before:
    ```mlir
    llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
    ```
    After:
    ```mlir
    llvm.mlir.global external @__dynamic_shmem__0() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<0 x i8>
    ```
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def TTTGPUEmulateOnCPU : Pass<"ttt-gpu-emulate-on-cpu", "ModuleOp"> {
  let summary = "Run a ttt.gpu_kernel function on the CPU, every thread of every block";
  let description = [{
    A test aid, for machines without a GPU: turns a distributed
    `ttt.gpu_kernel` function (any `ttt.block_size`) back into a CPU
    function. Block ids become two loops over the grid
    `(max(H, 1), max(B, 1))`; dynamic shared memory and the workspace become
    heap buffers, and at each block's start the shared memory and the
    block's workspace slice are filled with 0xff bytes (NaN in every float
    type), so a read of what no thread wrote shows in the results.

    Threads: barriers (and the ops holding barriers, such as the mini-batch
    loop, whose blocks are cut in turn) cut each block of the body into
    phases. In every phase, the ops that depend on the thread id (the
    distributed loops, the single-thread epilogue and the index arithmetic
    they use) move into one loop over all `ttt.block_size` threads, with the
    thread id replaced by the thread's number in `thread-order`: `reversed`
    (the last thread first) or `random` (a permutation drawn from `seed`,
    stored as a constant table). Each thread thus runs its whole phase
    before the next thread starts, one of the interleavings a GPU may run:
    a thread that reads what another writes in the same phase (a missing
    barrier) or a wrong per-thread index changes the results with the order.
    Region boundaries (a loop body's start and end, an `scf.if`) are treated
    as synchronisation points. A barrier under thread-dependent control
    flow, or a thread-dependent value with side effects used after a
    barrier, is an error. Then the barriers go.

    The thread loops carry `llvm.loop_annotation` with vectorization
    disabled (`convert-scf-to-cf` moves it to the loop's back edge, LLVM
    reads it as `llvm.loop.vectorize.enable = false`). LLVM 22's loop
    vectorizer miscompiles them on AVX-512 hosts: with the last threads
    first, an op with fewer elements than threads makes the distributed
    loop a condition `t < total` whose delinearized address
    `(t / n) * n + t % n` is consecutive in `t`, and the masked vector
    access takes its address from the first lane's quotient and remainder,
    computed only when that lane is active. The emulation then read NaN or
    faulted where the kernel is right. A ten-line C loop of that shape
    (`for k < 32: t = 31 - k; if (t < total) dst[i] = c > r ? 0 : src[i]`,
    `c = t % n`, `r = t / n`, `i = r * n + c`) fails the same way with
    `clang-22 -O2 -march=native` and passes with `-fno-vectorize`.

    `llvm.nvvm.rsqrt.approx.f` (from `ttt-gpu-lower-math`, which runs first
    so that the CPU uses the GPU's polynomial approximations of exp, tanh,
    erf, ...) becomes `1 / llvm.sqrt.f32`, the correctly rounded value the
    GPU instruction approximates to 2^-22.9. The function keeps its
    signature without the workspace, so the CPU pipeline's entry points
    apply.
  }];
  let options = [
    Option<"threadOrder", "thread-order", "std::string",
           /*default=*/"\"reversed\"",
           "The order of a block's threads in each phase: reversed or random">,
    Option<"seed", "seed", "uint64_t", /*default=*/"1",
           "Seed of the random thread order">,
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::LLVM::LLVMDialect"];
}

#endif // TTT_CONVERSION_GPUPASSES_TD
