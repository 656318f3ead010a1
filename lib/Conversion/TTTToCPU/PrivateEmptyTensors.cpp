//===- PrivateEmptyTensors.cpp - ttt-cpu-private-empty-tensors ------------===//
//
// Upstream eliminate-empty-tensors picks which use of a tensor.empty to
// replace by a slice of the destination with llvm::find_if over a
// DenseSet<OpOperand *>. When CSE has merged the empty tensors of one shape,
// several uses qualify and the pick follows heap addresses: the same spec
// compiled to different kernels from run to run. With one use per
// tensor.empty the pick is unique.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUPRIVATEEMPTYTENSORS
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

namespace {
struct TTTCPUPrivateEmptyTensorsPass
    : mlir::ttt::impl::TTTCPUPrivateEmptyTensorsBase<
          TTTCPUPrivateEmptyTensorsPass> {
  void runOnOperation() override {
    SmallVector<tensor::EmptyOp> shared;
    getOperation().walk([&](tensor::EmptyOp op) {
      if (!op->hasOneUse() && !op->use_empty())
        shared.push_back(op);
    });
    OpBuilder builder(&getContext());
    for (tensor::EmptyOp empty : shared) {
      // The clones sit where the original does, so which use keeps it does
      // not matter; the use list's order depends only on how the IR was
      // built, never on addresses.
      SmallVector<OpOperand *> uses = llvm::map_to_vector(
          empty->getUses(), [](OpOperand &use) { return &use; });
      builder.setInsertionPointAfter(empty);
      for (OpOperand *use : ArrayRef(uses).drop_front())
        use->set(builder.clone(*empty)->getResult(0));
    }
  }
};
} // namespace
