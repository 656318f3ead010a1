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
// Segments of a dynamic number of tokens are blocked too: their rows (and
// the columns of a product of two segments' tokens) are cut into statically
// shaped blocks and a partial last one, and a weight gradient `X^T G` over
// their tokens (a static output, a dynamic reduction) takes one token per
// step, its accumulator carried across the tokens.
//
//===----------------------------------------------------------------------===//

#include "ContiguousLoops.h"
#include "Fills.h"
#include "KernelKind.h"
#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/Vector/Transforms/LoweringPatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUVECTORIZECONTRACTIONS
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

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

/// Whether `op` is a contraction this pass blocks: one with a statically
/// shaped output.
static bool isBlockable(linalg::GenericOp op) {
  return isContraction(op) &&
         cast<ShapedType>(op.getDpsInits()[0].getType()).hasStaticShape();
}

/// The loop along a contraction's output rows: neither the reduction nor
/// the output's `contiguous` loop (the loops are numbered 0, 1, 2).
static unsigned rowLoop(linalg::GenericOp op, unsigned contiguous) {
  return 3 - reductionLoop(op) - contiguous;
}

/// Orders a blockable contraction with a dynamic reduction (row, reduction,
/// column), the column being the output's contiguous loop, so that its
/// vector.contract has the outer-product form `out[i, j] += a[k, i] b[k, j]`.
/// In another order (`ttt-cpu-contraction-loop-order` puts the reduction
/// first for the scalar loops) the lowering transposes the accumulator at
/// every step: the TTT-Linear backward ran 2.2x slower.
static void orderRowReductionColumn(RewriterBase &rewriter,
                                    linalg::GenericOp op) {
  std::optional<unsigned> contiguous = outputContiguousLoop(op);
  if (!contiguous)
    return;
  rewriter.setInsertionPoint(op);
  (void)linalg::interchangeGenericOp(
      rewriter, op, {rowLoop(op, *contiguous), reductionLoop(op), *contiguous});
}

/// Block sizes for a blockable contraction whose parallel loops are static,
/// or nothing for any other op. A dynamic reduction is blocked one step
/// at a time.
static std::optional<SmallVector<int64_t>>
blockSizes(linalg::GenericOp op, int64_t rows, int64_t cols, int64_t depth,
           int64_t square, int64_t squareRows) {
  if (!isBlockable(op))
    return std::nullopt;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  for (auto [dim, range] : llvm::enumerate(ranges))
    if (ShapedType::isDynamic(range) && dim != reductionLoop(op))
      return std::nullopt;
  std::optional<unsigned> contiguous = outputContiguousLoop(op);
  if (!contiguous)
    return std::nullopt;
  // When no input runs along the output's rows (`Xq Xk^T`; `G W^T` unless
  // ttt-cpu-transpose-static-operands gave it a copy of W^T), the
  // outer-product lowering transposes each input block: square blocks over
  // all the rows transpose every input element once, in 16x16 shuffles.
  // (With `squareRows` below `square` the transposed block of the input
  // along the columns serves fewer rows, but it and the accumulators fit
  // the registers.)
  if (!someInputContiguousAlong(op, *contiguous)) {
    rows = squareRows;
    cols = depth = square;
  }
  SmallVector<int64_t> sizes;
  for (auto [dim, iterator] : llvm::enumerate(op.getIteratorTypesArray())) {
    if (iterator == utils::IteratorType::reduction)
      sizes.push_back(ShapedType::isDynamic(ranges[dim])
                          ? 1
                          : largestDivisorAtMost(ranges[dim], depth));
    else if (dim == *contiguous)
      sizes.push_back(largestPowerOfTwoDivisorAtMost(ranges[dim], cols));
    else
      sizes.push_back(largestDivisorAtMost(ranges[dim], rows));
  }
  return sizes;
}

/// Tiles `op` as `options` say and replaces it with the tiled loops, or
/// emits `what` cannot be done.
static FailureOr<scf::SCFTilingResult>
tile(RewriterBase &rewriter, linalg::GenericOp op,
     const scf::SCFTilingOptions &options, StringRef what) {
  rewriter.setInsertionPoint(op);
  FailureOr<scf::SCFTilingResult> tiled =
      scf::tileUsingSCF(rewriter, cast<TilingInterface>(op.getOperation()),
                        options);
  if (failed(tiled))
    return op.emitError("cannot tile the contraction into ") << what;
  rewriter.replaceOp(op, tiled->replacements);
  return tiled;
}

/// Vectorizes the register block `block`.
static LogicalResult vectorizeBlock(RewriterBase &rewriter, Operation *block) {
  rewriter.setInsertionPoint(block);
  FailureOr<linalg::VectorizationResult> vectorized =
      linalg::vectorize(rewriter, block);
  if (failed(vectorized))
    return block->emitError("cannot vectorize the contraction block");
  rewriter.replaceOp(block, vectorized->replacements);
  return success();
}

/// The value of the fill that `op`'s output starts as, if it is one.
static Value filledValue(linalg::GenericOp op) {
  auto producer = op.getDpsInits()[0].getDefiningOp<linalg::LinalgOp>();
  return producer ? getFilledValue(producer) : Value();
}

/// Takes the fill out of `op`'s output, which then starts from the fill's
/// own init, or from a new tensor when the fill has other readers (its init
/// may be one that only it may write). Tiling `op` afterwards, each output
/// block gets the fill back (fillBlock): the blocks partition the output,
/// so once vectorized the fill is each block's first accumulator value in
/// registers, and the output is never filled in memory and read back (the
/// d x d weight gradient of a full mini-batch was a 16 KB memset per
/// mini-batch, a backward segment's products a dozen 4 KB ones).
static void detachFill(RewriterBase &rewriter, linalg::GenericOp op) {
  Value filled = op.getDpsInits()[0];
  Value init = filled.getDefiningOp<linalg::LinalgOp>().getDpsInits()[0];
  if (!filled.hasOneUse()) {
    rewriter.setInsertionPoint(op);
    init = tensor::EmptyOp::create(
        rewriter, op.getLoc(),
        tensor::getMixedSizes(rewriter, op.getLoc(), filled),
        cast<RankedTensorType>(filled.getType()).getElementType());
  }
  rewriter.modifyOpInPlace(op, [&] { op.getDpsInitsMutable()[0].set(init); });
}

/// Fills the output block of `block`, a tile of an op whose fill of `value`
/// detachFill took out.
static linalg::FillOp fillBlock(RewriterBase &rewriter,
                                linalg::GenericOp block, Value value) {
  rewriter.setInsertionPoint(block);
  auto fill = linalg::FillOp::create(rewriter, block.getLoc(), value,
                                     block.getDpsInits()[0]);
  rewriter.modifyOpInPlace(block, [&] {
    block.getDpsInitsMutable()[0].set(fill.getResult(0));
  });
  return fill;
}

/// Tiles `op`, a contraction into a fill of `value`, into output blocks of
/// `sizes` that are filled (as vectors) before a loop over the reduction
/// steps of `sizes`.
static LogicalResult tileIntoFilledBlocks(RewriterBase &rewriter,
                                          linalg::GenericOp op,
                                          ArrayRef<int64_t> sizes,
                                          Value value) {
  detachFill(rewriter, op);
  unsigned reduction = reductionLoop(op);
  SmallVector<int64_t> outer(sizes), inner(sizes.size(), 0);
  outer[reduction] = 0;
  inner[reduction] = sizes[reduction];
  scf::SCFTilingOptions outerOptions, innerOptions;
  outerOptions.setTileSizes(getAsIndexOpFoldResult(op.getContext(), outer));
  innerOptions.setTileSizes(getAsIndexOpFoldResult(op.getContext(), inner));
  FailureOr<scf::SCFTilingResult> blocks =
      tile(rewriter, op, outerOptions, "register blocks");
  if (failed(blocks))
    return failure();
  auto block = cast<linalg::GenericOp>(blocks->tiledOps.back());
  linalg::FillOp blockFill = fillBlock(rewriter, block, value);
  FailureOr<scf::SCFTilingResult> steps =
      tile(rewriter, block, innerOptions, "reduction steps");
  if (failed(steps) || failed(vectorizeBlock(rewriter, blockFill)))
    return failure();
  return vectorizeBlock(rewriter, steps->tiledOps.back());
}

/// Tiles `op` into blocks of `sizes` and vectorizes the block.
static LogicalResult tileAndVectorize(RewriterBase &rewriter,
                                      linalg::GenericOp op,
                                      ArrayRef<int64_t> sizes) {
  if (Value value = filledValue(op))
    return tileIntoFilledBlocks(rewriter, op, sizes, value);
  scf::SCFTilingOptions options;
  options.setTileSizes(getAsIndexOpFoldResult(rewriter.getContext(), sizes));
  // Over a dynamic reduction, the block loop over the reduction goes
  // innermost, so that the accumulator is carried across it (the loop
  // invariant subset hoisting of the CPU pipeline keeps it in registers).
  if (op.hasDynamicShape()) {
    SmallVector<int64_t> order;
    for (unsigned dim = 0; dim < op.getNumLoops(); ++dim)
      if (dim != reductionLoop(op))
        order.push_back(dim);
    order.push_back(reductionLoop(op));
    options.setInterchange(order);
  }
  FailureOr<scf::SCFTilingResult> tiled =
      tile(rewriter, op, options, "register blocks");
  if (failed(tiled))
    return failure();
  return vectorizeBlock(rewriter, tiled->tiledOps.back());
}

/// A contraction's output loops, its rows and its contiguous columns, if
/// `op` is a contraction whose output has a contiguous loop.
static std::optional<std::pair<unsigned, unsigned>>
outputLoops(linalg::GenericOp op) {
  if (!isContraction(op))
    return std::nullopt;
  std::optional<unsigned> contiguous = outputContiguousLoop(op);
  if (!contiguous)
    return std::nullopt;
  return std::make_pair(rowLoop(op, *contiguous), *contiguous);
}

/// Whether `op`'s loop `loop` has a dynamic range.
static bool isDynamicLoop(linalg::GenericOp op, unsigned loop) {
  return ShapedType::isDynamic(op.getStaticLoopRanges()[loop]);
}

/// The row loop of a contraction over a dynamic number of rows (a
/// segment's tokens) with static columns, if `op` is one.
static std::optional<unsigned> dynamicRowLoop(linalg::GenericOp op) {
  auto loops = outputLoops(op);
  if (!loops || !isDynamicLoop(op, loops->first) ||
      isDynamicLoop(op, loops->second))
    return std::nullopt;
  return loops->first;
}

/// The row and column loops of a contraction between two segments' tokens
/// (`Xq Xk^T`, `dZ G^T`: both output loops dynamic, the reduction static),
/// if `op` is one.
static std::optional<std::pair<unsigned, unsigned>>
dynamicSquareLoops(linalg::GenericOp op) {
  auto loops = outputLoops(op);
  if (!loops || !isDynamicLoop(op, loops->first) ||
      !isDynamicLoop(op, loops->second) || isDynamicLoop(op, reductionLoop(op)))
    return std::nullopt;
  return loops;
}

/// Tiles `op` into blocks of `sizes` (0 for a loop left whole) and peels
/// the last, partial block of each tiled loop off: the blocks inside every
/// full one have a static shape (once foldStaticSizes folds the constant
/// sizes into the types).
static LogicalResult peelBlocks(RewriterBase &rewriter, linalg::GenericOp op,
                                ArrayRef<int64_t> sizes) {
  scf::SCFTilingOptions options;
  options.setTileSizes(getAsIndexOpFoldResult(rewriter.getContext(), sizes));
  Value value = filledValue(op);
  if (value)
    detachFill(rewriter, op);
  FailureOr<scf::SCFTilingResult> tiled =
      tile(rewriter, op, options, "blocks of rows");
  if (failed(tiled))
    return failure();
  // Each block of rows fills its own output (static, as tileAndVectorize
  // then blocks it further; the last block's stays a loop nest).
  if (value)
    fillBlock(rewriter, cast<linalg::GenericOp>(tiled->tiledOps.back()),
              value);
  // Peeling a loop leaves it the full blocks' loop, so the loops inside it
  // are peeled in turn; the partial blocks' copies keep their tiling.
  for (LoopLikeOpInterface loop : tiled->loops) {
    scf::ForOp rest;
    (void)scf::peelForLoopAndSimplifyBounds(rewriter, cast<scf::ForOp>(loop),
                                            rest);
  }
  return success();
}

/// Folds constant slice sizes into static types, down to the contractions.
static LogicalResult foldStaticSizes(Operation *root) {
  MLIRContext *context = root->getContext();
  RewritePatternSet patterns(context);
  tensor::ExtractSliceOp::getCanonicalizationPatterns(patterns, context);
  tensor::InsertSliceOp::getCanonicalizationPatterns(patterns, context);
  tensor::CastOp::getCanonicalizationPatterns(patterns, context);
  linalg::GenericOp::getCanonicalizationPatterns(patterns, context);
  context->getLoadedDialect<linalg::LinalgDialect>()
      ->getCanonicalizationPatterns(patterns);
  affine::AffineMinOp::getCanonicalizationPatterns(patterns, context);
  return applyPatternsGreedily(root, std::move(patterns));
}

/// Whether `op`'s body is `out + a * b`: a plain product accumulated.
static bool isMultiplyAccumulate(linalg::GenericOp op) {
  Block &body = op.getRegion().front();
  if (body.getNumArguments() != 3 || body.getOperations().size() != 3)
    return false;
  auto mul = dyn_cast<arith::MulFOp>(&body.front());
  if (!mul)
    return false;
  auto add = dyn_cast<arith::AddFOp>(mul->getNextNode());
  if (!add)
    return false;
  Value out = body.getArgument(2);
  bool productOfInputs =
      (mul.getLhs() == body.getArgument(0) &&
       mul.getRhs() == body.getArgument(1)) ||
      (mul.getLhs() == body.getArgument(1) &&
       mul.getRhs() == body.getArgument(0));
  bool accumulates = (add.getLhs() == out && add.getRhs() == mul) ||
                     (add.getRhs() == out && add.getLhs() == mul);
  return productOfInputs && accumulates &&
         body.getTerminator()->getOperand(0) == add.getResult();
}

/// Rewrites the partial row block `C[i, :] += A[i, :] B` (rows dynamic, the
/// reduction and columns static, every operand row-major) as vector code,
/// one row at a time, its reduction split into `ways` interleaved partial
/// sums: `ways` accumulators of the row's width, each updated every
/// `ways`-th step, then added. Left to LLVM, the row's product is one
/// chain of dependent FMAs, a reduction step each, on as many registers
/// as the row has vectors: latency-bound (a decode step's every product).
/// Over a fill, each row's first accumulator is the fill's value.
static LogicalResult splitRowReduction(RewriterBase &rewriter,
                                       linalg::GenericOp op, int64_t ways) {
  Location loc = op.getLoc();
  // A filled output's rows start from the fill's value in registers.
  Value filled = filledValue(op);
  if (filled)
    detachFill(rewriter, op);
  Value a = op.getDpsInputs()[0], b = op.getDpsInputs()[1];
  Value c = op.getDpsInits()[0];
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  int64_t depth = ranges[reductionLoop(op)];
  int64_t width = ranges[*outputContiguousLoop(op)];
  Type element = cast<ShapedType>(c.getType()).getElementType();
  auto rowType = VectorType::get({width}, element);
  rewriter.setInsertionPoint(op);
  auto index = [&](int64_t v) -> Value {
    return arith::ConstantIndexOp::create(rewriter, loc, v);
  };
  Value c0 = index(0), c1 = index(1);
  Value padding = arith::ConstantOp::create(rewriter, loc,
                                            rewriter.getZeroAttr(element));
  Value zeros = arith::ConstantOp::create(
      rewriter, loc,
      DenseElementsAttr::get(rowType, rewriter.getZeroAttr(element)));
  Value numRows = tensor::DimOp::create(rewriter, loc, c, 0);
  auto rowsLoop = scf::ForOp::create(
      rewriter, loc, c0, numRows, c1, ValueRange{c},
      [&](OpBuilder &rb, Location l, Value row, ValueRange rowArgs) {
        auto readRow = [&](OpBuilder &ob, Value source, Value r) -> Value {
          return vector::TransferReadOp::create(
              ob, l, rowType, source, ValueRange{r, c0}, padding,
              ArrayRef<bool>{true});
        };
        SmallVector<Value> accumulators = {
            filled ? vector::BroadcastOp::create(rb, l, rowType, filled)
                         .getResult()
                   : readRow(rb, rowArgs[0], row)};
        for (int64_t s = 1; s < ways; ++s)
          accumulators.push_back(zeros);
        Value step = arith::ConstantIndexOp::create(rb, l, ways);
        Value end = arith::ConstantIndexOp::create(rb, l, depth);
        auto steps = scf::ForOp::create(
            rb, l, c0, end, step, accumulators,
            [&](OpBuilder &kb, Location kl, Value k, ValueRange partial) {
              SmallVector<Value> next;
              for (int64_t s = 0; s < ways; ++s) {
                Value ks = arith::AddIOp::create(
                    kb, kl, k, arith::ConstantIndexOp::create(kb, kl, s));
                Value x = tensor::ExtractOp::create(kb, kl, a,
                                                    ValueRange{row, ks});
                Value splat = vector::BroadcastOp::create(kb, kl, rowType, x);
                next.push_back(vector::FMAOp::create(
                    kb, kl, splat, readRow(kb, b, ks), partial[s]));
              }
              scf::YieldOp::create(kb, kl, next);
            });
        Value sum = steps.getResult(0);
        for (int64_t s = 1; s < ways; ++s)
          sum = arith::AddFOp::create(rb, l, sum, steps.getResult(s));
        Value written = vector::TransferWriteOp::create(
                            rb, l, sum, rowArgs[0], ValueRange{row, c0},
                            ArrayRef<bool>{true})
                            .getResult();
        scf::YieldOp::create(rb, l, written);
      });
  rewriter.replaceOp(op, rowsLoop.getResults());
  return success();
}

/// Accumulator registers that keep the FMA units busy: AVX-512 holds 16
/// f32 lanes, and two FMA pipes of latency 4 need 8 independent chains.
/// (TTT-Linear's decode step, 12 heads, d = 64, one thread: 7.0 us with
/// one 4-register chain per product, 6.5 us with two, 7.0 with four.)
constexpr int64_t kLanes = 16, kChainsInFlight = 8;

/// How many interleaved partial sums the partial row block `op` gets
/// (splitRowReduction), or 1 to leave it a loop nest: when it is not
/// `C[i, j] += A[i, k] B[k, j]` with a static reduction, when its row
/// already fills `kChainsInFlight` registers, and in a backward kernel
/// (splitting there only adds code: 4% more compile time for the d = 96
/// three-layer MLP).
static int64_t reductionWays(linalg::GenericOp op) {
  std::optional<unsigned> row = dynamicRowLoop(op);
  if (!row || !isMultiplyAccumulate(op) || inBackwardKernel(op))
    return 1;
  unsigned i = *row, j = *outputContiguousLoop(op), k = reductionLoop(op);
  MLIRContext *ctx = op.getContext();
  auto map = [&](unsigned d0, unsigned d1) {
    return AffineMap::get(
        3, 0, {getAffineDimExpr(d0, ctx), getAffineDimExpr(d1, ctx)}, ctx);
  };
  if (op.getIndexingMapsArray() !=
      SmallVector<AffineMap>{map(i, k), map(k, j), map(i, j)})
    return 1;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (ShapedType::isDynamic(ranges[k]))
    return 1;
  int64_t vectors = std::max<int64_t>(1, ranges[j] / kLanes);
  int64_t ways = 1;
  while (ways * vectors < kChainsInFlight && ranges[k] % (ways * 2) == 0)
    ways *= 2;
  return ways;
}

namespace {
/// Swaps a contraction's operands when its left one runs along the
/// accumulator's columns and its right one along its rows (a gradient
/// `G^T X` written for `X^T G`): the outer-product lowering takes the
/// rows from the left operand, and transposes the accumulator otherwise.
struct LeftOperandAlongRows : OpRewritePattern<vector::ContractionOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(vector::ContractionOp op,
                                PatternRewriter &rewriter) const override {
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    if (op.getKind() != vector::CombiningKind::ADD ||
        maps[2].getNumResults() != 2)
      return failure();
    AffineExpr row = maps[2].getResult(0);
    if (maps[0].getResultPosition(row) || !maps[1].getResultPosition(row))
      return failure();
    rewriter.replaceOpWithNewOp<vector::ContractionOp>(
        op, op.getRhs(), op.getLhs(), op.getAcc(),
        rewriter.getAffineMapArrayAttr({maps[1], maps[0], maps[2]}),
        op.getIteratorTypes(), op.getKind());
    return success();
  }
};

struct TTTCPUVectorizeContractionsPass
    : mlir::ttt::impl::TTTCPUVectorizeContractionsBase<
          TTTCPUVectorizeContractionsPass> {
  using Base::Base;

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    // Segments of a dynamic number of tokens, in blocks of as many rows as
    // the register blocks will have: `square-rows` when no input runs along
    // the output's columns (`G W^T`).
    int64_t squareRows = this->squareRows > 0 ? this->squareRows : square;
    SmallVector<std::pair<linalg::GenericOp, unsigned>> overRows;
    getOperation().walk([&](linalg::GenericOp op) {
      if (std::optional<unsigned> row = dynamicRowLoop(op))
        overRows.emplace_back(op, *row);
    });
    for (auto [op, row] : overRows) {
      bool transposed =
          !someInputContiguousAlong(op, *outputContiguousLoop(op));
      SmallVector<int64_t> sizes(op.getNumLoops(), 0);
      sizes[row] = transposed ? squareRows : rows;
      if (failed(peelBlocks(rewriter, op, sizes)))
        return signalPassFailure();
    }
    // Products of two segments' tokens, in square blocks: every reverse
    // sweep segment has a dynamic number of tokens, and left a loop nest
    // each of their outputs was a dot product ending in a horizontal sum.
    SmallVector<std::pair<linalg::GenericOp, std::pair<unsigned, unsigned>>>
        overTokenPairs;
    getOperation().walk([&](linalg::GenericOp op) {
      if (auto loops = dynamicSquareLoops(op))
        overTokenPairs.emplace_back(op, *loops);
    });
    for (auto [op, loops] : overTokenPairs) {
      SmallVector<int64_t> sizes(op.getNumLoops(), 0);
      sizes[loops.first] = squareRows;
      sizes[loops.second] = square;
      if (failed(peelBlocks(rewriter, op, sizes)))
        return signalPassFailure();
    }
    if ((!overRows.empty() || !overTokenPairs.empty()) &&
        failed(foldStaticSizes(getOperation())))
      return signalPassFailure();
    // Their partial row blocks, the whole of a decode step's products.
    SmallVector<std::pair<linalg::GenericOp, int64_t>> chained;
    getOperation().walk([&](linalg::GenericOp op) {
      if (int64_t ways = reductionWays(op); ways > 1)
        chained.emplace_back(op, ways);
    });
    for (auto [op, ways] : chained)
      if (failed(splitRowReduction(rewriter, op, ways)))
        return signalPassFailure();
    // Contractions over a dynamic number of tokens into a static output.
    SmallVector<linalg::GenericOp> overTokens;
    getOperation().walk([&](linalg::GenericOp op) {
      if (isBlockable(op) && op.hasDynamicShape())
        overTokens.push_back(op);
    });
    for (linalg::GenericOp op : overTokens)
      orderRowReductionColumn(rewriter, op);
    SmallVector<std::pair<linalg::GenericOp, SmallVector<int64_t>>> work;
    getOperation().walk([&](linalg::GenericOp op) {
      if (auto sizes = blockSizes(op, rows, cols, depth, square, squareRows))
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
    patterns.add<LeftOperandAlongRows>(&getContext());
    vector::TransferReadOp::getCanonicalizationPatterns(patterns,
                                                        &getContext());
    vector::TransferWriteOp::getCanonicalizationPatterns(patterns,
                                                         &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace
