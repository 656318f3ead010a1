//===- Distribute.cpp - the ttt-gpu-distribute pass -----------------------===//
//
// Every linalg.generic of a kernel becomes
//
//   scf.for %i = %tid to %P step %threads {         // P: parallel iterations
//     %p... = delinearize %i                        // last parallel dim fastest
//     %acc... = memref.load %out[...]               // if the payload reads it
//     %r... = scf.for %k... iter_args(%acc...) {    // reduction dims, if any
//       payload(memref.load %in[map(%p, %k)], %acc...)
//     }
//     memref.store %r..., %out[...]
//   } {ttt.distributed}
//   gpu.barrier
//
// Each output element is computed and written by one thread, so threads never
// race inside an op; the barrier orders consecutive ops. Inside the
// single-thread epilogue (`ttt.single_thread`), ops become plain loops with no
// barrier.
//
//===----------------------------------------------------------------------===//

#include "SingleThread.h"
#include "ttt/Conversion/GPUPasses.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUDISTRIBUTE
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

static constexpr StringLiteral kDistributed = "ttt.distributed";
static constexpr StringLiteral kSingleThread = gpu_attrs::kSingleThread;

static bool inSingleThread(Operation *op) {
  for (Operation *p = op->getParentOp(); p; p = p->getParentOp())
    if (p->hasAttr(kSingleThread))
      return true;
  return false;
}

static bool inDistributedLoop(Operation *op) {
  for (Operation *p = op->getParentOp(); p; p = p->getParentOp())
    if (p->hasAttr(kDistributed))
      return true;
  return false;
}

/// The value of `expr` at the loop indices `ivs`.
static Value evaluate(OpBuilder &b, Location loc, AffineExpr expr,
                      ArrayRef<Value> ivs) {
  if (auto dim = dyn_cast<AffineDimExpr>(expr))
    return ivs[dim.getPosition()];
  if (auto cst = dyn_cast<AffineConstantExpr>(expr))
    return arith::ConstantIndexOp::create(b, loc, cst.getValue());
  AffineMap map = AffineMap::get(ivs.size(), 0, expr);
  return affine::AffineApplyOp::create(b, loc, map, ivs);
}

static SmallVector<Value> indices(OpBuilder &b, Location loc, AffineMap map,
                                  ArrayRef<Value> ivs) {
  return llvm::map_to_vector(map.getResults(), [&](AffineExpr e) {
    return evaluate(b, loc, e, ivs);
  });
}

/// The payload at one point of the iteration space: `args` are the block
/// arguments' values, `ivs` the loop indices (for linalg.index).
static SmallVector<Value> inlinePayload(OpBuilder &b, linalg::GenericOp op,
                                        ValueRange args, ArrayRef<Value> ivs) {
  Block &body = op.getRegion().front();
  IRMapping map;
  map.map(body.getArguments(), args);
  for (Operation &nested : body.without_terminator()) {
    if (auto index = dyn_cast<linalg::IndexOp>(nested)) {
      map.map(index.getResult(), ivs[index.getDim()]);
      continue;
    }
    b.clone(nested, map);
  }
  return llvm::map_to_vector(body.getTerminator()->getOperands(),
                             [&](Value v) { return map.lookupOrDefault(v); });
}

/// The values of the op's inputs at `ivs`: loads for memrefs, scalars as is.
static SmallVector<Value> loadInputs(OpBuilder &b, Location loc,
                                     linalg::GenericOp op, ArrayRef<Value> ivs) {
  SmallVector<Value> values;
  for (OpOperand *in : op.getDpsInputOperands()) {
    if (!isa<MemRefType>(in->get().getType())) {
      values.push_back(in->get());
      continue;
    }
    values.push_back(memref::LoadOp::create(
        b, loc, in->get(),
        indices(b, loc, op.getMatchingIndexingMap(in), ivs)));
  }
  return values;
}

/// Moves `op` into a region that thread 0 alone runs
/// (`scf.if tid == 0 {...} {ttt.single_thread}`), followed by a barrier.
static void moveToThreadZero(Operation *op) {
  OpBuilder b(op);
  Location loc = op->getLoc();
  scf::IfOp ifOp = createSingleThreadIf(b, loc);
  op->moveBefore(ifOp.thenBlock()->getTerminator());
  b.setInsertionPointAfter(ifOp);
  gpu::BarrierOp::create(b, loc);
}

/// Whether each output element of `op` belongs to one point of its
/// parallel dims: every output is indexed by all of them and by nothing
/// else. Then threads that split the parallel iterations never write the
/// same element.
static bool outputsOwnedByParallelDims(linalg::GenericOp op) {
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  for (OpOperand &init : op.getDpsInitsMutable()) {
    // Each result a dim or a constant (a unit dim: `(d0, d1) -> (0, d1)`).
    SmallVector<int> uses(iterators.size(), 0);
    for (AffineExpr e : op.getMatchingIndexingMap(&init).getResults()) {
      if (auto dim = dyn_cast<AffineDimExpr>(e))
        ++uses[dim.getPosition()];
      else if (!isa<AffineConstantExpr>(e))
        return false;
    }
    for (auto [d, it] : llvm::enumerate(iterators))
      if (uses[d] != (it == utils::IteratorType::parallel ? 1 : 0))
        return false;
  }
  return true;
}

/// `op` as upstream's sequential loops (every output element loaded and
/// stored at each point), run by thread 0 (unless already `single`), then
/// a barrier. For ops whose outputs the parallel dims do not own, such as a
/// running sum whose output is indexed by a reduction dim (the backward of
/// per-token decay's cumulative sums).
static LogicalResult runInOneThread(linalg::GenericOp op, bool single) {
  if (!single)
    moveToThreadZero(op);
  IRRewriter rewriter(op);
  if (failed(linalg::linalgOpToLoops(rewriter, op)))
    return op.emitOpError("cannot be lowered to loops for one thread");
  rewriter.eraseOp(op);
  return success();
}

/// One thread's share of `op` (or all of it when `single`).
static LogicalResult distribute(linalg::GenericOp op, int64_t threads,
                                bool single) {
  if (!op.hasPureBufferSemantics())
    return op.emitOpError("expected a bufferized linalg op");
  if (!outputsOwnedByParallelDims(op))
    return runInOneThread(op, single);
  OpBuilder b(op);
  Location loc = op.getLoc();
  SmallVector<Range> ranges =
      cast<linalg::LinalgOp>(op.getOperation()).createLoopRanges(b, loc);
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  SmallVector<unsigned> parallel, reduction;
  for (auto [d, it] : llvm::enumerate(iterators))
    (it == utils::IteratorType::parallel ? parallel : reduction).push_back(d);
  auto size = [&](unsigned d) {
    return getValueOrCreateConstantIndexOp(b, loc, ranges[d].size);
  };

  Value total = arith::ConstantIndexOp::create(b, loc, 1);
  for (unsigned d : parallel)
    total = b.createOrFold<arith::MulIOp>(loc, total, size(d));
  Value begin = single ? arith::ConstantIndexOp::create(b, loc, 0).getResult()
                       : gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x)
                             .getResult();
  Value step = arith::ConstantIndexOp::create(b, loc, single ? 1 : threads);
  auto loop = scf::ForOp::create(b, loc, begin, total, step);
  if (!single)
    loop->setAttr(kDistributed, b.getUnitAttr());

  b.setInsertionPointToStart(loop.getBody());
  SmallVector<Value> ivs(iterators.size());
  Value rest = loop.getInductionVar();
  for (unsigned d : llvm::reverse(parallel)) {
    if (d == parallel.front()) {
      ivs[d] = rest;
      break;
    }
    Value s = size(d);
    ivs[d] = b.createOrFold<arith::RemUIOp>(loc, rest, s);
    rest = b.createOrFold<arith::DivUIOp>(loc, rest, s);
  }

  // Outputs: the current values where the payload reads them.
  SmallVector<OpOperand *> inits = llvm::map_to_vector(
      op.getDpsInitsMutable(), [](OpOperand &o) { return &o; });
  SmallVector<SmallVector<Value>> outIndices;
  SmallVector<Value> accs;
  for (OpOperand *init : inits) {
    // Output maps index parallel dims only, so they are known here.
    outIndices.push_back(
        indices(b, loc, op.getMatchingIndexingMap(init), ivs));
    if (op.payloadUsesValueFromOperand(init) || !reduction.empty())
      accs.push_back(
          memref::LoadOp::create(b, loc, init->get(), outIndices.back()));
    else
      accs.push_back(arith::ConstantOp::create(
          b, loc, b.getZeroAttr(getElementTypeOrSelf(init->get().getType()))));
  }

  SmallVector<Value> results;
  if (reduction.empty()) {
    SmallVector<Value> args = loadInputs(b, loc, op, ivs);
    llvm::append_range(args, accs);
    results = inlinePayload(b, op, args, ivs);
  } else {
    // One sequential loop per reduction dim, accumulating in registers.
    std::function<SmallVector<Value>(OpBuilder &, unsigned, ValueRange)>
        reduce = [&](OpBuilder &nb, unsigned r, ValueRange acc)
        -> SmallVector<Value> {
      if (r == reduction.size()) {
        SmallVector<Value> args = loadInputs(nb, loc, op, ivs);
        llvm::append_range(args, acc);
        return inlinePayload(nb, op, args, ivs);
      }
      unsigned d = reduction[r];
      Value zero = arith::ConstantIndexOp::create(nb, loc, 0);
      Value one = arith::ConstantIndexOp::create(nb, loc, 1);
      auto inner = scf::ForOp::create(
          nb, loc, zero, getValueOrCreateConstantIndexOp(nb, loc, ranges[d].size),
          one, acc,
          [&](OpBuilder &lb, Location, Value iv, ValueRange iterArgs) {
            ivs[d] = iv;
            scf::YieldOp::create(lb, loc, reduce(lb, r + 1, iterArgs));
          });
      return SmallVector<Value>(inner.getResults());
    };
    results = reduce(b, 0, accs);
  }
  for (auto [init, value, idx] : llvm::zip(inits, results, outIndices))
    memref::StoreOp::create(b, loc, value, init->get(), idx);

  if (!single) {
    b.setInsertionPointAfter(loop);
    gpu::BarrierOp::create(b, loc);
  }
  op.erase();
  return success();
}

/// A store in block-uniform code (a scalar update every thread computes
/// alike, such as a backward's `d token_scale[b-1]`) is done by thread 0,
/// then a barrier: every thread has read the old value (fenceUniformLoads
/// puts a barrier after each such read) and reads the new one after.
static void storeFromOneThread(func::FuncOp func) {
  SmallVector<memref::StoreOp> stores;
  func.walk([&](memref::StoreOp store) {
    if (!inDistributedLoop(store) && !inSingleThread(store))
      stores.push_back(store);
  });
  for (memref::StoreOp store : stores)
    moveToThreadZero(store);
}

/// The function argument a memref is a view of, if any.
static Value rootOf(Value v) {
  while (auto view = v.getDefiningOp<ViewLikeOpInterface>())
    v = view.getViewSource();
  return v;
}

/// Uniform loads of memory the kernel writes: every thread must have loaded
/// before any thread's next op may overwrite it.
static void fenceUniformLoads(func::FuncOp func) {
  llvm::DenseSet<Value> written;
  bool unknownWrites = false;
  func.walk([&](memref::StoreOp store) {
    Value root = rootOf(store.getMemRef());
    if (isa<BlockArgument>(root))
      written.insert(root);
    else if (!root.getDefiningOp<gpu::DynamicSharedMemoryOp>())
      unknownWrites = true;
  });
  func.walk([&](memref::LoadOp load) {
    if (inDistributedLoop(load) || inSingleThread(load))
      return;
    Value root = rootOf(load.getMemRef());
    bool readOnly = isa<BlockArgument>(root) && !written.contains(root) &&
                    !unknownWrites;
    if (readOnly)
      return;
    OpBuilder b(load->getContext());
    b.setInsertionPointAfter(load);
    gpu::BarrierOp::create(b, load.getLoc());
  });
}

/// Contract: after distribution, memory is written only inside distributed
/// loops or the single-thread epilogue.
static LogicalResult checkContract(func::FuncOp func) {
  WalkResult result = func.walk([&](Operation *op) {
    if (isa<gpu::BarrierOp>(op) || inDistributedLoop(op) || inSingleThread(op))
      return WalkResult::advance();
    if (isa<linalg::LinalgOp, memref::CopyOp>(op)) {
      op->emitOpError("must be a linalg.generic on buffers before "
                      "ttt-gpu-distribute (run linalg-generalize-named-ops "
                      "and ttt-copies-to-linalg first)");
      return WalkResult::interrupt();
    }
    auto effects = dyn_cast<MemoryEffectOpInterface>(op);
    if (effects && effects.hasEffect<MemoryEffects::Write>()) {
      op->emitOpError("writes memory outside a thread-distributed loop");
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return failure(result.wasInterrupted());
}

namespace {
struct TTTGPUDistributePass
    : mlir::ttt::impl::TTTGPUDistributeBase<TTTGPUDistributePass> {
  using Base::Base;

  void runOnOperation() override {
    if (threads < 1) {
      getOperation().emitError("ttt-gpu-distribute: threads must be >= 1");
      return signalPassFailure();
    }
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (!func->hasAttr(gpu_attrs::kKernel))
        continue;
      SmallVector<linalg::GenericOp> ops;
      func.walk([&](linalg::GenericOp op) { ops.push_back(op); });
      for (linalg::GenericOp op : ops)
        if (failed(distribute(op, threads, inSingleThread(op))))
          return signalPassFailure();
      storeFromOneThread(func);
      fenceUniformLoads(func);
      if (failed(checkContract(func)))
        return signalPassFailure();
      func->setAttr(gpu_attrs::kBlockSize,
                    Builder(func.getContext()).getI64IntegerAttr(threads));
    }
  }
};
} // namespace
