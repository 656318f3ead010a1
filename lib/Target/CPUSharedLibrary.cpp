//===- CPUSharedLibrary.cpp - LLVM dialect -> native shared library -------===//
//
// The LLVM optimizer and code generator take most of a CPU compile.
// ttt-compile hands over one LLVM-dialect module per kernel, each in an
// MLIRContext of its own, as soon as the kernel is lowered. Each module is
// translated on the thread that lowered it, and its functions are split
// into up to one partition per thread, balanced by size (a huge kernel's
// outlined loop nests spread over the threads). Every partition is queued
// as a task that optimizes it and compiles it to object code in memory, in
// an LLVMContext of its own (as LLVM's parallel LTO code generation does),
// so that one kernel's code generation overlaps the lowering of the next.
// The objects, and one that carries the ABI string, are linked into one
// shared library.
//
//===----------------------------------------------------------------------===//

#include "ttt/Target/Artifact.h"
#include "ttt/Support/Parallel.h"

#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/ADT/EquivalenceClasses.h"
#include "llvm/ADT/bit.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/VFABIDemangler.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Pass.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/StandardInstrumentations.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/Threading.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"
#include "llvm/Transforms/IPO/DeadArgumentElimination.h"
#include "llvm/Transforms/IPO/SCCP.h"
#include "llvm/Transforms/Instrumentation/AddressSanitizer.h"
#include "llvm/Transforms/Scalar/InstSimplifyPass.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/LoopUtils.h"

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

/// The host's target machine, or null with `error` set. Thread-safe once
/// the native target is initialized (emitCPUSharedLibrary does that).
static std::unique_ptr<llvm::TargetMachine>
createHostTargetMachine(std::string &error) {
  llvm::Triple triple(llvm::sys::getProcessTriple());
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) {
    error = "no LLVM target for the host: " + error;
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

/// The functions that `function`'s `vector-function-abi-variant` attribute
/// names as its vector variants, or none.
static SmallVector<llvm::Function *>
vectorVariantsOf(const llvm::Function &function) {
  SmallVector<llvm::Function *> variants;
  llvm::Attribute mappings =
      function.getFnAttribute(llvm::VFABI::MappingsAttrName);
  if (!mappings.isValid())
    return variants;
  SmallVector<StringRef> names;
  mappings.getValueAsString().split(names, ',');
  for (StringRef mangled : names)
    if (std::optional<llvm::VFInfo> info =
            llvm::VFABI::tryDemangleForVFABI(mangled, function.getFunctionType()))
      if (llvm::Function *variant =
              function.getParent()->getFunction(info->VectorName))
        variants.push_back(variant);
  return variants;
}

namespace {
/// Has the loop vectorizer widen every innermost loop that calls a function
/// with vector variants (ttt-cpu-approximate-math's shared copies of a
/// polynomial approximation): its cost model takes such a call for a cheap
/// one, where it stands for tens of ops, and would leave the loop scalar,
/// 4x slower than with the approximation inlined. The width is the widest
/// variant that a known trip count fills.
struct VectorizeLoopsCallingVariants
    : llvm::PassInfoMixin<VectorizeLoopsCallingVariants> {
  llvm::PreservedAnalyses run(llvm::Function &function,
                              llvm::FunctionAnalysisManager &analyses) {
    auto callsVariant = [](const llvm::Instruction &inst) {
      auto *call = dyn_cast<llvm::CallBase>(&inst);
      llvm::Function *callee = call ? call->getCalledFunction() : nullptr;
      return callee && callee->hasFnAttribute(llvm::VFABI::MappingsAttrName);
    };
    auto &scev = analyses.getResult<llvm::ScalarEvolutionAnalysis>(function);
    for (llvm::Loop *loop : analyses.getResult<llvm::LoopAnalysis>(function)
                                .getLoopsInPreorder()) {
      if (!loop->isInnermost() || !loop->getLoopLatch() ||
          llvm::none_of(loop->blocks(), [&](llvm::BasicBlock *block) {
            return llvm::any_of(*block, callsVariant);
          }))
        continue;
      unsigned tripCount = scev.getSmallConstantTripCount(loop);
      if (tripCount != 0 && tripCount < 4)
        continue;
      unsigned width =
          tripCount == 0 ? 8 : std::min(16u, llvm::bit_floor(tripCount));
      llvm::addStringMetadataToLoop(loop, "llvm.loop.vectorize.enable", 1);
      llvm::addStringMetadataToLoop(loop, "llvm.loop.vectorize.width", width);
    }
    // Loop metadata only: every analysis still holds.
    return llvm::PreservedAnalyses::all();
  }
};

/// Prints LLVM's diagnostics as usual, except that the vectorizer could not
/// widen a loop that VectorizeLoopsCallingVariants asked it to (the kernels
/// carry no other loop hints): the request is ttt-compile's, not the
/// user's, and the loop stays correct.
struct KernelDiagnosticHandler : llvm::DiagnosticHandler {
  bool handleDiagnostics(const llvm::DiagnosticInfo &info) override {
    return info.getKind() == llvm::DK_OptimizationFailure;
  }
};

/// The new pass manager's four analysis managers, declared so that they are
/// destroyed module first, loop last.
struct AnalysisManagers {
  llvm::LoopAnalysisManager loop;
  llvm::FunctionAnalysisManager function;
  llvm::CGSCCAnalysisManager cgscc;
  llvm::ModuleAnalysisManager module;

  /// Registers `pb`'s analyses with each manager, and the managers' proxies
  /// with one another.
  void registerWith(llvm::PassBuilder &pb) {
    pb.registerModuleAnalyses(module);
    pb.registerCGSCCAnalyses(cgscc);
    pb.registerFunctionAnalyses(function);
    pb.registerLoopAnalyses(loop);
    pb.crossRegisterProxies(loop, function, cgscc, module);
  }
};

/// A PassBuilder for `tm` with its analysis managers and LLVM's standard
/// instrumentation, so that --time-passes and --print-after see every pass
/// it runs (the members are destroyed builder first, analyses last).
struct InstrumentedPassBuilder {
  AnalysisManagers analyses;
  llvm::PassInstrumentationCallbacks instrumentation;
  llvm::StandardInstrumentations standard;
  llvm::PassBuilder pb;

  InstrumentedPassBuilder(llvm::Module &module, llvm::TargetMachine &tm,
                          llvm::PipelineTuningOptions tuning = {})
      : standard(module.getContext(), /*DebugLogging=*/false),
        pb(&tm, tuning, std::nullopt, &instrumentation) {
    standard.registerCallbacks(instrumentation, &analyses.module);
    analyses.registerWith(pb);
  }
};
} // namespace

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
  // Instrumented, so that --time-passes also times the optimizer, not only
  // the code generator.
  InstrumentedPassBuilder builder(module, tm, tuning);
  llvm::PassBuilder &pb = builder.pb;
  pb.registerVectorizerStartEPCallback(
      [](llvm::FunctionPassManager &fpm, llvm::OptimizationLevel) {
        fpm.addPass(VectorizeLoopsCallingVariants());
      });
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
      .run(module, builder.analyses.module);
}

namespace {
/// Whether the code generator's pipeline, built while this lives, includes
/// LLVM's loop strength reduction. The pass belongs to the code generator's
/// own pipeline, which no TargetMachine option reaches: only the global
/// `--disable-lsr` does, read while the pipeline is built. So the threads
/// build their partitions' pipelines one at a time, each with its setting,
/// and the option gets its default back after each; a `--disable-lsr` on
/// the command line holds for every kernel.
class LoopStrengthReduction {
public:
  explicit LoopStrengthReduction(bool enabled) : lock(mutex()) {
    if (option && option->getNumOccurrences() == 0)
      option->setValue(!enabled);
  }
  ~LoopStrengthReduction() {
    if (option && option->getNumOccurrences() == 0)
      option->setValue(false);
  }

private:
  static std::mutex &mutex() {
    static std::mutex instance;
    return instance;
  }
  /// TargetPassConfig.cpp's `static cl::opt<bool> DisableLSR`.
  static llvm::cl::opt<bool> *find() {
    auto &options = llvm::cl::getRegisteredOptions();
    auto found = options.find("disable-lsr");
    if (found == options.end())
      return nullptr;
    return static_cast<llvm::cl::opt<bool> *>(found->second);
  }

  std::lock_guard<std::mutex> lock;
  llvm::cl::opt<bool> *option = find();
};
} // namespace

/// Compiles `module` to object code in `object`, with LLVM's loop strength
/// reduction unless `reduceLoopStrength` is false; returns an error message,
/// or "" on success.
static std::string emitObject(llvm::Module &module, llvm::TargetMachine &tm,
                              std::string &object,
                              bool reduceLoopStrength = true) {
  SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream out(buffer);
  llvm::legacy::PassManager pm;
  {
    LoopStrengthReduction building(reduceLoopStrength);
    if (tm.addPassesToEmitFile(pm, out, nullptr,
                               llvm::CodeGenFileType::ObjectFile))
      return "the host target cannot emit object files";
  }
  pm.run(module);
  object.assign(buffer.begin(), buffer.end());
  return "";
}

/// Optimizes one partition, given as bitcode, and compiles it to `object`,
/// in an LLVMContext of its own so that partitions can run on threads of
/// their own. Returns an error message, or "" on success.
static std::string compilePartition(StringRef bitcode, std::string &object,
                                    bool reduceLoopStrength) {
  llvm::LLVMContext context;
  context.setDiagnosticHandler(std::make_unique<KernelDiagnosticHandler>());
  llvm::Expected<std::unique_ptr<llvm::Module>> module = llvm::parseBitcodeFile(
      llvm::MemoryBufferRef(bitcode, "partition"), context);
  if (!module)
    return "reading a partition back: " + llvm::toString(module.takeError());
  std::string error;
  std::unique_ptr<llvm::TargetMachine> tm = createHostTargetMachine(error);
  if (!tm)
    return error;
  optimizeModule(**module, *tm);
  return emitObject(**module, *tm, object, reduceLoopStrength);
}

/// Propagates constant arguments into the module's local functions and
/// drops the arguments they then leave unused, before the module is split.
/// An outlined loop nest takes every memref as a full descriptor (pointers,
/// offset, sizes, strides), mostly static: the backward's biggest nest of
/// the three-layer MLP takes 137 memrefs, about 800 scalars. Once the nest
/// is in another partition than its caller, no one can trim them, and
/// scheduling the calls of some 800 arguments (quadratic in a basic block's
/// size) cost each added partition 0.6 s. The fields reach the calls as
/// extractvalues of insertvalue chains (the descriptors the MLIR lowering
/// builds), which IPSCCP does not look through for the array members
/// (sizes, strides): InstSimplify folds them first. Without it the
/// three-layer MLP's backward body kept all of its 1,638 arguments (329
/// with it) and the compile took a fifth longer; O3's own IPSCCP runs
/// before anything folds them, so one partition is trimmed too.
static void trimSignatures(llvm::Module &module, llvm::TargetMachine &tm) {
  InstrumentedPassBuilder builder(module, tm);
  llvm::ModulePassManager mpm;
  mpm.addPass(
      llvm::createModuleToFunctionPassAdaptor(llvm::InstSimplifyPass()));
  mpm.addPass(llvm::IPSCCPPass());
  mpm.addPass(llvm::DeadArgumentEliminationPass());
  mpm.run(module, builder.analyses.module);
}

/// Splits `module` into at most `maxCount` partitions, returned as bitcode.
/// A function called from one place stays with its caller (a kernel's entry
/// point and its wrappers around the body are one chain, which the
/// optimizer may inline), unless it is `noinline`; each such group goes to
/// the partition with the fewest instructions so far, the biggest first;
/// global variables go to the first. A weak_odr function with vector
/// variants, and those variants, are defined in every partition: the loop
/// vectorizer only calls a variant that its module has, and the linker
/// keeps one copy. Local symbols that another partition uses become hidden
/// external ones, so that it can reference them without the library
/// exporting them; `prefix` keeps them apart from those of the other
/// modules linked into the library.
static SmallVector<std::string>
splitModule(llvm::Module &module, unsigned maxCount, StringRef prefix) {
  llvm::SmallPtrSet<const llvm::GlobalValue *, 8> everywhere;
  for (llvm::Function &function : module) {
    SmallVector<llvm::Function *> variants = vectorVariantsOf(function);
    if (variants.empty() || !function.hasWeakODRLinkage() ||
        !llvm::all_of(variants, [](llvm::Function *variant) {
          return variant->hasWeakODRLinkage();
        }))
      continue;
    everywhere.insert(&function);
    everywhere.insert(variants.begin(), variants.end());
  }
  llvm::EquivalenceClasses<const llvm::Function *> groups;
  for (llvm::Function &function : module) {
    if (function.isDeclaration() || everywhere.contains(&function))
      continue;
    groups.insert(&function);
    // A `noinline` callee (ttt-cpu-outline-loop-nests) would not be
    // inlined anyway: it is free to go to another partition.
    if (function.hasOneUse() &&
        !function.hasFnAttribute(llvm::Attribute::NoInline))
      if (auto *call = dyn_cast<llvm::CallBase>(function.user_back()))
        groups.unionSets(&function, call->getFunction());
  }
  // Every group by its leader, with its size, the biggest first.
  SmallVector<std::pair<uint64_t, const llvm::Function *>> leaders;
  llvm::DenseMap<const llvm::Function *, uint64_t> sizeOf;
  for (llvm::Function &function : module)
    if (!function.isDeclaration() && !everywhere.contains(&function))
      sizeOf[groups.getLeaderValue(&function)] +=
          function.getInstructionCount();
  for (auto [leader, size] : sizeOf)
    leaders.push_back({size, leader});
  unsigned count =
      std::max<size_t>(1, std::min<size_t>(maxCount, leaders.size()));
  llvm::sort(leaders, [](const auto &a, const auto &b) {
    return a.first != b.first ? a.first > b.first
                              : a.second->getName() < b.second->getName();
  });
  SmallVector<uint64_t> load(count, 0);
  llvm::DenseMap<const llvm::Function *, unsigned> partitionOfGroup;
  for (auto [size, leader] : leaders) {
    unsigned lightest =
        std::min_element(load.begin(), load.end()) - load.begin();
    partitionOfGroup[leader] = lightest;
    load[lightest] += size;
  }
  llvm::DenseMap<const llvm::GlobalValue *, unsigned> partitionOf;
  for (llvm::Function &function : module)
    if (!function.isDeclaration() && !everywhere.contains(&function))
      partitionOf[&function] =
          partitionOfGroup[groups.getLeaderValue(&function)];
  // The partition that defines `value`: -1 for every partition.
  auto homeOf = [&](const llvm::GlobalValue *value) -> int {
    if (everywhere.contains(value))
      return -1;
    auto it = partitionOf.find(value);
    return it == partitionOf.end() ? 0 : it->second;
  };
  // A local symbol used only in its own partition stays local: a kernel's
  // body, called once, is then inlined or loses the descriptor fields it
  // does not read (dead argument elimination), where a thousand-argument
  // call made instruction selection a third of the three-layer MLP's
  // compile.
  for (llvm::GlobalValue &value : module.global_values()) {
    if (!value.hasLocalLinkage())
      continue;
    int home = homeOf(&value);
    bool usedElsewhere =
        home < 0 || llvm::any_of(value.users(), [&](llvm::User *user) {
          auto *inst = dyn_cast<llvm::Instruction>(user);
          return !inst || homeOf(inst->getFunction()) != home;
        });
    if (!usedElsewhere)
      continue;
    value.setName(prefix + (value.hasName() ? value.getName() : "local"));
    value.setLinkage(llvm::GlobalValue::ExternalLinkage);
    value.setVisibility(llvm::GlobalValue::HiddenVisibility);
  }
  SmallVector<std::string> bitcodes;
  for (unsigned p = 0; p < count; ++p) {
    llvm::ValueToValueMapTy map;
    std::unique_ptr<llvm::Module> part =
        llvm::CloneModule(module, map, [&](const llvm::GlobalValue *value) {
          int home = homeOf(value);
          return home < 0 || home == static_cast<int>(p);
        });
    llvm::raw_string_ostream os(bitcodes.emplace_back());
    llvm::WriteBitcodeToFile(*part, os);
  }
  return bitcodes;
}

static LogicalResult linkSharedLibrary(ArrayRef<std::string> objects,
                                       StringRef path, Location loc) {
  llvm::ErrorOr<std::string> cc = llvm::sys::findProgramByName("cc");
  if (!cc)
    return emitError(loc) << "no C compiler driver 'cc' on PATH to link the "
                             "kernel library";
  SmallVector<StringRef> args = {*cc, "-shared", "-o", path};
  llvm::append_range(args, objects);
  args.push_back("-lm");
  std::string error;
  int rc = llvm::sys::ExecuteAndWait(*cc, args, std::nullopt, {}, 0, 0, &error);
  if (rc != 0)
    return emitError(loc) << "linking '" << path << "' failed (cc exit code "
                          << rc << ")" << (error.empty() ? "" : ": ") << error;
  return success();
}

/// Defines `bfloat __truncsfbf2(float)` in `module`, hidden: f32 -> bf16,
/// rounded to nearest even, a NaN to the quiet NaN (ttt-cpu-expand-bf16's
/// arithmetic). ttt-cpu-expand-bf16 leaves LLVM no f32 -> bf16 truncation,
/// but where a bf16 value crosses basic blocks (--asan-kernels splits them
/// at every check) the x86 backend without AVX512-BF16 still carries it as
/// an f32 and truncates it back with this libgcc call, which GCC 12
/// (Debian 12) does not have: the library would not load.
static void defineTruncSFBF2(llvm::Module &module) {
  llvm::LLVMContext &context = module.getContext();
  llvm::Type *f32 = llvm::Type::getFloatTy(context);
  llvm::Type *i32 = llvm::Type::getInt32Ty(context);
  llvm::Type *i16 = llvm::Type::getInt16Ty(context);
  auto *function = llvm::Function::Create(
      llvm::FunctionType::get(llvm::Type::getBFloatTy(context), {f32}, false),
      llvm::GlobalValue::ExternalLinkage, "__truncsfbf2", module);
  function->setVisibility(llvm::GlobalValue::HiddenVisibility);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(context, "", function));
  llvm::Value *x = function->getArg(0);
  llvm::Value *bits = b.CreateBitCast(x, i32);
  llvm::Value *lowestKept = b.CreateAnd(b.CreateLShr(bits, 16), 1);
  llvm::Value *rounded =
      b.CreateAdd(bits, b.CreateAdd(lowestKept, b.getInt32(0x7fff)));
  llvm::Value *high = b.CreateTrunc(b.CreateLShr(rounded, 16), i16);
  llvm::Value *result = b.CreateSelect(b.CreateFCmpUNO(x, x),
                                       b.getInt16(0x7fc0), high);
  b.CreateRet(b.CreateBitCast(result, function->getReturnType()));
}

/// The object code of a module that exports `abi` as `const char ttt_abi[]`
/// (NUL-terminated; the symbol's size covers the NUL, which bounds the
/// runtime's read), and that defines __truncsfbf2 (defineTruncSFBF2).
/// Returns an error message, or "" on success.
static std::string compileABIObject(StringRef abi, std::string &object) {
  std::string error;
  std::unique_ptr<llvm::TargetMachine> tm = createHostTargetMachine(error);
  if (!tm)
    return error;
  llvm::LLVMContext context;
  llvm::Module module("ttt_abi", context);
  module.setDataLayout(tm->createDataLayout());
  module.setTargetTriple(tm->getTargetTriple());
  llvm::Constant *text =
      llvm::ConstantDataArray::getString(context, abi, /*AddNull=*/true);
  auto *global = new llvm::GlobalVariable(
      module, text->getType(), /*isConstant=*/true,
      llvm::GlobalValue::ExternalLinkage, text, "ttt_abi");
  global->setAlignment(llvm::Align(1));
  defineTruncSFBF2(module);
  return emitObject(module, *tm, object);
}

/// Translates `module` to LLVM IR for the host and splits it into at most
/// `partitions` bitcode partitions, each step timed under `timing` (both
/// run on the lowering's thread, before any partition can start). Returns
/// an error message, or "" on success.
static std::string translateAndSplit(ModuleOp module, unsigned partitions,
                                     StringRef prefix,
                                     SmallVector<std::string> &bitcodes,
                                     TimingScope &timing) {
  TimingScope translating = timing.nest("translate to LLVM IR");
  DialectRegistry registry;
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  module->getContext()->appendDialectRegistry(registry);
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, llvmContext);
  if (!llvmModule)
    return "translation to LLVM IR failed";
  std::string error;
  std::unique_ptr<llvm::TargetMachine> tm = createHostTargetMachine(error);
  if (!tm)
    return error;
  llvmModule->setDataLayout(tm->createDataLayout());
  llvmModule->setTargetTriple(tm->getTargetTriple());
  translating.stop();
  TimingScope splitting = timing.nest("split into partitions");
  trimSignatures(*llvmModule, *tm);
  bitcodes = splitModule(*llvmModule, partitions, prefix);
  return "";
}

CPUObjectCode::CPUObjectCode() {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
}

void CPUObjectCode::keepError(std::string message) {
  std::lock_guard<std::mutex> lock(mutex);
  if (error.empty())
    error = std::move(message);
}

void CPUObjectCode::add(ModuleOp module, size_t index, unsigned partitions,
                        TaskQueue &queue, TimingScope &timing,
                        bool reduceLoopStrength) {
  SmallVector<std::string> bitcodes;
  std::string message = translateAndSplit(module, partitions,
                                          "ttt_m" + std::to_string(index) + "_",
                                          bitcodes, timing);
  if (!message.empty())
    return keepError(std::move(message));
  // The biggest partitions first, so that no thread starts a big one last.
  for (auto [part, bitcode] : llvm::enumerate(bitcodes)) {
    uint64_t size = bitcode.size();
    auto shared = std::make_shared<std::string>(std::move(bitcode));
    queue.add(size, [this, shared, key = std::make_pair(index, part), &timing,
                     reduceLoopStrength] {
      TimingScope scope = timing.nest("LLVM code generation");
      std::string object;
      std::string message =
          compilePartition(*shared, object, reduceLoopStrength);
      if (!message.empty())
        return keepError(std::move(message));
      std::lock_guard<std::mutex> lock(mutex);
      objects[key] = std::move(object);
    });
  }
}

LogicalResult CPUObjectCode::link(StringRef path, StringRef abi,
                                  Location loc) {
  if (!error.empty())
    return emitError(loc) << error;
  std::string abiObject;
  if (std::string message = compileABIObject(abi, abiObject); !message.empty())
    return emitError(loc) << message;
  // Object k goes to `path`.<k>.o, in the order of the modules and their
  // partitions (not of their compilation: the library is the same however
  // the threads ran); every object is removed on every path.
  SmallVector<std::string> paths;
  LogicalResult result = success();
  auto write = [&](StringRef bytes) {
    if (failed(result))
      return;
    std::string file = (path + "." + Twine(paths.size()) + ".o").str();
    paths.push_back(file);
    std::error_code ec;
    llvm::raw_fd_ostream out(file, ec, llvm::sys::fs::OF_None);
    if (!ec) {
      out << bytes;
      out.close();
      if (out.has_error()) {
        ec = out.error();
        // A stream destroyed with its error set aborts the process ("IO
        // failure on output stream"); a full disk is the user's error.
        out.clear_error();
      }
    }
    if (ec)
      result = emitError(loc)
               << "cannot write '" << file << "': " << ec.message();
  };
  write(abiObject);
  for (const auto &[key, object] : objects)
    write(object);
  if (succeeded(result))
    result = linkSharedLibrary(paths, path, loc);
  for (const std::string &file : paths)
    llvm::sys::fs::remove(file);
  return result;
}
