//===- ScalarDerivatives.h - reverse-mode rules of scalar ops ---*- C++ -*-===//
//
// The partial derivatives of the scalar float ops that appear in linalg
// payloads (arith, math): given an op and the cotangent `g` of its result,
// the contribution to the cotangent of each float operand. Shared by the
// payloads of linalg ops and the scalar ops between them.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_LIB_DIALECT_TTT_TRANSFORMS_SCALARDERIVATIVES_H
#define TTT_LIB_DIALECT_TTT_TRANSFORMS_SCALARDERIVATIVES_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/Operation.h"

namespace mlir::ttt {

/// Emits, at `b`'s insertion point, `accumulate(operand, g * d result /
/// d operand)` for every float operand of `op` that the result depends on.
/// Fails (emitting nothing) on an op without a rule; ops whose results are
/// not floats (comparisons, index arithmetic) and constants have no operand
/// cotangent and succeed trivially.
LogicalResult
emitScalarVJP(OpBuilder &b, Operation *op, Value g,
              function_ref<void(Value operand, Value contribution)> accumulate);

/// True when `op` is one whose cotangent rule emitScalarVJP knows.
bool hasScalarVJP(Operation *op);

} // namespace mlir::ttt

#endif // TTT_LIB_DIALECT_TTT_TRANSFORMS_SCALARDERIVATIVES_H
