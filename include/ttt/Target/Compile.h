//===- Compile.h - a spec to an artifact directory --------------*- C++ -*-===//
//
// What ttt-compile does, as a library call: describe every layer's kernels,
// lower the module with the target's pipeline and write the artifact
// directory of docs/ArtifactFormat.md, all or nothing. The tool only parses
// its command line and the spec.
//
//===----------------------------------------------------------------------===//

#ifndef TTT_TARGET_COMPILE_H
#define TTT_TARGET_COMPILE_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/Timing.h"

#include <string>

namespace mlir::ttt {

/// Everything a compile takes but the spec. The defaults are ttt-compile's.
struct CompileOptions {
  /// The artifact directory; an existing one is replaced only if it holds
  /// an artifact (checkArtifactDirectory).
  std::string outputDir;
  /// "cpu" or a chip of ttt/Support/CudaChips.h.
  std::string target = "cpu";
  /// "dual" or "primal".
  std::string form = "dual";
  /// Also every layer's backward kernel (ttt-compile asks for it by
  /// default for cpu only: a GPU backward has not run on a device yet).
  bool backward = true;
  /// With `backward`: also every layer's training pair.
  bool trainingPair = false;
  /// cpu: the most threads that lower and compile kernels side by side (each
  /// entry point, then LLVM partitions); 0: one per hardware thread.
  unsigned jobs = 0;
  /// cpu: verify each kernel's IR after every pass of its lowering, not
  /// only once at its end (that verification took 0.3 s of a 2.2 s
  /// TTT-MLP compile).
  bool verifyEach = false;

  // GPU targets.
  int64_t threads = 256;
  /// 0: the chip's largest.
  int64_t sharedMemoryBytes = 0;
  /// Empty: search $TTT_PTXAS, $CUDA_HOME/bin, /usr/local/cuda/bin, PATH.
  std::string ptxas;
  /// Build the GPU kernel but write a cpu artifact that emulates it.
  bool emulate = false;
  std::string emulatedThreadOrder = "reversed";
  uint64_t emulationSeed = 1;
};

/// Compiles the verified spec `module` (called `specName` in the generated
/// header) into `options.outputDir`. `configure` is applied to every pass
/// manager before it runs (ttt-compile applies MLIR's pass-manager
/// command-line options there); the passes and the writing are timed under
/// `timing`. Errors are emitted on the module's location.
LogicalResult compileArtifact(ModuleOp module, StringRef specName,
                              const CompileOptions &options,
                              TimingScope &timing,
                              function_ref<LogicalResult(PassManager &)>
                                  configure);

} // namespace mlir::ttt

#endif // TTT_TARGET_COMPILE_H
