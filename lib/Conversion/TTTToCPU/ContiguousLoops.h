//===- ContiguousLoops.h - loops along contiguous memory -------*- C++ -*-===//
//
// Shared by ttt-cpu-contraction-loop-order, ttt-cpu-transpose-static-operands
// and ttt-cpu-vectorize-contractions, which all ask whether a contraction's
// inputs run along its output's rows or only along the reduction, and the
// last two how large a block divides a loop.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_CONVERSION_TTTTOCPU_CONTIGUOUSLOOPS_H
#define TTT_CONVERSION_TTTTOCPU_CONTIGUOUSLOOPS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include <optional>

namespace mlir::ttt {

/// The loop that the last (contiguous) result of `map` indexes, if that
/// result is a loop dimension.
inline std::optional<unsigned> contiguousLoop(AffineMap map) {
  if (map.getNumResults() == 0)
    return std::nullopt;
  if (auto dim = dyn_cast<AffineDimExpr>(map.getResults().back()))
    return dim.getPosition();
  return std::nullopt;
}

/// Whether some input of `op` is contiguous along `loop`.
inline bool someInputContiguousAlong(linalg::GenericOp op, unsigned loop) {
  return llvm::any_of(op.getDpsInputOperands(), [&](OpOperand *input) {
    return contiguousLoop(op.getMatchingIndexingMap(input)) == loop;
  });
}

/// Whether `op` is a contraction: exactly one reduction loop, two parallel
/// loops and one output, on tensors.
inline bool isContraction(linalg::GenericOp op) {
  return op.getNumLoops() == 3 && op.getNumReductionLoops() == 1 &&
         op.getNumDpsInits() == 1 && op.hasPureTensorSemantics();
}

/// The loop that carries a contraction's reduction.
inline unsigned reductionLoop(linalg::GenericOp op) {
  SmallVector<unsigned> dims;
  op.getReductionDims(dims);
  return dims.front();
}

/// The loop that the output's last (contiguous) dimension indexes.
inline std::optional<unsigned> outputContiguousLoop(linalg::GenericOp op) {
  return contiguousLoop(op.getMatchingIndexingMap(op.getDpsInitOperand(0)));
}

/// The largest divisor of `range` that is at most `limit` (at least 1).
inline int64_t largestDivisorAtMost(int64_t range, int64_t limit) {
  for (int64_t size = std::min(range, limit); size > 1; --size)
    if (range % size == 0)
      return size;
  return 1;
}

} // namespace mlir::ttt

#endif // TTT_CONVERSION_TTTTOCPU_CONTIGUOUSLOOPS_H
