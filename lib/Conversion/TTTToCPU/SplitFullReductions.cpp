//===- SplitFullReductions.cpp - ttt-cpu-split-full-reductions ------------===//
//
// A reduction of a whole tensor to a scalar (the backward's
// `<S', d theta'>`, a token scale's gradient at a commit) is left to LLVM
// as a loop nest whose inner loop it vectorizes: one horizontal sum of four
// vectors per row, each row's chain waiting on the one before. Summing the
// columns first keeps whole vectors of partial sums across the rows, and
// only the last step adds lanes together.
//
//===----------------------------------------------------------------------===//

#include "ContiguousLoops.h"
#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUSPLITFULLREDUCTIONS
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

/// Whether `op` sums a value of its inputs over all of its loops (two or
/// more) into one 0-d output, `out + f(inputs)`, every input read along its
/// last, static loop.
static bool isFullSum(linalg::GenericOp op) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInits() != 1 ||
      op.getNumLoops() < 2 || op.getNumReductionLoops() != op.getNumLoops() ||
      cast<RankedTensorType>(op.getDpsInits()[0].getType()).getRank() != 0)
    return false;
  unsigned last = op.getNumLoops() - 1;
  if (ShapedType::isDynamic(op.getStaticLoopRanges()[last]))
    return false;
  for (OpOperand *input : op.getDpsInputOperands())
    if (ttt::contiguousLoop(op.getMatchingIndexingMap(input)) != last)
      return false;
  Block &body = op.getRegion().front();
  BlockArgument out = body.getArguments().back();
  auto add = body.getTerminator()->getOperand(0).getDefiningOp<arith::AddFOp>();
  return add && out.hasOneUse() && (add.getLhs() == out || add.getRhs() == out);
}

/// Rewrites `op` as the column sums of its last loop's range (the same
/// body, into a zero-filled vector that loop indexes) and the sum of those
/// into the original output.
static void splitFullSum(RewriterBase &rewriter, linalg::GenericOp op) {
  Location loc = op.getLoc();
  MLIRContext *ctx = op.getContext();
  unsigned loops = op.getNumLoops();
  int64_t columns = op.getStaticLoopRanges().back();
  Value init = op.getDpsInits()[0];
  Type element = cast<RankedTensorType>(init.getType()).getElementType();
  rewriter.setInsertionPoint(op);
  Value zero =
      arith::ConstantOp::create(rewriter, loc, rewriter.getZeroAttr(element));
  Value empty = tensor::EmptyOp::create(rewriter, loc, {columns}, element);
  Value zeros = linalg::FillOp::create(rewriter, loc, zero, empty).getResult(0);

  SmallVector<AffineMap> maps;
  for (OpOperand *input : op.getDpsInputOperands())
    maps.push_back(op.getMatchingIndexingMap(input));
  maps.push_back(
      AffineMap::get(loops, 0, getAffineDimExpr(loops - 1, ctx), ctx));
  SmallVector<utils::IteratorType> iterators(loops,
                                             utils::IteratorType::reduction);
  iterators.back() = utils::IteratorType::parallel;
  auto columnSums = linalg::GenericOp::create(
      rewriter, loc, zeros.getType(), op.getDpsInputs(), ValueRange{zeros},
      maps, iterators);
  rewriter.inlineRegionBefore(op.getRegion(), columnSums.getRegion(),
                              columnSums.getRegion().end());

  AffineMap identity = AffineMap::getMultiDimIdentityMap(1, ctx);
  AffineMap scalar = AffineMap::get(1, 0, {}, ctx);
  auto total = linalg::GenericOp::create(
      rewriter, loc, init.getType(), columnSums.getResult(0), ValueRange{init},
      ArrayRef<AffineMap>{identity, scalar},
      ArrayRef<utils::IteratorType>{utils::IteratorType::reduction},
      [&](OpBuilder &b, Location l, ValueRange args) {
        Value sum = arith::AddFOp::create(b, l, args[1], args[0]);
        linalg::YieldOp::create(b, l, sum);
      });
  rewriter.replaceOp(op, total.getResults());
}

namespace {
struct TTTCPUSplitFullReductionsPass
    : mlir::ttt::impl::TTTCPUSplitFullReductionsBase<
          TTTCPUSplitFullReductionsPass> {
  void runOnOperation() override {
    SmallVector<linalg::GenericOp> sums;
    getOperation().walk([&](linalg::GenericOp op) {
      if (isFullSum(op))
        sums.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp op : sums)
      splitFullSum(rewriter, op);
  }
};
} // namespace
