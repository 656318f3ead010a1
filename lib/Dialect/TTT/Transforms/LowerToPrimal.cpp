//===- LowerToPrimal.cpp - the ttt-lower-to-primal pass -------------------===//
//
// The definition of mini-batch TTT (docs/Semantics.md section 3), evaluated as
// the decode step of section 5, one token at a time: the token's gradient is
// taken at theta_0, added to the running sums S (weighted by its lr), and the
// token is evaluated at theta_0 - token_scale[p] * S (at theta_0 with `after`
// timing). When p reaches b the state at the last position becomes the new
// theta_0 (its weights normalised with `normalize_weights`) and S is reset.
//
//===----------------------------------------------------------------------===//

#include "LayerLowering.h"
#include "ttt/Dialect/TTT/Transforms/GradientDerivation.h"
#include "ttt/Dialect/TTT/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTLOWERTOPRIMAL
#include "ttt/Dialect/TTT/Transforms/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

/// One token: [1, width] rows of `x` at row `t`.
static Value tokenRow(ImplicitLocOpBuilder &b, Value x, Value t) {
  int64_t width = cast<RankedTensorType>(x.getType()).getDimSize(1);
  return tensor::ExtractSliceOp::create(
      b, RankedTensorType::get({1, width}, b.getF32Type()), x,
      ArrayRef<OpFoldResult>{t, b.getIndexAttr(0)},
      ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(width)},
      ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1)});
}

static SequenceResults lowerSequenceToPrimal(LayerOp layer,
                                             ImplicitLocOpBuilder &b,
                                             SequenceInputs &in) {
  RowAlgebra rows(b);
  size_t numState = in.theta.size();
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value one = arith::ConstantIndexOp::create(b, 1);
  Value miniBatch = arith::ConstantIndexOp::create(b, layer.getMiniBatch());

  SmallVector<Value> init = {
      rows.zeros({in.length, b.getIndexAttr(layer.getDim())}), in.position};
  llvm::append_range(init, in.theta);
  llvm::append_range(init, in.sums);
  bool decay = layer.getDecay();
  if (decay)
    init.push_back(in.decayProduct);

  auto loop = scf::ForOp::create(
      b, zero, in.length, one, init,
      [&](OpBuilder &nested, Location loc, Value t, ValueRange iterArgs) {
        ImplicitLocOpBuilder body(loc, nested);
        RowAlgebra r(body);
        Value z = iterArgs[0], position = iterArgs[1];
        SmallVector<Value> theta0(iterArgs.slice(2, numState));
        ValueRange sums = iterArgs.slice(2 + numState, numState);

        // The token's gradient at theta_0, added to the running sums.
        ParameterMap atTheta0 = bindParameters(layer, theta0, in.norms);
        SmallVector<Value> grads = evaluateRows(
            r, layer.getGradient().front(),
            {tokenRow(body, in.xk, t), tokenRow(body, in.xv, t)}, atTheta0,
            [&](LinearOp linear, Value x) {
              return applyLinear(r, linear, x, atTheta0);
            });
        SmallVector<LinearSlots> slots = getLinearSlots(layer);
        size_t numLinear = slots.size();
        // The token's learning rate(s), [1] each.
        SmallVector<Value> lrs = llvm::map_to_vector(in.lrs, [&](Value lr) -> Value {
          return tensor::ExtractSliceOp::create(
                     body, RankedTensorType::get({1}, body.getF32Type()), lr,
                     ArrayRef<OpFoldResult>{t},
                     ArrayRef<OpFoldResult>{body.getIndexAttr(1)},
                     ArrayRef<OpFoldResult>{body.getIndexAttr(1)})
              .getResult();
        });
        // With decay: S <- alpha S + lr G and A <- alpha A (Semantics
        // section 10); theta_0 is scaled by A where the token is evaluated.
        SmallVector<Value> carried(sums);
        Value product;
        if (decay) {
          Value alpha = tensor::ExtractOp::create(body, in.decay, ValueRange{t});
          for (Value &sum : carried)
            sum = r.scale(sum, alpha);
          product = r.scale(iterArgs[2 + 2 * numState], alpha);
        }
        SmallVector<Value> newSums(numState);
        for (auto [l, slot] : llvm::enumerate(slots)) {
          Value scaled =
              r.scaleRows(grads[numLinear + l], learningRateOf(lrs, l));
          newSums[slot.weight] = r.add(carried[slot.weight],
                                       r.matmulTransposeA(grads[l], scaled));
          if (slot.bias)
            newSums[*slot.bias] = r.add(carried[*slot.bias], scaled);
        }

        // The token's output at theta_0 - token_scale[p] * S.
        Value scale =
            tensor::ExtractOp::create(body, in.tokenScale, ValueRange{position});
        Value a = decay ? tensor::ExtractOp::create(
                              body, product,
                              ValueRange{zero, zero}).getResult()
                        : Value();
        SmallVector<Value> thetaT;
        for (auto [param, sum] : llvm::zip(theta0, newSums))
          thetaT.push_back(
              r.sub(decay ? r.scale(param, a) : param, r.scale(sum, scale)));
        // With `after` timing, at theta_0: the update comes after the
        // mini-batch's outputs.
        ParameterMap atOutput =
            layer.getTiming() == UpdateTiming::after
                ? atTheta0
                : bindParameters(layer, thetaT, in.norms);
        SmallVector<Value> outputs = evaluateRows(
            r, layer.getModel().front(), {tokenRow(body, in.xq, t)}, atOutput,
            [&](LinearOp linear, Value x) {
              return applyLinear(r, linear, x, atOutput);
            });
        Value newZ = tensor::InsertSliceOp::create(
            body, outputs[1], z, ArrayRef<OpFoldResult>{t, body.getIndexAttr(0)},
            ArrayRef<OpFoldResult>{body.getIndexAttr(1),
                                   body.getIndexAttr(layer.getDim())},
            ArrayRef<OpFoldResult>{body.getIndexAttr(1), body.getIndexAttr(1)});

        // At the end of a mini-batch, theta_0 becomes the last position's
        // state (token_scale[p] is token_scale[b-1] there) and S resets.
        Value next = arith::AddIOp::create(body, position, one);
        Value complete =
            arith::CmpIOp::create(body, arith::CmpIPredicate::eq, next, miniBatch);
        SmallVector<Value> yielded = {newZ,
                                      arith::SelectOp::create(body, complete, zero, next)};
        SmallVector<Value> committedTheta(thetaT);
        normalizeCommittedWeights(layer, r, committedTheta, theta0);
        for (auto [param, committed] : llvm::zip(theta0, committedTheta))
          yielded.push_back(
              arith::SelectOp::create(body, complete, committed, param));
        for (Value sum : newSums)
          yielded.push_back(arith::SelectOp::create(
              body, complete,
              r.zeros(tensor::getMixedSizes(body, loc, sum)), sum));
        if (decay) { // A <- 1 at a commit
          Value one = r.ones({body.getIndexAttr(1), body.getIndexAttr(1)});
          yielded.push_back(
              arith::SelectOp::create(body, complete, one, product));
        }
        scf::YieldOp::create(body, yielded);
      });
  ValueRange results = loop.getResults();
  return {results[0], SmallVector<Value>(results.slice(2, numState)),
          SmallVector<Value>(results.slice(2 + numState, numState)),
          decay ? results.back() : Value(), /*tape=*/Value()};
}

namespace {
struct TTTLowerToPrimalPass
    : mlir::ttt::impl::TTTLowerToPrimalBase<TTTLowerToPrimalPass> {
  void runOnOperation() override {
    FailureOr<SmallVector<LayerOp>> layers =
        getTopLevelLayers(getOperation(), getArgument());
    if (failed(layers))
      return signalPassFailure();
    for (LayerOp layer : *layers) {
      if (layer.getTiming() == UpdateTiming::all) {
        layer.emitOpError("has non-causal mini-batches (timing 'all'), which "
                          "have no token-by-token primal form: a position's "
                          "output depends on later tokens");
        return signalPassFailure();
      }
      deriveGradients(layer);
      lowerLayerToFunc(layer, [&](ImplicitLocOpBuilder &b, SequenceInputs &in) {
        return lowerSequenceToPrimal(layer, b, in);
      });
    }
  }
};
} // namespace
