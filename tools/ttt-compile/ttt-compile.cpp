//===- ttt-compile.cpp - spec in, embeddable artifacts out ----------------===//
//
//   ttt-compile SPEC --target=cpu -o DIR [--form=dual|primal]
//
// Verifies the spec, describes every layer in manifest.json, lowers the
// module with the target's pipeline and writes the artifact directory of
// docs/ArtifactFormat.md, all or nothing.
//
//===----------------------------------------------------------------------===//

#include "ttt/Pipelines/Pipelines.h"
#include "ttt/Registration.h"
#include "ttt/Target/Artifact.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
using namespace mlir::ttt;
namespace cl = llvm::cl;

static cl::opt<std::string> specFile(cl::Positional, cl::desc("<spec.mlir>"),
                                     cl::Required);
static cl::opt<std::string> outputDir("o", cl::desc("Artifact directory"),
                                      cl::value_desc("dir"), cl::Required);
static cl::opt<std::string>
    target("target", cl::desc("Target: cpu (sm_80 and sm_90a: GPU backend)"),
           cl::init("cpu"));
static cl::opt<std::string>
    form("form",
         cl::desc("Layer form: dual (fast) or primal (token by token, for "
                  "cross-checks)"),
         cl::init("dual"));

static constexpr StringLiteral kLibraryName = "libttt_kernels.so";

static LogicalResult compile(ModuleOp module, StringRef specName) {
  Location loc = module.getLoc();
  if (target != "cpu") {
    if (target == "sm_80" || target == "sm_90a")
      return emitError(loc) << "target '" << target
                            << "' is not implemented yet; this build "
                               "supports --target=cpu";
    return emitError(loc) << "unknown target '" << target
                          << "' (expected cpu, sm_80 or sm_90a)";
  }
  SmallVector<llvm::json::Object> kernels;
  for (auto layer : module.getOps<LayerOp>())
    kernels.push_back(describeKernel(layer));
  if (kernels.empty())
    return emitError(loc) << "the spec has no 'ttt.layer' to compile";

  PassManager pm(module->getName());
  CPUPipelineOptions options;
  options.form = form;
  if (failed(buildTTTToCPUPipeline(pm, options)) || failed(pm.run(module)))
    return failure();

  llvm::json::Array kernelArray;
  for (const llvm::json::Object &kernel : kernels)
    kernelArray.push_back(llvm::json::Object(kernel));
  llvm::json::Object manifest{{"format", "ttt-artifact"},
                              {"version", 1},
                              {"target", "cpu"},
                              {"library", kLibraryName},
                              {"kernels", std::move(kernelArray)}};
  std::string manifestText;
  llvm::raw_string_ostream(manifestText)
      << llvm::formatv("{0:2}", llvm::json::Value(std::move(manifest))) << "\n";
  return writeArtifactDirectory(
      outputDir,
      {{"manifest.json", manifestText},
       {"ttt_kernels.h", renderHeader(kernels, specName)}},
      [&](StringRef tmpDir) {
        llvm::SmallString<256> library(tmpDir);
        llvm::sys::path::append(library, kLibraryName);
        return emitCPUSharedLibrary(module, library);
      },
      loc);
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(argc, argv,
                              "ttt-compile: TTT layer spec -> artifacts\n");
  registerPasses();
  DialectRegistry registry;
  registerDialects(registry);
  MLIRContext context(registry);

  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
  std::string error;
  auto input = openInputFile(specFile, &error);
  if (!input) {
    llvm::errs() << "ttt-compile: error: " << error << "\n";
    return 1;
  }
  sourceMgr.AddNewSourceBuffer(std::move(input), llvm::SMLoc());
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return 1;
  return failed(compile(*module, llvm::sys::path::filename(specFile))) ? 1 : 0;
}
