//===- ContractionLoopOrder.cpp - ttt-cpu-contraction-loop-order ----------===//

#include "ContiguousLoops.h"
#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUCONTRACTIONLOOPORDER
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

/// The loop order that puts the output's contiguous dimension innermost, or
/// nothing when the op should stay as it is.
static std::optional<SmallVector<unsigned>> preferredOrder(linalg::GenericOp op) {
  if (op.getNumReductionLoops() == 0 || op.getNumDpsInits() != 1)
    return std::nullopt;
  std::optional<unsigned> out =
      contiguousLoop(op.getMatchingIndexingMap(op.getDpsInitOperand(0)));
  unsigned numLoops = op.getNumLoops();
  if (!out || *out == numLoops - 1 || !someInputContiguousAlong(op, *out))
    return std::nullopt;
  SmallVector<unsigned> order;
  for (unsigned d = 0; d < numLoops; ++d)
    if (d != *out)
      order.push_back(d);
  order.push_back(*out);
  return order;
}

namespace {
struct TTTCPUContractionLoopOrderPass
    : mlir::ttt::impl::TTTCPUContractionLoopOrderBase<
          TTTCPUContractionLoopOrderPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<linalg::GenericOp> ops;
    getOperation().walk([&](linalg::GenericOp op) { ops.push_back(op); });
    for (linalg::GenericOp op : ops) {
      std::optional<SmallVector<unsigned>> order = preferredOrder(op);
      if (!order)
        continue;
      rewriter.setInsertionPoint(op);
      if (failed(linalg::interchangeGenericOp(rewriter, op, *order)))
        return signalPassFailure();
    }
  }
};
} // namespace
