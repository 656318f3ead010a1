//===- ttt-compile.cpp - spec in, embeddable artifacts out ----------------===//
//
//   ttt-compile SPEC --target=cpu|sm_80|sm_90a -o DIR [--form=dual|primal]
//
// Verifies the spec, describes every layer in manifest.json, lowers the
// module with the target's pipeline and writes the artifact directory of
// docs/ArtifactFormat.md, all or nothing: for cpu a shared library, for
// sm_80 and sm_90a the PTX (ttt-to-cuda) and the cubin (ptxas).
//
//===----------------------------------------------------------------------===//

#include "ttt/Pipelines/Pipelines.h"
#include "ttt/Registration.h"
#include "ttt/Support/CudaChips.h"
#include "ttt/Target/Compile.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/Timing.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

#include <csignal>

using namespace mlir;
using namespace mlir::ttt;
namespace cl = llvm::cl;

// The chip names in --help come from the chip table.
static const std::string targetHelp = "Target: cpu, " + listCudaChips();
static const std::string gpuCategoryName =
    "GPU targets (" + listCudaChips() + ")";

// --help lists only these categories; LLVM's and MLIR's other options are
// listed by --help-hidden.
static cl::OptionCategory mainCategory("ttt-compile options");
static cl::OptionCategory debugCategory(
    "Debugging the pipelines (MLIR's pass-manager options)");

static cl::opt<std::string> specFile(cl::Positional, cl::desc("<spec.mlir>"),
                                     cl::Required, cl::cat(mainCategory));
static cl::opt<std::string> outputDir("o", cl::desc("Artifact directory"),
                                      cl::value_desc("dir"), cl::Required,
                                      cl::cat(mainCategory));
static cl::opt<std::string>
    target("target", cl::desc(targetHelp),
           cl::init("cpu"), cl::cat(mainCategory));
static cl::opt<std::string>
    form("form", cl::desc(kLayerFormHelp), cl::init("dual"),
         cl::cat(mainCategory));

static cl::opt<bool> backward(
    "backward",
    cl::desc("Also emit every layer's backward kernel (default: on for "
             "cpu; off for GPU targets, whose backward is checked in "
             "emulation but has not run on a device yet)"),
    cl::init(true), cl::cat(mainCategory));

static cl::opt<bool> trainingPair(
    "training-pair",
    cl::desc("Also emit every layer's training pair (and the backward): "
             "<layer>_train, the prefill that also writes a tape, and "
             "<layer>_backward_from_tape, the backward that reads it"),
    cl::init(false), cl::cat(mainCategory));

static cl::opt<unsigned> jobs(
    "jobs",
    cl::desc("cpu target: threads that lower and compile the kernels side by "
             "side (default: one per hardware thread). With more than one, "
             "the --mlir-print-ir-* dumps of different kernels interleave"),
    cl::init(0), cl::cat(mainCategory));
static cl::alias jobsShort("j", cl::desc("Alias for --jobs"),
                           cl::aliasopt(jobs), cl::cat(mainCategory));

static cl::opt<bool> verifyEach(
    "verify-each",
    cl::desc("cpu target: verify each kernel's IR after every pass of its "
             "lowering, as ttt-opt does (default: once, at the end; slower)"),
    cl::init(false), cl::cat(mainCategory));

static cl::OptionCategory gpuCategory(gpuCategoryName);
static cl::opt<int64_t> threads("block-size", cl::desc("Threads per block"),
                                cl::init(256), cl::cat(gpuCategory));
static cl::opt<int64_t> sharedMemoryBytes(
    "shared-memory-bytes",
    cl::desc("Dynamic shared memory budget per block (default: the chip's "
             "largest); buffers beyond it go to a global workspace"),
    cl::init(0), cl::cat(gpuCategory));
static cl::opt<std::string>
    ptxasPath("ptxas",
              cl::desc("ptxas to assemble the cubin (default: $TTT_PTXAS, "
                       "$CUDA_HOME/bin, /usr/local/cuda/bin, PATH)"),
              cl::cat(gpuCategory));
static cl::opt<bool> emulateOnCPU(
    "emulate-on-cpu",
    cl::desc("Test aid: build the GPU kernel and run it on the CPU, every "
             "thread of every block, phase by phase between barriers, on "
             "NaN-poisoned shared memory; writes a cpu artifact"),
    cl::init(false), cl::cat(gpuCategory));
static cl::opt<std::string> emulatedThreadOrder(
    "emulated-thread-order",
    cl::desc("With --emulate-on-cpu: the order of a block's threads in each "
             "phase, reversed (default) or random"),
    cl::init("reversed"), cl::cat(gpuCategory));
static cl::opt<uint64_t>
    emulationSeed("emulation-seed",
                  cl::desc("With --emulate-on-cpu: the seed of the random "
                           "thread order (default 1)"),
                  cl::init(1), cl::cat(gpuCategory));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  // Past a file size limit (ulimit -f), write() should fail with EFBIG like
  // on a full disk, so that the artifact writer reports it and cleans up,
  // rather than SIGXFSZ killing the process mid-write.
  ::signal(SIGXFSZ, SIG_IGN);
  // Before parsing: --mlir-print-ir-after=<pass> looks its pass up by flag.
  registerPasses();
  registerPassManagerCLOptions();
  registerDefaultTimingManagerCLOptions();
  for (StringRef name :
       {"mlir-timing", "mlir-timing-display", "mlir-print-ir-after-all",
        "mlir-print-ir-after", "mlir-print-ir-before",
        "mlir-print-ir-before-all", "mlir-print-ir-after-failure",
        "mlir-print-ir-module-scope", "mlir-pass-statistics"}) {
    cl::Option *option = cl::getRegisteredOptions().lookup(name);
    if (option) // a flag MLIR renamed is simply not listed
      option->addCategory(debugCategory);
  }
  // cl::HideUnrelatedOptions would make them ReallyHidden, out of
  // --help-hidden too.
  for (auto &entry : cl::getRegisteredOptions()) {
    cl::Option *option = entry.second;
    bool ours = llvm::any_of(option->Categories, [](cl::OptionCategory *c) {
      return c == &mainCategory || c == &gpuCategory || c == &debugCategory;
    });
    if (!ours && option->getOptionHiddenFlag() == cl::NotHidden)
      option->setHiddenFlag(cl::Hidden);
  }
  cl::ParseCommandLineOptions(
      argc, argv,
      "ttt-compile: TTT layer spec -> artifact directory "
      "(docs/ArtifactFormat.md)\n\n"
      "  ttt-compile SPEC.mlir -o DIR [--target=cpu|sm_80|sm_90a]\n\n"
      "A cpu artifact holds a shared library with every layer's prefill and\n"
      "backward kernels (and, with --training-pair, its train and\n"
      "backward-from-tape kernels); sm_80 and sm_90a artifacts hold PTX and\n"
      "a cubin of every layer's prefill kernel (with --backward or\n"
      "--training-pair, those kernels too: checked in emulation\n"
      "(--emulate-on-cpu), not yet run on a device).\n"
      "An existing DIR is replaced only if it holds an artifact.\n");
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
  DefaultTimingManager timingManager;
  applyDefaultTimingManagerCLOptions(timingManager);
  TimingScope timing = timingManager.getRootScope();
  OwningOpRef<ModuleOp> module;
  {
    TimingScope parsing = timing.nest("parse spec");
    module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  }
  if (!module)
    return 1;
  CompileOptions options;
  options.outputDir = outputDir;
  options.target = target;
  options.form = form;
  // On by default for the CPU; a GPU artifact holds the backward on
  // request only (the training pair asks for it): it has not run on a
  // device yet.
  options.backward = backward.getNumOccurrences()
                         ? bool(backward)
                         : target == "cpu" || trainingPair;
  options.trainingPair = trainingPair;
  options.jobs = jobs;
  options.verifyEach = verifyEach;
  options.threads = threads;
  options.sharedMemoryBytes = sharedMemoryBytes;
  options.ptxas = ptxasPath;
  options.emulate = emulateOnCPU;
  options.emulatedThreadOrder = emulatedThreadOrder;
  options.emulationSeed = emulationSeed;
  return failed(compileArtifact(*module, llvm::sys::path::filename(specFile),
                                options, timing, applyPassManagerCLOptions))
             ? 1
             : 0;
}
