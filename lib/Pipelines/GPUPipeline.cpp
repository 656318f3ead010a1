//===- GPUPipeline.cpp - the ttt-to-cuda pipeline -------------------------===//
//
// One CUDA kernel per layer. Stages, in order: the TTT lowering, entry
// points, tensor cleanup, bufferization, the kernel (one block per
// sequence, buffers placed in shared memory or a workspace, linalg ops
// spread over the threads), outlining, NVVM, PTX. Like ttt-to-cpu, each
// stage is pipeline text that reads like a ttt-opt command line.
//
//===----------------------------------------------------------------------===//

#include "ttt/Pipelines/GPUPipeline.h"
#include "ttt/Pipelines/Pipelines.h"

#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::ttt;

static LogicalResult addStage(OpPassManager &pm, StringRef passes) {
  return parsePassPipeline(passes, pm, llvm::errs());
}

int64_t mlir::ttt::maxSharedMemoryBytes(StringRef chip) {
  if (chip == "sm_80")
    return 163 * 1024;
  if (chip == "sm_90" || chip == "sm_90a")
    return 227 * 1024;
  return 0;
}

static LogicalResult checkOptions(const CUDAPipelineOptions &options) {
  if (options.form != "dual" && options.form != "primal") {
    llvm::errs() << "ttt-to-cuda: unknown form '" << options.form
                 << "' (expected 'dual' or 'primal')\n";
    return failure();
  }
  if (!maxSharedMemoryBytes(options.chip)) {
    llvm::errs() << "ttt-to-cuda: unknown chip '" << options.chip
                 << "' (expected sm_80 or sm_90a)\n";
    return failure();
  }
  if (options.emulatedThreadOrder != "reversed" &&
      options.emulatedThreadOrder != "random") {
    llvm::errs() << "ttt-to-cuda: unknown emulated-thread-order '"
                 << options.emulatedThreadOrder
                 << "' (expected 'reversed' or 'random')\n";
    return failure();
  }
  if (options.threads < 1 || options.threads > 1024 ||
      (!options.emulate && options.threads % 32 != 0)) {
    llvm::errs() << "ttt-to-cuda: threads must be a multiple of 32 in "
                    "[32, 1024], found "
                 << options.threads << "\n";
    return failure();
  }
  return success();
}

/// ttt.layer -> func.func on tensors inside a memref entry point, inlined.
static LogicalResult addTTTLowering(OpPassManager &pm,
                                    const CUDAPipelineOptions &options) {
  return addStage(pm, llvm::formatv("{0},ttt-cpu-entry-points,inline,"
                                    "symbol-dce,canonicalize,cse",
                                    // The state stays in temporaries, which
                                    // ttt-gpu-place-buffers puts in shared
                                    // memory.
                                    options.form == "dual"
                                        ? "ttt-lower-to-dual-form{"
                                          "state-in-outputs=false}"
                                        : "ttt-lower-to-primal")
                          .str());
}

/// Per-mini-batch slices of the io-type conversions, elementwise chains
/// fused, every linalg op generic.
static LogicalResult addTensorCleanup(OpPassManager &pm) {
  return addStage(pm, "ttt-gpu-fuse-slice-producers,canonicalize,cse,"
                      "eliminate-empty-tensors,linalg-generalize-named-ops,"
                      "linalg-fuse-elementwise-ops,canonicalize,cse");
}

/// Tensors -> buffers. No deallocation: ttt-gpu-place-buffers gives every
/// allocation a fixed place.
static LogicalResult addBufferization(OpPassManager &pm) {
  return addStage(pm, "one-shot-bufferize{allow-return-allocs-from-loops},"
                      "canonicalize,cse");
}

/// The kernel body: the output written in place, one block per sequence,
/// loops carrying fixed buffers, buffers placed, ops spread over threads.
static LogicalResult addKernel(OpPassManager &pm,
                               const CUDAPipelineOptions &options) {
  int64_t shared = options.sharedMemoryBytes > 0
                       ? int64_t(options.sharedMemoryBytes)
                       : maxSharedMemoryBytes(options.chip);
  int64_t threads = options.threads;
  return addStage(
      pm, llvm::formatv(
              "ttt-gpu-outputs-in-place,ttt-gpu-map-sequences-to-blocks,"
              "ttt-gpu-loop-carried-buffers,canonicalize,cse,"
              "ttt-cpu-copies-to-linalg,linalg-generalize-named-ops,"
              "ttt-gpu-place-buffers{{shared-memory-bytes={0}},"
              "ttt-gpu-distribute{{threads={1}},lower-affine,canonicalize,cse",
              shared, threads)
              .str());
}

/// Emulation: the GPU's math lowering, the kernel as a CPU function running
/// every thread, then the CPU pipeline's LLVM lowering and packed `void **`
/// entry points.
static LogicalResult addEmulationLowering(OpPassManager &pm,
                                          const CUDAPipelineOptions &options) {
  if (failed(addStage(
          pm, llvm::formatv("ttt-gpu-lower-math,ttt-gpu-emulate-on-cpu{{"
                            "thread-order={0} seed={1}},canonicalize",
                            options.emulatedThreadOrder.getValue(),
                            options.emulationSeed.getValue())
                  .str())))
    return failure();
  return addCPULLVMLowering(pm);
}

LogicalResult
mlir::ttt::buildTTTToGPUKernelsPipeline(OpPassManager &pm,
                                        const CUDAPipelineOptions &options) {
  if (failed(checkOptions(options)) || failed(addTTTLowering(pm, options)) ||
      failed(addTensorCleanup(pm)) || failed(addBufferization(pm)) ||
      failed(addKernel(pm, options)))
    return failure();
  if (options.emulate)
    return addEmulationLowering(pm, options);
  // One block per (batch, head), barrier-bound: registers before occupancy.
  return addStage(pm, "ttt-gpu-lower-math,"
                      "ttt-gpu-outline-kernels{min-blocks-per-sm=1}");
}

LogicalResult
mlir::ttt::buildGPUKernelsToPTXPipeline(OpPassManager &pm,
                                        const CUDAPipelineOptions &options) {
  if (failed(checkOptions(options)))
    return failure();
  if (options.emulate) {
    llvm::errs() << "ttt-to-cuda: emulate-on-cpu produces no PTX\n";
    return failure();
  }
  // PTX ISA 8.0: the first with sm_90a; CUDA 12.0 and later assemble it.
  return addStage(
      pm, llvm::formatv(
              "nvvm-attach-target{{chip={0} features=+ptx80 O=3},"
              "expand-strided-metadata,lower-affine,convert-scf-to-cf,"
              "gpu.module(convert-gpu-to-nvvm,"
              "ttt-gpu-extern-dynamic-shared-memory,canonicalize,cse),reconcile-unrealized-casts,"
              "gpu-module-to-binary{{format=isa}",
              options.chip.getValue())
              .str());
}

void mlir::ttt::registerGPUPipelines() {
  registerFalliblePipeline<CUDAPipelineOptions>(
      "ttt-to-gpu-kernels",
      "The first half of ttt-to-cuda: ttt.layer ops to gpu.func kernels in "
      "gpu.module @ttt_kernels, before NVVM (with emulate-on-cpu: to the "
      "LLVM dialect for the CPU)",
      buildTTTToGPUKernelsPipeline);
  registerFalliblePipeline<CUDAPipelineOptions>(
      "ttt-to-cuda",
      "Lower ttt.layer ops to one CUDA kernel per layer (gpu.binary with "
      "PTX), one thread block per (batch, head) sequence",
      [](OpPassManager &pm, const CUDAPipelineOptions &options) {
        if (failed(buildTTTToGPUKernelsPipeline(pm, options)))
          return failure();
        if (options.emulate)
          return success();
        return buildGPUKernelsToPTXPipeline(pm, options);
      });
}
