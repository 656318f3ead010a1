//===- CUDAArtifact.h - PTX, cubin and launch data for GPU targets -*- C++ -*-===//
//
// The GPU half of docs/ArtifactFormat.md: the PTX of the `gpu.binary`
// written by ttt-to-cuda, the cubin assembled by ptxas, the launch
// configuration of each kernel and the C header describing it.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_TARGET_CUDAARTIFACT_H
#define TTT_TARGET_CUDAARTIFACT_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/JSON.h"

namespace mlir::ttt {

/// The manifest's "launch" entry of a kernel outlined by ttt-to-cuda: grid
/// ["H", "B", 1], block [threads, 1, 1], dynamic shared memory and
/// workspace bytes per block, and the parameter convention. Fails when the
/// kernel lacks the attributes of ttt/Conversion/GPUPasses.h.
FailureOr<llvm::json::Object> describeLaunch(gpu::GPUFuncOp kernel);

/// The PTX text of `gpu.binary @ttt_kernels` (gpu-module-to-binary
/// format=isa).
FailureOr<std::string> extractPTX(ModuleOp module);

/// ptxas: `explicitPath` if set, else $TTT_PTXAS, $CUDA_HOME/bin/ptxas,
/// $CUDA_PATH/bin/ptxas, /usr/local/cuda/bin/ptxas, then PATH. Empty when
/// none exists.
std::string findPtxas(StringRef explicitPath);

/// Runs `ptxas -arch=<chip> -O3 -v <ptx> -o <cubin>`; `log` receives its
/// output (registers, shared memory, spills of every kernel).
LogicalResult assembleCubin(StringRef ptxas, StringRef chip, StringRef ptxFile,
                            StringRef cubinFile, std::string &log,
                            Location loc);

/// The C header of a GPU artifact: per kernel, its entry name in the module,
/// launch configuration and kernel parameters.
std::string renderCUDAHeader(ArrayRef<llvm::json::Object> kernels,
                             StringRef specName, StringRef chip);

} // namespace mlir::ttt

#endif // TTT_TARGET_CUDAARTIFACT_H
