//===- CopiesToLinalg.cpp - the ttt-cpu-copies-to-linalg pass -------------===//

#include "ttt/Conversion/Passes.h"

#include "mlir/IR/Builders.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUCOPIESTOLINALG
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

namespace {
struct TTTCPUCopiesToLinalgPass
    : mlir::ttt::impl::TTTCPUCopiesToLinalgBase<TTTCPUCopiesToLinalgPass> {
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
