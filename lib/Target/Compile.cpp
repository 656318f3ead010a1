//===- Compile.cpp - a spec to an artifact directory ----------------------===//
//
// A cpu artifact is a shared library with every layer's prefill (and
// backward) kernel; an sm_* artifact is PTX and a cubin with each kernel's
// launch configuration. Both get manifest.json and a C header, and are
// written through writeArtifactDirectory, all or nothing.
//
//===----------------------------------------------------------------------===//

#include "ttt/Target/Compile.h"

#include "ttt/Conversion/Passes.h"
#include "ttt/Dialect/TTT/IR/KernelArgs.h"
#include "ttt/Pipelines/GPUPipeline.h"
#include "ttt/Pipelines/Pipelines.h"
#include "ttt/Support/Parallel.h"
#include "ttt/Target/Artifact.h"
#include "ttt/Target/CUDAArtifact.h"
#include "ttt/Target/EntryPointModules.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Pass.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::ttt;

static constexpr StringLiteral kLibraryName = "libttt_kernels.so";
static constexpr StringLiteral kCubinName = "ttt_kernels.cubin";
static constexpr StringLiteral kPTXName = "ttt_kernels.ptx";
static constexpr StringLiteral kPtxasLogName = "ptxas.log";
static constexpr StringLiteral kHeaderName = "ttt_kernels.h";

/// manifest.json: the fields every artifact has (docs/ArtifactFormat.md);
/// the caller adds its target's own.
static llvm::json::Object
describeArtifact(StringRef target, int64_t version, StringRef library,
                 ArrayRef<StringRef> files,
                 ArrayRef<llvm::json::Object> kernels) {
  llvm::json::Array fileArray, kernelArray;
  for (StringRef file : files)
    fileArray.push_back(file);
  for (const llvm::json::Object &kernel : kernels)
    kernelArray.push_back(llvm::json::Object(kernel));
  return llvm::json::Object{{"format", "ttt-artifact"},
                            {"version", version},
                            {"target", target},
                            {"library", library},
                            {"files", std::move(fileArray)},
                            {"kernels", std::move(kernelArray)}};
}

static std::string renderManifest(llvm::json::Object manifest) {
  std::string text;
  llvm::raw_string_ostream(text)
      << llvm::formatv("{0:2}", llvm::json::Value(std::move(manifest))) << "\n";
  return text;
}

namespace {
/// One compile: its options, the module and where errors and time go.
class ArtifactCompiler {
public:
  ArtifactCompiler(ModuleOp module, StringRef specName,
                   const CompileOptions &options, TimingScope &timing,
                   function_ref<LogicalResult(PassManager &)> configure)
      : module(module), loc(module.getLoc()), specName(specName),
        options(options), timing(timing), configure(configure) {}

  LogicalResult compile();

private:
  using PipelineBuilder =
      function_ref<LogicalResult(PassManager &, PipelineErrorHandler)>;
  LogicalResult runPipeline(PipelineBuilder build);
  LogicalResult writeCPUArtifact(ArrayRef<llvm::json::Object> kernels,
                                 ArrayRef<ModuleOp> lowered,
                                 CPUObjectCode &code, StringRef emulates);
  unsigned jobs() const {
    // LLVM's pass timers are process-wide, not per thread.
    if (llvm::TimePassesIsEnabled)
      return 1;
    return options.jobs ? options.jobs : defaultCompileJobs();
  }
  /// The LLVM partitions of each kernel: with several threads, one more
  /// than there are threads. The last kernel lowered (the biggest, a
  /// backward) arrives while the other threads are busy with the earlier
  /// kernels' partitions; with exactly one per thread, its two halves of
  /// the mlp3 backward kept one thread 0.5 s longer than the other. (-j 2:
  /// ttt_mlp 1.83-1.98 -> 1.71-1.73 s, mlp3 2.58-2.72 -> 2.50-2.53 s.)
  unsigned partitions() const { return jobs() == 1 ? 1 : jobs() + 1; }
  LogicalResult compileForGPU(SmallVector<llvm::json::Object> &kernels);
  /// Sets the sizes of backward kernel `kernel`'s scratch to those of its
  /// built entry point's scratch argument, and returns them.
  FailureOr<TapeSizes> readScratchSizes(llvm::json::Object &kernel);
  /// Sets the scratch and tape sizes of every backward and training pair
  /// kernel in `kernels`, from the entry points on tensors.
  LogicalResult describeScratch(MutableArrayRef<llvm::json::Object> kernels);

  ModuleOp module;
  Location loc;
  StringRef specName;
  const CompileOptions &options;
  TimingScope &timing;
  function_ref<LogicalResult(PassManager &)> configure;
};
} // namespace

/// Builds a pass pipeline with `build` and runs it on the module, timed
/// under `timing`; a bad pipeline option is an error on the spec.
LogicalResult ArtifactCompiler::runPipeline(PipelineBuilder build) {
  PassManager pm(module->getName());
  auto errorHandler = [&](const Twine &message) {
    return emitError(loc) << message;
  };
  if (failed(build(pm, errorHandler)) || failed(configure(pm)))
    return failure();
  pm.enableTiming(timing);
  return pm.run(module);
}

/// Writes a cpu artifact: the object code of the LLVM-dialect modules
/// `lowered`, compiled into `code`, as one shared library plus manifest and
/// header. `emulates` names the GPU target whose kernel the library runs on
/// the CPU (emulate), or is empty.
LogicalResult ArtifactCompiler::writeCPUArtifact(
    ArrayRef<llvm::json::Object> kernels, ArrayRef<ModuleOp> lowered,
    CPUObjectCode &code, StringRef emulates) {
  // Each entry point's workspace (ttt-cpu-workspace), read off the lowered
  // `<symbol>_memref` function. A manifest that states one is version 2,
  // which a runtime that would not pass it refuses (docs/ArtifactFormat.md).
  SmallVector<llvm::json::Object> described(kernels.begin(), kernels.end());
  int64_t version = 1;
  for (llvm::json::Object &kernel : described) {
    std::string memrefEntry = (*kernel.getString("symbol") + "_memref").str();
    IntegerAttr bytes;
    ArrayAttr inPlace;
    for (ModuleOp part : lowered)
      if (auto func = part.lookupSymbol<LLVM::LLVMFuncOp>(memrefEntry)) {
        bytes = func->getAttrOfType<IntegerAttr>("ttt.cpu_workspace_bytes");
        inPlace = func->getAttrOfType<ArrayAttr>(kInPlaceOutputs);
      }
    if (bytes && bytes.getInt() > 0) {
      kernel["workspace_bytes"] = bytes.getInt();
      version = 2;
    }
    // The state outputs a caller may bind to their input's buffer with no
    // stage (ttt-cpu-in-place-state).
    if (inPlace)
      for (llvm::json::Value &arg : *kernel.getArray("args")) {
        llvm::json::Object &a = *arg.getAsObject();
        if (a.getString("role") == "output" &&
            llvm::is_contained(inPlace.getAsValueRange<StringAttr>(),
                               *a.getString("name")))
          a["in_place"] = true;
      }
  }
  llvm::json::Object manifest =
      describeArtifact("cpu", version, kLibraryName,
                       {kLibraryName, kHeaderName}, described);
  if (!emulates.empty())
    manifest["emulates"] = emulates.str();
  TimingScope writing = timing.nest("link, write artifact");
  return writeArtifactDirectory(
      options.outputDir,
      {{"manifest.json", renderManifest(std::move(manifest))},
       {kHeaderName.str(), renderHeader(described, specName)}},
      [&](StringRef tmpDir) {
        llvm::SmallString<256> library(tmpDir);
        llvm::sys::path::append(library, kLibraryName);
        return code.link(library, renderABI("cpu", described), loc);
      },
      loc);
}

/// sm_80 / sm_90a: the kernels in PTX and a cubin, with their launch
/// configuration in the manifest. With `emulate`, the same kernels as a CPU
/// library (a cpu artifact).
LogicalResult
ArtifactCompiler::compileForGPU(SmallVector<llvm::json::Object> &kernels) {
  CUDAPipelineOptions pipeline;
  pipeline.form = options.form;
  pipeline.chip = options.target;
  pipeline.threads = options.threads;
  pipeline.sharedMemoryBytes = options.sharedMemoryBytes;
  pipeline.emulate = options.emulate;
  pipeline.emulatedThreadOrder = options.emulatedThreadOrder;
  pipeline.emulationSeed = options.emulationSeed;
  pipeline.backward = options.backward;
  pipeline.trainingPair = options.trainingPair;
  if (failed(runPipeline([&](PassManager &pm, PipelineErrorHandler onError) {
        return buildTTTToGPUEntryPointsPipeline(pm, pipeline, onError);
      })) ||
      failed(describeScratch(kernels)) ||
      failed(runPipeline([&](PassManager &pm, PipelineErrorHandler onError) {
        return buildGPUEntryPointsToKernelsPipeline(pm, pipeline, onError);
      })))
    return failure();

  if (options.emulate) {
    CPUObjectCode code;
    TaskQueue queue;
    queue.add(0, [&] { code.add(module, 0, partitions(), queue, timing); });
    queue.run(jobs());
    return writeCPUArtifact(kernels, {module}, code,
                            /*emulates=*/options.target);
  }

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
  std::string ptxas = findPtxas(options.ptxas);
  if (ptxas.empty())
    return emitError(loc) << "no ptxas found to assemble the cubin"
                          << (options.ptxas.empty()
                                  ? " (install the CUDA toolkit or pass "
                                    "--ptxas=PATH)"
                                  : " at '" + options.ptxas + "'");
  if (failed(runPipeline([&](PassManager &pm, PipelineErrorHandler onError) {
        return buildGPUKernelsToPTXPipeline(pm, pipeline, onError);
      })))
    return failure();
  FailureOr<std::string> ptx = extractPTX(module);
  if (failed(ptx))
    return failure();

  llvm::json::Object manifest = describeArtifact(
      options.target, /*version=*/1, kCubinName,
      {kCubinName, kPTXName, kHeaderName, kPtxasLogName}, kernels);
  manifest["ptx"] = kPTXName;
  TimingScope writing = timing.nest("ptxas, write artifact");
  return writeArtifactDirectory(
      options.outputDir,
      {{"manifest.json", renderManifest(std::move(manifest))},
       {kHeaderName.str(),
        renderCUDAHeader(kernels, specName, options.target)},
       {kPTXName.str(), *ptx}},
      [&](StringRef tmpDir) -> LogicalResult {
        llvm::SmallString<256> ptxFile(tmpDir), cubin(tmpDir), logFile(tmpDir);
        llvm::sys::path::append(ptxFile, kPTXName);
        llvm::sys::path::append(cubin, kCubinName);
        llvm::sys::path::append(logFile, kPtxasLogName);
        std::string log;
        LogicalResult assembled =
            assembleCubin(ptxas, options.target, ptxFile, cubin, log, loc);
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

LogicalResult ArtifactCompiler::compile() {
  bool gpu = lookupCudaChip(options.target) != nullptr;
  if (options.target != "cpu" && !gpu)
    return emitError(loc) << "unknown target '" << options.target
                          << "' (expected cpu, " << listCudaChips() << ")";
  if (options.emulate && !gpu)
    return emitError(loc) << "--emulate-on-cpu needs a GPU target";
  if (options.trainingPair && !options.backward)
    return emitError(loc) << "--training-pair needs the backward kernels, "
                             "which --backward=false leaves out";
  // Refuse an output we may not replace before spending time compiling.
  if (failed(checkArtifactDirectory(options.outputDir, loc)))
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
  // The backward kernels. With the training pair, each backward is followed
  // by its layer's train and backward-from-tape kernels.
  if (options.backward) {
    SmallVector<llvm::json::Object> backwards;
    for (auto [layer, kernel] : llvm::zip(*layers, kernels)) {
      backwards.push_back(describeBackwardKernel(kernel, layer));
      if (!options.trainingPair)
        continue;
      llvm::json::Object fromTape =
          describeBackwardFromTapeKernel(backwards.back(), layer);
      backwards.push_back(describeTrainKernel(kernel, layer));
      backwards.push_back(std::move(fromTape));
    }
    for (llvm::json::Object &kernel : backwards)
      kernels.push_back(std::move(kernel));
  }
  if (gpu)
    return compileForGPU(kernels);

  CPUPipelineOptions pipeline;
  pipeline.form = options.form;
  pipeline.backward = options.backward;
  pipeline.trainingPair = options.trainingPair;
  if (failed(runPipeline([&](PassManager &pm, PipelineErrorHandler onError) {
        return buildTTTToCPUEntryPointsPipeline(pm, pipeline, onError);
      })))
    return failure();
  if (failed(describeScratch(kernels)))
    return failure();
  // LLVM's loop strength reduction (with the analysis of induction
  // variable users it needs) took a fifth to a quarter of `llc`'s time on
  // the three-layer MLP's backward partitions, and the backward kernels ran
  // the same without it. The forward kernels keep it: without it, TTT-MLP's
  // decode step took 70-73 us instead of 66-67.
  llvm::StringSet<> backwardEntries;
  for (llvm::json::Object &kernel : kernels)
    if (StringRef kind = *kernel.getString("kind");
        kind == "backward" || kind == "backward_from_tape")
      backwardEntries.insert((*kernel.getString("symbol") + "_memref").str());
  auto isBackward = [&](ModuleOp lowered) {
    return llvm::any_of(backwardEntries, [&](const auto &entry) {
      return lowered.lookupSymbol(entry.getKey()) != nullptr;
    });
  };
  // The rest of the pipeline and LLVM run per entry point, concurrently:
  // each kernel's LLVM code generation starts as soon as it is lowered.
  CPUObjectCode code;
  FailureOr<std::vector<std::unique_ptr<EntryPointModule>>> parts =
      lowerEntryPoints(module, jobs(), options.verifyEach, timing, configure,
                       [&](size_t i, ModuleOp lowered, TaskQueue &queue) {
                         code.add(lowered, i, partitions(), queue, timing,
                                  /*reduceLoopStrength=*/!isBackward(lowered));
                       });
  if (failed(parts))
    return failure();
  SmallVector<ModuleOp> lowered;
  for (const std::unique_ptr<EntryPointModule> &part : *parts)
    lowered.push_back(part->getModule());
  LogicalResult written =
      writeCPUArtifact(kernels, lowered, code, /*emulates=*/"");
  // What LLVM's translation reported on the parts' own contexts.
  for (const std::unique_ptr<EntryPointModule> &part : *parts)
    part->forwardDiagnostics(module->getContext(), loc);
  return written;
}

LogicalResult
ArtifactCompiler::describeScratch(MutableArrayRef<llvm::json::Object> kernels) {
  // A backward kernel's scratch holds its segments' tapes, whose width the
  // pipeline found: the entry point's scratch argument says it, and the
  // training pair's tape (the two kernels after it) has the same.
  for (auto [i, kernel] : llvm::enumerate(kernels)) {
    if (*kernel.getString("kind") != "backward")
      continue;
    FailureOr<TapeSizes> sizes = readScratchSizes(kernel);
    if (failed(sizes))
      return failure();
    for (size_t j = i + 1; j < kernels.size(); ++j) {
      StringRef kind = *kernels[j].getString("kind");
      if (kind != "train" && kind != "backward_from_tape")
        break;
      setTapeSizes(kernels[j], *sizes);
    }
  }
  return success();
}

FailureOr<TapeSizes>
ArtifactCompiler::readScratchSizes(llvm::json::Object &kernel) {
  StringRef name = *kernel.getString("name");
  if (auto entry = module.lookupSymbol<func::FuncOp>(
          (*kernel.getString("symbol") + "_memref").str()))
    for (unsigned i = 0, e = entry.getNumArguments(); i < e; ++i)
      if (KernelArgAttr arg = getKernelArg(entry, i);
          arg && arg.getDirection() == ArgDirection::scratch) {
        ArrayRef<Attribute> shape = arg.getShape().getValue();
        auto rows =
            shape.size() == 4 ? dyn_cast<StringAttr>(shape[2]) : StringAttr();
        if (!rows)
          break;
        TapeSizes sizes{
            rows.str(),
            cast<MemRefType>(entry.getArgumentTypes()[i]).getShape().back()};
        setScratchSizes(kernel, sizes);
        return sizes;
      }
  return emitError(loc) << "the backward kernel '" << name
                        << "' has no scratch argument to describe (a "
                           "compiler bug)";
}

LogicalResult mlir::ttt::compileArtifact(
    ModuleOp module, StringRef specName, const CompileOptions &options,
    TimingScope &timing,
    function_ref<LogicalResult(PassManager &)> configure) {
  return ArtifactCompiler(module, specName, options, timing, configure)
      .compile();
}
