//===- EntryPointModules.h - lower each kernel on its own thread -*- C++ -*-===//
//
// Most of a CPU compile is spent after the layers have become entry points:
// codegen preparation, bufferization, loops and the LLVM dialect, then
// LLVM itself, all on code that one entry point (a prefill or a backward
// kernel) shares with no other. So ttt-compile gives every entry point a
// module and an MLIRContext of its own and lowers them concurrently.
//
//===----------------------------------------------------------------------===//

#ifndef TTT_TARGET_ENTRYPOINTMODULES_H
#define TTT_TARGET_ENTRYPOINTMODULES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/Timing.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir::ttt {

class TaskQueue;

/// One entry point with everything it uses, in a module and an MLIRContext
/// of its own: no other thread touches it. Its diagnostics are kept and
/// re-emitted on the compile's context by forwardDiagnostics.
class EntryPointModule {
public:
  /// Parses `bytecode` (a whole module) into a new context with `registry`
  /// and erases every public function but `entry` (what only they used is
  /// left to symbol-dce).
  static std::unique_ptr<EntryPointModule>
  create(const DialectRegistry &registry, StringRef bytecode,
         StringRef entry);

  /// Null if the bytecode did not parse (the reason is kept).
  ModuleOp getModule() { return module.get(); }
  MLIRContext &getContext() { return *context; }

  /// Re-emits the diagnostics kept so far on `target`, at the same file
  /// locations (`fallback` for any other), and forgets them.
  void forwardDiagnostics(MLIRContext *target, Location fallback);

private:
  struct Kept {
    DiagnosticSeverity severity;
    std::string message;
    // Empty when the location has no file, line and column.
    std::string file;
    unsigned line = 0, column = 0;
    std::vector<Kept> notes;
  };
  EntryPointModule() = default;
  static Kept keep(Diagnostic &diagnostic);

  std::unique_ptr<MLIRContext> context;
  std::vector<Kept> kept;
  OwningOpRef<ModuleOp> module;
};

/// Splits `module`, whose public functions are its entry points (the output
/// of buildTTTToCPUEntryPointsPipeline), into one EntryPointModule each and
/// runs buildCPUEntryPointCodegenPipeline on each, as tasks of a TaskQueue
/// with at most `jobs` threads, timed under `timing` (a nest per entry
/// point) and with `configure` applied to each pass manager. The lowered
/// IR is verified once, at the end, or with `verifyEach` after every pass
/// (as mlir-opt does). As soon as the `i`-th entry point is lowered, its
/// thread calls `whenLowered(i, lowered, queue)` (if given), which may
/// queue more work on the same threads (its LLVM code generation).
/// Diagnostics are re-emitted on `module`'s context; fails if any pipeline
/// failed.
FailureOr<std::vector<std::unique_ptr<EntryPointModule>>>
lowerEntryPoints(ModuleOp module, unsigned jobs, bool verifyEach,
                 TimingScope &timing,
                 function_ref<LogicalResult(PassManager &)> configure,
                 function_ref<void(size_t, ModuleOp, TaskQueue &)>
                     whenLowered = nullptr);

} // namespace mlir::ttt

#endif // TTT_TARGET_ENTRYPOINTMODULES_H
