//===- Fills.h - recognising fills in their generic form --------*- C++ -*-===//
//
// Shared by ttt-cpu-private-fills and ttt-cpu-vectorize-contractions, which
// run after linalg-generalize-named-ops has turned every linalg.fill into a
// linalg.generic.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_CONVERSION_TTTTOCPU_FILLS_H
#define TTT_CONVERSION_TTTTOCPU_FILLS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace mlir::ttt {

/// The value a `linalg.fill`, or its generic form (no inputs, every loop
/// parallel, a body that yields a value from outside), writes everywhere;
/// null for any other op.
inline Value getFilledValue(linalg::LinalgOp op) {
  if (auto fill = dyn_cast<linalg::FillOp>(op.getOperation()))
    return fill.getInputs().front();
  auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
  if (!generic || generic.getNumDpsInputs() != 0 ||
      generic.getNumDpsInits() != 1 ||
      generic.getNumParallelLoops() != generic.getNumLoops())
    return {};
  Block &body = generic.getRegion().front();
  if (!llvm::hasSingleElement(body))
    return {};
  Value yielded = body.getTerminator()->getOperand(0);
  return yielded.getParentRegion() == &generic.getRegion() ? Value() : yielded;
}

} // namespace mlir::ttt

#endif // TTT_CONVERSION_TTTTOCPU_FILLS_H
