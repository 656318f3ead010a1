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

/// A reduction loop along which every input is contiguous, if any.
static std::optional<unsigned> reductionAllInputsAlong(linalg::GenericOp op) {
  for (auto [d, iterator] : llvm::enumerate(op.getIteratorTypesArray())) {
    unsigned loop = d; // a lambda may not capture a structured binding
    if (iterator == utils::IteratorType::reduction &&
        llvm::all_of(op.getDpsInputOperands(), [&](OpOperand *input) {
          return contiguousLoop(op.getMatchingIndexingMap(input)) == loop;
        }))
      return loop;
  }
  return std::nullopt;
}

/// The inputs of `op` that `loop` walks with a stride: they vary along it,
/// but their contiguous dimension is another loop's.
static unsigned stridedInputsAlong(linalg::GenericOp op, unsigned loop) {
  return llvm::count_if(op.getDpsInputOperands(), [&](OpOperand *input) {
    AffineMap map = op.getMatchingIndexingMap(input);
    return map.isFunctionOfDim(loop) && contiguousLoop(map) != loop;
  });
}

/// The loop order that puts the output's contiguous dimension innermost, or
/// (a contraction of dynamic size whose inputs are contiguous only along a
/// reduction) that reduction, or nothing when the op should stay as it is.
static std::optional<SmallVector<unsigned>> preferredOrder(linalg::GenericOp op) {
  if (op.getNumReductionLoops() == 0 || op.getNumDpsInits() != 1)
    return std::nullopt;
  std::optional<unsigned> out =
      contiguousLoop(op.getMatchingIndexingMap(op.getDpsInitOperand(0)));
  if (!out)
    return std::nullopt;
  unsigned numLoops = op.getNumLoops();
  std::optional<unsigned> inner;
  // Not at the price of more strided inputs than the innermost loop has: a
  // row reduction scaled per row (`sum_j A[i, j] B[i, j] c[i]`, the
  // backward's normalisation) would read A and B down their columns.
  if (someInputContiguousAlong(op, *out) &&
      stridedInputsAlong(op, *out) <= stridedInputsAlong(op, numLoops - 1))
    inner = out;
  else if (llvm::any_of(op.getStaticLoopRanges(), ShapedType::isDynamic))
    // ttt-cpu-vectorize-contractions blocks the static ones whatever their
    // order; a dynamic one stays loops, which with the output's dimension
    // innermost would read (and, for a transposed output, write) with a
    // stride: dot products read both inputs contiguously.
    inner = reductionAllInputsAlong(op);
  if (!inner || *inner == numLoops - 1)
    return std::nullopt;
  SmallVector<unsigned> order;
  for (unsigned d = 0; d < numLoops; ++d)
    if (d != *inner)
      order.push_back(d);
  order.push_back(*inner);
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
