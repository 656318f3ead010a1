//===- CPUPipeline.cpp - the ttt-to-cpu pipeline --------------------------===//
//
// Stages, in order: the TTT lowering of choice, destination-passing entry
// points, cleanup, codegen preparation, bufferization, loops, LLVM. Each
// stage adds its passes with their typed options; the comment above it is
// the ttt-opt command line that reproduces it.
//
//===----------------------------------------------------------------------===//

#include "ttt/Pipelines/Pipelines.h"

#include "ttt/Conversion/CodegenPasses.h"
#include "ttt/Conversion/Passes.h"
#include "ttt/Dialect/TTT/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Dialect/Vector/Transforms/Passes.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

using namespace mlir;
using namespace mlir::ttt;

LogicalResult mlir::ttt::checkLayerForm(StringRef form, StringRef pipeline,
                                        PipelineErrorHandler errorHandler) {
  if (form == "dual" || form == "primal")
    return success();
  return errorHandler(pipeline + ": unknown form '" + form +
                      "' (expected 'dual' or 'primal')");
}

/// ttt.layer -> func.func on tensors.
///   [ttt-extract-dual-form-segment,ttt-reverse-mode,
///    ttt-build-backward{training-pair},]
///   ttt-lower-to-dual-form | ttt-lower-to-primal
static void addTTTLowering(OpPassManager &pm,
                           const CPUPipelineOptions &options) {
  // The backward kernel is built from dual-form segments whatever the
  // prefill's form; the layers stay for the prefill's lowering.
  if (options.backward) {
    pm.addPass(createTTTExtractDualFormSegment());
    pm.addPass(createTTTReverseMode());
    pm.addPass(
        createTTTBuildBackward(TTTBuildBackwardOptions{options.trainingPair}));
  }
  if (options.form == "dual")
    pm.addPass(createTTTLowerToDualForm());
  else
    pm.addPass(createTTTLowerToPrimal());
}

/// Inline the tensor kernel into its entry point, then simplify so that
/// bufferization sees one function writing into the caller's buffers.
/// eliminate-empty-tensors is only deterministic on empty tensors with one
/// use each (ttt-cpu-private-empty-tensors), which CSE undoes. It runs on
/// a module of entry points, so that ttt-compile runs it for each kernel on
/// a thread of its own (a tenth of a TTT-MLP compile ran on one thread).
///   inline,symbol-dce,ttt-branch-dims,canonicalize,cse,
///   ttt-cpu-private-empty-tensors,eliminate-empty-tensors
static void addInliningAndCleanup(OpPassManager &pm) {
  pm.addPass(createInlinerPass());
  pm.addPass(createSymbolDCEPass());
  pm.addPass(createTTTBranchDims());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createTTTCPUPrivateEmptyTensors());
  pm.addPass(bufferization::createEmptyTensorEliminationPass());
}

VectorRegisters mlir::ttt::getHostVectorRegisters() {
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  if (features.lookup("avx512f"))
    return {512, 32};
  if (features.lookup("avx"))
    return {256, 16};
  llvm::Triple host(llvm::sys::getProcessTriple());
  return {128, host.isAArch64() ? 32 : 16};
}

FailureOr<VectorRegisters>
mlir::ttt::getVectorRegisters(int64_t vectorBits, StringRef pipeline,
                              PipelineErrorHandler errorHandler) {
  switch (vectorBits) {
  case 0:
    return getHostVectorRegisters();
  case 512:
    return VectorRegisters{512, 32};
  case 256:
  case 128:
    return VectorRegisters{vectorBits, 16};
  default:
    (void)errorHandler(pipeline + ": vector-bits must be 0 (the host's), "
                       "128, 256 or 512, not " + Twine(vectorBits));
    return failure();
  }
}

/// Register blocks for `registers`: a block's accumulator takes half of
/// them, four vectors to a row (AVX-512: 4 x 64; AVX2: 2 x 32), and a
/// square block one vector to a row (16 x 16; 8 x 8). On AVX-512 a square
/// block takes 8 rows: 16 accumulators beside the 16 transposed vectors of
/// the other input spilled (measured on a Zen 5 VM, one head in cache:
/// TTT-Linear's backward from the tape 2% and TTT-MLP's prefill 4% faster,
/// libraries 10-12% smaller; the AVX2 blocks were not measured with fewer
/// rows).
static TTTCPUVectorizeContractionsOptions
blockSizesFor(VectorRegisters registers) {
  int64_t lanes = registers.bits / 32;
  TTTCPUVectorizeContractionsOptions options;
  options.cols = 4 * lanes;
  options.rows = std::max<int64_t>(1, registers.count / 8);
  options.square = lanes;
  if (registers.bits == 512)
    options.squareRows = lanes / 2;
  return options;
}

/// Every linalg op generic, elementwise chains fused (never into a larger
/// loop nest, which would recompute them), float math free to
/// contract and reassociate; statically shaped contractions become register
/// blocked vector code (their accumulators hoisted out of the reduction
/// loop), the rest loop nests whose contiguous inner loops LLVM vectorizes.
///   linalg-generalize-named-ops,ttt-cpu-fuse-elementwise,canonicalize,cse,
///   ttt-cpu-split-full-reductions,
///   ttt-cpu-transpose-static-operands{block=8} (AVX2 only),
///   ttt-cpu-contraction-loop-order,ttt-cpu-fast-math,
///   ttt-cpu-approximate-math,
///   ttt-cpu-vectorize-contractions{rows cols square: blockSizesFor},
///   canonicalize,cse,loop-invariant-subset-hoisting,canonicalize,
///   ttt-cpu-private-fills,ttt-cpu-in-place-loop-state,
///   ttt-cpu-private-empty-tensors,eliminate-empty-tensors
static void addCodegenPreparation(OpPassManager &pm,
                                  VectorRegisters registers) {
  pm.addPass(createLinalgGeneralizeNamedOpsPass());
  pm.addPass(createTTTCPUFuseElementwise());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createTTTCPUSplitFullReductions());
  // Measured on AVX2 (8 x 8 blocks): an AVX-512 host's 16 x 16 square
  // blocks transpose with Shuffle16x16, and copying each weight for each
  // reader measured slower there (docs/BackwardSpeed.md).
  if (registers.bits == 256)
    pm.addPass(createTTTCPUTransposeStaticOperands(
        TTTCPUTransposeStaticOperandsOptions{registers.bits / 32}));
  pm.addPass(createTTTCPUContractionLoopOrder());
  pm.addPass(createTTTCPUFastMath());
  pm.addPass(createTTTCPUApproximateMath());
  pm.addPass(createTTTCPUVectorizeContractions(blockSizesFor(registers)));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createLoopInvariantSubsetHoistingPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createTTTCPUPrivateFills());
  pm.addPass(createTTTCPUInPlaceLoopState());
  pm.addPass(createTTTCPUPrivateEmptyTensors());
  pm.addPass(bufferization::createEmptyTensorEliminationPass());
}

/// Tensors -> buffers; the (batch, head) forall becomes a sequential loop,
/// so that every sequence can use the same workspace for its static
/// temporaries; the dynamic ones are freed where they die. A state input
/// is copied into its output only when the caller bound two buffers.
///   one-shot-bufferize{allow-return-allocs-from-loops},canonicalize,cse,
///   canonicalize,func.func(buffer-hoisting,buffer-loop-hoisting),
///   ttt-cpu-prefetch-next-iteration,scf-forall-to-for,
///   ttt-cpu-in-place-state,ttt-cpu-workspace,buffer-deallocation-pipeline,
///   convert-bufferization-to-memref,ttt-copies-to-linalg
static void addBufferization(OpPassManager &pm) {
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.allowReturnAllocsFromLoops = true;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  pm.addPass(createCanonicalizerPass());
  // An output block written in place is copied onto itself: bufferization
  // takes the subview twice. CSE makes them one value, and the
  // canonicalizer then drops `memref.copy %x, %x`.
  pm.addPass(createCSEPass());
  pm.addPass(createCanonicalizerPass());
  pm.addNestedPass<func::FuncOp>(bufferization::createBufferHoistingPass());
  pm.addNestedPass<func::FuncOp>(
      bufferization::createBufferLoopHoistingPass());
  pm.addPass(createTTTCPUPrefetchNextIteration());
  pm.addPass(createForallToForLoopPass());
  pm.addPass(createTTTCPUInPlaceState());
  pm.addPass(createTTTCPUWorkspace());
  bufferization::buildBufferDeallocationPipeline(
      pm, bufferization::BufferDeallocationPipelineOptions());
  pm.addPass(createConvertBufferizationToMemRefPass());
  pm.addPass(createTTTCopiesToLinalg());
}

/// linalg -> loops, n-D vector transfers -> 1-D ones; a huge function's
/// small loop nests go to functions of their own.
///   convert-linalg-to-loops,convert-vector-to-scf{full-unroll=true},
///   func.func(lower-vector-multi-reduction),canonicalize,cse,
///   ttt-cpu-outline-loop-nests
static void addLoops(OpPassManager &pm) {
  pm.addPass(createConvertLinalgToLoopsPass());
  pm.addPass(createConvertVectorToSCFPass(
      VectorTransferToSCFOptions().enableFullUnroll()));
  pm.addNestedPass<func::FuncOp>(vector::createLowerVectorMultiReductionPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createTTTCPUOutlineLoopNests());
}

/// Everything -> the LLVM dialect, plus the packed `void **` entry points.
/// Contractions become outer products; the 16x16 input blocks they transpose
/// (ttt-cpu-vectorize-contractions' square blocks) become 16x16 shuffles
/// rather than 256 element moves; bf16 conversions become integer arithmetic.
/// Private functions (the outlined nests, bufferization's helpers) get
/// internal linkage, so that no two kernels' modules export the same symbol.
///   ttt-cpu-internal-linkage,ttt-cpu-expand-bf16,
///   convert-vector-to-llvm{vector-contract-lowering=outerproduct
///   vector-transpose-lowering=shuffle16x16},
///   expand-strided-metadata,lower-affine,ttt-cpu-rotate-loops,
///   convert-scf-to-cf,convert-math-to-llvm,convert-math-to-libm,
///   convert-to-llvm{filter-dialects=ub,arith,index,memref,func,cf},
///   reconcile-unrealized-casts,
///   ttt-cpu-noalias-temporaries,ttt-cpu-packed-entry-points
void mlir::ttt::addCPULLVMLowering(OpPassManager &pm) {
  ConvertVectorToLLVMPassOptions vectorToLLVM;
  vectorToLLVM.vectorContractLowering =
      vector::VectorContractLowering::OuterProduct;
  vectorToLLVM.vectorTransposeLowering =
      vector::VectorTransposeLowering::Shuffle16x16;
  pm.addPass(createTTTCPUInternalLinkage());
  pm.addPass(createTTTCPUExpandBF16());
  pm.addPass(createConvertVectorToLLVMPass(vectorToLLVM));
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createTTTCPURotateLoops());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  // One conversion for the rest, rather than one pass per dialect: each
  // of those walked the whole module again (0.25 s of the TTT-MLP
  // backward's 0.9 s lowering, against 0.1 s for the one conversion).
  ConvertToLLVMPassOptions toLLVM;
  toLLVM.filterDialects = {"ub", "arith", "index", "memref", "func", "cf"};
  pm.addPass(createConvertToLLVMPass(toLLVM));
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createTTTCPUNoAliasTemporaries());
  pm.addPass(createTTTCPUPackedEntryPoints());
}

LogicalResult mlir::ttt::buildTTTToCPUEntryPointsPipeline(
    OpPassManager &pm, const CPUPipelineOptions &options,
    PipelineErrorHandler errorHandler) {
  if (failed(checkLayerForm(options.form, "ttt-to-cpu", errorHandler)))
    return failure();
  addTTTLowering(pm, options);
  pm.addPass(createTTTEntryPoints());
  return success();
}

void mlir::ttt::buildCPUEntryPointCodegenPipeline(OpPassManager &pm,
                                                  VectorRegisters registers) {
  addInliningAndCleanup(pm);
  addCodegenPreparation(pm, registers);
  addBufferization(pm);
  addLoops(pm);
  addCPULLVMLowering(pm);
}

LogicalResult
mlir::ttt::buildTTTToCPUPipeline(OpPassManager &pm,
                                 const CPUPipelineOptions &options,
                                 PipelineErrorHandler errorHandler) {
  FailureOr<VectorRegisters> registers =
      getVectorRegisters(options.vectorBits, "ttt-to-cpu", errorHandler);
  if (failed(registers) ||
      failed(buildTTTToCPUEntryPointsPipeline(pm, options, errorHandler)))
    return failure();
  buildCPUEntryPointCodegenPipeline(pm, *registers);
  return success();
}

void mlir::ttt::registerPipelines() {
  registerFalliblePipeline<CPUPipelineOptions>(
      "ttt-to-cpu",
      "Lower ttt.layer ops to LLVM-dialect CPU kernels with `void "
      "<name>_prefill(void **args)` entry points",
      buildTTTToCPUPipeline);
}
