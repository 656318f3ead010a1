//===- MapSequencesToBlocks.cpp - ttt-gpu-map-sequences-to-blocks ---------===//
//
//   scf.forall (%n, %h) in (%B, %H) { body }      ->   %h = gpu.block_id x
//   epilogue                                           %n = gpu.block_id y
//                                                      scf.if %n < %B && %h < %H { body }
//                                                      scf.if block (0, 0), thread 0 { epilogue }
//
// The prologue (dims, the position) stays uniform. The position is reduced
// modulo the mini-batch size b: valid positions (0 <= p < b) are unchanged,
// and a corrupt one cannot make a segment longer than b rows, which bounds
// every buffer of the kernel.
//
//===----------------------------------------------------------------------===//

#include "SingleThread.h"
#include "ttt/Conversion/GPUPasses.h"
#include "ttt/Dialect/TTT/IR/KernelArgs.h"

#include "mlir/IR/Builders.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUMAPSEQUENCESTOBLOCKS
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

/// The mini-batch size b: the length of token_scale, `memref<b x f32>`.
static std::optional<int64_t> miniBatchSize(func::FuncOp func) {
  BlockArgument scale = findKernelArgument(func, ArgRole::token_scale);
  auto type = scale ? dyn_cast<MemRefType>(scale.getType()) : MemRefType();
  if (!type || type.getRank() != 1 || !type.hasStaticShape())
    return std::nullopt;
  return type.getDimSize(0);
}

/// Every load of the position, `memref<i64>`, becomes `load mod b`.
static void clampPosition(BlockArgument position, int64_t miniBatch) {
  for (Operation *user : position.getUsers()) {
    auto load = dyn_cast<memref::LoadOp>(user);
    if (!load)
      continue;
    OpBuilder b(load->getContext());
    b.setInsertionPointAfter(load);
    Value b64 = arith::ConstantIntOp::create(b, load.getLoc(), miniBatch, 64);
    auto clamped = arith::RemUIOp::create(b, load.getLoc(), load, b64);
    load.getResult().replaceAllUsesExcept(clamped, clamped);
  }
}

static LogicalResult mapToBlocks(func::FuncOp func, scf::ForallOp forall) {
  if (forall.getRank() != 2 || !forall.getOutputs().empty() ||
      !forall.isNormalized())
    return forall.emitOpError(
        "expected the normalized (batch, head) forall of a bufferized layer");
  std::optional<int64_t> miniBatch = miniBatchSize(func);
  if (!miniBatch)
    return func.emitOpError("expected one token_scale input (#ttt.arg) of "
                            "type memref<b x f32>");
  BlockArgument position = findKernelArgument(func, ArgRole::position);
  auto positionType =
      position ? dyn_cast<MemRefType>(position.getType()) : MemRefType();
  if (!positionType || positionType.getRank() != 0 ||
      !positionType.getElementType().isInteger(64))
    return func.emitOpError(
        "expected one position input (#ttt.arg) of type memref<i64>");
  clampPosition(position, *miniBatch);

  OpBuilder b(forall);
  Location loc = forall.getLoc();
  SmallVector<Value> bounds =
      getValueOrCreateConstantIndexOp(b, loc, forall.getMixedUpperBound());
  Value h = gpu::BlockIdOp::create(b, loc, gpu::Dimension::x);
  Value n = gpu::BlockIdOp::create(b, loc, gpu::Dimension::y);
  Value inRange = arith::AndIOp::create(
      b, loc,
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, n, bounds[0]),
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, h, bounds[1]));
  auto guard = scf::IfOp::create(b, loc, TypeRange{}, inRange,
                                 /*withElseRegion=*/false);
  Block *body = forall.getBody();
  body->getTerminator()->erase(); // scf.forall.in_parallel, empty
  Block *then = guard.thenBlock();
  then->getOperations().splice(then->begin(), body->getOperations());
  forall.getInductionVar(0).replaceAllUsesWith(n);
  forall.getInductionVar(1).replaceAllUsesWith(h);

  // The epilogue: everything between the forall and the return.
  Operation *ret = func.getBody().front().getTerminator();
  if (ret->getNumOperands() != 0)
    return func.emitOpError("expected an entry point without results");
  SmallVector<Operation *> epilogue;
  for (Operation *op = forall->getNextNode(); op != ret; op = op->getNextNode())
    epilogue.push_back(op);
  forall.erase();
  if (!epilogue.empty()) {
    b.setInsertionPoint(ret);
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value firstBlock = arith::AndIOp::create(
        b, loc,
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, h, zero),
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, n, zero));
    scf::IfOp single = createSingleThreadIf(b, loc, firstBlock);
    for (Operation *op : epilogue)
      op->moveBefore(single.thenBlock()->getTerminator());
  }
  func->setAttr(gpu_attrs::kKernel, b.getUnitAttr());
  return success();
}

namespace {
struct TTTGPUMapSequencesToBlocksPass
    : mlir::ttt::impl::TTTGPUMapSequencesToBlocksBase<
          TTTGPUMapSequencesToBlocksPass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (func.isExternal() || func->hasAttr(gpu_attrs::kKernel))
        continue;
      SmallVector<scf::ForallOp> foralls(
          func.getBody().front().getOps<scf::ForallOp>());
      if (foralls.size() != 1) {
        func.emitOpError("expected one (batch, head) scf.forall at the top "
                         "level of the entry point, found ")
            << foralls.size();
        return signalPassFailure();
      }
      if (failed(mapToBlocks(func, foralls.front())))
        return signalPassFailure();
    }
  }
};
} // namespace
