//===- ContiguousLoops.h - which loop runs along contiguous memory -*- C++ -*-===//
//
// Shared by ttt-cpu-contraction-loop-order and
// ttt-cpu-vectorize-contractions, which both ask whether a contraction's
// inputs run along its output's rows or only along the reduction.
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

} // namespace mlir::ttt

#endif // TTT_CONVERSION_TTTTOCPU_CONTIGUOUSLOOPS_H
