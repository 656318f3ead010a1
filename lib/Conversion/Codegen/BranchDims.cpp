//===- BranchDims.cpp - the ttt-branch-dims pass --------------------------===//
//
// `tensor.dim` of an `scf.if` result becomes the size both branches share,
// when the branches' yields provably keep it: a destination-passing op's
// result (linalg, tensor.insert_slice, vector.transfer_write) has its
// destination's shape, a loop's result its init's when the loop keeps its
// iter_arg's shape, a `tensor.empty` the sizes it names.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/CodegenPasses.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTBRANCHDIMS
#include "ttt/Conversion/CodegenPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;

namespace {
/// Where dimension `dim` of a tensor comes from: an index value (or
/// constant) named by a `tensor.empty`, or the same dimension of `tensor`,
/// a value no rule looked through.
struct DimSource {
  OpFoldResult size;
  Value tensor;
  bool operator==(const DimSource &other) const {
    return size == other.size && tensor == other.tensor;
  }
};
} // namespace

/// The value yielded for `result` by `region`'s terminator.
static Value yieldedFor(Region &region, OpResult result) {
  return region.front().getTerminator()->getOperand(result.getResultNumber());
}

static DimSource dimSource(Value tensor, int64_t dim) {
  auto result = dyn_cast<OpResult>(tensor);
  if (!result)
    return {OpFoldResult(), tensor};
  Operation *op = result.getOwner();
  if (auto empty = dyn_cast<tensor::EmptyOp>(op))
    return {empty.getMixedSizes()[dim], Value()};
  if (auto dps = dyn_cast<DestinationStyleOpInterface>(op))
    return dimSource(dps.getTiedOpOperand(result)->get(), dim);
  if (auto loop = dyn_cast<scf::ForOp>(op)) {
    // The loop keeps the shape when its body yields a value of the
    // iter_arg's shape, whatever the trip count.
    BlockArgument iterArg = loop.getRegionIterArgs()[result.getResultNumber()];
    if (dimSource(loop.getYieldedValues()[result.getResultNumber()], dim) ==
        DimSource{OpFoldResult(), iterArg})
      return dimSource(loop.getInits()[result.getResultNumber()], dim);
    return {OpFoldResult(), tensor};
  }
  if (auto branch = dyn_cast<scf::IfOp>(op)) {
    if (branch.getElseRegion().empty())
      return {OpFoldResult(), tensor};
    DimSource thenSource =
        dimSource(yieldedFor(branch.getThenRegion(), result), dim);
    // One value seen from both regions is defined above the if.
    if (thenSource ==
        dimSource(yieldedFor(branch.getElseRegion(), result), dim))
      return thenSource;
  }
  return {OpFoldResult(), tensor};
}

namespace {
struct TTTBranchDimsPass
    : mlir::ttt::impl::TTTBranchDimsBase<TTTBranchDimsPass> {
  void runOnOperation() override {
    getOperation()->walk([](tensor::DimOp dimOp) {
      auto result = dyn_cast<OpResult>(dimOp.getSource());
      std::optional<int64_t> dim = dimOp.getConstantIndex();
      if (!result || !isa<scf::IfOp>(result.getOwner()) || !dim)
        return;
      DimSource source = dimSource(result, *dim);
      if (source.tensor == dimOp.getSource())
        return;
      if (source.tensor) {
        dimOp.getSourceMutable().assign(source.tensor);
        return;
      }
      OpBuilder builder(dimOp);
      Value size =
          getValueOrCreateConstantIndexOp(builder, dimOp.getLoc(), source.size);
      dimOp.replaceAllUsesWith(size);
      dimOp.erase();
    });
  }
};
} // namespace
