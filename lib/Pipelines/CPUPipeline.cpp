//===- CPUPipeline.cpp - the ttt-to-cpu pipeline --------------------------===//
//
// Stages, in order: the TTT lowering of choice, destination-passing entry
// points, cleanup, bufferization, loops, LLVM. Each stage is a flat list of
// upstream passes, written as pipeline text so it reads like the command
// line one would type to reproduce it with ttt-opt.
//
//===----------------------------------------------------------------------===//

#include "ttt/Pipelines/Pipelines.h"


using namespace mlir;
using namespace mlir::ttt;

static LogicalResult addStage(OpPassManager &pm, StringRef passes) {
  return parsePassPipeline(passes, pm, llvm::errs());
}

/// ttt.layer -> func.func on tensors, wrapped in memref entry points.
static LogicalResult addTTTLowering(OpPassManager &pm, StringRef form,
                                    bool backward) {
  if (form != "dual" && form != "primal") {
    llvm::errs() << "ttt-to-cpu: unknown form '" << form
                 << "' (expected 'dual' or 'primal')\n";
    return failure();
  }
  // The backward kernel is built from dual-form segments whatever the
  // prefill's form; the layers stay for the prefill's lowering.
  if (backward &&
      failed(addStage(pm, "ttt-extract-dual-form-segment,ttt-reverse-mode,"
                          "ttt-build-backward")))
    return failure();
  return addStage(pm, form == "dual" ? "ttt-lower-to-dual-form"
                                     : "ttt-lower-to-primal");
}

/// Inline the tensor kernel into its entry point, then simplify so that
/// bufferization sees one function writing into the caller's buffers.
/// eliminate-empty-tensors is only deterministic on empty tensors with one
/// use each (ttt-cpu-private-empty-tensors), which CSE undoes.
static LogicalResult addEntryPointsAndCleanup(OpPassManager &pm) {
  return addStage(pm, "ttt-cpu-entry-points,inline,symbol-dce,canonicalize,cse,"
                      "ttt-cpu-private-empty-tensors,eliminate-empty-tensors");
}

/// Every linalg op generic, elementwise chains fused (never into a larger
/// loop nest, which would recompute them), float math free to
/// contract and reassociate; statically shaped contractions become register
/// blocked vector code (their accumulators hoisted out of the reduction
/// loop), the rest loop nests whose contiguous inner loops LLVM vectorizes.
static LogicalResult addCodegenPreparation(OpPassManager &pm) {
  return addStage(pm, "linalg-generalize-named-ops,ttt-cpu-fuse-elementwise,"
                      "canonicalize,cse,ttt-cpu-contraction-loop-order,"
                      "ttt-cpu-fast-math,ttt-cpu-approximate-math,"
                      "ttt-cpu-vectorize-contractions,"
                      "canonicalize,cse,loop-invariant-subset-hoisting,canonicalize,"
                      "ttt-cpu-private-fills,ttt-cpu-in-place-loop-state,"
                      "ttt-cpu-private-empty-tensors,eliminate-empty-tensors");
}

/// Tensors -> buffers; the (batch, head) forall becomes a sequential loop,
/// so that every sequence can use the same workspace for its static
/// temporaries; the dynamic ones are freed where they die.
static LogicalResult addBufferization(OpPassManager &pm) {
  return addStage(pm, "one-shot-bufferize{allow-return-allocs-from-loops},canonicalize,"
                      "func.func(buffer-hoisting,buffer-loop-hoisting),"
                      "scf-forall-to-for,ttt-cpu-workspace,"
                      "buffer-deallocation-pipeline,"
                      "convert-bufferization-to-memref,ttt-cpu-copies-to-linalg");
}

/// linalg -> loops, n-D vector transfers -> 1-D ones.
static LogicalResult addLoops(OpPassManager &pm) {
  return addStage(pm, "convert-linalg-to-loops,"
                      "convert-vector-to-scf{full-unroll=true},"
                      "func.func(lower-vector-multi-reduction),canonicalize,cse");
}

/// Everything -> the LLVM dialect, plus the packed `void **` entry points.
/// Contractions become outer products; the 16x16 input blocks they transpose
/// (ttt-cpu-vectorize-contractions' square blocks) become 16x16 shuffles
/// rather than 256 element moves.
LogicalResult mlir::ttt::addCPULLVMLowering(OpPassManager &pm) {
  return addStage(pm,
                  "convert-vector-to-llvm{vector-contract-lowering=outerproduct "
                  "vector-transpose-lowering=shuffle16x16},convert-ub-to-llvm,"
                  "expand-strided-metadata,lower-affine,convert-scf-to-cf,"
                  "convert-math-to-llvm,convert-math-to-libm,"
                  "convert-arith-to-llvm,convert-index-to-llvm,"
                  "finalize-memref-to-llvm,convert-func-to-llvm,"
                  "convert-cf-to-llvm,reconcile-unrealized-casts,"
                  "ttt-cpu-noalias-temporaries,ttt-cpu-packed-entry-points");
}

LogicalResult mlir::ttt::buildTTTToCPUPipeline(OpPassManager &pm,
                                               const CPUPipelineOptions &options) {
  return success(succeeded(addTTTLowering(pm, options.form, options.backward)) &&
                 succeeded(addEntryPointsAndCleanup(pm)) &&
                 succeeded(addCodegenPreparation(pm)) &&
                 succeeded(addBufferization(pm)) && succeeded(addLoops(pm)) &&
                 succeeded(addCPULLVMLowering(pm)));
}

void mlir::ttt::registerPipelines() {
  registerFalliblePipeline<CPUPipelineOptions>(
      "ttt-to-cpu",
      "Lower ttt.layer ops to LLVM-dialect CPU kernels with `void "
      "<name>_prefill(void **args)` entry points",
      buildTTTToCPUPipeline);
}
