//===- EmulateOnCPU.cpp - the ttt-gpu-emulate-on-cpu pass -----------------===//
//
//   func @k(args..., %workspace) {ttt.gpu_kernel}     func @k(args...) {
//     body (gpu.block_id, gpu.thread_id,       ->      %smem = memref.alloc, %ws = memref.alloc
//           gpu.barrier, shared memory views)          scf.for %by < max(B, 1) {
//                                                        scf.for %bx < max(H, 1) {
//                                                          poison %smem and the block's %ws
//                                                          body'
//                                                      } }
//                                                      dealloc
//
// body': block ids are the loop indices, views of shared memory and of the
// workspace view the heap buffers. Barriers cut every block of the body into
// phases; in each phase, the operations that depend on the thread id (the
// distributed loops, the single-thread epilogue, and the index arithmetic
// they use) move into one loop over all threads of the block, taken in a
// permuted order:
//
//   scf.for %k = 0 to threads {
//     %t = order(%k)          // threads-1-k, or a table of a random permutation
//     phase ops with gpu.thread_id := %t
//   }
//
// Each thread runs the whole of its phase before the next starts, which is
// one of the interleavings a GPU may run. What a thread reads that another
// writes in the same phase (a missing barrier) then depends on the order,
// and what it reads before anyone wrote it is NaN.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/GPUPasses.h"
#include "ttt/Dialect/TTT/IR/KernelArgs.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <random>

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUEMULATEONCPU
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

static int64_t intAttr(func::FuncOp func, StringRef name) {
  auto attr = func->getAttrOfType<IntegerAttr>(name);
  return attr ? attr.getInt() : 0;
}

/// Fills `bytes` bytes of `buffer` from `offset` with 0xff: NaN in every
/// float type, -1 in every integer type.
static void poison(OpBuilder &b, Location loc, Value buffer, Value offset,
                   int64_t bytes) {
  Value end = arith::AddIOp::create(
      b, loc, offset, arith::ConstantIndexOp::create(b, loc, bytes));
  Value ones = arith::ConstantIntOp::create(b, loc, b.getI8Type(), -1);
  scf::ForOp::create(b, loc, offset, end,
                     arith::ConstantIndexOp::create(b, loc, 1), ValueRange{},
                     [&](OpBuilder &lb, Location l, Value i, ValueRange) {
                       memref::StoreOp::create(lb, l, ones, buffer, i);
                       scf::YieldOp::create(lb, l);
                     });
}

/// The attribute convert-scf-to-cf moves from an scf.for to its back edge,
/// where it becomes the loop's `!llvm.loop` metadata.
static constexpr StringLiteral kLoopAnnotation = "loop_annotation";

/// `llvm.loop.vectorize.enable = false`, for the thread loops. LLVM 22's loop
/// vectorizer miscompiles a reversed thread loop on AVX-512 hosts: where an
/// op has fewer elements than the block has threads, the distributed loop
/// inside is a condition `t < total`, and its delinearized address
/// `(t / n) * n + t % n` is consecutive in t; the masked vector access then
/// takes its address from the first lane's quotient and remainder, which
/// exist only if that lane is active, and with the last threads first they
/// are not. The emulation read from garbage addresses (NaN, or a segfault)
/// where the kernel is right. Vectorizing across threads is no part of the
/// model anyway: each thread runs its phase alone.
static LLVM::LoopAnnotationAttr notVectorized(MLIRContext *ctx) {
  auto vectorize = LLVM::LoopVectorizeAttr::get(
      ctx, /*disable=*/BoolAttr::get(ctx, true), /*predicateEnable=*/{},
      /*scalableEnable=*/{}, /*width=*/{}, /*followupVectorized=*/{},
      /*followupEpilogue=*/{}, /*followupAll=*/{});
  return LLVM::LoopAnnotationAttr::get(
      ctx, /*disableNonforced=*/{}, vectorize, /*interleave=*/{},
      /*unroll=*/{}, /*unrollAndJam=*/{}, /*licm=*/{}, /*distribute=*/{},
      /*pipeline=*/{}, /*peeled=*/{}, /*unswitch=*/{}, /*mustProgress=*/{},
      /*isVectorized=*/{}, /*startLoc=*/{}, /*endLoc=*/{},
      /*parallelAccesses=*/{});
}

namespace {
/// The thread loops of one kernel: which values depend on the thread id,
/// and the rewrite of each phase.
class ThreadEmulation {
public:
  ThreadEmulation(func::FuncOp func, int64_t threads, Value order)
      : func(func), threads(threads), order(order) {}

  LogicalResult run() {
    if (failed(analyze(func.getBody().front())))
      return failure();
    if (failed(rewriteBlock(func.getBody().front())))
      return failure();
    // Every user of a thread-dependent value is itself thread dependent and
    // was cloned into a thread loop: the originals go.
    for (Operation *op : moved)
      op->dropAllReferences();
    for (Operation *op : llvm::reverse(moved))
      op->erase();
    return success();
  }

private:
  static bool containsBarrier(Operation *op) {
    return op->walk([](gpu::BarrierOp) { return WalkResult::interrupt(); })
        .wasInterrupted();
  }

  bool usesDependent(Operation *op) const {
    return llvm::any_of(op->getOperands(),
                        [&](Value v) { return dependent.contains(v); });
  }

  /// Marks the results of thread-dependent ops, in program order; true when
  /// `block` holds one. A barrier must not be under thread-dependent control
  /// flow, nor may its region yield a thread-dependent value.
  FailureOr<bool> analyze(Block &block) {
    bool any = false;
    for (Operation &op : block) {
      bool nested = false;
      for (Region &region : op.getRegions())
        for (Block &inner : region) {
          FailureOr<bool> r = analyze(inner);
          if (failed(r))
            return failure();
          nested |= *r;
        }
      bool own = isa<gpu::ThreadIdOp>(op) || usesDependent(&op);
      if (containsBarrier(&op) && !isa<gpu::BarrierOp>(op)) {
        bool yieldsDependent = false;
        for (Region &region : op.getRegions())
          for (Block &inner : region)
            if (!inner.empty() && usesDependent(inner.getTerminator()))
              yieldsDependent = true;
        if (own || yieldsDependent)
          return op.emitOpError("holds a barrier but depends on the thread "
                                "id: threads would not all reach it");
        any |= nested;
        continue;
      }
      if (own || nested) {
        for (Value result : op.getResults())
          dependent.insert(result);
        if (!op.hasTrait<OpTrait::IsTerminator>())
          dependentOps.insert(&op);
        any = true;
      }
    }
    return any;
  }

  /// Splits `block` into phases at barriers and at ops that hold barriers
  /// (whose blocks are phases of their own).
  LogicalResult rewriteBlock(Block &block) {
    SmallVector<Operation *> phase;
    for (Operation &op : block.without_terminator()) {
      if (isa<gpu::BarrierOp>(op) || containsBarrier(&op)) {
        if (failed(rewritePhase(phase)))
          return failure();
        phase.clear();
        for (Region &region : op.getRegions())
          for (Block &inner : region)
            if (failed(rewriteBlock(inner)))
              return failure();
        continue;
      }
      if (dependentOps.contains(&op))
        phase.push_back(&op);
    }
    return rewritePhase(phase);
  }

  /// The value of `v` for thread `t` inside the current thread loop:
  /// the thread id, a clone of its side-effect-free definition, or the
  /// value itself when it does not depend on the thread.
  FailureOr<Value> materialize(OpBuilder &b, Value v, IRMapping &map) {
    if (Value mapped = map.lookupOrNull(v))
      return mapped;
    if (!dependent.contains(v))
      return v;
    // The thread id of an earlier phase is this phase's thread.
    if (v.getDefiningOp<gpu::ThreadIdOp>()) {
      map.map(v, thread);
      return thread;
    }
    // Recomputing is sound for side-effect-free ops only; a region result
    // or a block argument is not recomputed.
    Operation *def = v.getDefiningOp();
    if (!def || def->getNumRegions() != 0 || !isMemoryEffectFree(def)) {
      Operation *at = def ? def : v.getParentRegion()->getParentOp();
      return at->emitOpError("defines a thread-dependent value that is used "
                             "across a barrier");
    }
    for (Value operand : def->getOperands())
      if (failed(materialize(b, operand, map)))
        return failure();
    Operation *clone = b.clone(*def, map);
    return clone->getResult(cast<OpResult>(v).getResultNumber());
  }

  LogicalResult rewritePhase(ArrayRef<Operation *> ops) {
    // A phase of thread ids alone has no work: the ids are materialised in
    // the phases that use them.
    if (llvm::all_of(ops, llvm::IsaPred<gpu::ThreadIdOp>)) {
      llvm::append_range(moved, ops);
      return success();
    }
    Location loc = ops.back()->getLoc();
    OpBuilder b(ops.back());
    b.setInsertionPointAfter(ops.back());
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    Value count = arith::ConstantIndexOp::create(b, loc, threads);
    auto loop = scf::ForOp::create(b, loc, zero, count, one);
    loop->setAttr(kLoopAnnotation, notVectorized(b.getContext()));
    b.setInsertionPointToStart(loop.getBody());
    Value k = loop.getInductionVar();
    Value t;
    if (order) {
      Value entry = memref::LoadOp::create(b, loc, order, k);
      t = arith::IndexCastOp::create(b, loc, b.getIndexType(), entry);
    } else {
      t = arith::SubIOp::create(
          b, loc, arith::ConstantIndexOp::create(b, loc, threads - 1), k);
    }
    thread = t;
    IRMapping map;
    for (Operation *op : ops) {
      if (auto id = dyn_cast<gpu::ThreadIdOp>(op)) {
        map.map(id.getResult(), t);
        moved.push_back(op);
        continue;
      }
      // Thread-dependent operands from earlier phases, then the op.
      WalkResult walk = op->walk([&](Operation *nested) {
        for (Value operand : nested->getOperands()) {
          bool inside = op->isAncestor(operand.getParentRegion()->getParentOp());
          if (!inside && failed(materialize(b, operand, map)))
            return WalkResult::interrupt();
        }
        return WalkResult::advance();
      });
      if (walk.wasInterrupted())
        return failure();
      b.clone(*op, map);
      moved.push_back(op);
    }
    return success();
  }

  func::FuncOp func;
  int64_t threads;
  Value order; // memref<threads x i32> of thread ids; null: reversed
  Value thread; // the thread id inside the phase being rewritten
  llvm::DenseSet<Value> dependent;
  llvm::SmallPtrSet<Operation *, 32> dependentOps;
  SmallVector<Operation *> moved;
};
} // namespace

/// A permutation of [0, threads) from `seed`, the same on every platform
/// (Fisher-Yates over mt19937's outputs).
static SmallVector<int32_t> randomOrder(int64_t threads, uint64_t seed) {
  SmallVector<int32_t> order(threads);
  for (int64_t i = 0; i < threads; ++i)
    order[i] = i;
  std::mt19937 rng(static_cast<std::mt19937::result_type>(seed));
  for (int64_t i = threads - 1; i > 0; --i)
    std::swap(order[i], order[rng() % uint64_t(i + 1)]);
  return order;
}

static LogicalResult emulate(func::FuncOp func, StringRef threadOrder,
                             uint64_t seed) {
  if (!func.getBody().hasOneBlock())
    return func.emitOpError("expected a single-block kernel body");
  int64_t threads = intAttr(func, gpu_attrs::kBlockSize);
  if (threads < 1)
    return func.emitOpError("expected a positive ")
           << gpu_attrs::kBlockSize << " (run ttt-gpu-distribute first)";
  Block &entry = func.getBody().front();
  Location loc = func.getLoc();
  OpBuilder b = OpBuilder::atBlockBegin(&entry);
  auto bytesType = MemRefType::get({ShapedType::kDynamic}, b.getI8Type());
  BlockArgument xq = findKernelArgument(func, ArgRole::xq);
  if (!xq)
    return func.emitOpError(
        "expected one XQ input (#ttt.arg), whose [B, H] is the grid");
  BlockArgument workspaceArg;
  if (intAttr(func, gpu_attrs::kWorkspaceBytes) > 0) {
    // A backward's scratch (f32 tapes) has the same role.
    SmallVector<BlockArgument> bytes = llvm::filter_to_vector(
        findKernelArguments(func, ArgRole::workspace, ArgDirection::scratch),
        [&](BlockArgument arg) { return arg.getType() == bytesType; });
    if (bytes.size() != 1)
      return func.emitOpError("expected one workspace argument (#ttt.arg) "
                              "of type memref<?xi8>");
    workspaceArg = bytes.front();
  }

  // The thread order: a constant table for a random permutation.
  Value order;
  if (threadOrder == "random") {
    auto module = func->getParentOfType<ModuleOp>();
    auto type = MemRefType::get({threads}, b.getI32Type());
    std::string name = (func.getName() + "_thread_order").str();
    OpBuilder mb = OpBuilder::atBlockBegin(module.getBody());
    auto table = DenseElementsAttr::get(
        RankedTensorType::get({threads}, b.getI32Type()),
        ArrayRef<int32_t>(randomOrder(threads, seed)));
    auto global = memref::GlobalOp::create(mb, loc, name, mb.getStringAttr("private"),
                                           type, table, /*constant=*/true,
                                           /*alignment=*/nullptr);
    order = memref::GetGlobalOp::create(b, loc, type, global.getSymName());
  }

  // The grid: (max(H, 1), max(B, 1)) from XQ [B, H, T, d].
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  Value gridY = arith::MaxUIOp::create(
      b, loc, memref::DimOp::create(b, loc, xq, 0), one);
  Value gridX = arith::MaxUIOp::create(
      b, loc, memref::DimOp::create(b, loc, xq, 1), one);

  // Heap buffers for shared memory and the workspace.
  SmallVector<Value> heap;
  Value shared, workspace;
  int64_t sharedBytes = intAttr(func, gpu_attrs::kSharedMemoryBytes);
  int64_t workspaceBytes = intAttr(func, gpu_attrs::kWorkspaceBytes);
  if (sharedBytes) {
    shared = memref::AllocOp::create(
        b, loc, bytesType,
        ValueRange{arith::ConstantIndexOp::create(b, loc, sharedBytes)});
    heap.push_back(shared);
  }
  if (workspaceBytes) {
    Value total = arith::MulIOp::create(
        b, loc, arith::MulIOp::create(b, loc, gridX, gridY),
        arith::ConstantIndexOp::create(b, loc, workspaceBytes));
    workspace = memref::AllocOp::create(b, loc, bytesType, total);
    heap.push_back(workspace);
    workspaceArg.replaceAllUsesWith(workspace);
    (void)func.eraseArgument(workspaceArg.getArgNumber());
  }

  // Blocks one after another, each starting on poisoned memory.
  Operation *firstBodyOp = b.getInsertionPoint() == entry.end()
                               ? nullptr
                               : &*b.getInsertionPoint();
  auto outer = scf::ForOp::create(b, loc, zero, gridY, one);
  b.setInsertionPointToStart(outer.getBody());
  auto inner = scf::ForOp::create(b, loc, zero, gridX, one);
  Operation *ret = entry.getTerminator();
  for (Operation *op = firstBodyOp; op && op != ret;) {
    Operation *next = op->getNextNode();
    if (op != outer)
      op->moveBefore(inner.getBody()->getTerminator());
    op = next;
  }
  Value by = outer.getInductionVar(), bx = inner.getInductionVar();
  b.setInsertionPointToStart(inner.getBody());
  if (shared)
    poison(b, loc, shared, zero, sharedBytes);
  if (workspace) {
    // This block's slice, as ttt-gpu-place-buffers computes it.
    Value block = arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, by, gridX), bx);
    poison(b, loc, workspace,
           arith::MulIOp::create(
               b, loc, block,
               arith::ConstantIndexOp::create(b, loc, workspaceBytes)),
           workspaceBytes);
  }
  b.setInsertionPoint(ret);
  for (Value buffer : heap)
    memref::DeallocOp::create(b, loc, buffer);

  SmallVector<Operation *> toErase;
  WalkResult walk = inner.walk([&](Operation *op) {
    OpBuilder at(op);
    auto dim = [&](gpu::Dimension d, Value x, Value y) -> Value {
      return d == gpu::Dimension::x ? x : d == gpu::Dimension::y ? y : zero;
    };
    if (auto id = dyn_cast<gpu::BlockIdOp>(op)) {
      id.replaceAllUsesWith(dim(id.getDimension(), bx, by));
    } else if (auto grid = dyn_cast<gpu::GridDimOp>(op)) {
      grid.replaceAllUsesWith(
          grid.getDimension() == gpu::Dimension::z
              ? one
              : dim(grid.getDimension(), gridX, gridY));
    } else if (auto id = dyn_cast<gpu::ThreadIdOp>(op)) {
      // One-dimensional blocks; x is replaced per phase below.
      if (id.getDimension() == gpu::Dimension::x)
        return WalkResult::advance();
      id.replaceAllUsesWith(zero);
    } else if (auto size = dyn_cast<gpu::BlockDimOp>(op)) {
      size.replaceAllUsesWith(
          size.getDimension() == gpu::Dimension::x
              ? arith::ConstantIndexOp::create(at, op->getLoc(), threads)
                    .getResult()
              : one);
    } else if (auto smem = dyn_cast<gpu::DynamicSharedMemoryOp>(op)) {
      // Views of shared memory, cast to the generic space: view the heap.
      for (Operation *user : llvm::make_early_inc_range(smem->getUsers())) {
        auto view = dyn_cast<memref::ViewOp>(user);
        if (!view) {
          user->emitOpError("uses shared memory other than through a view");
          return WalkResult::interrupt();
        }
        OpBuilder vb(view);
        MemRefType type = view.getType();
        auto plain = MemRefType::get(type.getShape(), type.getElementType());
        Value heapView = memref::ViewOp::create(vb, view.getLoc(), plain, shared,
                                                view.getByteShift(),
                                                view.getSizes());
        for (Operation *viewUser : llvm::make_early_inc_range(view->getUsers())) {
          auto cast = dyn_cast<memref::MemorySpaceCastOp>(viewUser);
          if (!cast || cast.getType() != plain) {
            viewUser->emitOpError("expected a cast of shared memory to the "
                                  "generic address space");
            return WalkResult::interrupt();
          }
          cast.replaceAllUsesWith(heapView);
          toErase.push_back(cast);
        }
        toErase.push_back(view);
      }
    } else if (auto call = dyn_cast<LLVM::CallIntrinsicOp>(op)) {
      // ttt-gpu-lower-math's one NVVM intrinsic; the emulation uses the
      // correctly rounded value (the GPU's is within 2^-22.9 of it).
      if (call.getIntrin() != "llvm.nvvm.rsqrt.approx.f")
        return WalkResult::advance();
      Value x = call.getOperand(0);
      Value root = LLVM::CallIntrinsicOp::create(
                       at, op->getLoc(), x.getType(),
                       at.getStringAttr("llvm.sqrt.f32"), ValueRange{x})
                       .getResult(0);
      Value inverse = arith::DivFOp::create(
          at, op->getLoc(),
          arith::ConstantOp::create(at, op->getLoc(),
                                    at.getFloatAttr(x.getType(), 1.0)),
          root);
      call->getResult(0).replaceAllUsesWith(inverse);
    } else {
      return WalkResult::advance();
    }
    toErase.push_back(op);
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();
  for (Operation *op : toErase)
    op->erase();

  // All threads of a block, phase by phase; then the barriers go.
  if (failed(ThreadEmulation(func, threads, order).run()))
    return failure();
  func.walk([](gpu::BarrierOp barrier) { barrier.erase(); });
  for (StringRef name : {gpu_attrs::kKernel, gpu_attrs::kSharedMemoryBytes,
                         gpu_attrs::kWorkspaceBytes, gpu_attrs::kBlockSize})
    func->removeAttr(name);
  // The kernel is now a plain CPU function; upstream tools that run after
  // the emulation (mlir-opt, mlir-runner) cannot parse a #ttt.arg.
  removeKernelArgs(func);
  return success();
}

namespace {
struct TTTGPUEmulateOnCPUPass
    : mlir::ttt::impl::TTTGPUEmulateOnCPUBase<TTTGPUEmulateOnCPUPass> {
  using Base::Base;

  void runOnOperation() override {
    if (threadOrder != "reversed" && threadOrder != "random") {
      getOperation().emitError("ttt-gpu-emulate-on-cpu: unknown thread-order '")
          << threadOrder << "' (expected 'reversed' or 'random')";
      return signalPassFailure();
    }
    SmallVector<func::FuncOp> kernels;
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func->hasAttr(gpu_attrs::kKernel))
        kernels.push_back(func);
    for (func::FuncOp func : kernels)
      if (failed(emulate(func, threadOrder, seed)))
        return signalPassFailure();
  }
};
} // namespace
