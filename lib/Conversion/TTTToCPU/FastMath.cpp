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
    // Added to whatever flags an op already has (nnan, ninf, ...).
    arith::FastMathFlags added =
        arith::FastMathFlags::contract | arith::FastMathFlags::reassoc;
    getOperation().walk([&](arith::ArithFastMathInterface op) {
      // Some ops (extf, truncf) may carry no flags attribute at all.
      arith::FastMathFlagsAttr existing = op.getFastMathFlagsAttr();
      arith::FastMathFlags flags =
          (existing ? existing.getValue() : arith::FastMathFlags::none) |
          added;
      op->setAttr(op.getFastMathAttrName(),
                  arith::FastMathFlagsAttr::get(&getContext(), flags));
    });
  }
};
} // namespace
