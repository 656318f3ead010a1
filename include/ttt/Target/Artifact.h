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
#include "llvm/Support/JSON.h"

namespace mlir::ttt {

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

/// Compiles LLVM-dialect modules (each in an MLIRContext of its own: they
/// are translated side by side) to one native shared library at
/// `path` for the host CPU (translation, -O3, object emission,
/// `cc -shared`), with `abi` (renderABI) as its exported `ttt_abi`, on at
/// most `jobs` threads. Errors are emitted on `loc`.
LogicalResult emitCPUSharedLibrary(ArrayRef<ModuleOp> modules, StringRef path,
                                   StringRef abi, unsigned jobs,
                                   Location loc);

/// Whether `dir` may receive an artifact: not "", ".", ".." (nor ending in
/// them), and absent, an empty directory or an artifact this tool wrote
/// (manifest.json plus exactly the files its "files" list names). Emits the
/// reason if not. writeArtifactDirectory checks again before replacing.
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
