//===- GPUPipeline.cpp - the ttt-to-cuda pipeline -------------------------===//
//
// One CUDA kernel per layer. Stages, in order: the TTT lowering, entry
// points, tensor cleanup, bufferization, the kernel (one block per
// sequence, buffers placed in shared memory or a workspace, linalg ops
// spread over the threads), outlining, NVVM, PTX. As in ttt-to-cpu, the
// comment above each stage is the ttt-opt command line that reproduces it.
//
//===----------------------------------------------------------------------===//

#include "ttt/Pipelines/GPUPipeline.h"

#include "ttt/Conversion/GPUPasses.h"
#include "ttt/Conversion/CodegenPasses.h"
#include "ttt/Conversion/Passes.h"
#include "ttt/Dialect/TTT/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::ttt;

StringRef mlir::ttt::getCudaChipHelp() {
  static const std::string help = "CUDA architecture: " + listCudaChips();
  return help;
}

static LogicalResult checkOptions(const CUDAPipelineOptions &options,
                                  PipelineErrorHandler errorHandler) {
  if (failed(checkLayerForm(options.form, "ttt-to-cuda", errorHandler)))
    return failure();
  if (options.trainingPair && !options.backward)
    return errorHandler("ttt-to-cuda: training-pair needs backward");
  if (!lookupCudaChip(options.chip))
    return errorHandler("ttt-to-cuda: unknown chip '" + options.chip +
                        "' (expected " + listCudaChips() + ")");
  if (options.emulatedThreadOrder != "reversed" &&
      options.emulatedThreadOrder != "random")
    return errorHandler("ttt-to-cuda: unknown emulated-thread-order '" +
                        options.emulatedThreadOrder +
                        "' (expected 'reversed' or 'random')");
  if (options.threads < 1 || options.threads > 1024 ||
      (!options.emulate && options.threads % 32 != 0))
    return errorHandler("ttt-to-cuda: threads must be a multiple of 32 in "
                        "[32, 1024], found " +
                        Twine(int64_t(options.threads)));
  return success();
}

/// ttt.layer -> func.func on tensors inside a memref entry point, inlined.
/// The state stays in temporaries, which ttt-gpu-place-buffers puts in
/// shared memory.
///   [ttt-extract-dual-form-segment,ttt-reverse-mode,
///    ttt-build-backward{training-pair},]
///   ttt-lower-to-dual-form{state-in-outputs=false shared-partial-segment=false}
///     | ttt-lower-to-primal,
///   ttt-entry-points,inline,symbol-dce,ttt-branch-dims,canonicalize,cse
static void addTTTLowering(OpPassManager &pm,
                           const CUDAPipelineOptions &options) {
  if (options.backward) {
    pm.addPass(createTTTExtractDualFormSegment());
    pm.addPass(createTTTReverseMode());
    pm.addPass(
        createTTTBuildBackward(TTTBuildBackwardOptions{options.trainingPair}));
  }
  if (options.form == "dual") {
    TTTLowerToDualFormOptions dualForm;
    dualForm.stateInOutputs = false;
    // One loop holding both the static and the dynamic segment code made
    // the three-layer MLP's sm_90a kernel spill (292 bytes).
    dualForm.sharedPartialSegment = false;
    pm.addPass(createTTTLowerToDualForm(dualForm));
  } else {
    pm.addPass(createTTTLowerToPrimal());
  }
  pm.addPass(createTTTEntryPoints());
  pm.addPass(createInlinerPass());
  pm.addPass(createSymbolDCEPass());
  pm.addPass(createTTTBranchDims());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

/// Per-mini-batch slices of the io-type conversions, elementwise chains
/// fused, every linalg op generic.
///   ttt-gpu-fuse-slice-producers,canonicalize,cse,eliminate-empty-tensors,
///   linalg-generalize-named-ops,ttt-gpu-fuse-elementwise,canonicalize,cse
static void addTensorCleanup(OpPassManager &pm) {
  pm.addPass(createTTTGPUFuseSliceProducers());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(bufferization::createEmptyTensorEliminationPass());
  pm.addPass(createLinalgGeneralizeNamedOpsPass());
  pm.addPass(createTTTGPUFuseElementwise());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

/// Tensors -> buffers. No deallocation: ttt-gpu-place-buffers gives every
/// allocation a fixed place.
///   one-shot-bufferize{allow-return-allocs-from-loops},canonicalize,cse
static void addBufferization(OpPassManager &pm) {
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.allowReturnAllocsFromLoops = true;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

/// The kernel body: the output written in place, sums over sequences
/// added by each block, one block per sequence, loops carrying fixed
/// buffers, buffers placed, ops spread over threads.
///   ttt-gpu-outputs-in-place,ttt-gpu-atomic-sequence-sums,
///   ttt-gpu-map-sequences-to-blocks,
///   ttt-gpu-loop-carried-buffers,canonicalize,cse,ttt-copies-to-linalg,
///   linalg-generalize-named-ops,ttt-gpu-place-buffers{shared-memory-bytes=N},
///   ttt-gpu-distribute{threads=N},lower-affine,canonicalize,cse
static void addKernel(OpPassManager &pm, const CUDAPipelineOptions &options) {
  pm.addPass(createTTTGPUOutputsInPlace());
  pm.addPass(createTTTGPUAtomicSequenceSums());
  pm.addPass(createTTTGPUMapSequencesToBlocks());
  pm.addPass(createTTTGPULoopCarriedBuffers());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createTTTCopiesToLinalg());
  pm.addPass(createLinalgGeneralizeNamedOpsPass());
  TTTGPUPlaceBuffersOptions placement;
  placement.sharedMemoryBytes =
      options.sharedMemoryBytes > 0
          ? int64_t(options.sharedMemoryBytes)
          : lookupCudaChip(options.chip)->maxDynamicSharedMemoryBytes;
  pm.addPass(createTTTGPUPlaceBuffers(placement));
  TTTGPUDistributeOptions distribution;
  distribution.threads = options.threads;
  pm.addPass(createTTTGPUDistribute(distribution));
  pm.addPass(createLowerAffinePass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

/// Emulation: the GPU's math lowering, the kernel as a CPU function running
/// every thread, then the CPU pipeline's LLVM lowering and packed `void **`
/// entry points.
///   ttt-gpu-lower-math,ttt-gpu-emulate-on-cpu{thread-order=O seed=N},
///   canonicalize, then ttt-to-cpu's last stage
static void addEmulationLowering(OpPassManager &pm,
                                 const CUDAPipelineOptions &options) {
  pm.addPass(createTTTGPULowerMath());
  TTTGPUEmulateOnCPUOptions emulation;
  emulation.threadOrder = options.emulatedThreadOrder;
  emulation.seed = options.emulationSeed;
  pm.addPass(createTTTGPUEmulateOnCPU(emulation));
  pm.addPass(createCanonicalizerPass());
  addCPULLVMLowering(pm);
}

/// One block per (batch, head), barrier-bound: registers before occupancy.
///   ttt-gpu-lower-math,ttt-gpu-outline-kernels{min-blocks-per-sm=1}
static void addOutlining(OpPassManager &pm) {
  pm.addPass(createTTTGPULowerMath());
  TTTGPUOutlineKernelsOptions outlining;
  outlining.minBlocksPerSM = 1;
  pm.addPass(createTTTGPUOutlineKernels(outlining));
}

LogicalResult
mlir::ttt::buildTTTToGPUEntryPointsPipeline(OpPassManager &pm,
                                            const CUDAPipelineOptions &options,
                                            PipelineErrorHandler errorHandler) {
  if (failed(checkOptions(options, errorHandler)))
    return failure();
  addTTTLowering(pm, options);
  return success();
}

LogicalResult mlir::ttt::buildGPUEntryPointsToKernelsPipeline(
    OpPassManager &pm, const CUDAPipelineOptions &options,
    PipelineErrorHandler errorHandler) {
  if (failed(checkOptions(options, errorHandler)))
    return failure();
  addTensorCleanup(pm);
  addBufferization(pm);
  addKernel(pm, options);
  if (options.emulate)
    addEmulationLowering(pm, options);
  else
    addOutlining(pm);
  return success();
}

LogicalResult
mlir::ttt::buildTTTToGPUKernelsPipeline(OpPassManager &pm,
                                        const CUDAPipelineOptions &options,
                                        PipelineErrorHandler errorHandler) {
  if (failed(buildTTTToGPUEntryPointsPipeline(pm, options, errorHandler)))
    return failure();
  return buildGPUEntryPointsToKernelsPipeline(pm, options, errorHandler);
}

/// PTX ISA 8.0: the first with sm_90a; CUDA 12.0 and later assemble it.
///   nvvm-attach-target{chip=C features=+ptx80 O=3},expand-strided-metadata,
///   lower-affine,convert-scf-to-cf,gpu.module(convert-gpu-to-nvvm,
///   ttt-gpu-extern-dynamic-shared-memory,canonicalize,cse),
///   reconcile-unrealized-casts,gpu-module-to-binary{format=isa}
LogicalResult
mlir::ttt::buildGPUKernelsToPTXPipeline(OpPassManager &pm,
                                        const CUDAPipelineOptions &options,
                                        PipelineErrorHandler errorHandler) {
  if (failed(checkOptions(options, errorHandler)))
    return failure();
  if (options.emulate)
    return errorHandler("ttt-to-cuda: emulate-on-cpu produces no PTX");
  GpuNVVMAttachTargetOptions target;
  target.chip = options.chip;
  target.features = "+ptx80";
  target.optLevel = 3;
  pm.addPass(createGpuNVVMAttachTarget(target));
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  OpPassManager &kernels = pm.nest<gpu::GPUModuleOp>();
  kernels.addPass(createConvertGpuOpsToNVVMOps());
  kernels.addPass(createTTTGPUExternDynamicSharedMemory());
  kernels.addPass(createCanonicalizerPass());
  kernels.addPass(createCSEPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  GpuModuleToBinaryPassOptions binary;
  binary.compilationTarget = "isa";
  pm.addPass(createGpuModuleToBinaryPass(binary));
  return success();
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
      [](OpPassManager &pm, const CUDAPipelineOptions &options,
         PipelineErrorHandler errorHandler) {
        if (failed(buildTTTToGPUKernelsPipeline(pm, options, errorHandler)))
          return failure();
        if (options.emulate)
          return success();
        return buildGPUKernelsToPTXPipeline(pm, options, errorHandler);
      });
}
