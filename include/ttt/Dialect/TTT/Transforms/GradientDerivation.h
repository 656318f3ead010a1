//===- GradientDerivation.h - backward of the inner loss --------*- C++ -*-===//
#ifndef TTT_DIALECT_TTT_TRANSFORMS_GRADIENTDERIVATION_H
#define TTT_DIALECT_TTT_TRANSFORMS_GRADIENTDERIVATION_H

#include "ttt/Dialect/TTT/IR/TTTOps.h"

namespace mlir::ttt {

/// Fills the empty `gradient` region of `layer` with the reverse-mode backward
/// of its loss (see the `ttt-derive-gradients` pass). No-op when the region is
/// already filled.
void deriveGradients(LayerOp layer);

} // namespace mlir::ttt

#endif // TTT_DIALECT_TTT_TRANSFORMS_GRADIENTDERIVATION_H
