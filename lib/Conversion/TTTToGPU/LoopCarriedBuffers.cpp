//===- LoopCarriedBuffers.cpp - the ttt-gpu-loop-carried-buffers pass -----===//
//
//   %r = scf.for ... iter_args(%s = %init) {     %c = memref.alloc
//     ... reads %s ...                           memref.copy %init, %c
//     %new = memref.alloc                  ->    scf.for ... {
//     scf.yield %new                               ... reads %c ...
//   }                                              %new = memref.alloc
//   use(%r)                                        memref.copy %new, %c
//                                                }
//                                                use(%c)
//
// The copy at the end of the body comes after every read of the carried
// value in that iteration, so `%new` and `%c` may later share nothing and
// `%new` is an ordinary per-iteration buffer. The dead iter_arg is left for
// the canonicalizer.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/GPUPasses.h"

#include "mlir/IR/Builders.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPULOOPCARRIEDBUFFERS
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

/// A fresh identity-layout buffer shaped like `like`, cast to `type`.
static Value createCarryBuffer(OpBuilder &b, Location loc, Value like,
                               MemRefType type) {
  auto bufferType = MemRefType::get(type.getShape(), type.getElementType());
  SmallVector<Value> dynamicSizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      dynamicSizes.push_back(memref::DimOp::create(b, loc, like, d));
  Value buffer = memref::AllocOp::create(b, loc, bufferType, dynamicSizes);
  if (bufferType == type)
    return buffer;
  return memref::CastOp::create(b, loc, type, buffer);
}

static void carryInBuffers(scf::ForOp loop) {
  auto yield = cast<scf::YieldOp>(loop.getBody()->getTerminator());
  for (unsigned i = 0, e = loop.getNumRegionIterArgs(); i < e; ++i) {
    BlockArgument iterArg = loop.getRegionIterArg(i);
    auto type = dyn_cast<MemRefType>(iterArg.getType());
    if (!type)
      continue;
    Value init = loop.getInitArgs()[i];
    Value yielded = yield.getOperand(i);
    if (yielded == iterArg)
      continue; // already loop-invariant
    OpBuilder b(loop);
    Location loc = loop.getLoc();
    Value carry = createCarryBuffer(b, loc, init, type);
    memref::CopyOp::create(b, loc, init, carry);
    b.setInsertionPoint(yield);
    memref::CopyOp::create(b, loc, yielded, carry);
    iterArg.replaceAllUsesWith(carry);
    loop.getResult(i).replaceAllUsesWith(carry);
    yield.setOperand(i, iterArg);
  }
}

namespace {
struct TTTGPULoopCarriedBuffersPass
    : mlir::ttt::impl::TTTGPULoopCarriedBuffersBase<
          TTTGPULoopCarriedBuffersPass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func->hasAttr(gpu_attrs::kKernel))
        func.walk([](scf::ForOp loop) { carryInBuffers(loop); });
  }
};
} // namespace
