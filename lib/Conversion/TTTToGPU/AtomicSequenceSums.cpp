//===- AtomicSequenceSums.cpp - ttt-gpu-atomic-sequence-sums --------------===//
//
//   %parts = alloc(B, H)                         scf.forall (%n, %h) {
//   scf.forall (%n, %h) {                          ...
//     ...                                   ->     scf.if thread 0 {
//     copy %part, %parts[%n, %h, ...]                atomic_rmw addf %part[i],
//     %out[...]
//   }                                              } {ttt.single_thread}
//   fill %sum 0; %sum += sum over n, h of %parts }
//   copy %sum, %out
//
// The output is summed by the blocks themselves, each adding its sequence's
// part; the runtime zeroes it before the launch. What follows the forall
// would run in block (0, 0) before the other blocks have written their parts.
//
//===----------------------------------------------------------------------===//

#include "SingleThread.h"
#include "ttt/Conversion/GPUPasses.h"

#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUATOMICSEQUENCESUMS
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

namespace {
/// One output summed over the sequences, as bufferization left it.
struct SequenceSum {
  memref::AllocOp parts;    // [B, H, ...] outside the forall
  memref::SubViewOp mine;   // parts[n, h, ...] in the forall
  memref::CopyOp partCopy;  // copy %part, %mine
  linalg::GenericOp reduce; // %sum += sum of parts over the dropped dims
  memref::CopyOp toOutput;  // copy %sum, %output
};
} // namespace

/// Whether `op` is `linalg.generic` yielding `in + out` of its one input and
/// one output.
static bool isSumInto(linalg::GenericOp op) {
  if (op.getNumDpsInputs() != 1 || op.getNumDpsInits() != 1)
    return false;
  Block &body = op.getRegion().front();
  auto yield = cast<linalg::YieldOp>(body.getTerminator());
  auto add = yield.getOperand(0).getDefiningOp<arith::AddFOp>();
  if (!add || add->getBlock() != &body || body.getOperations().size() != 2)
    return false;
  Value in = body.getArgument(0), out = body.getArgument(1);
  return (add.getLhs() == in && add.getRhs() == out) ||
         (add.getLhs() == out && add.getRhs() == in);
}

/// Whether `op` is a `linalg.generic` with no inputs filling its output with
/// zeros.
static bool isZeroFill(Operation *op) {
  auto fill = dyn_cast<linalg::GenericOp>(op);
  if (!fill || fill.getNumDpsInputs() != 0 || fill.getNumDpsInits() != 1)
    return false;
  auto yield = cast<linalg::YieldOp>(fill.getRegion().front().getTerminator());
  return matchPattern(yield.getOperand(0), m_AnyZeroFloat());
}

/// Whether `buffer` holds zeros just before `use`: the last op before it (in
/// its block) that writes `buffer` is a zero fill, or a copy of a buffer
/// that holds zeros.
static bool holdsZeros(Value buffer, Operation *use) {
  for (Operation *op = use->getPrevNode(); op; op = op->getPrevNode()) {
    if (auto copy = dyn_cast<memref::CopyOp>(op)) {
      if (copy.getTarget() == buffer)
        return holdsZeros(copy.getSource(), copy);
      continue;
    }
    auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
    if (linalgOp && llvm::is_contained(linalgOp.getDpsInits(), buffer))
      return isZeroFill(op);
    if (!linalgOp && !isPure(op) && !isa<memref::AllocOp>(op))
      return false; // something else may write it
  }
  return false;
}

/// `parts` as the operand of a SequenceSum of `forall`, if its uses have
/// exactly that form.
static std::optional<SequenceSum> matchSequenceSum(memref::AllocOp parts,
                                                   scf::ForallOp forall) {
  MemRefType type = parts.getType();
  SmallVector<Value> bounds =
      llvm::map_to_vector(forall.getMixedUpperBound(),
                          [](OpFoldResult b) { return dyn_cast<Value>(b); });
  if (type.getRank() < 2 || type.getNumDynamicDims() != 2 ||
      !type.isDynamicDim(0) || !type.isDynamicDim(1) ||
      parts.getDynamicSizes()[0] != bounds[0] ||
      parts.getDynamicSizes()[1] != bounds[1])
    return std::nullopt;
  SequenceSum sum{parts, {}, {}, {}, {}};
  for (Operation *user : parts->getUsers()) {
    if (isa<memref::DeallocOp>(user))
      continue;
    if (auto view = dyn_cast<memref::SubViewOp>(user);
        view && !sum.mine && forall->isProperAncestor(view)) {
      sum.mine = view;
      continue;
    }
    if (auto generic = dyn_cast<linalg::GenericOp>(user);
        generic && !sum.reduce && generic->getBlock() == forall->getBlock() &&
        forall->isBeforeInBlock(generic) && isSumInto(generic) &&
        generic.getDpsInputs()[0] == parts) {
      sum.reduce = generic;
      continue;
    }
    return std::nullopt;
  }
  if (!sum.mine || !sum.reduce)
    return std::nullopt;

  // parts[n, h, 0...] [1, 1, whole...], written by one copy.
  SmallVector<Value> ivs(forall.getInductionVars());
  SmallVector<OpFoldResult> offsets = sum.mine.getMixedOffsets();
  SmallVector<OpFoldResult> sizes = sum.mine.getMixedSizes();
  for (int64_t d = 0; d < type.getRank(); ++d) {
    bool sequenceDim = d < 2;
    if (sequenceDim ? dyn_cast<Value>(offsets[d]) != ivs[d]
                    : !isConstantIntValue(offsets[d], 0))
      return std::nullopt;
    if (!isConstantIntValue(sizes[d], sequenceDim ? 1 : type.getDimSize(d)))
      return std::nullopt;
  }
  if (!sum.mine.hasUnitStride() || !sum.mine->hasOneUse())
    return std::nullopt;
  sum.partCopy = dyn_cast<memref::CopyOp>(*sum.mine->user_begin());
  if (!sum.partCopy || sum.partCopy.getTarget() != sum.mine ||
      sum.partCopy->getBlock() != forall.getBody())
    return std::nullopt;

  // The reduction keeps every dim but some of the sequence dims, in order,
  // into a buffer of zeros that is then copied to an argument.
  AffineMap in = sum.reduce.getIndexingMapsArray()[0];
  AffineMap out = sum.reduce.getIndexingMapsArray()[1];
  if (!in.isIdentity() || !out.isProjectedPermutation() ||
      !llvm::is_sorted(out.getResults(), [](AffineExpr a, AffineExpr b) {
        return cast<AffineDimExpr>(a).getPosition() <
               cast<AffineDimExpr>(b).getPosition();
      }))
    return std::nullopt;
  for (int64_t d = 2; d < type.getRank(); ++d)
    if (!out.isFunctionOfDim(d))
      return std::nullopt;
  Value total = sum.reduce.getDpsInits()[0];
  if (!holdsZeros(total, sum.reduce))
    return std::nullopt;
  for (Operation *op = sum.reduce->getNextNode(); op; op = op->getNextNode()) {
    auto copy = dyn_cast<memref::CopyOp>(op);
    if (copy && copy.getSource() == total) {
      if (isa<BlockArgument>(copy.getTarget()))
        sum.toOutput = copy;
      break;
    }
    if (llvm::is_contained(op->getOperands(), total))
      break; // read or written before the copy
  }
  if (!sum.toOutput)
    return std::nullopt;
  return sum;
}

/// In place of the copies of the sequences' parts: thread 0 adds each to its
/// output, element by element, after the last of those copies. One region
/// for all: the canonicalizer merges adjacent `scf.if`s on one condition,
/// and the merged op would not keep the `ttt.single_thread` mark.
static void addAtomically(MutableArrayRef<SequenceSum> sums,
                          scf::ForallOp forall) {
  Operation *last = sums.front().partCopy;
  for (SequenceSum &sum : sums)
    if (last->isBeforeInBlock(sum.partCopy))
      last = sum.partCopy;
  OpBuilder b(forall.getContext());
  b.setInsertionPointAfter(last);
  Location loc = forall.getLoc();
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  scf::IfOp single = createSingleThreadIf(b, loc);
  for (SequenceSum &sum : sums) {
    b.setInsertionPoint(single.thenBlock()->getTerminator());
    Value part = sum.partCopy.getSource();
    Value output = sum.toOutput.getTarget();
    AffineMap out = sum.reduce.getIndexingMapsArray()[1];
    MemRefType type = sum.parts.getType();
    SmallVector<Value> ivs(forall.getInductionVars());
    for (int64_t d = 2; d < type.getRank(); ++d) {
      Value size = arith::ConstantIndexOp::create(b, loc, type.getDimSize(d));
      auto loop = scf::ForOp::create(b, loc, zero, size, one);
      ivs.push_back(loop.getInductionVar());
      b.setInsertionPoint(loop.getBody()->getTerminator());
    }
    SmallVector<Value> at(llvm::drop_begin(ivs, 2));
    Value value = memref::LoadOp::create(b, loc, part, at);
    SmallVector<Value> outAt =
        llvm::map_to_vector(out.getResults(), [&](AffineExpr e) {
          return ivs[cast<AffineDimExpr>(e).getPosition()];
        });
    memref::AtomicRMWOp::create(b, loc, arith::AtomicRMWKind::addf, value,
                                output, outAt);
    sum.partCopy.erase();
    sum.mine.erase();
  }
}

/// Erases the buffers among `buffers` (the pass's sums' buffers, which
/// it stopped reading) that nothing reads any more, with the ops that only
/// write them; the buffers that only those ops read become candidates in
/// turn (the zeros copied into a sum's buffer). Other buffers stay.
static void eraseUnreadBuffers(ArrayRef<Value> buffers) {
  auto onlyWrites = [](Operation *user, Value buffer) {
    if (isa<memref::DeallocOp>(user))
      return true;
    if (auto copy = dyn_cast<memref::CopyOp>(user))
      return copy.getTarget() == buffer && copy.getSource() != buffer;
    auto generic = dyn_cast<linalg::GenericOp>(user);
    return generic && generic.getNumDpsInits() == 1 &&
           generic.getDpsInits()[0] == buffer &&
           !llvm::is_contained(generic.getDpsInputs(), buffer);
  };
  // Allocations, each once: one erased leaves no value to push it again.
  llvm::SetVector<Operation *> candidates;
  auto push = [&](Value buffer) {
    if (auto alloc = buffer.getDefiningOp<memref::AllocOp>())
      candidates.insert(alloc);
  };
  llvm::for_each(buffers, push);
  while (!candidates.empty()) {
    auto alloc = cast<memref::AllocOp>(candidates.pop_back_val());
    Value buffer = alloc.getResult();
    if (!llvm::all_of(buffer.getUsers(), [&](Operation *user) {
          return onlyWrites(user, buffer);
        }))
      continue;
    for (Operation *user : llvm::make_early_inc_range(buffer.getUsers())) {
      if (auto copy = dyn_cast<memref::CopyOp>(user))
        push(copy.getSource());
      else if (auto generic = dyn_cast<linalg::GenericOp>(user))
        llvm::for_each(generic.getDpsInputs(), push);
      user->erase();
    }
    alloc.erase();
  }
}

namespace {
struct TTTGPUAtomicSequenceSumsPass
    : mlir::ttt::impl::TTTGPUAtomicSequenceSumsBase<
          TTTGPUAtomicSequenceSumsPass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (func.isExternal())
        continue;
      SmallVector<scf::ForallOp> foralls(
          func.getBody().front().getOps<scf::ForallOp>());
      if (foralls.size() != 1 || foralls.front().getRank() != 2)
        continue;
      scf::ForallOp forall = foralls.front();
      SmallVector<SequenceSum> sums;
      for (auto alloc : func.getBody().front().getOps<memref::AllocOp>())
        if (std::optional<SequenceSum> sum = matchSequenceSum(alloc, forall))
          sums.push_back(*sum);
      if (sums.empty())
        continue;
      // (Each sequence's part stays: the atomic adds read it.)
      SmallVector<Value> unread;
      for (SequenceSum &sum : sums)
        unread.append({sum.parts, sum.reduce.getDpsInits()[0]});
      addAtomically(sums, forall);
      for (SequenceSum &sum : sums) {
        sum.toOutput.erase();
        sum.reduce.erase();
      }
      eraseUnreadBuffers(unread);
    }
  }
};
} // namespace
