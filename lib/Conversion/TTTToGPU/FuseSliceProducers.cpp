//===- FuseSliceProducers.cpp - the ttt-gpu-fuse-slice-producers pass -----===//

#include "ttt/Conversion/GPUPasses.h"

#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUFUSESLICEPRODUCERS
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;

/// An elementwise op whose result depends on its inputs only: all loops
/// parallel, and every init a fresh tensor.empty whose value is not read.
static bool isSliceableProducer(linalg::GenericOp op) {
  if (op.getNumReductionLoops() != 0)
    return false;
  for (OpOperand &init : op.getDpsInitsMutable())
    if (!init.get().getDefiningOp<tensor::EmptyOp>() ||
        op.payloadUsesValueFromOperand(&init))
      return false;
  return true;
}

namespace {
struct TTTGPUFuseSliceProducersPass
    : mlir::ttt::impl::TTTGPUFuseSliceProducersBase<
          TTTGPUFuseSliceProducersPass> {
  void runOnOperation() override {
    // Slices are rewritten one at a time: a fused producer's own input
    // slices can be fused in turn (a chain of conversions).
    bool changed = true;
    while (changed) {
      changed = false;
      SmallVector<tensor::ExtractSliceOp> slices;
      getOperation().walk([&](tensor::ExtractSliceOp slice) {
        auto producer = slice.getSource().getDefiningOp<linalg::GenericOp>();
        if (producer && isSliceableProducer(producer))
          slices.push_back(slice);
      });
      for (tensor::ExtractSliceOp slice : slices) {
        IRRewriter rewriter(slice);
        rewriter.setInsertionPoint(slice);
        FailureOr<TilingResult> tiled =
            tensor::replaceExtractSliceWithTiledProducer(
                rewriter, slice, cast<OpResult>(slice.getSource()));
        if (failed(tiled))
          continue;
        Value replacement = tiled->tiledValues.front();
        if (replacement.getType() != slice.getType())
          replacement = tensor::CastOp::create(rewriter, slice.getLoc(),
                                               slice.getType(), replacement);
        rewriter.replaceOp(slice, replacement);
        changed = true;
      }
    }
  }
};
} // namespace
