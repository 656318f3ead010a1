//===- Artifact.h - the artifact directory ttt-compile writes ---*- C++ -*-===//
//
// docs/ArtifactFormat.md: manifest.json, the kernel library and a C header,
// written into a temporary directory that is renamed into place only when
// everything succeeded.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_TARGET_ARTIFACT_H
#define TTT_TARGET_ARTIFACT_H

#include "ttt/Dialect/TTT/IR/TTTOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/Timing.h"
#include "llvm/Support/JSON.h"

#include <map>
#include <mutex>
#include <string>

namespace mlir::ttt {

class TaskQueue;

/// The manifest entry of one layer's prefill kernel: settings, arguments in
/// call order and the inner model as data. Computed from the ttt.layer before
/// it is lowered.
llvm::json::Object describeKernel(LayerOp layer);

/// The manifest entry of the layer's backward kernel (kind "backward",
/// docs/ArtifactFormat.md), derived from its prefill's entry `prefill`:
/// the prefill's inputs and the cotangents "<o>.grad" of its float outputs
/// in, the gradients "<x>.grad" of its float inputs out, and the scratch.
llvm::json::Object describeBackwardKernel(const llvm::json::Object &prefill,
                                          LayerOp layer);

/// The manifest entries of the layer's training pair: "<layer>_train" (kind
/// "train": the prefill's arguments and an output "tape") and
/// "<layer>_backward_from_tape" (kind "backward_from_tape": the backward's
/// arguments without the scratch, and an input "tape").
llvm::json::Object describeTrainKernel(const llvm::json::Object &prefill,
                                       LayerOp layer);
llvm::json::Object
describeBackwardFromTapeKernel(const llvm::json::Object &backward,
                               LayerOp layer);

/// The per-sequence sizes of a backward kernel's scratch and of a training
/// pair's tape (KernelSignature.h, TapeShape): its rows ("T/16+2") and
/// width, known once ttt-build-backward has derived the segment's VJP.
struct TapeSizes {
  std::string rows;
  int64_t width;
};

/// Sets the sizes of the tape of a training-pair kernel (its "tape"
/// argument's last two).
void setTapeSizes(llvm::json::Object &kernel, const TapeSizes &sizes);

/// Sets the sizes (the last two) of a backward kernel's scratch.
void setScratchSizes(llvm::json::Object &kernel, const TapeSizes &sizes);

/// Opens a header comment `/* <name>, arguments:` and lists the kernel's
/// arguments one per line (index, role, name, dtype, shape); the caller
/// closes the comment.
void renderArgumentComment(raw_ostream &os, const llvm::json::Object &kernel);

/// The C header declaring every kernel's entry point.
std::string renderHeader(ArrayRef<llvm::json::Object> kernels,
                         StringRef specName);

/// The ABI a kernel library is built for: the manifest's "target" and
/// "kernels" as compact JSON. The CPU library exports it as the
/// NUL-terminated data symbol `ttt_abi`, which the runtime compares with the
/// manifest before it binds anything (docs/ArtifactFormat.md).
std::string renderABI(StringRef target, ArrayRef<llvm::json::Object> kernels);

/// The object code of a CPU kernel library, compiled as its LLVM-dialect
/// modules become ready: each is translated to LLVM IR and split into
/// partitions, which are optimized (-O3) and compiled on the threads of a
/// TaskQueue; link() then writes the library.
class CPUObjectCode {
public:
  CPUObjectCode();

  /// Translates `module`, the `index`-th of the library's modules (which
  /// names its symbols that other partitions use), splits it into at most
  /// `partitions` and queues their compilation on `queue`, each timed as
  /// "LLVM code generation" under `timing`. Runs on the thread that owns
  /// the module's context; errors are kept for link(). Without
  /// `reduceLoopStrength`, LLVM's loop strength reduction does not run on
  /// it (see Compile.cpp for which kernels).
  void add(ModuleOp module, size_t index, unsigned partitions, TaskQueue &queue,
           TimingScope &timing, bool reduceLoopStrength = true);

  /// Links every object, in the order of the modules and partitions, and
  /// one that exports `abi` (renderABI) as `ttt_abi`, into the shared
  /// library `path` (`cc -shared`). Emits any error of the compile on `loc`.
  LogicalResult link(StringRef path, StringRef abi, Location loc);

private:
  void keepError(std::string message);

  std::mutex mutex;
  /// (module index, partition index) -> object code.
  std::map<std::pair<size_t, size_t>, std::string> objects;
  std::string error;
};

/// Whether `dir` may receive an artifact: not "", ".", ".." (nor ending in
/// them), and absent, an empty directory or an artifact this tool wrote
/// (manifest.json plus exactly the files its "files" list names), in a
/// directory that exists. Emits the reason if not. writeArtifactDirectory
/// checks again before replacing.
LogicalResult checkArtifactDirectory(StringRef dir, Location loc);

/// Writes `files` (name -> contents, manifest.json among them) and the
/// library into DIR.tmp-XXXXXX next to `dir`, then swaps it in atomically
/// (docs/ArtifactFormat.md, "Writing the directory"). `dir` must pass
/// checkArtifactDirectory; on any failure or kill signal the temporary
/// directory is removed and `dir` keeps its old contents.
LogicalResult
writeArtifactDirectory(StringRef dir,
                       ArrayRef<std::pair<std::string, std::string>> files,
                       function_ref<LogicalResult(StringRef tmpDir)> emitLibrary,
                       Location loc);

} // namespace mlir::ttt

#endif // TTT_TARGET_ARTIFACT_H
