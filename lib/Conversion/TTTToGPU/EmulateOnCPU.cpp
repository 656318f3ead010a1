//===- EmulateOnCPU.cpp - the ttt-gpu-emulate-on-cpu pass -----------------===//
//
//   func @k(args..., %workspace) {ttt.gpu_kernel}     func @k(args...) {
//     body (gpu.block_id, gpu.thread_id,       ->      %smem = memref.alloc, %ws = memref.alloc
//           gpu.barrier, shared memory views)          scf.for %by < max(B, 1) {
//                                                        scf.for %bx < max(H, 1) { body' }
//                                                      }
//                                                      dealloc
//
// body': block ids are the loop indices, the thread id 0 and the block
// size 1 (distribute with threads=1), barriers are gone, views of shared
// memory and of the workspace view the heap buffers.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/GPUPasses.h"

#include "mlir/IR/Builders.h"

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

static LogicalResult emulate(func::FuncOp func) {
  if (!func.getBody().hasOneBlock())
    return func.emitOpError("expected a single-block kernel body");
  if (intAttr(func, gpu_attrs::kBlockSize) != 1)
    return func.emitOpError("can be emulated only when distributed with "
                            "threads=1");
  Block &entry = func.getBody().front();
  Location loc = func.getLoc();
  OpBuilder b = OpBuilder::atBlockBegin(&entry);
  auto bytesType = MemRefType::get({ShapedType::kDynamic}, b.getI8Type());

  // The grid: (max(H, 1), max(B, 1)) from XQ [B, H, T, d].
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  Value xq = func.getArgument(0);
  Value gridY = arith::MaxUIOp::create(
      b, loc, memref::DimOp::create(b, loc, xq, 0), one);
  Value gridX = arith::MaxUIOp::create(
      b, loc, memref::DimOp::create(b, loc, xq, 1), one);

  // Heap buffers for shared memory and the workspace.
  SmallVector<Value> heap;
  Value shared;
  if (int64_t bytes = intAttr(func, gpu_attrs::kSharedMemoryBytes)) {
    shared = memref::AllocOp::create(
        b, loc, bytesType, ValueRange{arith::ConstantIndexOp::create(b, loc, bytes)});
    heap.push_back(shared);
  }
  if (int64_t bytes = intAttr(func, gpu_attrs::kWorkspaceBytes)) {
    Value total = arith::MulIOp::create(
        b, loc, arith::MulIOp::create(b, loc, gridX, gridY),
        arith::ConstantIndexOp::create(b, loc, bytes));
    Value workspace = memref::AllocOp::create(b, loc, bytesType, total);
    heap.push_back(workspace);
    BlockArgument arg = func.getArguments().back();
    if (arg.getType() != bytesType)
      return func.emitOpError("expected the workspace as the last argument");
    arg.replaceAllUsesWith(workspace);
    (void)func.eraseArgument(func.getNumArguments() - 1);
  }

  // Blocks one after another.
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
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
  b.setInsertionPoint(ret);
  for (Value buffer : heap)
    memref::DeallocOp::create(b, loc, buffer);

  Value by = outer.getInductionVar(), bx = inner.getInductionVar();
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
    } else if (isa<gpu::ThreadIdOp>(op)) {
      op->getResult(0).replaceAllUsesWith(zero);
    } else if (isa<gpu::BlockDimOp>(op)) {
      op->getResult(0).replaceAllUsesWith(one);
    } else if (isa<gpu::BarrierOp>(op)) {
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
  for (StringRef name : {gpu_attrs::kKernel, gpu_attrs::kSharedMemoryBytes,
                         gpu_attrs::kWorkspaceBytes, gpu_attrs::kBlockSize})
    func->removeAttr(name);
  return success();
}

namespace {
struct TTTGPUEmulateOnCPUPass
    : mlir::ttt::impl::TTTGPUEmulateOnCPUBase<TTTGPUEmulateOnCPUPass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func->hasAttr(gpu_attrs::kKernel) && failed(emulate(func)))
        return signalPassFailure();
  }
};
} // namespace
