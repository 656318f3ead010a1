//===- OutputsInPlace.cpp - the ttt-gpu-outputs-in-place pass -------------===//
//
// A sequence's output tokens are built in an accumulator A [T, d] (f32):
//
//   %A = memref.alloc(%T) ; fill(%A)
//   memref.copy %rows, (memref.subview %A[%i, 0] [%r, 64])   per mini-batch
//   [linalg.generic ins(%A) outs(%A2) {truncf}]                io type != f32
//   memref.copy %A(2), %Z                                      into the output
//
// Every write of A is forwarded to the same rows of Z (converted by the
// generic's payload when there is one), and A, A2 and the final copy go.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/GPUPasses.h"

#include "mlir/IR/Dominance.h"
#include "mlir/IR/IRMapping.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUOUTPUTSINPLACE
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;

namespace {
/// How the accumulator reaches the output.
struct Sink {
  Value output;                       // the output view Z
  linalg::GenericOp convert;          // elementwise conversion, or null
  SmallVector<Operation *> toErase;   // the conversion, its buffer, the copy
};
} // namespace

/// A memref derived from a function argument through views only.
static bool isArgumentView(Value v) {
  while (auto view = v.getDefiningOp<ViewLikeOpInterface>())
    v = view.getViewSource();
  return isa<BlockArgument>(v) &&
         isa<FunctionOpInterface>(
             cast<BlockArgument>(v).getOwner()->getParentOp());
}

/// An all-parallel 1-input 1-output generic with identity maps.
static bool isElementwiseConversion(linalg::GenericOp op) {
  return op.getNumDpsInputs() == 1 && op.getNumDpsInits() == 1 &&
         op.getNumReductionLoops() == 0 &&
         llvm::all_of(op.getIndexingMapsArray(),
                      [](AffineMap m) { return m.isIdentity(); }) &&
         !op.payloadUsesValueFromOperand(op.getDpsInitOperand(0));
}

static std::optional<Sink> findSink(memref::AllocOp alloc) {
  Value acc = alloc.getResult();
  for (Operation *user : acc.getUsers()) {
    if (auto copy = dyn_cast<memref::CopyOp>(user)) {
      if (copy.getSource() == acc && isArgumentView(copy.getTarget()))
        return Sink{copy.getTarget(), nullptr, {copy}};
      continue;
    }
    auto convert = dyn_cast<linalg::GenericOp>(user);
    if (!convert || !isElementwiseConversion(convert) ||
        convert.getDpsInputOperand(0)->get() != acc)
      continue;
    Value out = convert.getDpsInitOperand(0)->get();
    if (isArgumentView(out))
      return Sink{out, convert, {convert}};
    auto buffer = out.getDefiningOp<memref::AllocOp>();
    if (!buffer || !buffer.getResult().hasNUses(2))
      continue;
    for (Operation *bufferUser : buffer->getUsers())
      if (auto copy = dyn_cast<memref::CopyOp>(bufferUser))
        if (copy.getSource() == out && isArgumentView(copy.getTarget()))
          return Sink{copy.getTarget(), convert, {copy, convert, buffer}};
  }
  return std::nullopt;
}

/// Writes `value` (a scalar of the accumulator's type) as the sink's
/// element type: the conversion's payload applied to it, or itself.
static Value convertScalar(OpBuilder &b, const Sink &sink, Value value) {
  if (!sink.convert)
    return value;
  linalg::GenericOp convert = sink.convert;
  Block &body = convert.getRegion().front();
  IRMapping map;
  map.map(body.getArgument(0), value);
  for (Operation &op : body.without_terminator())
    b.clone(op, map);
  return map.lookup(body.getTerminator()->getOperand(0));
}

/// outs(view) = convert(rows): an elementwise generic, or a copy.
static void writeRows(OpBuilder &b, Location loc, const Sink &sink, Value rows,
                      Value view) {
  if (!sink.convert) {
    memref::CopyOp::create(b, loc, rows, view);
    return;
  }
  unsigned rank = cast<MemRefType>(view.getType()).getRank();
  AffineMap id = b.getMultiDimIdentityMap(rank);
  linalg::GenericOp::create(
      b, loc, TypeRange{}, ValueRange{rows}, ValueRange{view},
      ArrayRef<AffineMap>{id, id},
      SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        linalg::YieldOp::create(nested, nestedLoc,
                                convertScalar(nested, sink, args[0]));
      });
}

/// The views of the output, recreated right after `anchor` so that they
/// dominate every write of the accumulator. Fails when an operand of the
/// view chain does not dominate `anchor`.
static FailureOr<Value> cloneViewAfter(Value view, Operation *anchor,
                                       DominanceInfo &dominance) {
  SmallVector<Operation *> chain;
  Value v = view;
  while (auto op = v.getDefiningOp<ViewLikeOpInterface>()) {
    chain.push_back(op);
    v = op.getViewSource();
  }
  for (Operation *op : chain)
    for (Value operand : op->getOperands())
      if (!dominance.properlyDominates(operand, anchor))
        return failure();
  OpBuilder b(anchor->getContext());
  b.setInsertionPointAfter(anchor);
  IRMapping map;
  for (Operation *op : llvm::reverse(chain))
    b.clone(*op, map);
  return map.lookupOrDefault(view);
}

static LogicalResult forward(memref::AllocOp alloc, const Sink &sink,
                             DominanceInfo &dominance) {
  // Every other use must be a fill of the whole accumulator or a view that
  // is only the target of copies.
  SmallVector<linalg::GenericOp> fills;
  SmallVector<memref::SubViewOp> rowViews;
  for (Operation *user : alloc->getUsers()) {
    if (llvm::is_contained(sink.toErase, user))
      continue;
    if (auto fill = dyn_cast<linalg::GenericOp>(user)) {
      if (fill.getNumDpsInputs() == 0 && fill.getNumDpsInits() == 1 &&
          fill.getNumReductionLoops() == 0) {
        fills.push_back(fill);
        continue;
      }
      return failure();
    }
    auto rows = dyn_cast<memref::SubViewOp>(user);
    if (!rows || rows.getSource() != alloc.getResult())
      return failure();
    for (Operation *rowsUser : rows->getUsers()) {
      auto copy = dyn_cast<memref::CopyOp>(rowsUser);
      if (!copy || copy.getTarget() != rows.getResult())
        return failure();
    }
    rowViews.push_back(rows);
  }
  FailureOr<Value> output = cloneViewAfter(sink.output, alloc, dominance);
  if (failed(output))
    return failure();

  for (linalg::GenericOp fill : fills) {
    OpBuilder b(fill);
    Block &body = fill.getRegion().front();
    unsigned rank = fill.getNumLoops();
    AffineMap id = b.getMultiDimIdentityMap(rank);
    linalg::GenericOp::create(
        b, fill.getLoc(), TypeRange{}, ValueRange{}, ValueRange{*output},
        ArrayRef<AffineMap>{id}, fill.getIteratorTypesArray(),
        [&](OpBuilder &nested, Location loc, ValueRange) {
          IRMapping map;
          for (Operation &op : body.without_terminator())
            nested.clone(op, map);
          Value v = map.lookupOrDefault(body.getTerminator()->getOperand(0));
          linalg::YieldOp::create(nested, loc, convertScalar(nested, sink, v));
        });
    fill.erase();
  }
  for (memref::SubViewOp rows : rowViews) {
    OpBuilder b(rows);
    auto target = memref::SubViewOp::create(
        b, rows.getLoc(), *output, rows.getMixedOffsets(),
        rows.getMixedSizes(), rows.getMixedStrides());
    for (Operation *user : llvm::make_early_inc_range(rows->getUsers())) {
      auto copy = cast<memref::CopyOp>(user);
      OpBuilder at(copy);
      writeRows(at, copy.getLoc(), sink, copy.getSource(), target);
      copy.erase();
    }
    rows.erase();
  }
  for (Operation *op : sink.toErase)
    op->erase();
  alloc.erase();
  return success();
}

namespace {
struct TTTGPUOutputsInPlacePass
    : mlir::ttt::impl::TTTGPUOutputsInPlaceBase<TTTGPUOutputsInPlacePass> {
  void runOnOperation() override {
    SmallVector<memref::AllocOp> allocs;
    getOperation().walk([&](memref::AllocOp alloc) {
      if (alloc.getType().getNumDynamicDims() != 0)
        allocs.push_back(alloc);
    });
    DominanceInfo dominance(getOperation());
    // A forwarded accumulator takes its sink's buffer along.
    llvm::DenseSet<Operation *> erased;
    for (memref::AllocOp alloc : allocs) {
      if (erased.contains(alloc))
        continue;
      std::optional<Sink> sink = findSink(alloc);
      if (!sink)
        continue;
      SmallVector<Operation *> gone = sink->toErase;
      if (succeeded(forward(alloc, *sink, dominance)))
        erased.insert(gone.begin(), gone.end());
    }
  }
};
} // namespace
