//===- SingleThread.h - a region that thread 0 alone runs -------*- C++ -*-===//
//
// Several GPU passes move work that must not run once per thread (a
// sequential loop nest, a uniform store, atomic sums, the kernel's
// epilogue) under `scf.if threadIdx.x == 0`. The mark `ttt.single_thread`
// tells ttt-gpu-distribute to leave the region serial.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_CONVERSION_TTTTOGPU_SINGLETHREAD_H
#define TTT_CONVERSION_TTTTOGPU_SINGLETHREAD_H

#include "mlir/Dialect/SCF/IR/SCF.h"

namespace mlir::ttt {

/// Creates, at `b`'s insertion point, an empty `scf.if` without results
/// that runs in thread 0 of the block (and only where `also` holds, when
/// given), marked `ttt.single_thread`.
scf::IfOp createSingleThreadIf(OpBuilder &b, Location loc,
                               Value also = Value());

} // namespace mlir::ttt

#endif // TTT_CONVERSION_TTTTOGPU_SINGLETHREAD_H
