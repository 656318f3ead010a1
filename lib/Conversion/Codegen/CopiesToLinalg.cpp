//===- CopiesToLinalg.cpp - the ttt-copies-to-linalg pass -----------------===//

#include "ttt/Conversion/CodegenPasses.h"

#include "mlir/IR/Builders.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCOPIESTOLINALG
#include "ttt/Conversion/CodegenPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;

namespace {
struct TTTCopiesToLinalgPass
    : mlir::ttt::impl::TTTCopiesToLinalgBase<TTTCopiesToLinalgPass> {
  void runOnOperation() override {
    getOperation().walk([](memref::CopyOp copy) {
      OpBuilder builder(copy);
      linalg::CopyOp::create(builder, copy.getLoc(), copy.getSource(),
                             copy.getTarget());
      copy.erase();
    });
  }
};
} // namespace
