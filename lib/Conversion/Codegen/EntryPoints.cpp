//===- EntryPoints.cpp - the ttt-entry-points pass ------------------------===//

#include "ttt/Conversion/CodegenPasses.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/IR/Builders.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTENTRYPOINTS
#include "ttt/Conversion/CodegenPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

static Type toMemRef(Type type) {
  auto tensor = cast<RankedTensorType>(type);
  return MemRefType::get(tensor.getShape(), tensor.getElementType());
}

/// `ttt.entry_point` when the kernel names its entry point (a backward
/// kernel), else `<name>_prefill`.
static std::string entryPointName(func::FuncOp kernel) {
  if (auto name = kernel->getAttrOfType<StringAttr>("ttt.entry_point"))
    return name.str();
  return (kernel.getName() + "_prefill").str();
}

static void addEntryPoint(func::FuncOp kernel) {
  OpBuilder builder(kernel);
  builder.setInsertionPointAfter(kernel);
  Location loc = kernel.getLoc();
  FunctionType type = kernel.getFunctionType();
  SmallVector<Type> args = llvm::map_to_vector(type.getInputs(), toMemRef);
  llvm::append_range(args, llvm::map_range(type.getResults(), toMemRef));

  auto entry = func::FuncOp::create(builder, loc,
                                    entryPointName(kernel) + "_memref",
                                    builder.getFunctionType(args, {}));
  entry->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(),
                 builder.getUnitAttr());
  // The kernel's argument and result descriptions (#ttt.arg) stay with the
  // memref arguments that stand for them.
  unsigned numInputs = type.getNumInputs();
  for (unsigned i = 0; i < numInputs; ++i)
    if (DictionaryAttr attrs = kernel.getArgAttrDict(i))
      entry.setArgAttrs(i, attrs);
  for (unsigned i = 0, e = type.getNumResults(); i < e; ++i)
    if (DictionaryAttr attrs = kernel.getResultAttrDict(i))
      entry.setArgAttrs(numInputs + i, attrs);
  Block *body = entry.addEntryBlock();
  builder.setInsertionPointToStart(body);
  SmallVector<Value> inputs;
  for (auto [arg, tensorType] :
       llvm::zip(body->getArguments().take_front(numInputs), type.getInputs()))
    inputs.push_back(bufferization::ToTensorOp::create(
        builder, loc, tensorType, arg, /*restrict=*/true, /*writable=*/false));
  auto call = func::CallOp::create(builder, loc, kernel, inputs);
  for (auto [result, out] :
       llvm::zip(call.getResults(), body->getArguments().drop_front(numInputs))) {
    auto store = bufferization::MaterializeInDestinationOp::create(
        builder, loc, result, out);
    store.setRestrict(true);
    store.setWritable(true);
  }
  func::ReturnOp::create(builder, loc);
  kernel.setPrivate();
}

/// The entry point's name must not be another symbol's, e.g. a layer named
/// `a_prefill_memref` next to one named `a`.
static LogicalResult checkEntryNameFree(func::FuncOp kernel) {
  std::string name = entryPointName(kernel) + "_memref";
  Operation *taken =
      SymbolTable::lookupSymbolIn(kernel->getParentOp(), name);
  if (!taken)
    return success();
  InFlightDiagnostic diag = kernel.emitError()
                            << "the entry point name '" << name
                            << "' of kernel '" << kernel.getName()
                            << "' is already a symbol; rename one of them";
  diag.attachNote(taken->getLoc()) << "'" << name << "' is defined here";
  return failure();
}

namespace {
struct TTTEntryPointsPass
    : mlir::ttt::impl::TTTEntryPointsBase<TTTEntryPointsPass> {
  void runOnOperation() override {
    SmallVector<func::FuncOp> kernels;
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func.isPublic() && !func.isExternal() &&
          !func->hasAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName()))
        kernels.push_back(func);
    for (func::FuncOp kernel : kernels) {
      FunctionType type = kernel.getFunctionType();
      auto isRankedTensor = llvm::IsaPred<RankedTensorType>;
      if (!llvm::all_of(type.getInputs(), isRankedTensor) ||
          !llvm::all_of(type.getResults(), isRankedTensor)) {
        kernel.emitError("a kernel's arguments and results must be ranked "
                         "tensors to get a memref entry point");
        return signalPassFailure();
      }
      if (failed(checkEntryNameFree(kernel)))
        return signalPassFailure();
      addEntryPoint(kernel);
    }
  }
};
} // namespace
