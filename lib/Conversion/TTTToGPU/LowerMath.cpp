//===- LowerMath.cpp - the ttt-gpu-lower-math pass ------------------------===//
//
// convert-gpu-to-nvvm lowers math ops to libdevice calls (__nv_expf, ...),
// and rejects the LLVM intrinsics that would replace them. The kernel must
// not depend on libdevice, so: transcendental functions become MLIR's f32
// polynomials, and what remains becomes calls of LLVM intrinsics that the
// NVPTX backend implements natively.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/GPUPasses.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPULOWERMATH
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;

namespace {
/// math op -> llvm.call_intrinsic "<name>" on f32.
template <typename MathOp>
struct ToIntrinsic : OpRewritePattern<MathOp> {
  ToIntrinsic(MLIRContext *ctx, StringRef intrinsic)
      : OpRewritePattern<MathOp>(ctx), intrinsic(intrinsic.str()) {}

  LogicalResult matchAndRewrite(MathOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.getType().isF32())
      return rewriter.notifyMatchFailure(op, "only f32 is lowered");
    rewriter.replaceOpWithNewOp<LLVM::CallIntrinsicOp>(
        op, op.getType(), rewriter.getStringAttr(intrinsic),
        op->getOperands());
    return success();
  }
  std::string intrinsic;
};
} // namespace

namespace {
struct TTTGPULowerMathPass
    : mlir::ttt::impl::TTTGPULowerMathBase<TTTGPULowerMathPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    RewritePatternSet approximations(ctx);
    // exp, tanh, erf, ... as polynomials; f16/bf16 operands computed in f32.
    populateMathPolynomialApproximationPatterns(approximations);
    if (failed(applyPatternsGreedily(getOperation(), std::move(approximations))))
      return signalPassFailure();

    RewritePatternSet patterns(ctx);
    patterns.add<ToIntrinsic<math::SqrtOp>>(ctx, "llvm.sqrt.f32");
    // rsqrt.approx.f32: relative error below 2^-22.9 (PTX ISA).
    patterns.add<ToIntrinsic<math::RsqrtOp>>(ctx, "llvm.nvvm.rsqrt.approx.f");
    patterns.add<ToIntrinsic<math::AbsFOp>>(ctx, "llvm.fabs.f32");
    patterns.add<ToIntrinsic<math::FloorOp>>(ctx, "llvm.floor.f32");
    patterns.add<ToIntrinsic<math::CeilOp>>(ctx, "llvm.ceil.f32");
    patterns.add<ToIntrinsic<math::RoundEvenOp>>(ctx, "llvm.roundeven.f32");
    patterns.add<ToIntrinsic<math::FmaOp>>(ctx, "llvm.fma.f32");
    patterns.add<ToIntrinsic<math::CopySignOp>>(ctx, "llvm.copysign.f32");
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();

    WalkResult left = getOperation()->walk([](Operation *op) {
      if (isa<math::MathDialect>(op->getDialect())) {
        op->emitOpError("has no libdevice-free lowering for the GPU");
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (left.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
