//===- EntryPointModules.cpp - lower each kernel on its own thread --------===//
//
// An MLIRContext is not meant to be shared by pass managers running side by
// side (loading a dialect, say, is not thread-safe), so every entry point
// gets a context of its own: the module is written once as bytecode, which
// keeps every location, and each context reads it back and keeps one entry
// point. The diagnostics of those contexts are kept, then re-emitted on the
// compile's own context, where ttt-compile prints them against the spec.
//
//===----------------------------------------------------------------------===//

#include "ttt/Target/EntryPointModules.h"

#include "ttt/Pipelines/Pipelines.h"
#include "ttt/Support/Parallel.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::ttt;

EntryPointModule::Kept EntryPointModule::keep(Diagnostic &diagnostic) {
  Kept kept{diagnostic.getSeverity(), diagnostic.str(), "", 0, 0, {}};
  if (auto file = diagnostic.getLocation()->findInstanceOf<FileLineColLoc>()) {
    kept.file = file.getFilename().str();
    kept.line = file.getLine();
    kept.column = file.getColumn();
  }
  for (Diagnostic &note : diagnostic.getNotes())
    kept.notes.push_back(keep(note));
  return kept;
}

std::unique_ptr<EntryPointModule>
EntryPointModule::create(const DialectRegistry &registry, StringRef bytecode,
                         StringRef entry) {
  std::unique_ptr<EntryPointModule> result(new EntryPointModule());
  // The compile's threads are these; the context needs no pool of its own.
  result->context = std::make_unique<MLIRContext>(
      registry, MLIRContext::Threading::DISABLED);
  result->context->getDiagEngine().registerHandler(
      [kept = &result->kept](Diagnostic &diagnostic) {
        kept->push_back(keep(diagnostic));
      });
  result->module = parseSourceString<ModuleOp>(
      bytecode, ParserConfig(result->context.get()));
  if (!result->module)
    return result;
  for (auto func : llvm::make_early_inc_range(
           result->module->getOps<FunctionOpInterface>()))
    if (func.isPublic() && func.getName() != entry)
      func.erase();
  return result;
}

void EntryPointModule::forwardDiagnostics(MLIRContext *target,
                                          Location fallback) {
  auto locate = [&](const Kept &kept) -> Location {
    if (kept.file.empty())
      return fallback;
    return FileLineColLoc::get(target, kept.file, kept.line, kept.column);
  };
  for (const Kept &diagnostic : kept) {
    InFlightDiagnostic emitted = target->getDiagEngine().emit(
        locate(diagnostic), diagnostic.severity);
    emitted << diagnostic.message;
    for (const Kept &note : diagnostic.notes)
      emitted.attachNote(locate(note)) << note.message;
  }
  kept.clear();
}

FailureOr<std::vector<std::unique_ptr<EntryPointModule>>>
mlir::ttt::lowerEntryPoints(
    ModuleOp module, unsigned jobs, bool verifyEach, TimingScope &timing,
    function_ref<LogicalResult(PassManager &)> configure,
    function_ref<void(size_t, ModuleOp, TaskQueue &)> whenLowered) {
  std::string bytecode;
  {
    llvm::raw_string_ostream os(bytecode);
    if (failed(writeBytecodeToFile(module, os)))
      return module.emitError("cannot write the entry points as bytecode");
  }
  SmallVector<std::string> entries;
  for (auto func : module.getOps<FunctionOpInterface>())
    if (func.isPublic())
      entries.push_back(func.getName().str());

  std::vector<std::unique_ptr<EntryPointModule>> parts(entries.size());
  std::vector<std::unique_ptr<PassManager>> passManagers(entries.size());
  SmallVector<LogicalResult> results(entries.size(), failure());
  const DialectRegistry &registry = module->getContext()->getDialectRegistry();
  // The pass managers are built and configured here, on this thread: the
  // command-line options behind `configure` are read by one thread only.
  for (auto [i, entry] : llvm::enumerate(entries)) {
    parts[i] = EntryPointModule::create(registry, bytecode, entry);
    if (!parts[i]->getModule())
      continue;
    auto pm = std::make_unique<PassManager>(&parts[i]->getContext(),
                                            ModuleOp::getOperationName());
    pm->addPass(createSymbolDCEPass());
    // The library is built for the host's CPU (CPUSharedLibrary.cpp).
    buildCPUEntryPointCodegenPipeline(*pm, getHostVectorRegisters());
    pm->enableVerifier(verifyEach);
    if (succeeded(configure(*pm)))
      passManagers[i] = std::move(pm);
  }
  // Every lowering is queued before anything it queues in turn.
  TaskQueue queue;
  for (size_t i = 0; i < entries.size(); ++i)
    queue.add(UINT64_MAX, [&, i] {
      if (!passManagers[i])
        return;
      {
        TimingScope scope = timing.nest("lower " + entries[i]);
        passManagers[i]->enableTiming(scope);
        results[i] = passManagers[i]->run(parts[i]->getModule());
      }
      if (succeeded(results[i]) && !verifyEach &&
          failed(verify(parts[i]->getModule()))) {
        parts[i]->getModule().emitError("the lowered kernel '")
            << entries[i]
            << "' does not verify (a compiler bug: --verify-each names the "
               "pass)";
        results[i] = failure();
      }
      passManagers[i].reset();
      if (succeeded(results[i]) && whenLowered)
        whenLowered(i, parts[i]->getModule(), queue);
    });
  queue.run(jobs);
  bool failedAny = false;
  for (auto [part, result] : llvm::zip(parts, results)) {
    part->forwardDiagnostics(module->getContext(), module.getLoc());
    failedAny |= failed(result);
  }
  if (failedAny)
    return failure();
  return parts;
}
