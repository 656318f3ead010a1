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

#include "ttt/Pipelines/GPUPipeline.h"
#include "ttt/Pipelines/Pipelines.h"
#include "ttt/Registration.h"
#include "ttt/Target/Artifact.h"
#include "ttt/Target/CUDAArtifact.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
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
    target("target", cl::desc("Target: cpu, sm_80 or sm_90a"),
           cl::init("cpu"), cl::cat(mainCategory));
static cl::opt<std::string>
    form("form", cl::desc(kLayerFormHelp), cl::init("dual"),
         cl::cat(mainCategory));

static cl::opt<bool> backward(
    "backward",
    cl::desc("Also emit every layer's backward kernel (cpu target; "
             "default on)"),
    cl::init(true), cl::cat(mainCategory));

static cl::OptionCategory gpuCategory("GPU targets (sm_80, sm_90a)");
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

static constexpr StringLiteral kLibraryName = "libttt_kernels.so";
static constexpr StringLiteral kCubinName = "ttt_kernels.cubin";
static constexpr StringLiteral kPTXName = "ttt_kernels.ptx";
static constexpr StringLiteral kPtxasLogName = "ptxas.log";
static constexpr StringLiteral kHeaderName = "ttt_kernels.h";

static std::string renderManifest(llvm::json::Object manifest) {
  std::string text;
  llvm::raw_string_ostream(text)
      << llvm::formatv("{0:2}", llvm::json::Value(std::move(manifest))) << "\n";
  return text;
}

static llvm::json::Array toArray(ArrayRef<llvm::json::Object> kernels) {
  llvm::json::Array array;
  for (const llvm::json::Object &kernel : kernels)
    array.push_back(llvm::json::Object(kernel));
  return array;
}

/// Builds a pass pipeline with `build` and runs it on `module`, honouring
/// MLIR's pass-manager options (--mlir-print-ir-after-all, ...) and timing
/// it under `timing` (--mlir-timing).
static LogicalResult
runPipeline(ModuleOp module, TimingScope &timing,
            function_ref<LogicalResult(PassManager &, PipelineErrorHandler)>
                build) {
  PassManager pm(module->getName());
  auto errorHandler = [&](const Twine &message) {
    return emitError(module.getLoc()) << message;
  };
  if (failed(build(pm, errorHandler)) ||
      failed(applyPassManagerCLOptions(pm)))
    return failure();
  pm.enableTiming(timing);
  return pm.run(module);
}

/// Writes a cpu artifact: the LLVM-dialect `module` as a shared library plus
/// manifest and header. `emulates` names the GPU target whose kernel the
/// library runs on the CPU (--emulate-on-cpu), or is empty.
static LogicalResult writeCPUArtifact(ModuleOp module, StringRef specName,
                                      ArrayRef<llvm::json::Object> kernels,
                                      StringRef emulates, TimingScope &timing) {
  // Each entry point's workspace (ttt-cpu-workspace), read off the lowered
  // `<symbol>_memref` function. A manifest that states one is version 2,
  // which a runtime that would not pass it refuses (docs/ArtifactFormat.md).
  SmallVector<llvm::json::Object> described(kernels.begin(), kernels.end());
  int64_t version = 1;
  for (llvm::json::Object &kernel : described) {
    std::string memrefEntry = (*kernel.getString("symbol") + "_memref").str();
    auto func = module.lookupSymbol<LLVM::LLVMFuncOp>(memrefEntry);
    auto bytes =
        func ? func->getAttrOfType<IntegerAttr>("ttt.cpu_workspace_bytes")
             : IntegerAttr();
    if (bytes && bytes.getInt() > 0) {
      kernel["workspace_bytes"] = bytes.getInt();
      version = 2;
    }
  }
  llvm::json::Object manifest{{"format", "ttt-artifact"},
                              {"version", version},
                              {"target", "cpu"},
                              {"library", kLibraryName},
                              {"files", llvm::json::Array{kLibraryName,
                                                          kHeaderName}},
                              {"kernels", toArray(described)}};
  if (!emulates.empty())
    manifest["emulates"] = emulates.str();
  TimingScope writing = timing.nest("LLVM codegen, link, write artifact");
  return writeArtifactDirectory(
      outputDir,
      {{"manifest.json", renderManifest(std::move(manifest))},
       {kHeaderName.str(), renderHeader(described, specName)}},
      [&](StringRef tmpDir) {
        llvm::SmallString<256> library(tmpDir);
        llvm::sys::path::append(library, kLibraryName);
        return emitCPUSharedLibrary(module, library,
                                    renderABI("cpu", described));
      },
      module.getLoc());
}

/// sm_80 / sm_90a: the kernels in PTX and a cubin, with their launch
/// configuration in the manifest. With --emulate-on-cpu, the same kernels
/// as a CPU library (a cpu artifact).
static LogicalResult compileForGPU(ModuleOp module, StringRef specName,
                                   SmallVector<llvm::json::Object> &kernels,
                                   TimingScope &timing) {
  Location loc = module.getLoc();
  CUDAPipelineOptions options;
  options.form = form;
  options.chip = target;
  options.threads = threads;
  options.sharedMemoryBytes = sharedMemoryBytes;
  options.emulate = emulateOnCPU;
  options.emulatedThreadOrder = emulatedThreadOrder;
  options.emulationSeed = emulationSeed;
  if (failed(runPipeline(module, timing, [&](PassManager &pm, PipelineErrorHandler onError) {
        return buildTTTToGPUKernelsPipeline(pm, options, onError);
      })))
    return failure();

  if (emulateOnCPU)
    return writeCPUArtifact(module, specName, kernels, /*emulates=*/target,
                            timing);

  // The launch configuration, read off the kernels before they become PTX.
  for (llvm::json::Object &kernel : kernels) {
    StringRef symbol = *kernel.getString("symbol");
    gpu::GPUFuncOp func;
    module.walk([&](gpu::GPUFuncOp f) {
      if (f.getName() == symbol)
        func = f;
    });
    if (!func)
      return emitError(loc) << "ttt-to-cuda produced no kernel '" << symbol
                            << "'";
    FailureOr<llvm::json::Object> launch = describeLaunch(func);
    if (failed(launch))
      return failure();
    kernel["launch"] = std::move(*launch);
  }
  std::string ptxas = findPtxas(ptxasPath);
  if (ptxas.empty())
    return emitError(loc) << "no ptxas found to assemble the cubin"
                          << (ptxasPath.empty()
                                  ? " (install the CUDA toolkit or pass "
                                    "--ptxas=PATH)"
                                  : " at '" + ptxasPath + "'");
  if (failed(runPipeline(module, timing, [&](PassManager &pm, PipelineErrorHandler onError) {
        return buildGPUKernelsToPTXPipeline(pm, options, onError);
      })))
    return failure();
  FailureOr<std::string> ptx = extractPTX(module);
  if (failed(ptx))
    return failure();

  llvm::json::Object manifest{{"format", "ttt-artifact"},
                              {"version", 1},
                              {"target", target},
                              {"library", kCubinName},
                              {"ptx", kPTXName},
                              {"files", llvm::json::Array{kCubinName, kPTXName,
                                                          kHeaderName,
                                                          kPtxasLogName}},
                              {"kernels", toArray(kernels)}};
  TimingScope writing = timing.nest("ptxas, write artifact");
  return writeArtifactDirectory(
      outputDir,
      {{"manifest.json", renderManifest(std::move(manifest))},
       {kHeaderName.str(), renderCUDAHeader(kernels, specName, target)},
       {kPTXName.str(), *ptx}},
      [&](StringRef tmpDir) -> LogicalResult {
        llvm::SmallString<256> ptxFile(tmpDir), cubin(tmpDir), logFile(tmpDir);
        llvm::sys::path::append(ptxFile, kPTXName);
        llvm::sys::path::append(cubin, kCubinName);
        llvm::sys::path::append(logFile, kPtxasLogName);
        std::string log;
        LogicalResult assembled =
            assembleCubin(ptxas, target, ptxFile, cubin, log, loc);
        std::error_code ec;
        llvm::raw_fd_ostream out(logFile, ec);
        if (!ec) {
          out << log;
          out.close();
          if (out.has_error()) {
            ec = out.error();
            out.clear_error(); // else the stream aborts the process
          }
        }
        if (ec)
          return emitError(loc) << "cannot write '" << logFile
                                << "': " << ec.message();
        return assembled;
      },
      loc);
}

static LogicalResult compile(ModuleOp module, StringRef specName,
                             TimingScope &timing) {
  Location loc = module.getLoc();
  bool gpu = lookupCudaChip(target) != nullptr;
  if (target != "cpu" && !gpu)
    return emitError(loc) << "unknown target '" << target
                          << "' (expected cpu, " << listCudaChips() << ")";
  if (emulateOnCPU && !gpu)
    return emitError(loc) << "--emulate-on-cpu needs a GPU target";
  // Refuse an output we may not replace before spending time compiling.
  if (failed(checkArtifactDirectory(outputDir, loc)))
    return failure();
  FailureOr<SmallVector<LayerOp>> layers =
      getTopLevelLayers(module, "ttt-compile");
  if (failed(layers))
    return failure();
  SmallVector<llvm::json::Object> kernels;
  for (LayerOp layer : *layers)
    kernels.push_back(describeKernel(layer));
  if (kernels.empty())
    return emitError(loc) << "the spec has no 'ttt.layer' to compile";
  if (gpu)
    return compileForGPU(module, specName, kernels, timing);

  // The backward kernels (CPU only: the GPU pipeline does not build them).
  if (backward) {
    SmallVector<llvm::json::Object> backwards;
    for (auto [layer, kernel] : llvm::zip(*layers, kernels))
      backwards.push_back(describeBackwardKernel(kernel, layer));
    for (llvm::json::Object &kernel : backwards)
      kernels.push_back(std::move(kernel));
  }
  CPUPipelineOptions options;
  options.form = form;
  options.backward = backward;
  if (failed(runPipeline(module, timing, [&](PassManager &pm, PipelineErrorHandler onError) {
        return buildTTTToCPUPipeline(pm, options, onError);
      })))
    return failure();

  return writeCPUArtifact(module, specName, kernels, /*emulates=*/"", timing);
}

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
      "backward kernels; sm_80 and sm_90a artifacts hold PTX and a cubin.\n"
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
  return failed(compile(*module, llvm::sys::path::filename(specFile), timing))
             ? 1
             : 0;
}
