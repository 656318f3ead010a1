//===- TTTOps.cpp - ttt operations and their verifiers --------------------===//
//
// Constraint numbers (C1..C8) refer to the `ttt.layer` documentation.
//
//===----------------------------------------------------------------------===//

#include "ttt/Dialect/TTT/IR/TTTOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

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

/// C3, and that the model ends in ttt.return. Checked before the nested ops
/// are verified: ttt.return's verifier reads the model argument's width.
static LogicalResult verifyModelSignature(LayerOp layer) {
  Block &model = layer.getModel().front();
  if (model.getNumArguments() != 1)
    return layer.emitOpError("the inner model takes exactly one argument (the "
                             "token row), got ")
           << model.getNumArguments();
  if (!isa<TokensType>(model.getArgument(0).getType()))
    return layer.emitOpError("the inner model's argument must be "
                             "!ttt.tokens<d>, got ")
           << model.getArgument(0).getType();
  if (model.empty() || !isa<ReturnOp>(model.back()))
    return layer.emitOpError("the inner model must end in 'ttt.return'");
  return success();
}

/// C6: the gradient region's arguments and terminator. Together with the
/// model's terminator check this also keeps ttt.return and ttt.gradients
/// (which must end their block) out of each other's region.
static LogicalResult verifyGradientSignature(LayerOp layer) {
  if (!layer.hasGradients())
    return success();
  Block &gradient = layer.getGradient().front();
  Type rowType = layer.getModelInput().getType();
  if (gradient.getNumArguments() != 2 ||
      gradient.getArgument(0).getType() != rowType ||
      gradient.getArgument(1).getType() != rowType)
    return layer.emitOpError("the gradient region takes the key and label "
                             "views, two arguments of type ")
           << rowType;
  if (gradient.empty() || !isa<GradientsOp>(gradient.back()))
    return layer.emitOpError("the gradient region must end in "
                             "'ttt.gradients'");
  return success();
}

LogicalResult LayerOp::verify() {
  // C1: read signed; the unsigned getter turns -1 into 2^64 - 1.
  int64_t miniBatch = getMiniBatchAttr().getInt();
  if (miniBatch < 1 || miniBatch > kMaxMiniBatch)
    return emitOpError("'mini_batch' must be in [1, ")
           << kMaxMiniBatch << "], got " << miniBatch;
  // C2
  Type io = getIoElementType();
  if (!io.isF32() && !io.isBF16() && !io.isF16())
    return emitOpError("'io_type' must be f32, bf16 or f16, got ") << io;
  if (getDecay() && getTiming() != UpdateTiming::causal)
    return emitOpError("'decay' needs causal timing, got '")
           << stringifyUpdateTiming(getTiming())
           << "': a position's decayed state is defined by the tokens "
              "before it";
  if (getDecay() && getNormalizeWeights())
    return emitOpError("'decay' and 'normalize_weights' exclude each other: "
                       "the normalisation would undo the decay of the "
                       "weights but not of the biases");
  return failure(failed(verifyModelSignature(*this)) ||
                 failed(verifyGradientSignature(*this)));
}

/// The kernel arguments that are not inner-model parameters.
static bool isReservedName(StringRef name) {
  return llvm::is_contained(ArrayRef<StringRef>{"XQ", "XK", "XV", "lr",
                                                "token_scale", "Z", "position",
                                                "decay", "decay_product"},
                            name) ||
         name.ends_with(".grad_sum");
}

/// A C identifier: a letter or '_', then letters, digits or '_'. Names
/// become manifest entries, C header identifiers and output file names.
static bool isCIdentifier(StringRef name) {
  auto head = [](char c) { return llvm::isAlpha(c) || c == '_'; };
  return !name.empty() && head(name.front()) &&
         llvm::all_of(name, [&](char c) { return head(c) || llvm::isDigit(c); });
}

/// C4: parameter names are C identifiers, unique and distinct from the
/// fixed arguments.
static LogicalResult verifyParameterNames(Block &model) {
  llvm::StringMap<Operation *> seen;
  auto check = [&](Operation *op, StringRef name) -> LogicalResult {
    if (name.empty())
      return op->emitOpError("parameter names must not be empty");
    if (isReservedName(name))
      return op->emitOpError("parameter name '")
             << name << "' clashes with a kernel argument name";
    if (!isCIdentifier(name)) {
      std::string escaped;
      llvm::raw_string_ostream os(escaped);
      llvm::printEscapedString(name, os);
      return op->emitOpError("parameter name \"")
             << escaped
             << "\" is not a C identifier (a letter or '_', then letters, "
                "digits or '_')";
    }
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
          (linear.hasBias() && failed(check(&op, *linear.getBias()))))
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

/// The model's ops, C4 and C5. Runs after the nested ops are verified,
/// because it reads their names and operands.
static LogicalResult verifyModelBody(LayerOp layer) {
  Block &model = layer.getModel().front();
  for (Operation &op : model.without_terminator())
    if (!isa<LinearOp, ActivationOp, LayerNormOp, AddOp, MulOp>(op))
      return op.emitOpError("is not an inner-model operation; the model is "
                            "built from ttt.linear, ttt.activation, "
                            "ttt.layer_norm, ttt.add and ttt.mul");
  return failure(
      failed(verifyParameterNames(model)) ||
      failed(verifyLinearsReachLoss(layer, model, layer.getReturn())));
}

//===----------------------------------------------------------------------===//
// LayerOp: the gradient region (C6-C8)
//===----------------------------------------------------------------------===//

namespace {
/// The model's parameters by name, which the gradient region refers to: the
/// lowerings bind the gradient region's parameters to the model's by name.
struct ModelParameters {
  explicit ModelParameters(LayerOp layer) {
    for (LinearOp linear : getLinearOps(layer))
      linears[linear.getWeight()] = linear;
    for (LayerNormOp norm : getLayerNormOps(layer))
      norms[norm.getWeight()] = norm;
  }
  llvm::StringMap<LinearOp> linears;
  llvm::StringMap<LayerNormOp> norms;
};
} // namespace

/// The model's linear layer whose weight `op` names, or an error on `op`.
template <typename OpTy>
static FailureOr<LinearOp> lookupLinear(OpTy op,
                                        const ModelParameters &params) {
  LinearOp linear = params.linears.lookup(op.getWeight());
  if (!linear)
    return op.emitOpError("weight '")
           << op.getWeight()
           << "' is not the weight of a linear layer of the model";
  return linear;
}

/// The model's LayerNorm whose weight `op` names, or an error on `op`. `op`
/// (the LayerNorm or its backward) must have the model LayerNorm's width and
/// eps.
template <typename OpTy>
static FailureOr<LayerNormOp> lookupLayerNorm(OpTy op,
                                              const ModelParameters &params) {
  LayerNormOp norm = params.norms.lookup(op.getWeight());
  if (!norm)
    return op.emitOpError("weight '")
           << op.getWeight()
           << "' is not the weight of a LayerNorm of the model";
  if (op.getType() != norm.getType())
    return op.emitOpError("has width ")
           << widthOf(op.getResult()) << " but the model's LayerNorm '"
           << op.getWeight() << "' has width " << widthOf(norm.getResult());
  if (op.getEps() != norm.getEps())
    return op.emitOpError("has eps ")
           << op.getEps().convertToDouble() << " but the model's LayerNorm '"
           << op.getWeight() << "' has eps " << norm.getEps().convertToDouble();
  return norm;
}

/// The key-side forward of a model linear layer: same parameters and widths.
static LogicalResult verifyGradientOp(LinearOp op,
                                      const ModelParameters &params) {
  FailureOr<LinearOp> linear = lookupLinear(op, params);
  if (failed(linear))
    return failure();
  if (op.getBias() != linear->getBias()) {
    auto describe = [](std::optional<StringRef> bias) {
      return bias ? ("bias '" + *bias + "'").str() : std::string("no bias");
    };
    return op.emitOpError("has ")
           << describe(op.getBias()) << " but the model's linear layer '"
           << op.getWeight() << "' has " << describe(linear->getBias());
  }
  if (op.getInWidth() != linear->getInWidth() ||
      op.getOutWidth() != linear->getOutWidth())
    return op.emitOpError("maps width ")
           << op.getInWidth() << " to " << op.getOutWidth()
           << " but the model's linear layer '" << op.getWeight() << "' maps "
           << linear->getInWidth() << " to " << linear->getOutWidth();
  return success();
}

/// `grad W^T`: from the linear layer's output width to its input width.
static LogicalResult verifyGradientOp(LinearInputGradOp op,
                                      const ModelParameters &params) {
  FailureOr<LinearOp> linear = lookupLinear(op, params);
  if (failed(linear))
    return failure();
  if (widthOf(op.getGrad()) != linear->getOutWidth() ||
      widthOf(op.getResult()) != linear->getInWidth())
    return op.emitOpError("maps width ")
           << widthOf(op.getGrad()) << " to " << widthOf(op.getResult())
           << " but the input gradient of the model's linear layer '"
           << op.getWeight() << "' maps " << linear->getOutWidth() << " to "
           << linear->getInWidth();
  return success();
}

/// The key-side forward of a model LayerNorm: same parameters, width, eps.
static LogicalResult verifyGradientOp(LayerNormOp op,
                                      const ModelParameters &params) {
  FailureOr<LayerNormOp> norm = lookupLayerNorm(op, params);
  if (failed(norm))
    return failure();
  if (op.getBias() != norm->getBias())
    return op.emitOpError("bias '")
           << op.getBias() << "' does not match the model's LayerNorm '"
           << op.getWeight() << "', whose bias is '" << norm->getBias() << "'";
  return success();
}

/// The backward of a model LayerNorm (which reads its weight only).
static LogicalResult verifyGradientOp(LayerNormGradOp op,
                                      const ModelParameters &params) {
  return lookupLayerNorm(op, params);
}

/// C8: per linear layer, in model order, its input and output gradient.
static LogicalResult verifyGradientsTerminator(LayerOp layer,
                                               GradientsOp gradients) {
  SmallVector<LinearOp> linears = getLinearOps(layer);
  OperandRange inputs = gradients.getInputs();
  OperandRange outputGrads = gradients.getOutputGrads();
  if (inputs.size() != linears.size() || outputGrads.size() != linears.size())
    return gradients.emitOpError("expects one input and one output gradient "
                                 "per linear layer (")
           << linears.size() << "), got " << inputs.size() << " and "
           << outputGrads.size();
  for (auto [i, linear] : llvm::enumerate(linears)) {
    if (widthOf(inputs[i]) != linear.getInWidth())
      return gradients.emitOpError("input ")
             << i << " has width " << widthOf(inputs[i])
             << " but linear layer '" << linear.getWeight() << "' takes "
             << linear.getInWidth();
    if (widthOf(outputGrads[i]) != linear.getOutWidth())
      return gradients.emitOpError("output gradient ")
             << i << " has width " << widthOf(outputGrads[i])
             << " but linear layer '" << linear.getWeight() << "' produces "
             << linear.getOutWidth();
  }
  return success();
}

/// C6-C8. Runs after the nested ops are verified, because it reads the
/// widths and names of the model's ops.
static LogicalResult verifyGradientBody(LayerOp layer) {
  if (!layer.hasGradients())
    return success();
  ModelParameters params(layer);
  Block &gradient = layer.getGradient().front();
  for (Operation &op : gradient.without_terminator()) {
    // C6: ops without parameters need no check beyond their own verifier.
    LogicalResult result =
        llvm::TypeSwitch<Operation *, LogicalResult>(&op)
            .Case<LinearOp, LinearInputGradOp, LayerNormOp, LayerNormGradOp>(
                [&](auto typed) { return verifyGradientOp(typed, params); })
            .Case<ActivationOp, AddOp, MulOp, ActivationGradOp>(
                [](Operation *) { return success(); })
            // The loss gradient is the layer's loss's.
            .Case<LossGradOp, DotLossGradOp>([&](auto grad) -> LogicalResult {
              LossKind kind = isa<LossGradOp>(grad.getOperation())
                                  ? LossKind::mse
                                  : LossKind::dot;
              if (layer.getLoss() == kind)
                return success();
              return grad.emitOpError("is the gradient of the '")
                     << stringifyLossKind(kind)
                     << "' loss, but the layer's loss is '"
                     << stringifyLossKind(layer.getLoss()) << "'";
            })
            .Default([](Operation *other) {
              return other->emitOpError(
                  "is not allowed in the gradient region, which is built "
                  "from the inner-model ops and the backward ops "
                  "ttt.loss_grad, ttt.dot_loss_grad, ttt.activation_grad, "
                  "ttt.layer_norm_grad and ttt.linear_input_grad");
            });
    if (failed(result))
      return failure();
  }
  return verifyGradientsTerminator(layer, layer.getGradientsOp());
}

LogicalResult LayerOp::verifyRegions() {
  return failure(failed(verifyModelBody(*this)) ||
                 failed(verifyGradientBody(*this)));
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

LogicalResult LinearOp::verify() {
  if (getBias() && *getBias() == getWeight())
    return emitOpError("weight and bias must have distinct names, both are '")
           << getWeight() << "'";
  return success();
}

LogicalResult LayerNormOp::verify() {
  if (!(getEps().convertToDouble() > 0.0))
    return emitOpError("'eps' must be positive, got ")
           << getEps().convertToDouble();
  return verifyDistinctParameters(*this);
}

/// Binary elementwise ops take the type of their (equal-typed) operands.
static LogicalResult inferSameAsOperands(ValueRange operands,
                                         SmallVectorImpl<Type> &inferred) {
  // The verifier infers too, and may see a generic op without operands.
  if (operands.empty())
    return failure();
  inferred.push_back(operands[0].getType());
  return success();
}

LogicalResult AddOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                                      ValueRange operands, DictionaryAttr,
                                      OpaqueProperties, RegionRange,
                                      SmallVectorImpl<Type> &inferred) {
  return inferSameAsOperands(operands, inferred);
}

LogicalResult AddOp::verify() {
  if (getLhs().getType() != getRhs().getType())
    return emitOpError("residual operands have mismatched widths ")
           << widthOf(getLhs()) << " and " << widthOf(getRhs());
  return success();
}

LogicalResult MulOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                                      ValueRange operands, DictionaryAttr,
                                      OpaqueProperties, RegionRange,
                                      SmallVectorImpl<Type> &inferred) {
  return inferSameAsOperands(operands, inferred);
}

LogicalResult MulOp::verify() {
  if (getLhs().getType() != getRhs().getType())
    return emitOpError("operands have mismatched widths ")
           << widthOf(getLhs()) << " and " << widthOf(getRhs());
  return success();
}

#define GET_OP_CLASSES
#include "ttt/Dialect/TTT/IR/TTTOps.cpp.inc"

FailureOr<SmallVector<LayerOp>> mlir::ttt::getTopLevelLayers(ModuleOp module,
                                                            StringRef user) {
  WalkResult nested = module.walk([&](LayerOp layer) {
    if (layer->getParentOp() == module.getOperation())
      return WalkResult::advance();
    layer.emitOpError("is not at the top level of the module: ")
        << user << " works on top-level layers only";
    return WalkResult::interrupt();
  });
  if (nested.wasInterrupted())
    return failure();
  return SmallVector<LayerOp>(module.getOps<LayerOp>());
}
