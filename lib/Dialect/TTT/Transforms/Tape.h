//===- Tape.h - taped variants of a VJP function ----------------*- C++ -*-===//
//
// ttt-reverse-mode's `@f_vjp` recomputes the whole primal before its reverse
// sweep. For a function also marked `ttt.taped`, `addTapedFunctions`
// derives from `@f_vjp` three functions that split that work between a
// forward run, which saves the expensive values (the tape), and the reverse
// sweep, which reads them back:
//
//   @f_taped(args) -> (results..., residuals...)
//   @f_from_tape(args, residuals...) -> results...
//   @f_taped_vjp(args, residuals..., cotangents...) -> gradients...
//
// A residual is a value of the recomputed primal that the reverse sweep
// needs and that an op with a reduction loop (a contraction, a row sum) or
// a region produced; the cheap ops between residuals and their uses
// (elementwise payloads, slices) are recomputed from them. Residuals are f32
// tensors of rank 1 or 2 whose only dynamic size is the first, provably a
// dynamic size of an argument: a caller that passes one row count to every
// argument's dynamic sizes (the segment's) can keep each flattened in a
// fixed slot and restore it with that count. Any other value (a [rows, rows]
// product, a value a region defines) is recomputed instead.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_DIALECT_TTT_TRANSFORMS_TAPE_H
#define TTT_DIALECT_TTT_TRANSFORMS_TAPE_H

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::ttt {

/// The attribute that asks ttt-reverse-mode for the taped functions: the
/// indices of the results whose computation the tape may save.
inline constexpr llvm::StringLiteral kTapedAttrName = "ttt.taped";

/// Adds @<primal>_taped, @<primal>_from_tape and @<primal>_taped_vjp after
/// `vjp`. `forward` are the ops of `vjp`'s entry block that recompute the
/// primal (in order), `numInputs` the primal's argument count and
/// `primalResults` the values of `vjp` that the primal returns; only ops
/// that the results `tapedFrom` depend on are taped.
LogicalResult addTapedFunctions(func::FuncOp vjp, StringRef primalName,
                                ArrayRef<Operation *> forward,
                                unsigned numInputs,
                                ArrayRef<Value> primalResults,
                                ArrayRef<int64_t> tapedFrom);

} // namespace mlir::ttt

#endif // TTT_DIALECT_TTT_TRANSFORMS_TAPE_H
