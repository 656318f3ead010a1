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

#include "ttt/Conversion/GPUPasses.h"

#include "mlir/IR/Builders.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUMAPSEQUENCESTOBLOCKS
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

/// token_scale, `memref<b x f32>`, is argument 4, or 5 when argument 4 is
/// a layer's `decay` input (`memref<?x?x?xf32>`, docs/ArtifactFormat.md).
static std::optional<int64_t> miniBatchSize(func::FuncOp func) {
  unsigned index = 4;
  if (func.getNumArguments() > index) {
    auto decay = dyn_cast<MemRefType>(func.getArgument(index).getType());
    if (decay && decay.getRank() == 3)
      ++index;
  }
  if (func.getNumArguments() <= index)
    return std::nullopt;
  auto type = dyn_cast<MemRefType>(func.getArgument(index).getType());
  if (!type || type.getRank() != 1 || !type.hasStaticShape())
    return std::nullopt;
  return type.getDimSize(0);
}

/// Every load of a rank-0 i64 argument (the position) becomes `load mod b`.
static void clampPosition(func::FuncOp func, int64_t miniBatch) {
  for (BlockArgument arg : func.getArguments()) {
    auto type = dyn_cast<MemRefType>(arg.getType());
    if (!type || type.getRank() != 0 || !type.getElementType().isInteger(64))
      continue;
    for (Operation *user : arg.getUsers()) {
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
}

static LogicalResult mapToBlocks(func::FuncOp func, scf::ForallOp forall) {
  if (forall.getRank() != 2 || !forall.getOutputs().empty() ||
      !forall.isNormalized())
    return forall.emitOpError(
        "expected the normalized (batch, head) forall of a bufferized layer");
  std::optional<int64_t> miniBatch = miniBatchSize(func);
  if (!miniBatch)
    return func.emitOpError("expected argument 4 (5 after a decay input) to "
                            "be token_scale (memref<b x f32>)");
  clampPosition(func, *miniBatch);

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
    Value first = arith::AndIOp::create(
        b, loc,
        arith::AndIOp::create(
            b, loc,
            arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, h, zero),
            arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, n, zero)),
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                              gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x),
                              zero));
    auto single = scf::IfOp::create(b, loc, TypeRange{}, first,
                                    /*withElseRegion=*/false);
    single->setAttr(gpu_attrs::kSingleThread, b.getUnitAttr());
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
