//===- CPUSharedLibrary.cpp - LLVM dialect -> native shared library -------===//

#include "ttt/Target/Artifact.h"

#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/StandardInstrumentations.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"
#include "llvm/Transforms/Instrumentation/AddressSanitizer.h"

using namespace mlir;
using namespace mlir::ttt;

// The sanitizer build (scripts/sanitize.sh) runs the CPU integration tests
// with the kernels themselves instrumented: an uninstrumented kernel that
// reads past an input or a scratch buffer is invisible to ASan, since only
// the process around it (ttt-run, the runtime) is checked.
static llvm::cl::opt<bool> asanKernels(
    "asan-kernels",
    llvm::cl::desc("Instrument CPU kernels with AddressSanitizer; the library "
                   "then loads only into a process that carries the ASan "
                   "runtime (a -DTTT_SANITIZE=ON build of ttt-run)"),
    llvm::cl::init(false));

static std::unique_ptr<llvm::TargetMachine> createHostTargetMachine(Location loc) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  llvm::Triple triple(llvm::sys::getProcessTriple());
  std::string error;
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) {
    emitError(loc) << "no LLVM target for the host: " << error;
    return nullptr;
  }
  // Features of this machine: the artifact runs where it is compiled (or on
  // a machine of the same kind), like -march=native.
  llvm::SubtargetFeatures features;
  for (const auto &[name, enabled] : llvm::sys::getHostCPUFeatures())
    features.AddFeature(name, enabled);
  llvm::TargetOptions options;
  // Fuse multiplies and adds into FMAs wherever the IR allows it.
  options.AllowFPOpFusion = llvm::FPOpFusion::Fast;
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      triple, llvm::sys::getHostCPUName(), features.getString(), options,
      llvm::Reloc::PIC_, std::nullopt, llvm::CodeGenOptLevel::Aggressive));
}

/// LLVM's O3 pipeline without loop unrolling. The kernels' loops have small
/// static trip counts (mini-batch and head sizes) inside a few levels of
/// nesting; full unrolling multiplied their code by 5 and compile time by 10
/// (15 s for TTT-Linear) for no measurable speed-up, since the loop
/// vectorizer's interleaving already fills the FMA pipes.
/// With --asan-kernels, AddressSanitizer runs last, on the optimized code (as
/// clang does), over every function of the module.
static void optimizeModule(llvm::Module &module, llvm::TargetMachine &tm) {
  llvm::PipelineTuningOptions tuning;
  tuning.LoopUnrolling = false;
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  // LLVM's own instrumentation, so that --time-passes also times the
  // optimizer, not only the code generator.
  llvm::PassInstrumentationCallbacks instrumentation;
  llvm::StandardInstrumentations standard(module.getContext(),
                                          /*DebugLogging=*/false);
  standard.registerCallbacks(instrumentation, &mam);
  llvm::PassBuilder pb(&tm, tuning, std::nullopt, &instrumentation);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  if (asanKernels) {
    for (llvm::Function &function : module)
      if (!function.isDeclaration())
        function.addFnAttr(llvm::Attribute::SanitizeAddress);
    pb.registerOptimizerLastEPCallback(
        [](llvm::ModulePassManager &mpm, llvm::OptimizationLevel,
           llvm::ThinOrFullLTOPhase) {
          mpm.addPass(llvm::AddressSanitizerPass(llvm::AddressSanitizerOptions()));
        });
  }
  pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3)
      .run(module, mam);
}

static LogicalResult emitObject(llvm::Module &module, llvm::TargetMachine &tm,
                                StringRef path, Location loc) {
  std::error_code ec;
  llvm::ToolOutputFile out(path, ec, llvm::sys::fs::OF_None);
  if (ec)
    return emitError(loc) << "cannot write '" << path << "': " << ec.message();
  llvm::legacy::PassManager pm;
  if (tm.addPassesToEmitFile(pm, out.os(), nullptr,
                             llvm::CodeGenFileType::ObjectFile))
    return emitError(loc) << "the host target cannot emit object files";
  pm.run(module);
  out.os().close();
  if (out.os().has_error()) {
    ec = out.os().error();
    // A stream destroyed with its error set aborts the process ("IO failure
    // on output stream"); a full disk is the user's error to report.
    out.os().clear_error();
    return emitError(loc) << "cannot write '" << path << "': " << ec.message();
  }
  out.keep();
  return success();
}

static LogicalResult linkSharedLibrary(StringRef object, StringRef path,
                                       Location loc) {
  llvm::ErrorOr<std::string> cc = llvm::sys::findProgramByName("cc");
  if (!cc)
    return emitError(loc) << "no C compiler driver 'cc' on PATH to link the "
                             "kernel library";
  SmallVector<StringRef> args = {*cc, "-shared", "-o", path, object, "-lm"};
  std::string error;
  int rc = llvm::sys::ExecuteAndWait(*cc, args, std::nullopt, {}, 0, 0, &error);
  if (rc != 0)
    return emitError(loc) << "linking '" << path << "' failed (cc exit code "
                          << rc << ")" << (error.empty() ? "" : ": ") << error;
  return success();
}

/// Exports `abi` as `const char ttt_abi[]` (NUL-terminated; the symbol's
/// size covers the NUL, which bounds the runtime's read).
static void addABISymbol(llvm::Module &module, StringRef abi) {
  llvm::Constant *text = llvm::ConstantDataArray::getString(
      module.getContext(), abi, /*AddNull=*/true);
  auto *global = new llvm::GlobalVariable(
      module, text->getType(), /*isConstant=*/true,
      llvm::GlobalValue::ExternalLinkage, text, "ttt_abi");
  global->setAlignment(llvm::Align(1));
}

LogicalResult mlir::ttt::emitCPUSharedLibrary(ModuleOp module, StringRef path,
                                              StringRef abi) {
  Location loc = module.getLoc();
  DialectRegistry registry;
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  module->getContext()->appendDialectRegistry(registry);

  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, llvmContext);
  if (!llvmModule)
    return emitError(loc) << "translation to LLVM IR failed";
  std::unique_ptr<llvm::TargetMachine> tm = createHostTargetMachine(loc);
  if (!tm)
    return failure();
  llvmModule->setDataLayout(tm->createDataLayout());
  llvmModule->setTargetTriple(tm->getTargetTriple());
  addABISymbol(*llvmModule, abi);
  optimizeModule(*llvmModule, *tm);

  std::string object = (path + ".o").str();
  if (failed(emitObject(*llvmModule, *tm, object, loc)))
    return failure();
  LogicalResult linked = linkSharedLibrary(object, path, loc);
  llvm::sys::fs::remove(object);
  return linked;
}
