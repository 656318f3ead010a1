//===- SpecFuzzer.cpp - fuzz the spec parser, verifier and CPU lowering ---===//
//
// The input is a spec (MLIR text), as ttt-compile reads it. It is parsed and
// verified; a spec ttt-compile would compile is then described (manifest
// entry, C header) and lowered with the CPU pipeline to the LLVM dialect and
// LLVM IR, in the dual form or, for inputs of odd length, the primal form.
// Every stage may reject the spec with a diagnostic; a crash, a sanitizer
// report or a spec that verifies but fails to lower without a diagnostic is
// a bug. Object emission and linking (LLVM's and cc's work) are left out:
// they take most of a compile and exercise none of our code.
//
//===----------------------------------------------------------------------===//

#include "ttt/Pipelines/Pipelines.h"
#include "ttt/Registration.h"
#include "ttt/Target/Artifact.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace mlir;
using namespace mlir::ttt;

namespace {

const DialectRegistry &registry() {
  static const DialectRegistry *registry = [] {
    registerPasses();
    auto *r = new DialectRegistry();
    registerDialects(*r);
    registerBuiltinDialectTranslation(*r);
    registerLLVMDialectTranslation(*r);
    return r;
  }();
  return *registry;
}

} // namespace

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
// LLVM's BumpPtrAllocator poisons its free slab space when the code that
// instantiates it is built with ASan. Ours is (the storage of the ttt
// dialect's attributes), libMLIR's is not, and both allocate from the same
// context allocator: memory our copy poisoned and libMLIR's copy hands out
// without unpoisoning is then reported as use-after-poison on the first
// write (a StringAttr's bytes). Manual poisoning is turned off here; every
// other check of ASan stays on.
extern "C" const char *__asan_default_options() {
  return "allow_user_poisoning=0";
}
#endif
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  MLIRContext context(registry(), MLIRContext::Threading::DISABLED);
  // Count errors instead of printing them: every rejection must say why.
  int errors = 0;
  context.getDiagEngine().registerHandler([&](Diagnostic &diag) {
    if (diag.getSeverity() == DiagnosticSeverity::Error)
      ++errors;
    return success();
  });
  // MLIR's lexer relies on a NUL after the text, as every file buffer
  // (ttt-compile's input) has; libFuzzer's input has none, and parsing it
  // in place read past its end. Parse a NUL-terminated copy.
  const std::string source(reinterpret_cast<const char *>(data), size);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(source, &context);
  if (!module)
    return 0;
  FailureOr<SmallVector<LayerOp>> layers =
      getTopLevelLayers(*module, "ttt-fuzz-spec");
  if (failed(layers) || layers->empty())
    return 0;
  SmallVector<llvm::json::Object> kernels;
  for (LayerOp layer : *layers)
    kernels.push_back(describeKernel(layer));
  (void)renderHeader(kernels, "fuzz.mlir");

  PassManager pm(&context, module.get()->getName().getStringRef());
  CPUPipelineOptions options;
  options.form = size % 2 ? "primal" : "dual";
  auto pipelineError = [](const Twine &message) {
    std::fprintf(stderr, "ttt-fuzz-spec: %s\n", message.str().c_str());
    return failure();
  };
  if (failed(buildTTTToCPUPipeline(pm, options, pipelineError)))
    std::abort(); // the pipeline itself is fixed: it must build
  if (failed(pm.run(*module))) {
    if (errors == 0) {
      std::fprintf(stderr, "ttt-fuzz-spec: lowering failed silently\n");
      std::abort();
    }
    return 0;
  }
  llvm::LLVMContext llvmContext;
  if (!translateModuleToLLVMIR(*module, llvmContext)) {
    std::fprintf(stderr, "ttt-fuzz-spec: a lowered spec did not translate "
                         "to LLVM IR\n");
    std::abort();
  }
  return 0;
}
