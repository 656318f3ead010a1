//===- ExpandBF16.cpp - the ttt-cpu-expand-bf16 pass ----------------------===//
//
// bf16 <-> f32 conversions as integer arithmetic (see Passes.td). Without
// this, LLVM turns each f32 -> bf16 truncation on an x86 host without
// AVX512-BF16 into a call of `__truncsfbf2`, which Debian 12's libgcc
// (GCC 12) does not define: the kernel library would then fail to load
// (the library defines its own for what the backend still truncates).
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUEXPANDBF16
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

namespace {
struct TTTCPUExpandBF16Pass
    : mlir::ttt::impl::TTTCPUExpandBF16Base<TTTCPUExpandBF16Pass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    arith::populateExpandBFloat16Patterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
