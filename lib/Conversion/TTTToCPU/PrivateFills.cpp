//===- PrivateFills.cpp - ttt-cpu-private-fills ---------------------------===//
//
// CSE merges the dual form's identical zero fills into one tensor that every
// contraction and row reduction then accumulates into. Bufferization has to
// keep that shared value intact, so it copies it into a new buffer before
// each write: a memset plus a copy per op and mini-batch, and copies of each
// register block's accumulator tile. A fill of its own per writer is one
// memset, written in place.
//
//===----------------------------------------------------------------------===//

#include "Fills.h"
#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Interfaces/LoopLikeInterface.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUPRIVATEFILLS
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

/// Whether `use` is an init that its op writes into: a destination-passing
/// op's init, or the initial value of a loop-carried tensor (a register
/// blocked contraction's output, once tiled).
static bool isWrittenInit(OpOperand &use) {
  if (auto dps = dyn_cast<DestinationStyleOpInterface>(use.getOwner()))
    return dps.isDpsInit(&use);
  if (auto loop = dyn_cast<LoopLikeOpInterface>(use.getOwner()))
    return llvm::is_contained(loop.getInitsMutable(), use);
  return false;
}

namespace {
struct TTTCPUPrivateFillsPass
    : mlir::ttt::impl::TTTCPUPrivateFillsBase<TTTCPUPrivateFillsPass> {
  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> fills;
    DenseMap<Operation *, int64_t> position;
    getOperation().walk<WalkOrder::PreOrder>([&](Operation *op) {
      position[op] = position.size();
      auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
      if (linalgOp && linalgOp.hasPureTensorSemantics() &&
          ttt::getFilledValue(linalgOp) && !op->getResult(0).hasOneUse())
        fills.push_back(linalgOp);
    });
    OpBuilder builder(&getContext());
    for (linalg::LinalgOp fill : fills) {
      // The first writer keeps the original, unless something else reads
      // it.
      SmallVector<OpOperand *> writers;
      bool otherUses = false;
      for (OpOperand &use : fill->getResult(0).getUses()) {
        if (isWrittenInit(use))
          writers.push_back(&use);
        else
          otherUses = true;
      }
      // In program order: the order of a use list is not part of the IR's
      // text, and earlier rewrites change it.
      llvm::sort(writers, [&](OpOperand *a, OpOperand *b) {
        return position.lookup(a->getOwner()) < position.lookup(b->getOwner());
      });
      for (OpOperand *use : ArrayRef(writers).drop_front(otherUses ? 0 : 1)) {
        builder.setInsertionPoint(use->getOwner());
        use->set(builder.clone(*fill)->getResult(0));
      }
    }
  }
};
} // namespace
