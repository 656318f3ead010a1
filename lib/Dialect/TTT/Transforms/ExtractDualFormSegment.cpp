//===- ExtractDualFormSegment.cpp - the ttt-extract-dual-form-segment pass ===//
//
// One mini-batch step of the dual form as a function of its own, on the
// tensors of one sequence, so that ttt-reverse-mode can differentiate it
// while the mini-batch structure is still visible: the backward of a layer
// is a reverse sweep over such steps.
//
//===----------------------------------------------------------------------===//

#include "LayerLowering.h"
#include "Tape.h"
#include "ttt/Dialect/TTT/Transforms/GradientDerivation.h"
#include "ttt/Dialect/TTT/Transforms/Passes.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTEXTRACTDUALFORMSEGMENT
#include "ttt/Dialect/TTT/Transforms/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

/// Adds `func.func @<layer>_segment` before `layer`.
static void extractSegment(LayerOp layer) {
  MLIRContext *ctx = layer.getContext();
  constexpr int64_t kDyn = ShapedType::kDynamic;
  Type f32 = Float32Type::get(ctx);
  int64_t dim = layer.getDim();
  auto rowsType = RankedTensorType::get({kDyn, dim}, f32);
  auto vectorType = RankedTensorType::get({kDyn}, f32);

  SmallVector<Type> stateTypes;
  for (LinearOp linear : getLinearOps(layer)) {
    stateTypes.push_back(RankedTensorType::get(
        {linear.getInWidth(), linear.getOutWidth()}, f32));
    if (linear.hasBias()) // a linear without bias has no bias state
      stateTypes.push_back(
          RankedTensorType::get({1, linear.getOutWidth()}, f32));
  }
  SmallVector<std::string> normNames;
  SmallVector<Type> normTypes;
  for (LayerNormOp norm : getLayerNormOps(layer)) {
    auto type = RankedTensorType::get(
        {cast<TokensType>(norm.getType()).getWidth()}, f32);
    normNames.push_back(norm.getWeight().str());
    normNames.push_back(norm.getBias().str());
    normTypes.append({type, type});
  }
  SmallVector<Type> inputs(stateTypes);
  llvm::append_range(inputs, stateTypes);
  // The per-token inputs, in SegmentTokenLayout's order.
  SegmentTokenLayout layout(layer);
  inputs.append({rowsType, rowsType, rowsType});
  inputs.append(layout.numLr, vectorType); // the learning rates
  inputs.push_back(vectorType);            // token_scale
  llvm::append_range(inputs, normTypes);
  SmallVector<Type> results = {rowsType};
  llvm::append_range(results, stateTypes);
  // With decay: the segment's decays and the decay product it enters with,
  // and the product it leaves with.
  bool decay = layer.getDecay();
  auto productType = RankedTensorType::get({1, 1}, f32);
  if (decay) {
    inputs.append({vectorType, productType});
    results.push_back(productType);
  }
  // Whether the query side reads the incoming sums (only the first segment
  // of a call may enter with non-zero ones).
  inputs.push_back(IntegerType::get(ctx, 1));

  OpBuilder builder(layer);
  auto func = func::FuncOp::create(
      builder, layer.getLoc(), (layer.getSymName() + "_segment").str(),
      builder.getFunctionType(inputs, results));
  func->setAttr("ttt.differentiate", builder.getUnitAttr());
  // The backward's forward sweep keeps what computing the running sums
  // (and the decay product: every result but Z, the query side's) yields,
  // so that the reverse sweep does not compute it again (Tape.h). Every
  // dynamic size of a segment is its row count, as the tape needs.
  SmallVector<int64_t> allButZ =
      llvm::to_vector(llvm::seq<int64_t>(1, results.size()));
  func->setAttr(kTapedAttrName, builder.getDenseI64ArrayAttr(allButZ));
  ImplicitLocOpBuilder b(layer.getLoc(), ctx);
  b.setInsertionPointToStart(func.addEntryBlock());
  ValueRange args = func.getArguments();
  size_t numState = stateTypes.size();

  SequenceInputs in;
  in.theta.assign(args.begin(), args.begin() + numState);
  in.sums.assign(args.begin() + numState, args.begin() + 2 * numState);
  ValueRange tokens = args.drop_front(2 * numState);
  in.xq = tokens[layout.xq], in.xk = tokens[layout.xk];
  in.xv = tokens[layout.xv];
  for (size_t i = 0; i < layout.numLr; ++i)
    in.lrs.push_back(tokens[layout.lr(i)]);
  in.tokenScale = tokens[layout.tokenScale()];
  in.length = tensor::DimOp::create(b, in.xq, 0);
  in.position = arith::ConstantIndexOp::create(b, 0);
  for (auto [i, name] : llvm::enumerate(normNames))
    in.norms[name] = tokens[layout.norm(i)];
  if (decay) {
    in.decay = tokens[layout.decay()];
    in.decayProduct = tokens[layout.decayProduct()];
  }
  in.readsSumsIf = args.back();

  SequenceResults res = lowerDualFormSegment(layer, b, in);
  SmallVector<Value> returned = {res.z};
  llvm::append_range(returned, res.sums);
  if (decay)
    returned.push_back(res.decayProduct);
  func::ReturnOp::create(b, returned);
}

namespace {
struct TTTExtractDualFormSegmentPass
    : mlir::ttt::impl::TTTExtractDualFormSegmentBase<
          TTTExtractDualFormSegmentPass> {
  void runOnOperation() override {
    FailureOr<SmallVector<LayerOp>> layers =
        getTopLevelLayers(getOperation(), getArgument());
    if (failed(layers))
      return signalPassFailure();
    for (LayerOp layer : *layers) {
      deriveGradients(layer);
      extractSegment(layer);
    }
  }
};
} // namespace
