//===- FuseElementwise.cpp - ttt-cpu-fuse-elementwise ---------------------===//
//
// linalg's elementwise fusion with one restriction: a producer is fused into
// its consumer only when both iterate over the same number of loops. Fusing
// across a larger consumer recomputes the producer at every point of the
// loops it does not depend on: a LayerNorm's per-row `rsqrt` at every
// element of the row, or the dual form's b x b causal weights at every step
// of the `(eta ∘ A) G` contraction, where the mask then turns the register
// blocked outer product into a 3-D select.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUFUSEELEMENTWISE
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

/// Fuse a single-use producer only into a consumer with as many loops, so
/// that no value is computed more than once.
static bool fusesWithoutRecomputation(OpOperand *fusedOperand) {
  Operation *producer = fusedOperand->get().getDefiningOp();
  auto producerOp = dyn_cast_or_null<linalg::LinalgOp>(producer);
  auto consumerOp = dyn_cast<linalg::LinalgOp>(fusedOperand->getOwner());
  return producerOp && consumerOp && producer->hasOneUse() &&
         producerOp.getNumLoops() == consumerOp.getNumLoops();
}

namespace {
struct TTTCPUFuseElementwisePass
    : mlir::ttt::impl::TTTCPUFuseElementwiseBase<TTTCPUFuseElementwisePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    linalg::populateElementwiseOpsFusionPatterns(patterns,
                                                 fusesWithoutRecomputation);
    // Each fusion removes a linalg op, so the rewrite terminates; the
    // default cap of 10 sweeps failed the pass on long activation chains.
    GreedyRewriteConfig config;
    config.setMaxIterations(GreedyRewriteConfig::kNoLimit);
    // Top-down, a consumer is visited after its producers have fused into
    // theirs, and a chain fuses in one sweep; bottom-up, a chain of 250
    // activations took over 100 sweeps of the whole module (5 s -> 1.8 s).
    config.setUseTopDownTraversal(true);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns),
                                     config))) {
      getOperation()->emitError("elementwise fusion did not converge");
      return signalPassFailure();
    }
  }
};
} // namespace
