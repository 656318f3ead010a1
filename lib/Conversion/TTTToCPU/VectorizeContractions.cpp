//===- VectorizeContractions.cpp - ttt-cpu-vectorize-contractions ---------===//
//
// Register blocking for the dual form's small matmuls. A contraction
// `C[m, n] += A[m, k] * B[k, n]` (in any operand layout, possibly with a
// fused mask or scale) is tiled into `rows x cols x depth` blocks whose sizes
// divide the loop ranges, and each block becomes vector code: after
// vectorization its multiply and reduction fold into a `vector.contract`,
// which the LLVM lowering turns into outer products on a register-resident
// accumulator.
//
//===----------------------------------------------------------------------===//

#include "ContiguousLoops.h"
#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Vector/Transforms/LoweringPatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUVECTORIZECONTRACTIONS
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

/// The largest divisor of `range` that is at most `limit` (at least 1).
static int64_t largestDivisorAtMost(int64_t range, int64_t limit) {
  for (int64_t size = std::min(range, limit); size > 1; --size)
    if (range % size == 0)
      return size;
  return 1;
}

/// The largest power of two that divides `range` and is at most `limit`.
/// The contiguous loop's block is the length of the accumulator's vectors,
/// and lengths that are not a whole number of AVX-512 registers make slow
/// code: with 48-column blocks the d = 96 three-layer MLP's prefill ran
/// 2.1x slower (313 against 146 ms, T = 2048) and compiled 1.5x slower
/// than with 32-column ones.
static int64_t largestPowerOfTwoDivisorAtMost(int64_t range, int64_t limit) {
  int64_t size = 1;
  while (size * 2 <= limit && range % (size * 2) == 0)
    size *= 2;
  return size;
}

/// Block sizes for a statically shaped generic with exactly one reduction
/// loop, one output and two parallel loops, or nothing for any other op.
static std::optional<SmallVector<int64_t>>
blockSizes(linalg::GenericOp op, int64_t rows, int64_t cols, int64_t depth,
           int64_t square) {
  if (op.getNumLoops() != 3 || op.getNumReductionLoops() != 1 ||
      op.getNumDpsInits() != 1 || !op.hasPureTensorSemantics())
    return std::nullopt;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (llvm::any_of(ranges, ShapedType::isDynamic))
    return std::nullopt;
  std::optional<unsigned> contiguous =
      contiguousLoop(op.getMatchingIndexingMap(op.getDpsInitOperand(0)));
  if (!contiguous)
    return std::nullopt;
  // When no input runs along the output's rows (`Xq Xk^T`, `G W^T`), the
  // outer-product lowering transposes each input block: square blocks over
  // all the rows transpose every input element once, in 16x16 shuffles.
  if (!someInputContiguousAlong(op, *contiguous))
    rows = cols = depth = square;
  SmallVector<int64_t> sizes;
  for (auto [dim, iterator] : llvm::enumerate(op.getIteratorTypesArray())) {
    if (iterator == utils::IteratorType::reduction)
      sizes.push_back(largestDivisorAtMost(ranges[dim], depth));
    else if (dim == *contiguous)
      sizes.push_back(largestPowerOfTwoDivisorAtMost(ranges[dim], cols));
    else
      sizes.push_back(largestDivisorAtMost(ranges[dim], rows));
  }
  return sizes;
}

/// Tiles `op` into blocks of `sizes` and vectorizes the block.
static LogicalResult tileAndVectorize(RewriterBase &rewriter,
                                      linalg::GenericOp op,
                                      ArrayRef<int64_t> sizes) {
  scf::SCFTilingOptions options;
  options.setTileSizes(getAsIndexOpFoldResult(rewriter.getContext(), sizes));
  rewriter.setInsertionPoint(op);
  FailureOr<scf::SCFTilingResult> tiled =
      scf::tileUsingSCF(rewriter, cast<TilingInterface>(op.getOperation()),
                        options);
  if (failed(tiled))
    return op.emitError("cannot tile the contraction into register blocks");
  rewriter.replaceOp(op, tiled->replacements);
  Operation *block = tiled->tiledOps.back();
  rewriter.setInsertionPoint(block);
  FailureOr<linalg::VectorizationResult> vectorized =
      linalg::vectorize(rewriter, block);
  if (failed(vectorized))
    return block->emitError("cannot vectorize the contraction block");
  rewriter.replaceOp(block, vectorized->replacements);
  return success();
}

namespace {
struct TTTCPUVectorizeContractionsPass
    : mlir::ttt::impl::TTTCPUVectorizeContractionsBase<
          TTTCPUVectorizeContractionsPass> {
  using Base::Base;

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<std::pair<linalg::GenericOp, SmallVector<int64_t>>> work;
    getOperation().walk([&](linalg::GenericOp op) {
      if (auto sizes = blockSizes(op, rows, cols, depth, square))
        work.emplace_back(op, *sizes);
    });
    for (auto &[op, sizes] : work)
      if (failed(tileAndVectorize(rewriter, op, sizes)))
        return signalPassFailure();

    // Fold each block's broadcasts, multiply and multi-reduction into one
    // vector.contract, and its tensor slices into the transfers.
    RewritePatternSet patterns(&getContext());
    vector::populateVectorTransferPermutationMapLoweringPatterns(patterns);
    vector::populateVectorReductionToContractPatterns(patterns);
    vector::populateSinkVectorOpsPatterns(patterns);
    vector::TransferReadOp::getCanonicalizationPatterns(patterns,
                                                        &getContext());
    vector::TransferWriteOp::getCanonicalizationPatterns(patterns,
                                                         &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace
