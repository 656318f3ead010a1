//===- ScalarDerivatives.cpp - reverse-mode rules of scalar ops -----------===//

#include "ScalarDerivatives.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::ttt;

namespace {
/// Float arithmetic on values of one float type, at one location.
struct Scalar {
  OpBuilder &b;
  Location loc;
  Type type;

  Value c(double v) {
    return arith::ConstantOp::create(b, loc, FloatAttr::get(type, v));
  }
  Value mul(Value x, Value y) { return arith::MulFOp::create(b, loc, x, y); }
  Value div(Value x, Value y) { return arith::DivFOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) { return arith::SubFOp::create(b, loc, x, y); }
  Value neg(Value x) { return arith::NegFOp::create(b, loc, x); }
  Value select(Value cond, Value x, Value y) {
    return arith::SelectOp::create(b, loc, cond, x, y);
  }
  /// (g where cond, 0 elsewhere), (0 where cond, g elsewhere).
  std::pair<Value, Value> split(Value cond, Value g) {
    Value zero = c(0.0);
    return {select(cond, g, zero), select(cond, zero, g)};
  }
};
} // namespace

bool mlir::ttt::hasScalarVJP(Operation *op) {
  return isa<arith::ConstantOp, arith::AddFOp, arith::SubFOp, arith::MulFOp,
             arith::DivFOp, arith::NegFOp, arith::MaximumFOp,
             arith::MaxNumFOp, arith::MinimumFOp, arith::MinNumFOp,
             arith::SelectOp, arith::ExtFOp, arith::TruncFOp, math::ExpOp,
             math::TanhOp, math::ErfOp, math::RsqrtOp, math::SqrtOp,
             math::LogOp, math::FmaOp>(op) ||
         llvm::none_of(op->getResultTypes(),
                       [](Type t) { return isa<FloatType>(t); });
}

LogicalResult mlir::ttt::emitScalarVJP(
    OpBuilder &b, Operation *op, Value g,
    function_ref<void(Value, Value)> accumulate) {
  if (!hasScalarVJP(op))
    return failure();
  if (op->getNumResults() != 1 || !isa<FloatType>(op->getResult(0).getType()))
    return success(); // constants, comparisons, index arithmetic
  Value r = op->getResult(0);
  Scalar s{b, op->getLoc(), r.getType()};
  auto x = [&](unsigned i) { return op->getOperand(i); };
  llvm::TypeSwitch<Operation *>(op)
      .Case([&](arith::AddFOp) {
        accumulate(x(0), g);
        accumulate(x(1), g);
      })
      .Case([&](arith::SubFOp) {
        accumulate(x(0), g);
        accumulate(x(1), s.neg(g));
      })
      .Case([&](arith::MulFOp) {
        accumulate(x(0), s.mul(g, x(1)));
        accumulate(x(1), s.mul(g, x(0)));
      })
      .Case([&](arith::DivFOp) { // r = a / b: da = g / b, db = -g r / b
        accumulate(x(0), s.div(g, x(1)));
        accumulate(x(1), s.neg(s.div(s.mul(g, r), x(1))));
      })
      .Case([&](arith::NegFOp) { accumulate(x(0), s.neg(g)); })
      .Case<arith::MaximumFOp, arith::MaxNumFOp>([&](Operation *) {
        auto [toA, toB] = s.split(
            arith::CmpFOp::create(b, s.loc, arith::CmpFPredicate::OGE, x(0),
                                  x(1)),
            g);
        accumulate(x(0), toA);
        accumulate(x(1), toB);
      })
      .Case<arith::MinimumFOp, arith::MinNumFOp>([&](Operation *) {
        auto [toA, toB] = s.split(
            arith::CmpFOp::create(b, s.loc, arith::CmpFPredicate::OLE, x(0),
                                  x(1)),
            g);
        accumulate(x(0), toA);
        accumulate(x(1), toB);
      })
      .Case([&](arith::SelectOp) {
        auto [toA, toB] = s.split(x(0), g);
        accumulate(x(1), toA);
        accumulate(x(2), toB);
      })
      .Case([&](arith::ExtFOp) {
        accumulate(x(0), arith::TruncFOp::create(b, s.loc,
                                                 x(0).getType(), g));
      })
      .Case([&](arith::TruncFOp) {
        accumulate(x(0), arith::ExtFOp::create(b, s.loc, x(0).getType(), g));
      })
      .Case([&](math::ExpOp) { accumulate(x(0), s.mul(g, r)); })
      .Case([&](math::TanhOp) {
        accumulate(x(0), s.mul(g, s.sub(s.c(1.0), s.mul(r, r))));
      })
      .Case([&](math::ErfOp) { // 2 / sqrt(pi) exp(-a^2)
        Value a2 = s.mul(x(0), x(0));
        Value e = math::ExpOp::create(b, s.loc, s.neg(a2));
        accumulate(x(0), s.mul(g, s.mul(s.c(2.0 / std::sqrt(M_PI)), e)));
      })
      .Case([&](math::RsqrtOp) { // -1/2 a^(-3/2) = -1/2 r^3
        accumulate(x(0), s.mul(g, s.mul(s.c(-0.5), s.mul(r, s.mul(r, r)))));
      })
      .Case([&](math::SqrtOp) {
        accumulate(x(0), s.div(s.mul(g, s.c(0.5)), r));
      })
      .Case([&](math::LogOp) { accumulate(x(0), s.div(g, x(0))); })
      .Case([&](math::FmaOp) {
        accumulate(x(0), s.mul(g, x(1)));
        accumulate(x(1), s.mul(g, x(0)));
        accumulate(x(2), g);
      });
  return success();
}
