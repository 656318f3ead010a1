//===- PrefetchNextIteration.cpp - ttt-cpu-prefetch-next-iteration --------===//
//
// A sequence loop reads each mini-batch's rows of the caller's buffers once,
// a few kilobytes per buffer, and the reverse sweep reads them backwards:
// the hardware prefetchers see short streams that start on a new page every
// iteration, and the loads wait on memory. The loop knows exactly which
// rows come next, so each iteration prefetches them for the next one.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/Passes.h"
#include "ttt/Conversion/SizeBounds.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUPREFETCHNEXTITERATION
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

namespace {

constexpr int64_t kCacheLineBytes = 64;

/// Whether the elements of `view` are only ever written: every use is a
/// view of it with the same property, the init of a linalg op whose body
/// does not read it, or the target of a copy.
bool isOnlyWritten(Value view) {
  for (OpOperand &use : view.getUses()) {
    Operation *user = use.getOwner();
    if (auto viewLike = dyn_cast<ViewLikeOpInterface>(user)) {
      if (viewLike.getViewSource() != view ||
          !isOnlyWritten(user->getResult(0)))
        return false;
      continue;
    }
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(user)) {
      if (!linalgOp.isDpsInit(&use) ||
          linalgOp.payloadUsesValueFromOperand(&use))
        return false;
      continue;
    }
    if (auto copy = dyn_cast<memref::CopyOp>(user)) {
      if (copy.getTarget() != view)
        return false;
      continue;
    }
    if (isa<memref::DimOp>(user))
      continue;
    return false;
  }
  return true;
}

/// The window one subview of the loop views, to be prefetched for the next
/// iteration: the subview's source, offsets and sizes' upper bounds.
struct Window {
  Value source;
  SmallVector<OpFoldResult> offsets;
  SmallVector<int64_t> sizes;
  bool write = false;
  int64_t elementBytes = 1;

  int64_t bytes() const {
    int64_t elements = 1;
    for (int64_t size : sizes)
      elements *= size;
    return elements * elementBytes;
  }
};

class LoopPrefetcher {
public:
  explicit LoopPrefetcher(scf::ForOp loop) : loop(loop) {}

  /// Collects the windows of `loop`'s own subviews (none in nested loops).
  void collect() {
    loop.getBody()->walk([&](Operation *op) {
      if (isa<scf::ForOp>(op))
        return WalkResult::skip();
      if (auto view = dyn_cast<memref::SubViewOp>(op))
        addWindow(view);
      return WalkResult::advance();
    });
  }

  /// Emits the prefetches of the next iteration at the top of the body:
  /// into every cache level while their running total stays within
  /// `nearBytes`, the rest into the outer levels only.
  void emit(uint64_t nearBytes) {
    if (windows.empty())
      return;
    Location loc = loop.getLoc();
    OpBuilder b = OpBuilder::atBlockBegin(loop.getBody());
    Value next =
        arith::AddIOp::create(b, loc, loop.getInductionVar(), loop.getStep());
    Value more =
        arith::CmpIOp::create(b, loc,
                              loop.getUnsignedCmp() ? arith::CmpIPredicate::ult
                                                    : arith::CmpIPredicate::slt,
                              next, loop.getUpperBound());
    auto guard = scf::IfOp::create(b, loc, more, /*withElseRegion=*/false);
    b.setInsertionPointToStart(guard.thenBlock());
    IRMapping nextIteration;
    nextIteration.map(loop.getInductionVar(), next);
    for (Operation *op : slice)
      b.clone(*op, nextIteration);
    uint64_t total = 0;
    for (const Window &window : windows) {
      total += window.bytes();
      prefetch(b, loc, window, nextIteration, total <= nearBytes ? 3 : 2);
    }
  }

private:
  /// Adds the ops that compute `value` inside the loop to `slice`, operands
  /// first; fails on anything but pure, region-free arithmetic of the
  /// induction variable and of values from outside the loop.
  LogicalResult addSlice(Value value) {
    if (value == loop.getInductionVar() || loop.isDefinedOutsideOfLoop(value))
      return success();
    Operation *op = value.getDefiningOp();
    if (!op || op->getNumRegions() != 0 || !isPure(op))
      return failure();
    if (slice.contains(op))
      return success();
    for (Value operand : op->getOperands())
      if (failed(addSlice(operand)))
        return failure();
    slice.insert(op);
    return success();
  }

  /// Whether `value` changes with the induction variable.
  bool dependsOnInductionVar(Value value) {
    if (value == loop.getInductionVar())
      return true;
    if (loop.isDefinedOutsideOfLoop(value))
      return false;
    auto [known, inserted] = varies.try_emplace(value, false);
    if (!inserted)
      return known->second;
    Operation *op = value.getDefiningOp();
    bool result = op && llvm::any_of(op->getOperands(), [&](Value operand) {
                    return dependsOnInductionVar(operand);
                  });
    varies[value] = result;
    return result;
  }

  void addWindow(memref::SubViewOp view) {
    Value source = view.getSource();
    if (!loop.isDefinedOutsideOfLoop(source))
      return;
    SmallVector<OpFoldResult> offsets = view.getMixedOffsets();
    if (llvm::none_of(offsets, [&](OpFoldResult offset) {
          auto value = dyn_cast<Value>(offset);
          return value && dependsOnInductionVar(value);
        }))
      return;
    // Prefetches go along the innermost dimension, one per cache line: it
    // must be contiguous in the source and in the window.
    auto sourceType = cast<MemRefType>(source.getType());
    SmallVector<int64_t> strides;
    int64_t offset;
    if (sourceType.getRank() == 0 ||
        failed(sourceType.getStridesAndOffset(strides, offset)) ||
        strides.back() != 1 || !view.hasUnitStride())
      return;
    Window window{
        source,
        offsets,
        {},
        isOnlyWritten(view.getResult()),
        std::max<int64_t>(1, sourceType.getElementTypeBitWidth() / 8)};
    for (OpFoldResult size : view.getMixedSizes()) {
      std::optional<int64_t> bound = ttt::constantUpperBound(size);
      if (!bound)
        return;
      window.sizes.push_back(*bound);
    }
    if (llvm::is_contained(window.sizes, 0))
      return;
    // The same window seen twice (the full and the partial mini-batch's
    // views of the same rows) is prefetched once.
    for (const Window &seen : windows)
      if (seen.source == source && seen.sizes == window.sizes &&
          isEqualConstantIntOrValueArray(seen.offsets, offsets))
        return;
    SetVector<Operation *> before = slice;
    for (OpFoldResult offset : offsets)
      if (auto value = dyn_cast<Value>(offset))
        if (failed(addSlice(value))) {
          slice = std::move(before);
          return;
        }
    windows.push_back(std::move(window));
  }

  /// One prefetch per cache line of `window` at the next iteration's
  /// offsets: a loop for each outer dimension longer than one, and one
  /// along the innermost dimension in steps of a cache line. (A row that
  /// starts mid-line may leave its last line to the next row's first
  /// prefetch, or to nobody: a hint need not be exact.)
  void prefetch(OpBuilder &b, Location loc, const Window &window,
                const IRMapping &nextIteration, int64_t locality) {
    int64_t lineElements =
        std::max<int64_t>(1, kCacheLineBytes / window.elementBytes);
    SmallVector<Value> indices;
    for (OpFoldResult offset : window.offsets)
      indices.push_back(getValueOrCreateConstantIndexOp(
          b, loc,
          isa<Value>(offset)
              ? OpFoldResult(nextIteration.lookupOrDefault(cast<Value>(offset)))
              : offset));
    OpBuilder::InsertionGuard insertionGuard(b);
    unsigned rank = window.sizes.size();
    for (unsigned d = 0; d < rank; ++d) {
      int64_t step = d + 1 == rank ? lineElements : 1;
      if (window.sizes[d] <= step)
        continue;
      Value lower = arith::ConstantIndexOp::create(b, loc, 0);
      Value upper = arith::ConstantIndexOp::create(b, loc, window.sizes[d]);
      Value stepValue = arith::ConstantIndexOp::create(b, loc, step);
      auto along = scf::ForOp::create(b, loc, lower, upper, stepValue);
      b.setInsertionPointToStart(along.getBody());
      indices[d] = b.createOrFold<arith::AddIOp>(loc, along.getInductionVar(),
                                                 indices[d]);
    }
    memref::PrefetchOp::create(b, loc, window.source, indices, window.write,
                               static_cast<uint32_t>(locality),
                               /*isDataCache=*/true);
  }

  scf::ForOp loop;
  SmallVector<Window> windows;
  SetVector<Operation *> slice;
  DenseMap<Value, bool> varies;
};

struct TTTCPUPrefetchNextIteration
    : ttt::impl::TTTCPUPrefetchNextIterationBase<TTTCPUPrefetchNextIteration> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<scf::ForOp> loops;
    getOperation().walk([&](scf::ForallOp forall) {
      for (Operation &op : forall.getBody()->without_terminator())
        if (auto loop = dyn_cast<scf::ForOp>(op))
          loops.push_back(loop);
    });
    for (scf::ForOp loop : loops) {
      LoopPrefetcher prefetcher(loop);
      prefetcher.collect();
      prefetcher.emit(nearBytes);
    }
  }
};

} // namespace
