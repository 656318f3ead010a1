//===- Pipelines.h - the named ttt pipelines --------------------*- C++ -*-===//
#ifndef TTT_PIPELINES_PIPELINES_H
#define TTT_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"
#include "mlir/Pass/PassRegistry.h"

namespace mlir::ttt {

/// Reports a bad pipeline option: ttt-opt's handler prints it as an error,
/// ttt-compile's attaches it to the spec. Always returns failure().
using PipelineErrorHandler = function_ref<LogicalResult(const Twine &)>;

/// The help text of every `form` option, the pipelines' and ttt-compile's.
inline constexpr llvm::StringLiteral kLayerFormHelp =
    "Layer form: dual (fast) or primal (token by token, for cross-checks)";

/// Options every TTT pipeline takes, declared once.
template <typename Derived>
struct LayerPipelineOptions : public PassPipelineOptions<Derived> {
  ::mlir::detail::PassOptions::Option<std::string> form{
      *this, "form", llvm::cl::desc(kLayerFormHelp), llvm::cl::init("dual")};
};

/// Fails through `errorHandler`, naming `pipeline`, unless `form` is
/// "dual" or "primal".
LogicalResult checkLayerForm(StringRef form, StringRef pipeline,
                             PipelineErrorHandler errorHandler);

struct CPUPipelineOptions : public LayerPipelineOptions<CPUPipelineOptions> {
  PassOptions::Option<bool> backward{
      *this, "backward",
      llvm::cl::desc("Also build every layer's backward kernel "
                     "(`void <name>_backward(void **args)`)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> trainingPair{
      *this, "training-pair",
      llvm::cl::desc("With backward, also build every layer's training pair "
                     "(`<name>_train`, `<name>_backward_from_tape`)"),
      llvm::cl::init(false)};
  PassOptions::Option<int64_t> vectorBits{
      *this, "vector-bits",
      llvm::cl::desc("Width of the vector registers the contractions' "
                     "register blocks are sized for: 512, 256 or 128, or 0 "
                     "for the host's widest (the default)"),
      llvm::cl::init(0)};
};

/// The vector registers that kernels compiled on this host use: AVX-512
/// (32 registers of 512 bits), AVX (16 of 256), otherwise 128-bit ones (16
/// on x86, 32 on AArch64). The kernels are built for the host's CPU, like
/// -march=native.
struct VectorRegisters {
  int64_t bits;
  int64_t count;
};
VectorRegisters getHostVectorRegisters();

/// The registers of `vectorBits`-bit vectors (0: the host's; a width given
/// explicitly counts x86's registers: 32 with AVX-512, 16 otherwise), or
/// failure through `errorHandler` for a width other than 0, 128, 256 or
/// 512.
FailureOr<VectorRegisters> getVectorRegisters(int64_t vectorBits,
                                              StringRef pipeline,
                                              PipelineErrorHandler errorHandler);

/// `ttt-to-cpu`: a module of ttt.layer ops down to the LLVM dialect, with one
/// `void <name>_prefill(void **args)` entry point per layer (and
/// `<name>_backward` with `backward`). Fails through `errorHandler` on an
/// unknown `form`.
LogicalResult buildTTTToCPUPipeline(OpPassManager &pm,
                                    const CPUPipelineOptions &options,
                                    PipelineErrorHandler errorHandler);

/// The first stages of `ttt-to-cpu`: the layers lowered, each kernel
/// wrapped in its `<entry>_memref` entry point, the only public functions
/// (ttt-compile then lowers each on a thread of its own).
LogicalResult buildTTTToCPUEntryPointsPipeline(
    OpPassManager &pm, const CPUPipelineOptions &options,
    PipelineErrorHandler errorHandler);

/// The rest of `ttt-to-cpu`, on a module of entry points: inlining and
/// cleanup, codegen preparation, bufferization, loops, the LLVM dialect.
void buildCPUEntryPointCodegenPipeline(OpPassManager &pm,
                                       VectorRegisters registers);

/// The last stage of `ttt-to-cpu`: every upstream dialect (func, scf, cf,
/// memref, arith, math, vector) to the LLVM dialect, then the packed
/// `void **` entry points. Also ends the GPU kernel's CPU emulation.
void addCPULLVMLowering(OpPassManager &pm);

/// Registers a pipeline whose builder can fail: bad options (parsed from the
/// command line, or rejected by `build`) fail the run instead of leaving an
/// empty pipeline that changes nothing.
template <typename Options>
void registerFalliblePipeline(
    StringRef name, StringRef description,
    std::function<LogicalResult(OpPassManager &, const Options &,
                                PipelineErrorHandler)>
        build) {
  registerPassPipeline(
      name, description,
      [build](OpPassManager &pm, StringRef text,
              PipelineErrorHandler errorHandler) {
        Options options;
        std::string error;
        llvm::raw_string_ostream errorStream(error);
        if (failed(options.parseFromString(text, errorStream)))
          return errorHandler(error);
        return build(pm, options, errorHandler);
      },
      [](function_ref<void(const ::mlir::detail::PassOptions &)> optHandler) {
        optHandler(Options());
      });
}

void registerPipelines();

} // namespace mlir::ttt

#endif // TTT_PIPELINES_PIPELINES_H
