//===- FuseElementwise.cpp - the ttt-gpu-fuse-elementwise pass ------------===//
//
// Upstream's linalg-fuse-elementwise-ops, with one more condition on the
// producer. A producer whose payload reads its init (`out + x`, how a
// backward accumulates a cotangent) stays an output of the fused op, with
// the producer's indexing map; when the consumer has loops that map leaves
// out, the fused op updates each element once per point of those loops,
// and the accumulation is counted that many times. Such a producer is not
// fused into such a consumer.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/GPUPasses.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUFUSEELEMENTWISE
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;

/// Upstream's default (a producer with one use), unless the producer reads
/// an init and the consumer would evaluate it at more than one point per
/// element.
static bool shouldFuse(OpOperand *fusedOperand) {
  Operation *producer = fusedOperand->get().getDefiningOp();
  if (!producer || !producer->hasOneUse())
    return false;
  auto generic = dyn_cast<linalg::GenericOp>(producer);
  auto consumer = dyn_cast<linalg::LinalgOp>(fusedOperand->getOwner());
  if (!generic || !consumer)
    return true;
  bool readsInit =
      llvm::any_of(generic.getDpsInitsMutable(), [&](OpOperand &init) {
        return generic.payloadUsesValueFromOperand(&init);
      });
  AffineMap map = consumer.getMatchingIndexingMap(fusedOperand);
  bool everyLoop = map.isPermutation();
  return !readsInit || everyLoop;
}

namespace {
struct TTTGPUFuseElementwisePass
    : mlir::ttt::impl::TTTGPUFuseElementwiseBase<TTTGPUFuseElementwisePass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    // The pattern set of upstream's pass, with the control above.
    linalg::populateElementwiseOpsFusionPatterns(patterns, shouldFuse);
    linalg::populateFoldReshapeOpsByExpansionPatterns(patterns, shouldFuse);
    tensor::populateBubbleUpExpandShapePatterns(patterns);
    affine::AffineApplyOp::getCanonicalizationPatterns(patterns, context);
    linalg::GenericOp::getCanonicalizationPatterns(patterns, context);
    tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, context);
    tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns, context);
    context->getLoadedDialect<linalg::LinalgDialect>()
        ->getCanonicalizationPatterns(patterns);
    linalg::populateConstantFoldLinalgOperations(patterns, shouldFuse);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace
