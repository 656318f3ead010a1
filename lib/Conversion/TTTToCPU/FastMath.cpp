//===- FastMath.cpp - the ttt-cpu-fast-math pass --------------------------===//

#include "ttt/Conversion/Passes.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUFASTMATH
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

namespace {
struct TTTCPUFastMathPass
    : mlir::ttt::impl::TTTCPUFastMathBase<TTTCPUFastMathPass> {
  void runOnOperation() override {
    auto flags = arith::FastMathFlagsAttr::get(
        &getContext(),
        arith::FastMathFlags::contract | arith::FastMathFlags::reassoc);
    getOperation().walk([&](arith::ArithFastMathInterface op) {
      op->setAttr(op.getFastMathAttrName(), flags);
    });
  }
};
} // namespace
