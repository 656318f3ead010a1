//===- KernelArgs.cpp - #ttt.arg: its verifiers and look-ups --------------===//

#include "ttt/Dialect/TTT/IR/KernelArgs.h"

using namespace mlir;
using namespace mlir::ttt;

static bool isCallerInput(ArgRole role) {
  switch (role) {
  case ArgRole::xq:
  case ArgRole::xk:
  case ArgRole::xv:
  case ArgRole::lr:
  case ArgRole::decay:
  case ArgRole::token_scale:
  case ArgRole::norm_param:
    return true;
  default:
    return false;
  }
}

LogicalResult
KernelArgAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                      ArgDirection direction, ArgRole role, StringRef name,
                      ArrayAttr shape) {
  // Constraint 1.
  if (name.empty())
    return emitError() << "expected a non-empty argument name";
  // Constraint 2.
  for (Attribute dim : shape) {
    auto symbol = dyn_cast<StringAttr>(dim);
    auto size = dyn_cast<IntegerAttr>(dim);
    if ((symbol && !symbol.getValue().empty()) ||
        (size && size.getType().isInteger(64) && !size.getValue().isNegative()))
      continue;
    return emitError() << "'" << name
                       << "': expected every shape entry to be a size symbol "
                          "(a non-empty string) or a non-negative i64, found "
                       << dim;
  }
  // Constraint 3.
  if ((role == ArgRole::z && direction != ArgDirection::output &&
       direction != ArgDirection::cotangent) ||
      ((role == ArgRole::workspace) != (direction == ArgDirection::scratch)) ||
      (role == ArgRole::tape && direction != ArgDirection::input &&
       direction != ArgDirection::output) ||
      (isCallerInput(role) && direction != ArgDirection::input &&
       direction != ArgDirection::gradient))
    return emitError() << "'" << name << "': a " << stringifyArgRole(role)
                       << " argument cannot be "
                       << stringifyArgDirection(direction);
  return success();
}

/// Constraint 4: `shape` describes `type`.
static LogicalResult verifyShape(Operation *op, KernelArgAttr arg, Type type,
                                 StringRef where) {
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped || !shaped.hasRank())
    return success();
  ArrayRef<Attribute> shape = arg.getShape().getValue();
  if (int64_t(shape.size()) != shaped.getRank())
    return op->emitOpError() << where << " '" << arg.getName() << "' has "
                             << shape.size() << " shape entries for a rank-"
                             << shaped.getRank() << " type " << type;
  for (auto [i, dim] : llvm::enumerate(shape)) {
    auto size = dyn_cast<IntegerAttr>(dim);
    if (size && (shaped.isDynamicDim(i) || shaped.getDimSize(i) != size.getInt()))
      return op->emitOpError()
             << where << " '" << arg.getName() << "' has size " << size.getInt()
             << " in dimension " << i << ", but its type is " << type;
  }
  return success();
}

static LogicalResult verifyKernelArg(Operation *op, NamedAttribute attribute,
                                     bool isResult, unsigned index) {
  if (attribute.getName() != KernelArgAttr::getAttrName())
    return success();
  auto arg = dyn_cast<KernelArgAttr>(attribute.getValue());
  if (!arg)
    return op->emitOpError() << "expected '" << KernelArgAttr::getAttrName()
                             << "' to be a #ttt.arg, found "
                             << attribute.getValue();
  auto func = dyn_cast<FunctionOpInterface>(op);
  if (!func)
    return success();
  Type type = isResult ? func.getResultTypes()[index]
                       : func.getArgumentTypes()[index];
  return verifyShape(op, arg, type, isResult ? "result" : "argument");
}

LogicalResult TTTDialect::verifyRegionArgAttribute(Operation *op,
                                                   unsigned /*regionIndex*/,
                                                   unsigned argIndex,
                                                   NamedAttribute attribute) {
  return verifyKernelArg(op, attribute, /*isResult=*/false, argIndex);
}

LogicalResult TTTDialect::verifyRegionResultAttribute(Operation *op,
                                                      unsigned /*regionIndex*/,
                                                      unsigned resultIndex,
                                                      NamedAttribute attribute) {
  return verifyKernelArg(op, attribute, /*isResult=*/true, resultIndex);
}

KernelArgAttr mlir::ttt::getKernelArg(FunctionOpInterface func,
                                      unsigned index) {
  return func.getArgAttrOfType<KernelArgAttr>(index,
                                              KernelArgAttr::getAttrName());
}

SmallVector<BlockArgument>
mlir::ttt::findKernelArguments(FunctionOpInterface func, ArgRole role,
                               ArgDirection direction) {
  SmallVector<BlockArgument> found;
  if (func.isExternal())
    return found;
  for (BlockArgument arg : func.getArguments())
    if (KernelArgAttr attr = getKernelArg(func, arg.getArgNumber()))
      if (attr.getRole() == role && attr.getDirection() == direction)
        found.push_back(arg);
  return found;
}

BlockArgument mlir::ttt::findKernelArgument(FunctionOpInterface func,
                                            ArgRole role,
                                            ArgDirection direction) {
  SmallVector<BlockArgument> found = findKernelArguments(func, role, direction);
  return found.size() == 1 ? found.front() : BlockArgument();
}

void mlir::ttt::removeKernelArgs(FunctionOpInterface func) {
  StringAttr name =
      StringAttr::get(func->getContext(), KernelArgAttr::getAttrName());
  for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i)
    func.removeArgAttr(i, name);
  for (unsigned i = 0, e = func.getNumResults(); i < e; ++i)
    func.removeResultAttr(i, name);
}
