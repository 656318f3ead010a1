//===- GPUPipeline.h - the ttt-to-cuda pipeline -----------------*- C++ -*-===//
#ifndef TTT_PIPELINES_GPUPIPELINE_H
#define TTT_PIPELINES_GPUPIPELINE_H

#include "ttt/Pipelines/Pipelines.h"
#include "ttt/Support/CudaChips.h"

namespace mlir::ttt {

/// "CUDA architecture: sm_80 or sm_90a", from the chip table.
StringRef getCudaChipHelp();

struct CUDAPipelineOptions : public LayerPipelineOptions<CUDAPipelineOptions> {
  PassOptions::Option<std::string> chip{
      *this, "chip", llvm::cl::desc(getCudaChipHelp()),
      llvm::cl::init(kDefaultCudaChip.name.str())};
  PassOptions::Option<int64_t> threads{
      *this, "threads", llvm::cl::desc("Threads per block"),
      llvm::cl::init(256)};
  PassOptions::Option<int64_t> sharedMemoryBytes{
      *this, "shared-memory-bytes",
      llvm::cl::desc("Dynamic shared memory budget per block; 0: the chip's "
                     "largest (ttt/Support/CudaChips.h)"),
      llvm::cl::init(0)};
  PassOptions::Option<bool> backward{
      *this, "backward",
      llvm::cl::desc("Also build every layer's backward kernel "
                     "(`<name>_backward`; ttt-compile runs it emulated only: "
                     "the CUDA runtime does not allocate its scratch yet)"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> trainingPair{
      *this, "training-pair",
      llvm::cl::desc("With backward, also build every layer's training pair "
                     "(`<name>_train`, `<name>_backward_from_tape`)"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> emulate{
      *this, "emulate-on-cpu",
      llvm::cl::desc("Test aid: build the kernel as for the GPU and lower it "
                     "for the CPU (ttt-gpu-emulate-on-cpu: every thread of "
                     "every block, phase by phase), with the CPU kernel ABI "
                     "of docs/ArtifactFormat.md"),
      llvm::cl::init(false)};
  PassOptions::Option<std::string> emulatedThreadOrder{
      *this, "emulated-thread-order",
      llvm::cl::desc("With emulate-on-cpu: the order of a block's threads in "
                     "each phase, reversed or random"),
      llvm::cl::init("reversed")};
  PassOptions::Option<uint64_t> emulationSeed{
      *this, "emulation-seed",
      llvm::cl::desc("With emulate-on-cpu: the seed of the random thread "
                     "order"),
      llvm::cl::init(1)};
};

/// `ttt-to-cuda`, first half: ttt.layer ops to one `gpu.func @<name>_prefill`
/// per layer (with backward, `@<name>_backward` too, and with the training
/// pair `@<name>_train`, `@<name>_backward_from_tape`) inside
/// `gpu.module @ttt_kernels` (or, with emulate-on-cpu, to
/// the LLVM dialect with CPU entry points). The kernels carry the launch
/// configuration as `ttt.*` attributes (ttt/Conversion/GPUKernelAttrs.h).
/// Fails through `errorHandler` on bad options.
LogicalResult buildTTTToGPUKernelsPipeline(OpPassManager &pm,
                                           const CUDAPipelineOptions &options,
                                           PipelineErrorHandler errorHandler);

/// The first stage of the above: ttt.layer ops to entry points on tensors
/// (`<name>_prefill_memref`, with backward `<name>_backward_memref`, ...).
LogicalResult
buildTTTToGPUEntryPointsPipeline(OpPassManager &pm,
                                 const CUDAPipelineOptions &options,
                                 PipelineErrorHandler errorHandler);

/// The rest of `ttt-to-gpu-kernels`: entry points to kernels.
LogicalResult
buildGPUEntryPointsToKernelsPipeline(OpPassManager &pm,
                                     const CUDAPipelineOptions &options,
                                     PipelineErrorHandler errorHandler);

/// `ttt-to-cuda`, second half: the gpu.module to NVVM and PTX, as a
/// `gpu.binary @ttt_kernels` holding the PTX text for `options.chip`.
LogicalResult buildGPUKernelsToPTXPipeline(OpPassManager &pm,
                                           const CUDAPipelineOptions &options,
                                           PipelineErrorHandler errorHandler);

/// Registers `ttt-to-cuda` and its first half, `ttt-to-gpu-kernels`.
void registerGPUPipelines();

} // namespace mlir::ttt

#endif // TTT_PIPELINES_GPUPIPELINE_H
