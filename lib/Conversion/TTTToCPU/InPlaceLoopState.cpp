//===- InPlaceLoopState.cpp - ttt-cpu-in-place-loop-state -----------------===//
//
// The mini-batch loop carries the inner model's state (weights, biases and
// their gradient sums) as tensors, and each iteration computes the next
// state into a fresh `tensor.empty`. Bufferized as is, every iteration
// allocates and frees one buffer per state tensor. Writing the next value
// into the loop-carried tensor itself lets bufferization update the state
// in place, once every read of the old value has happened.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUINPLACELOOPSTATE
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

/// Makes the op that yields `next` write into `carried` when it only needs
/// its init for the shape: one init, a `tensor.empty` that its body never
/// reads, of the same type.
static void writeIntoCarried(Value next, BlockArgument carried) {
  auto op = next.getDefiningOp<linalg::LinalgOp>();
  if (!op || !op.hasPureTensorSemantics() || op.getNumDpsInits() != 1 ||
      !next.hasOneUse() || next.getType() != carried.getType())
    return;
  OpOperand *init = op.getDpsInitOperand(0);
  if (!init->get().getDefiningOp<tensor::EmptyOp>() ||
      op.payloadUsesValueFromOperand(init))
    return;
  init->set(carried);
}

/// An `scf.if` in `loop`'s body that passes a loop-carried value on in one
/// branch and computes a replacement in the other (a commit, or its VJP,
/// that happens only at the end of a mini-batch): the replacement is
/// written into the carried tensor. Bufferization keeps that in place
/// where nothing reads the old value afterwards, and copies otherwise.
static void writeBranchesIntoCarried(scf::IfOp ifOp, scf::ForOp loop) {
  if (ifOp.getElseRegion().empty())
    return;
  auto carriedByLoop = [&](Value v) -> BlockArgument {
    auto arg = dyn_cast<BlockArgument>(v);
    return arg && arg.getOwner() == loop.getBody() &&
                   arg.getArgNumber() >= loop.getNumInductionVars()
               ? arg
               : BlockArgument();
  };
  for (auto [fromThen, fromElse] :
       llvm::zip(ifOp.thenYield().getOperands(),
                 ifOp.elseYield().getOperands())) {
    if (BlockArgument carried = carriedByLoop(fromElse))
      writeIntoCarried(fromThen, carried);
    else if (BlockArgument carried = carriedByLoop(fromThen))
      writeIntoCarried(fromElse, carried);
  }
}

namespace {
struct TTTCPUInPlaceLoopStatePass
    : mlir::ttt::impl::TTTCPUInPlaceLoopStateBase<TTTCPUInPlaceLoopStatePass> {
  void runOnOperation() override {
    getOperation().walk([](scf::ForOp loop) {
      for (auto [carried, next] :
           llvm::zip(loop.getRegionIterArgs(), loop.getYieldedValues()))
        writeIntoCarried(next, carried);
      for (auto ifOp : loop.getBody()->getOps<scf::IfOp>())
        writeBranchesIntoCarried(ifOp, loop);
    });
  }
};
} // namespace
