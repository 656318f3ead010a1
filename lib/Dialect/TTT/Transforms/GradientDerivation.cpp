//===- GradientDerivation.cpp - backward of the inner loss ----------------===//
//
// Reverse-mode differentiation of the inner model, op by op. The rules are
// those of docs/Semantics.md section 4: the dual form needs, for every linear
// layer, its input rows X and the loss gradient w.r.t. its output rows Gz, all
// at the mini-batch's starting state.
//
//===----------------------------------------------------------------------===//

#include "ttt/Dialect/TTT/Transforms/GradientDerivation.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/DenseSet.h"

using namespace mlir;
using namespace mlir::ttt;

/// Values that depend on a trained parameter: only they need a gradient.
static llvm::DenseSet<Value> findTrainableValues(Block &model) {
  llvm::DenseSet<Value> trainable;
  for (Operation &op : model.without_terminator()) {
    bool dependsOnParameter =
        isa<LinearOp>(op) || llvm::any_of(op.getOperands(), [&](Value v) {
          return trainable.contains(v);
        });
    if (dependsOnParameter)
      trainable.insert(op.getResult(0));
  }
  return trainable;
}

/// The forward clones every model op, including those that only feed the
/// output; no gradient reads them, so they go. Reverse order lets a chain of
/// dead ops die in one sweep.
static void eraseDeadOps(Block &block) {
  Operation *op = block.getTerminator()->getPrevNode();
  while (op) {
    Operation *previous = op->getPrevNode();
    if (isOpTriviallyDead(op))
      op->erase();
    op = previous;
  }
}

namespace {
/// Accumulates gradients per forward value; fan-out adds them up.
class GradientMap {
public:
  GradientMap(OpBuilder &builder, Location loc) : builder(builder), loc(loc) {}

  void accumulate(Value forward, Value grad) {
    auto [it, inserted] = grads.try_emplace(forward, grad);
    if (!inserted)
      it->second = AddOp::create(builder, loc, it->second, grad);
  }
  Value lookup(Value forward) const { return grads.lookup(forward); }

private:
  OpBuilder &builder;
  Location loc;
  llvm::DenseMap<Value, Value> grads;
};
} // namespace

void mlir::ttt::deriveGradients(LayerOp layer) {
  if (layer.hasGradients())
    return;
  Block &model = layer.getModel().front();
  Location loc = layer.getLoc();
  Type rowType = layer.getModelInput().getType();

  Block *gradient = new Block();
  layer.getGradient().push_back(gradient);
  Value key = gradient->addArgument(rowType, loc);
  Value label = gradient->addArgument(rowType, loc);
  OpBuilder builder = OpBuilder::atBlockEnd(gradient);

  // Forward on the key view, at theta_0.
  IRMapping forward;
  forward.map(layer.getModelInput(), key);
  for (Operation &op : model.without_terminator())
    builder.clone(op, forward);

  llvm::DenseSet<Value> trainable = findTrainableValues(model);
  GradientMap grads(builder, loc);
  Value prediction = layer.getReturn().getLoss();
  // mse: d/dp 1/2||p - v||^2 = p - v. dot: d/dp -<p, v> = -v, which reads
  // no forward value (the key-side forward keeps only what the backward of
  // the model's ops reads).
  Value lossGrad =
      layer.getLoss() == LossKind::dot
          ? DotLossGradOp::create(builder, prediction.getLoc(), label)
                .getResult()
          : LossGradOp::create(builder, prediction.getLoc(),
                               forward.lookup(prediction), label)
                .getResult();
  grads.accumulate(prediction, lossGrad);

  // Backward, in reverse program order so that every use of a value has
  // contributed before the value's own rule runs.
  DenseMap<Operation *, Value> linearOutputGrads;
  auto propagate = [&](Value operand, function_ref<Value()> makeGrad) {
    if (trainable.contains(operand))
      grads.accumulate(operand, makeGrad());
  };
  for (Operation &op : llvm::reverse(model.without_terminator())) {
    Value grad = grads.lookup(op.getResult(0));
    if (!grad)
      continue; // Does not reach the loss (e.g. only feeds the output).
    Location opLoc = op.getLoc();
    if (auto linear = dyn_cast<LinearOp>(op)) {
      linearOutputGrads[&op] = grad;
      Type inType = linear.getInput().getType();
      propagate(linear.getInput(), [&] {
        return LinearInputGradOp::create(builder, opLoc, inType, grad,
                                         linear.getWeight());
      });
    } else if (auto act = dyn_cast<ActivationOp>(op)) {
      propagate(act.getInput(), [&] {
        return ActivationGradOp::create(builder, opLoc, act.getKind(),
                                        forward.lookup(act.getInput()), grad);
      });
    } else if (auto norm = dyn_cast<LayerNormOp>(op)) {
      propagate(norm.getInput(), [&] {
        return LayerNormGradOp::create(builder, opLoc,
                                       forward.lookup(norm.getInput()), grad,
                                       norm.getWeight(), norm.getEps());
      });
    } else if (auto add = dyn_cast<AddOp>(op)) {
      propagate(add.getLhs(), [&] { return grad; });
      propagate(add.getRhs(), [&] { return grad; });
    } else if (auto mul = dyn_cast<MulOp>(op)) {
      // d(lhs * rhs) = grad * rhs for lhs and grad * lhs for rhs.
      propagate(mul.getLhs(), [&] {
        return MulOp::create(builder, opLoc, grad, forward.lookup(mul.getRhs()));
      });
      propagate(mul.getRhs(), [&] {
        return MulOp::create(builder, opLoc, grad, forward.lookup(mul.getLhs()));
      });
    } else {
      llvm_unreachable("the layer verifier admits only inner-model ops");
    }
  }

  SmallVector<Value> inputs, outputGrads;
  for (LinearOp linear : getLinearOps(layer)) {
    inputs.push_back(forward.lookup(linear.getInput()));
    // The verifier (C5) guarantees that every linear layer reaches the loss.
    outputGrads.push_back(linearOutputGrads.lookup(linear));
  }
  GradientsOp::create(builder, loc, inputs, outputGrads);
  eraseDeadOps(*gradient);
}
