//===- TTTOps.cpp - ttt operations and their verifiers --------------------===//
//
// Constraint numbers (C1..C5) refer to the `ttt.layer` documentation.
//
//===----------------------------------------------------------------------===//

#include "ttt/Dialect/TTT/IR/TTTOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

using namespace mlir;
using namespace mlir::ttt;

static int64_t widthOf(Value value) {
  return cast<TokensType>(value.getType()).getWidth();
}

//===----------------------------------------------------------------------===//
// LayerOp
//===----------------------------------------------------------------------===//

int64_t LayerOp::getDim() { return widthOf(getModelInput()); }

ReturnOp LayerOp::getReturn() {
  return cast<ReturnOp>(getModel().front().getTerminator());
}

SmallVector<LinearOp> mlir::ttt::getLinearOps(LayerOp layer) {
  return llvm::to_vector(layer.getModel().front().getOps<LinearOp>());
}

SmallVector<LayerNormOp> mlir::ttt::getLayerNormOps(LayerOp layer) {
  return llvm::to_vector(layer.getModel().front().getOps<LayerNormOp>());
}

GradientsOp LayerOp::getGradientsOp() {
  return cast<GradientsOp>(getGradient().front().getTerminator());
}

Type LayerOp::getIoElementType() {
  if (std::optional<Type> io = getIoType())
    return *io;
  return Float32Type::get(getContext());
}

void LayerOp::getAsmBlockArgumentNames(Region &region,
                                       OpAsmSetValueNameFn setNameFn) {
  if (region.empty())
    return;
  Block &block = region.front();
  if (&region == &getModel()) {
    if (block.getNumArguments() == 1)
      setNameFn(block.getArgument(0), "x");
  } else if (block.getNumArguments() == 2) {
    setNameFn(block.getArgument(0), "k");
    setNameFn(block.getArgument(1), "v");
  }
}

LogicalResult LayerOp::verify() {
  // C1
  if (getMiniBatch() < 1)
    return emitOpError("'mini_batch' must be at least 1, got ")
           << getMiniBatch();
  // C2
  Type io = getIoElementType();
  if (!io.isF32() && !io.isBF16() && !io.isF16())
    return emitOpError("'io_type' must be f32, bf16 or f16, got ") << io;
  return success();
}

/// The kernel arguments that are not inner-model parameters.
static bool isReservedName(StringRef name) {
  return llvm::is_contained(ArrayRef<StringRef>{"XQ", "XK", "XV", "lr",
                                                "token_scale", "Z", "position"},
                            name) ||
         name.ends_with(".grad_sum");
}

/// C4: parameter names are unique and distinct from the fixed arguments.
static LogicalResult verifyParameterNames(Block &model) {
  llvm::StringMap<Operation *> seen;
  auto check = [&](Operation *op, StringRef name) -> LogicalResult {
    if (name.empty())
      return op->emitOpError("parameter names must not be empty");
    if (isReservedName(name))
      return op->emitOpError("parameter name '")
             << name << "' clashes with a kernel argument name";
    auto [it, inserted] = seen.try_emplace(name, op);
    if (!inserted)
      return op->emitOpError("parameter name '")
                 .append(name, "' is already used")
                 .attachNote(it->second->getLoc())
             << "first used here";
    return success();
  };
  for (Operation &op : model) {
    if (auto linear = dyn_cast<LinearOp>(op)) {
      if (failed(check(&op, linear.getWeight())) ||
          failed(check(&op, linear.getBias())))
        return failure();
    } else if (auto norm = dyn_cast<LayerNormOp>(op)) {
      if (failed(check(&op, norm.getWeight())) ||
          failed(check(&op, norm.getBias())))
        return failure();
    }
  }
  return success();
}

/// C5: every linear layer lies on a path to the loss's prediction.
static LogicalResult verifyLinearsReachLoss(LayerOp layer, Block &model,
                                            ReturnOp ret) {
  if (model.getOps<LinearOp>().empty())
    return layer.emitOpError("the inner model has no linear layer, so "
                             "test-time training has nothing to update");
  llvm::DenseSet<Value> reachesLoss;
  SmallVector<Value> worklist{ret.getLoss()};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    if (!reachesLoss.insert(value).second)
      continue;
    if (Operation *def = value.getDefiningOp())
      llvm::append_range(worklist, def->getOperands());
  }
  for (LinearOp linear : model.getOps<LinearOp>())
    if (!reachesLoss.contains(linear.getResult()))
      return linear.emitOpError("linear layer '")
             << linear.getWeight()
             << "' does not influence the loss, so test-time training "
                "would never update it";
  return success();
}

LogicalResult LayerOp::verifyRegions() {
  Block &model = getModel().front();
  // C3
  if (model.getNumArguments() != 1)
    return emitOpError("the inner model takes exactly one argument (the "
                       "token row), got ")
           << model.getNumArguments();
  if (!isa<TokensType>(model.getArgument(0).getType()))
    return emitOpError("the inner model's argument must be !ttt.tokens<d>, "
                       "got ")
           << model.getArgument(0).getType();
  if (model.empty() || !isa<ReturnOp>(model.back()))
    return emitOpError("the inner model must end in 'ttt.return'");
  for (Operation &op : model.without_terminator())
    if (!isa<LinearOp, ActivationOp, LayerNormOp, AddOp>(op))
      return op.emitOpError("is not an inner-model operation; the model is "
                            "built from ttt.linear, ttt.activation, "
                            "ttt.layer_norm and ttt.add");
  if (failed(verifyParameterNames(model)) ||
      failed(verifyLinearsReachLoss(*this, model, getReturn())))
    return failure();

  if (getGradient().empty())
    return success();
  Block &gradient = getGradient().front();
  Type rowType = model.getArgument(0).getType();
  if (gradient.getNumArguments() != 2 ||
      gradient.getArgument(0).getType() != rowType ||
      gradient.getArgument(1).getType() != rowType)
    return emitOpError("the gradient region takes the key and label views, "
                       "two arguments of type ")
           << rowType;
  if (gradient.empty() || !isa<GradientsOp>(gradient.back()))
    return emitOpError("the gradient region must end in 'ttt.gradients'");
  return success();
}

//===----------------------------------------------------------------------===//
// ReturnOp
//===----------------------------------------------------------------------===//

LogicalResult ReturnOp::verify() {
  auto layer = cast<LayerOp>((*this)->getParentOp());
  int64_t dim = layer.getDim();
  if (widthOf(getLoss()) != dim)
    return emitOpError("the loss's prediction has width ")
           << widthOf(getLoss()) << " but the label view v has width " << dim;
  if (widthOf(getOutput()) != dim)
    return emitOpError("the output has width ")
           << widthOf(getOutput()) << " but the layer's output Z has width "
           << dim;
  return success();
}

//===----------------------------------------------------------------------===//
// Inner-model operations
//===----------------------------------------------------------------------===//

int64_t LinearOp::getInWidth() { return widthOf(getInput()); }
int64_t LinearOp::getOutWidth() { return widthOf(getResult()); }

/// Weight and bias of one parametrised op name two different tensors.
template <typename OpTy>
static LogicalResult verifyDistinctParameters(OpTy op) {
  if (op.getWeight() == op.getBias())
    return op.emitOpError("weight and bias must have distinct names, both "
                          "are '")
           << op.getWeight() << "'";
  return success();
}

LogicalResult LinearOp::verify() { return verifyDistinctParameters(*this); }

LogicalResult LayerNormOp::verify() {
  if (!(getEps().convertToDouble() > 0.0))
    return emitOpError("'eps' must be positive, got ")
           << getEps().convertToDouble();
  return verifyDistinctParameters(*this);
}

LogicalResult AddOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                                      ValueRange operands, DictionaryAttr,
                                      OpaqueProperties, RegionRange,
                                      SmallVectorImpl<Type> &inferred) {
  inferred.push_back(operands[0].getType());
  return success();
}

LogicalResult AddOp::verify() {
  if (getLhs().getType() != getRhs().getType())
    return emitOpError("residual operands have mismatched widths ")
           << widthOf(getLhs()) << " and " << widthOf(getRhs());
  return success();
}

//===----------------------------------------------------------------------===//
// GradientsOp
//===----------------------------------------------------------------------===//

LogicalResult GradientsOp::verify() {
  auto layer = cast<LayerOp>((*this)->getParentOp());
  SmallVector<LinearOp> linears = getLinearOps(layer);
  if (getInputs().size() != linears.size() ||
      getOutputGrads().size() != linears.size())
    return emitOpError("expects one input and one output gradient per linear "
                       "layer (")
           << linears.size() << "), got " << getInputs().size() << " and "
           << getOutputGrads().size();
  for (auto [i, linear] : llvm::enumerate(linears)) {
    if (widthOf(getInputs()[i]) != linear.getInWidth())
      return emitOpError("input ")
             << i << " has width " << widthOf(getInputs()[i])
             << " but linear layer '" << linear.getWeight() << "' takes "
             << linear.getInWidth();
    if (widthOf(getOutputGrads()[i]) != linear.getOutWidth())
      return emitOpError("output gradient ")
             << i << " has width " << widthOf(getOutputGrads()[i])
             << " but linear layer '" << linear.getWeight() << "' produces "
             << linear.getOutWidth();
  }
  return success();
}

#define GET_OP_CLASSES
#include "ttt/Dialect/TTT/IR/TTTOps.cpp.inc"
