//===- Pipelines.h - the named ttt pipelines --------------------*- C++ -*-===//
#ifndef TTT_PIPELINES_PIPELINES_H
#define TTT_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"
#include "mlir/Pass/PassRegistry.h"

namespace mlir::ttt {

struct CPUPipelineOptions : public PassPipelineOptions<CPUPipelineOptions> {
  PassOptions::Option<std::string> form{
      *this, "form",
      llvm::cl::desc("Which form of the layer to compile: 'dual' (the fast "
                     "dual form) or 'primal' (token by token, a cross-check)"),
      llvm::cl::init("dual")};
  PassOptions::Option<bool> backward{
      *this, "backward",
      llvm::cl::desc("Also build every layer's backward kernel "
                     "(`void <name>_backward(void **args)`)"),
      llvm::cl::init(true)};
};

/// `ttt-to-cpu`: a module of ttt.layer ops down to the LLVM dialect, with one
/// `void <name>_prefill(void **args)` entry point per layer.
/// Fails (with a diagnostic) on an unknown `form`.
LogicalResult buildTTTToCPUPipeline(OpPassManager &pm,
                                    const CPUPipelineOptions &options);

/// The last stage of `ttt-to-cpu`: every upstream dialect (func, scf, cf,
/// memref, arith, math, vector) to the LLVM dialect, then the packed
/// `void **` entry points. Also ends the GPU kernel's CPU emulation.
LogicalResult addCPULLVMLowering(OpPassManager &pm);

/// Registers a pipeline whose builder can fail: bad options (parsed from the
/// command line, or rejected by `build`) fail the run instead of leaving an
/// empty pipeline that changes nothing.
template <typename Options>
void registerFalliblePipeline(
    StringRef name, StringRef description,
    std::function<LogicalResult(OpPassManager &, const Options &)> build) {
  registerPassPipeline(
      name, description,
      [build](OpPassManager &pm, StringRef text,
              function_ref<LogicalResult(const Twine &)> errorHandler) {
        Options options;
        std::string error;
        llvm::raw_string_ostream errorStream(error);
        if (failed(options.parseFromString(text, errorStream)))
          return errorHandler(error);
        return build(pm, options);
      },
      [](function_ref<void(const detail::PassOptions &)> optHandler) {
        optHandler(Options());
      });
}

void registerPipelines();

} // namespace mlir::ttt

#endif // TTT_PIPELINES_PIPELINES_H
