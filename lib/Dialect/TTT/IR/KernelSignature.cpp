//===- KernelSignature.cpp - the kernels' arguments -----------------------===//

#include "ttt/Dialect/TTT/IR/KernelSignature.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::ttt;

KernelSignature::KernelSignature(LayerOp layer) {
  for (LinearOp linear : getLinearOps(layer)) {
    state.push_back(
        {linear.getWeight().str(), linear.getInWidth(), linear.getOutWidth()});
    if (std::optional<StringRef> bias = linear.getBias())
      state.push_back({bias->str(), 1, linear.getOutWidth()});
  }
  for (LayerNormOp norm : getLayerNormOps(layer)) {
    normParams.push_back(norm.getWeight().str());
    normParams.push_back(norm.getBias().str());
    normWidths.push_back(cast<TokensType>(norm.getType()).getWidth());
    normWidths.push_back(normWidths.back());
  }
}

/// The description of a kernel argument of type `type`: its dynamic
/// dimensions are the size symbols `symbols`, in order.
static KernelArgAttr describe(ArgDirection direction, ArgRole role,
                              StringRef name, RankedTensorType type,
                              ArrayRef<StringRef> symbols) {
  Builder b(type.getContext());
  SmallVector<Attribute> shape;
  for (int64_t size : type.getShape())
    shape.push_back(ShapedType::isDynamic(size)
                        ? Attribute(b.getStringAttr(symbols[shape.size()]))
                        : Attribute(b.getI64IntegerAttr(size)));
  return KernelArgAttr::get(type.getContext(), direction, role, name,
                            b.getArrayAttr(shape));
}

/// [B, H, T/b+2+finalStateRows, width] f32: the backward's scratch, and the
/// tape that the training pair passes between its kernels.
static RankedTensorType getTapeType(LayerOp layer, TapeShape tape) {
  constexpr int64_t kDyn = ShapedType::kDynamic;
  return RankedTensorType::get({kDyn, kDyn, kDyn, tape.width},
                               Float32Type::get(layer.getContext()));
}

static KernelArgAttr describeTape(LayerOp layer, TapeShape tape,
                                  ArgDirection direction, ArgRole role,
                                  StringRef name) {
  std::string segments =
      llvm::formatv("T/{0}+{1}", layer.getMiniBatch(), 2 + tape.finalStateRows)
          .str();
  const StringRef symbols[] = {"B", "H", segments};
  return describe(direction, role, name, getTapeType(layer, tape), symbols);
}

KernelTypes mlir::ttt::getPrefillKernelTypes(LayerOp layer) {
  MLIRContext *ctx = layer.getContext();
  KernelSignature sig(layer);
  int64_t dim = layer.getDim();
  Type io = layer.getIoElementType();
  Type f32 = Float32Type::get(ctx);
  constexpr int64_t kDyn = ShapedType::kDynamic;

  auto tokensType = RankedTensorType::get({kDyn, kDyn, kDyn, dim}, io);
  auto lrType = RankedTensorType::get({kDyn, kDyn, kDyn}, f32);
  auto tokenScaleType = RankedTensorType::get(
      {static_cast<int64_t>(layer.getMiniBatch())}, f32);
  auto positionType = RankedTensorType::get({}, IntegerType::get(ctx, 64));
  KernelTypes types;
  auto add = [&](ArgDirection direction, ArgRole role, StringRef name,
                 RankedTensorType type, ArrayRef<StringRef> symbols) {
    bool in = direction == ArgDirection::input;
    (in ? types.inputs : types.results).push_back(type);
    (in ? types.inputArgs : types.resultArgs)
        .push_back(describe(direction, role, name, type, symbols));
  };
  auto input = [&](ArgRole role, StringRef name, RankedTensorType type,
                   ArrayRef<StringRef> symbols) {
    add(ArgDirection::input, role, name, type, symbols);
  };
  const StringRef bht[] = {"B", "H", "T"};
  input(ArgRole::xq, "XQ", tokensType, bht);
  input(ArgRole::xk, "XK", tokensType, bht);
  input(ArgRole::xv, "XV", tokensType, bht);
  if (layer.getLrPerWeight()) // one per linear layer, in model order
    for (LinearOp linear : getLinearOps(layer))
      input(ArgRole::lr, ("lr." + linear.getWeight()).str(), lrType, bht);
  else
    input(ArgRole::lr, "lr", lrType, bht);
  if (layer.getDecay()) // `decay`, shaped like lr (docs/ArtifactFormat.md)
    input(ArgRole::decay, "decay", lrType, bht);
  input(ArgRole::token_scale, "token_scale", tokenScaleType, {});
  for (auto [name, width] : llvm::zip(sig.normParams, sig.normWidths))
    input(ArgRole::norm_param, name, RankedTensorType::get({kDyn, width}, f32),
          {"H"});
  // The state, entering as inputs and leaving as results after Z.
  struct StateArg {
    ArgRole role;
    std::string name;
    RankedTensorType type;
  };
  SmallVector<StateArg> state;
  for (int pass = 0; pass < 2; ++pass) // parameters, then their running sums
    for (const StateTensor &s : sig.state)
      state.push_back({pass ? ArgRole::grad_sum : ArgRole::state,
                       pass ? s.name + ".grad_sum" : s.name,
                       RankedTensorType::get({kDyn, kDyn, s.rows, s.cols}, f32)});
  if (layer.getDecay()) // the decay product of the mini-batch in progress
    state.push_back({ArgRole::decay_product, "decay_product",
                     RankedTensorType::get({kDyn, kDyn, 1, 1}, f32)});
  state.push_back({ArgRole::position, "position", positionType});
  for (const StateArg &s : state)
    input(s.role, s.name, s.type, {"B", "H"});
  add(ArgDirection::output, ArgRole::z, "Z", tokensType, bht);
  for (const StateArg &s : state)
    add(ArgDirection::output, s.role, s.name, s.type, {"B", "H"});
  return types;
}

KernelTypes mlir::ttt::getBackwardKernelTypes(LayerOp layer, TapeShape tape) {
  MLIRContext *ctx = layer.getContext();
  KernelTypes prefill = getPrefillKernelTypes(layer);
  auto isFloat = [](Type t) {
    return isa<FloatType>(cast<RankedTensorType>(t).getElementType());
  };
  auto gradientOf = [&](KernelArgAttr arg, ArgDirection direction) {
    return KernelArgAttr::get(ctx, direction, arg.getRole(),
                              (arg.getName() + ".grad").str(), arg.getShape());
  };
  KernelTypes types;
  types.inputs = prefill.inputs;
  types.inputArgs = prefill.inputArgs;
  for (auto [type, arg] : llvm::zip(prefill.results, prefill.resultArgs)) {
    if (!isFloat(type))
      continue;
    types.inputs.push_back(type);
    types.inputArgs.push_back(gradientOf(arg, ArgDirection::cotangent));
  }
  for (auto [type, arg] : llvm::zip(prefill.inputs, prefill.inputArgs)) {
    if (!isFloat(type))
      continue;
    types.results.push_back(type);
    types.resultArgs.push_back(gradientOf(arg, ArgDirection::gradient));
  }
  // Per sequence, theta (but what the reverse sweep rebuilds) and the tape of
  // each of at most T / b + 2 segments, then the rebuilt part of the final
  // theta (TapeShape).
  types.results.push_back(getTapeType(layer, tape));
  types.resultArgs.push_back(describeTape(layer, tape, ArgDirection::scratch,
                                          ArgRole::workspace, "scratch"));
  types.tape = tape;
  return types;
}

KernelTypes mlir::ttt::getTrainKernelTypes(LayerOp layer, TapeShape tape) {
  KernelTypes types = getPrefillKernelTypes(layer);
  types.results.push_back(getTapeType(layer, tape));
  types.resultArgs.push_back(
      describeTape(layer, tape, ArgDirection::output, ArgRole::tape, "tape"));
  types.tape = tape;
  return types;
}

KernelTypes mlir::ttt::getBackwardFromTapeKernelTypes(LayerOp layer,
                                                      TapeShape tape) {
  KernelTypes types = getBackwardKernelTypes(layer, tape);
  types.results.pop_back();
  types.resultArgs.pop_back();
  types.inputs.push_back(getTapeType(layer, tape));
  types.inputArgs.push_back(
      describeTape(layer, tape, ArgDirection::input, ArgRole::tape, "tape"));
  return types;
}
