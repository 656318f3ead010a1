//===- DeriveGradients.cpp - the ttt-derive-gradients pass ----------------===//

#include "ttt/Dialect/TTT/Transforms/GradientDerivation.h"
#include "ttt/Dialect/TTT/Transforms/Passes.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTDERIVEGRADIENTS
#include "ttt/Dialect/TTT/Transforms/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

namespace {
struct TTTDeriveGradientsPass
    : mlir::ttt::impl::TTTDeriveGradientsBase<TTTDeriveGradientsPass> {
  void runOnOperation() override {
    getOperation().walk([](LayerOp layer) { deriveGradients(layer); });
  }
};
} // namespace
