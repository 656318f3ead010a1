//===- TransposeStaticOperands.cpp - ttt-cpu-transpose-static-operands ----===//
//
// A contraction `C[i, j] += A[i, k] B[j, k]` reads both inputs along the
// reduction only (`G W^T`: an MLP's prefill has one per mini-batch, its
// backward a dozen). Its outer-product lowering transposes an input block
// for every block of the output, and such a product cost about twice a
// plain one. When B is statically shaped (a weight), this pass reads the
// contraction from a transposed copy `Bt[k, j]` instead, made once where
// every such reader of B can share it, in square vector blocks: the
// contraction becomes `A Bt`, blocked like any plain product.
//
//===----------------------------------------------------------------------===//

#include "ContiguousLoops.h"
#include "KernelKind.h"
#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "llvm/ADT/MapVector.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUTRANSPOSESTATICOPERANDS
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

namespace {
/// A contraction to read from a transposed copy of its input `operand`.
struct Reader {
  linalg::GenericOp op;
  unsigned operand; // the input's index among the op's operands
};
} // namespace

/// The input of `op` to transpose, if `op` is a contraction whose inputs all
/// run along its reduction only and one of them, `B[j, k]` (j the output's
/// contiguous loop, k the reduction), is statically shaped. Over a dynamic
/// number of rows only in a backward kernel: a prefill's partial
/// mini-batches include every decode step, whose single row would not repay
/// the copy.
static std::optional<unsigned> operandToTranspose(linalg::GenericOp op) {
  if (!isContraction(op))
    return std::nullopt;
  std::optional<unsigned> j = outputContiguousLoop(op);
  if (!j || someInputContiguousAlong(op, *j))
    return std::nullopt;
  if (op.hasDynamicShape() && !inBackwardKernel(op))
    return std::nullopt;
  MLIRContext *ctx = op.getContext();
  AffineMap jk = AffineMap::get(
      3, 0,
      {getAffineDimExpr(*j, ctx), getAffineDimExpr(reductionLoop(op), ctx)},
      ctx);
  for (OpOperand *input : op.getDpsInputOperands()) {
    auto type = dyn_cast<RankedTensorType>(input->get().getType());
    if (type && type.hasStaticShape() && op.getMatchingIndexingMap(input) == jk)
      return input->getOperandNumber();
  }
  return std::nullopt;
}

/// The block where the copy of `value` for `readers` goes: the innermost one
/// that holds them all, then out of every loop that `value` is defined
/// outside of (a loop-invariant weight is transposed once), but never out
/// of a conditional (a branch's copy is made only when the branch runs).
static Block *copyBlock(Value value, ArrayRef<Reader> readers) {
  Block *block = readers.front().op->getBlock();
  auto holdsAll = [&](Block *candidate) {
    return llvm::all_of(readers, [&](const Reader &r) {
      return candidate->findAncestorOpInBlock(*r.op) != nullptr;
    });
  };
  while (!holdsAll(block))
    block = block->getParentOp()->getBlock();
  Region *home = value.getParentRegion();
  while (isa<LoopLikeOpInterface>(block->getParentOp()) &&
         !block->getParent()->isAncestor(home) &&
         block->getParentOp()->getBlock())
    block = block->getParentOp()->getBlock();
  return block;
}

/// Transposes the 8 x 8 block whose rows are `rows` (vector<8xf32> each) in
/// 24 two-input shuffles, each one AVX instruction: interleave row pairs
/// within 128-bit lanes (unpcklps / unpckhps), take pairs of those
/// (shufps), then swap 128-bit halves (vperm2f128). The pipeline's
/// vector.transpose lowering (Shuffle16x16) handles 16 x 16 only: an 8 x 8
/// one became element broadcasts and blends.
static void transpose8x8(ImplicitLocOpBuilder &b, MutableArrayRef<Value> rows) {
  auto shuffle = [&](Value x, Value y, ArrayRef<int64_t> mask) -> Value {
    return vector::ShuffleOp::create(b, x, y, mask);
  };
  static constexpr int64_t interleaveLow[] = {0, 8, 1, 9, 4, 12, 5, 13};
  static constexpr int64_t interleaveHigh[] = {2, 10, 3, 11, 6, 14, 7, 15};
  static constexpr int64_t pairsLow[] = {0, 1, 8, 9, 4, 5, 12, 13};
  static constexpr int64_t pairsHigh[] = {2, 3, 10, 11, 6, 7, 14, 15};
  static constexpr int64_t halvesLow[] = {0, 1, 2, 3, 8, 9, 10, 11};
  static constexpr int64_t halvesHigh[] = {4, 5, 6, 7, 12, 13, 14, 15};
  SmallVector<Value, 8> t, u;
  for (int i = 0; i < 8; i += 2) {
    t.push_back(shuffle(rows[i], rows[i + 1], interleaveLow));
    t.push_back(shuffle(rows[i], rows[i + 1], interleaveHigh));
  }
  for (int i : {0, 4}) {
    u.push_back(shuffle(t[i], t[i + 2], pairsLow));
    u.push_back(shuffle(t[i], t[i + 2], pairsHigh));
    u.push_back(shuffle(t[i + 1], t[i + 3], pairsLow));
    u.push_back(shuffle(t[i + 1], t[i + 3], pairsHigh));
  }
  for (int i = 0; i < 4; ++i) {
    rows[i] = shuffle(u[i], u[i + 4], halvesLow);
    rows[i + 4] = shuffle(u[i], u[i + 4], halvesHigh);
  }
}

/// `value` [J, K] transposed into a new tensor [K, J] at the start of
/// `block` (after `value`'s definition when that is in `block`), a vector
/// block of at most `size` x `size` at a time.
static Value transposedCopy(RewriterBase &rewriter, Value value, Block *block,
                            int64_t size) {
  Operation *def = value.getDefiningOp();
  if (def && def->getBlock() == block)
    rewriter.setInsertionPointAfter(def);
  else
    rewriter.setInsertionPointToStart(block);
  ImplicitLocOpBuilder b(value.getLoc(), rewriter);
  auto type = cast<RankedTensorType>(value.getType());
  Type element = type.getElementType();
  int64_t rows = type.getDimSize(0), cols = type.getDimSize(1);
  int64_t rowBlock = largestDivisorAtMost(rows, size),
          colBlock = largestDivisorAtMost(cols, size);
  bool shuffles = rowBlock == 8 && colBlock == 8 && element.isF32();
  Value empty =
      tensor::EmptyOp::create(b, ArrayRef<int64_t>{cols, rows}, element);
  Value padding = arith::ConstantOp::create(b, b.getZeroAttr(element));
  // Every index constant up front, outside the loops.
  SmallVector<Value, 8> offsets;
  for (int64_t r = 0; r < 8; ++r)
    offsets.push_back(arith::ConstantIndexOp::create(b, r));
  auto index = [&](int64_t v) -> Value {
    return v < 8 ? offsets[v]
                 : arith::ConstantIndexOp::create(b, v).getResult();
  };
  Value numRows = index(rows), numCols = index(cols);
  Value rowStep = index(rowBlock), colStep = index(colBlock);
  auto outer = scf::ForOp::create(
      b, offsets[0], numRows, rowStep, ValueRange{empty},
      [&](OpBuilder &ob, Location loc, Value j, ValueRange outerArgs) {
        auto inner = scf::ForOp::create(
            ob, loc, offsets[0], numCols, colStep, outerArgs,
            [&](OpBuilder &ib, Location l, Value k, ValueRange args) {
              ImplicitLocOpBuilder body(l, ib);
              Value dest = args[0];
              if (shuffles) {
                auto rowType = VectorType::get({8}, element);
                SmallVector<Value, 8> vs;
                for (int64_t r = 0; r < 8; ++r)
                  vs.push_back(vector::TransferReadOp::create(
                      body, rowType, value,
                      ValueRange{arith::AddIOp::create(body, j, offsets[r]), k},
                      padding, ArrayRef<bool>{true}));
                transpose8x8(body, vs);
                for (int64_t r = 0; r < 8; ++r)
                  dest = vector::TransferWriteOp::create(
                             body, vs[r], dest,
                             ValueRange{
                                 arith::AddIOp::create(body, k, offsets[r]), j},
                             ArrayRef<bool>{true})
                             .getResult();
              } else {
                Value tile = vector::TransferReadOp::create(
                    body, VectorType::get({rowBlock, colBlock}, element), value,
                    ValueRange{j, k}, padding, ArrayRef<bool>{true, true});
                Value flipped = vector::TransposeOp::create(
                    body, tile, ArrayRef<int64_t>{1, 0});
                dest = vector::TransferWriteOp::create(
                           body, flipped, dest, ValueRange{k, j},
                           ArrayRef<bool>{true, true})
                           .getResult();
              }
              scf::YieldOp::create(body, dest);
            });
        scf::YieldOp::create(ob, loc, inner.getResults());
      });
  return outer.getResult(0);
}

namespace {
struct TTTCPUTransposeStaticOperandsPass
    : mlir::ttt::impl::TTTCPUTransposeStaticOperandsBase<
          TTTCPUTransposeStaticOperandsPass> {
  using Base::Base;

  void runOnOperation() override {
    // Readers grouped by the value they transpose, in program order.
    llvm::MapVector<Value, SmallVector<Reader>> readersOf;
    getOperation().walk([&](linalg::GenericOp op) {
      if (std::optional<unsigned> operand = operandToTranspose(op))
        readersOf[op->getOperand(*operand)].push_back({op, *operand});
    });
    IRRewriter rewriter(&getContext());
    MLIRContext *ctx = &getContext();
    for (auto &[value, readers] : readersOf) {
      Value transposed =
          transposedCopy(rewriter, value, copyBlock(value, readers), block);
      for (Reader r : readers) {
        SmallVector<AffineMap> maps = r.op.getIndexingMapsArray();
        AffineMap &map = maps[r.operand];
        map = AffineMap::get(3, 0, {map.getResult(1), map.getResult(0)}, ctx);
        rewriter.modifyOpInPlace(r.op, [&] {
          r.op->setOperand(r.operand, transposed);
          r.op.setIndexingMapsAttr(rewriter.getAffineMapArrayAttr(maps));
        });
      }
    }
  }
};
} // namespace
