//===- Pipelines.h - the named ttt pipelines --------------------*- C++ -*-===//
#ifndef TTT_PIPELINES_PIPELINES_H
#define TTT_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

namespace mlir::ttt {

struct CPUPipelineOptions : public PassPipelineOptions<CPUPipelineOptions> {
  PassOptions::Option<std::string> form{
      *this, "form",
      llvm::cl::desc("Which form of the layer to compile: 'dual' (the fast "
                     "dual form) or 'primal' (token by token, a cross-check)"),
      llvm::cl::init("dual")};
};

/// `ttt-to-cpu`: a module of ttt.layer ops down to the LLVM dialect, with one
/// `void <name>_prefill(void **args)` entry point per layer.
/// Fails (with a diagnostic) on an unknown `form`.
LogicalResult buildTTTToCPUPipeline(OpPassManager &pm,
                                    const CPUPipelineOptions &options);

void registerPipelines();

} // namespace mlir::ttt

#endif // TTT_PIPELINES_PIPELINES_H
