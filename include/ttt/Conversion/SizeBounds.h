//===- SizeBounds.h - constant upper bounds of dynamic sizes ---*- C++ -*-===//
//
// Shared by ttt-cpu-workspace, which serves a buffer of bounded size from
// the workspace, ttt-cpu-prefetch-next-iteration, which prefetches a window
// at its bound, and ttt-gpu-place-buffers, where integer range analysis
// finds no bound: they read the bound of a partial mini-batch's size from
// the ops the lowering computes it with.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_CONVERSION_SIZEBOUNDS_H
#define TTT_CONVERSION_SIZEBOUNDS_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

#include <optional>

namespace mlir::ttt {

/// A constant upper bound of the index `value`, read from the ops the
/// lowering bounds its sizes with: a constant, `minui`/`minsi` with a bounded
/// operand (the head of a sequence, `min(b - position, T, b)`), `select` of
/// bounded values, `remui` by a constant (the tail, `rest mod b`), sums and
/// products of bounded values (a segment's `r * d` elements of a tape row)
/// and the size a reshaped view was given. Sizes are never negative, so the
/// signed and unsigned minimums agree.
inline std::optional<int64_t> constantUpperBound(Value value) {
  if (std::optional<int64_t> constant = getConstantIntValue(value))
    return *constant;
  Operation *def = value.getDefiningOp();
  if (isa_and_nonnull<arith::MinUIOp, arith::MinSIOp>(def)) {
    std::optional<int64_t> lhs = constantUpperBound(def->getOperand(0));
    std::optional<int64_t> rhs = constantUpperBound(def->getOperand(1));
    if (lhs && rhs)
      return std::min(*lhs, *rhs);
    return lhs ? lhs : rhs;
  }
  if (isa_and_nonnull<arith::SelectOp, arith::AddIOp, arith::MulIOp>(def)) {
    unsigned first = isa<arith::SelectOp>(def) ? 1 : 0;
    std::optional<int64_t> lhs = constantUpperBound(def->getOperand(first));
    std::optional<int64_t> rhs = constantUpperBound(def->getOperand(first + 1));
    if (!lhs || !rhs)
      return std::nullopt;
    if (isa<arith::SelectOp>(def))
      return std::max(*lhs, *rhs);
    return isa<arith::AddIOp>(def) ? *lhs + *rhs : *lhs * *rhs;
  }
  if (auto rem = dyn_cast_or_null<arith::RemUIOp>(def))
    if (std::optional<int64_t> divisor = getConstantIntValue(rem.getRhs()))
      if (*divisor > 0)
        return *divisor - 1;
  // A size of a reshaped view: the size it was given.
  if (auto dim = dyn_cast_or_null<memref::DimOp>(def))
    if (auto expand = dim.getSource().getDefiningOp<memref::ExpandShapeOp>())
      if (std::optional<int64_t> index = dim.getConstantIndex())
        if (auto size = dyn_cast<Value>(expand.getMixedOutputShape()[*index]))
          return constantUpperBound(size);
  return std::nullopt;
}

/// constantUpperBound of a mixed size.
inline std::optional<int64_t> constantUpperBound(OpFoldResult size) {
  if (auto value = dyn_cast<Value>(size))
    return constantUpperBound(value);
  return getConstantIntValue(size);
}

} // namespace mlir::ttt

#endif // TTT_CONVERSION_SIZEBOUNDS_H
