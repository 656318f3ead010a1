//===- RowAlgebra.cpp - inner-model math on tensors of token rows ---------===//

#include "RowAlgebra.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::ttt;

using utils::IteratorType;

static AffineMap map2(MLIRContext *ctx, ArrayRef<AffineExpr> results) {
  return AffineMap::get(2, 0, results, ctx);
}

Value mlir::ttt::addElementwise(OpBuilder &b, Location loc, Value lhs,
                                Value rhs) {
  auto type = dyn_cast<RankedTensorType>(lhs.getType());
  if (!type)
    return arith::AddFOp::create(b, loc, lhs, rhs);
  AffineMap id = b.getMultiDimIdentityMap(type.getRank());
  Value init = tensor::EmptyOp::create(
      b, loc, tensor::getMixedSizes(b, loc, lhs), type.getElementType());
  return linalg::GenericOp::create(
             b, loc, TypeRange{type}, ValueRange{lhs, rhs}, ValueRange{init},
             ArrayRef<AffineMap>{id, id, id},
             SmallVector<IteratorType>(type.getRank(), IteratorType::parallel),
             [](OpBuilder &nested, Location l, ValueRange args) {
               linalg::YieldOp::create(
                   nested, l,
                   ValueRange{arith::AddFOp::create(nested, l, args[0],
                                                    args[1])});
             })
      .getResult(0);
}

Value RowAlgebra::constant(double value) {
  return arith::ConstantOp::create(b, b.getF32FloatAttr(value));
}

OpFoldResult RowAlgebra::dim(Value tensor, int64_t index) {
  return tensor::getMixedSize(b, b.getLoc(), tensor, index);
}

Value RowAlgebra::zeros(ArrayRef<OpFoldResult> shape) {
  Value empty = tensor::EmptyOp::create(b, shape, b.getF32Type());
  return linalg::FillOp::create(b, ValueRange{constant(0.0)},
                                ValueRange{empty})
      .getResult(0);
}

Value RowAlgebra::ones(ArrayRef<OpFoldResult> shape) {
  Value empty = tensor::EmptyOp::create(b, shape, b.getF32Type());
  return linalg::FillOp::create(b, ValueRange{constant(1.0)},
                                ValueRange{empty})
      .getResult(0);
}

Value RowAlgebra::cumulativeLogSum(Value alpha) {
  // out[i] = sum over j of (j <= i ? log alpha[j] : 0): a triangular
  // reduction, which every backend handles like any other linalg.generic.
  MLIRContext *ctx = b.getContext();
  AffineExpr i, j;
  bindDims(ctx, i, j);
  Value init = zeros({dim(alpha, 0)});
  return linalg::GenericOp::create(
             b, TypeRange{init.getType()}, ValueRange{alpha}, ValueRange{init},
             {map2(ctx, {j}), map2(ctx, {i})},
             {IteratorType::parallel, IteratorType::reduction},
             [](OpBuilder &nested, Location loc, ValueRange args) {
               ImplicitLocOpBuilder e(loc, nested);
               Value row = linalg::IndexOp::create(e, 0);
               Value col = linalg::IndexOp::create(e, 1);
               Value sees =
                   arith::CmpIOp::create(e, arith::CmpIPredicate::ule, col, row);
               Value log = math::LogOp::create(e, args[0]);
               Value zero = arith::ConstantOp::create(e, e.getF32FloatAttr(0.0));
               Value term = arith::SelectOp::create(e, sees, log, zero);
               linalg::YieldOp::create(
                   e, arith::AddFOp::create(e, args[1], term).getResult());
             })
      .getResult(0);
}

Value RowAlgebra::mapVector(
    Value v, function_ref<Value(ImplicitLocOpBuilder &, Value)> fn) {
  Value init = tensor::EmptyOp::create(b, ArrayRef<OpFoldResult>{dim(v, 0)},
                                       b.getF32Type());
  AffineMap id1 = AffineMap::getMultiDimIdentityMap(1, b.getContext());
  return linalg::GenericOp::create(
             b, TypeRange{init.getType()}, ValueRange{v}, ValueRange{init},
             {id1, id1}, {IteratorType::parallel},
             [&](OpBuilder &nested, Location loc, ValueRange args) {
               ImplicitLocOpBuilder e(loc, nested);
               linalg::YieldOp::create(e, fn(e, args[0]));
             })
      .getResult(0);
}

Value RowAlgebra::contract(Value lhs, Value rhs, ArrayRef<AffineMap> maps,
                           ArrayRef<OpFoldResult> shape, Value init) {
  if (!init)
    init = zeros(shape);
  auto matmul = linalg::MatmulOp::create(b, TypeRange{init.getType()},
                                         ValueRange{lhs, rhs},
                                         ValueRange{init});
  // The region of linalg.matmul is independent of its maps, so transposed
  // operands only need other indexing maps.
  SmallVector<Attribute> attrs = llvm::map_to_vector(
      maps, [](AffineMap m) -> Attribute { return AffineMapAttr::get(m); });
  matmul.setIndexingMapsAttr(b.getArrayAttr(attrs));
  return matmul.getResult(0);
}

Value RowAlgebra::matmul(Value lhs, Value rhs, Value accumulator) {
  return contract(lhs, rhs,
                  linalg::MatmulOp::getDefaultIndexingMaps(b.getContext()),
                  {dim(lhs, 0), dim(rhs, 1)}, accumulator);
}

Value RowAlgebra::matmulTransposeB(Value lhs, Value rhs) {
  MLIRContext *ctx = b.getContext();
  AffineExpr m, n, k;
  bindDims(ctx, m, n, k);
  SmallVector<AffineMap> maps = {AffineMap::get(3, 0, {m, k}, ctx),
                                 AffineMap::get(3, 0, {n, k}, ctx),
                                 AffineMap::get(3, 0, {m, n}, ctx)};
  return contract(lhs, rhs, maps, {dim(lhs, 0), dim(rhs, 0)});
}

Value RowAlgebra::matmulTransposeA(Value lhs, Value rhs, Value accumulator) {
  MLIRContext *ctx = b.getContext();
  AffineExpr m, n, k;
  bindDims(ctx, m, n, k);
  SmallVector<AffineMap> maps = {AffineMap::get(3, 0, {k, m}, ctx),
                                 AffineMap::get(3, 0, {k, n}, ctx),
                                 AffineMap::get(3, 0, {m, n}, ctx)};
  return contract(lhs, rhs, maps, {dim(lhs, 1), dim(rhs, 1)}, accumulator);
}

Value RowAlgebra::elementwise(
    Value like, ValueRange inputs, ArrayRef<AffineMap> maps,
    function_ref<Value(ImplicitLocOpBuilder &, ValueRange)> fn) {
  Value init = tensor::EmptyOp::create(
      b, SmallVector<OpFoldResult>{dim(like, 0), dim(like, 1)},
      b.getF32Type());
  // The init is empty: the payload never reads its element.
  return elementwiseInto(init, inputs, maps,
                         [&](ImplicitLocOpBuilder &e, ValueRange a) {
                           return fn(e, a.drop_back());
                         });
}

Value RowAlgebra::elementwiseInto(
    Value x, ValueRange inputs, ArrayRef<AffineMap> maps,
    function_ref<Value(ImplicitLocOpBuilder &, ValueRange)> fn) {
  SmallVector<AffineMap> allMaps(maps);
  allMaps.push_back(AffineMap::getMultiDimIdentityMap(2, b.getContext()));
  auto generic = linalg::GenericOp::create(
      b, TypeRange{x.getType()}, inputs, ValueRange{x}, allMaps,
      {IteratorType::parallel, IteratorType::parallel},
      [&](OpBuilder &nested, Location loc, ValueRange args) {
        ImplicitLocOpBuilder body(loc, nested);
        linalg::YieldOp::create(body, fn(body, args));
      });
  return generic.getResult(0);
}

/// Maps of a rank-2 iteration space: the identity, a [n] row vector and a
/// [r] column vector broadcast.
namespace {
struct Maps {
  explicit Maps(MLIRContext *ctx) {
    AffineExpr i, j;
    bindDims(ctx, i, j);
    id = map2(ctx, {i, j});
    row = map2(ctx, {getAffineConstantExpr(0, ctx), j});
    feature = map2(ctx, {j});
    token = map2(ctx, {i});
  }
  AffineMap id, row, feature, token;
};
} // namespace

Value RowAlgebra::add(Value lhs, Value rhs) {
  Maps m(b.getContext());
  return elementwise(lhs, {lhs, rhs}, {m.id, m.id},
                     [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                       return arith::AddFOp::create(e, a[0], a[1]);
                     });
}

Value RowAlgebra::sub(Value lhs, Value rhs) {
  Maps m(b.getContext());
  return elementwise(lhs, {lhs, rhs}, {m.id, m.id},
                     [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                       return arith::SubFOp::create(e, a[0], a[1]);
                     });
}

Value RowAlgebra::neg(Value x) {
  Maps m(b.getContext());
  return elementwise(x, {x}, {m.id},
                     [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                       return arith::NegFOp::create(e, a[0]);
                     });
}

Value RowAlgebra::mul(Value lhs, Value rhs) {
  Maps m(b.getContext());
  return elementwise(lhs, {lhs, rhs}, {m.id, m.id},
                     [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                       return arith::MulFOp::create(e, a[0], a[1]);
                     });
}

Value RowAlgebra::addRow(Value x, Value row) {
  Maps m(b.getContext());
  return elementwise(x, {x, row}, {m.id, m.row},
                     [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                       return arith::AddFOp::create(e, a[0], a[1]);
                     });
}

Value RowAlgebra::addRowInto(Value x, Value row) {
  Maps m(b.getContext());
  return elementwiseInto(x, {row}, {m.row},
                         [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                           return arith::AddFOp::create(e, a[1], a[0]);
                         });
}

Value RowAlgebra::scaleRows(Value x, Value scale) {
  Maps m(b.getContext());
  return elementwise(x, {x, scale}, {m.id, m.token},
                     [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                       return arith::MulFOp::create(e, a[0], a[1]);
                     });
}

Value RowAlgebra::scale(Value x, Value scalar) {
  Maps m(b.getContext());
  return elementwise(x, {x}, {m.id},
                     [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                       return arith::MulFOp::create(e, a[0], scalar);
                     });
}

Value RowAlgebra::scaleInto(Value x, Value scalar) {
  return elementwiseInto(x, {}, {},
                         [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                           return arith::MulFOp::create(e, a[0], scalar);
                         });
}

Value RowAlgebra::keepIf(Value condition, Value x, double otherwise) {
  Maps m(b.getContext());
  Value fill = constant(otherwise);
  return elementwise(x, {x}, {m.id},
                     [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                       return arith::SelectOp::create(e, condition, a[0], fill);
                     });
}

Value RowAlgebra::keepIfInto(Value condition, Value x, double otherwise) {
  Value fill = constant(otherwise);
  return elementwiseInto(
      x, {}, {}, [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        return arith::SelectOp::create(e, condition, a[0], fill);
      });
}

Value RowAlgebra::copy(Value x) {
  Maps m(b.getContext());
  return elementwise(x, {x}, {m.id},
                     [](ImplicitLocOpBuilder &, ValueRange a) { return a[0]; });
}

Value RowAlgebra::axpyOrReplaceInto(Value x, Value s, Value y, Value condition,
                                    Value replacement) {
  Maps m(b.getContext());
  return elementwiseInto(
      x, {y, replacement}, {m.id, m.id},
      [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        Value axpy =
            arith::AddFOp::create(e, a[2], arith::MulFOp::create(e, s, a[0]));
        return arith::SelectOp::create(e, condition, a[1], axpy);
      });
}

Value RowAlgebra::dualCombine(Value xqW0, Value c0, Value tokenScale,
                              Value inner, Value rowScale) {
  Maps m(b.getContext());
  // Operands: xqW0, [c0], tokenScale, inner, [rowScale].
  SmallVector<Value> inputs = {xqW0};
  SmallVector<AffineMap> maps = {m.id};
  if (c0) {
    inputs.push_back(c0);
    maps.push_back(m.row);
  }
  inputs.append({tokenScale, inner});
  maps.append({m.token, m.id});
  if (rowScale) {
    inputs.push_back(rowScale);
    maps.push_back(m.token);
  }
  bool hasBias = static_cast<bool>(c0), scaled = static_cast<bool>(rowScale);
  return elementwise(
      xqW0, inputs, maps,
      [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        unsigned next = 1;
        Value base = a[0];
        if (hasBias)
          base = arith::AddFOp::create(e, base, a[next++]);
        Value ts = a[next++], in = a[next++];
        if (scaled)
          base = arith::MulFOp::create(e, base, a[next]);
        Value update = arith::MulFOp::create(e, ts, in);
        return arith::SubFOp::create(e, base, update);
      });
}

Value RowAlgebra::masked(Value a, bool causal, bool plusOne, Value logDecay) {
  Maps m(b.getContext());
  SmallVector<Value> inputs = {a};
  SmallVector<AffineMap> maps = {m.id};
  if (logDecay) {
    inputs.append({logDecay, logDecay});
    maps.append({m.token, m.feature});
  }
  return elementwise(a, inputs, maps,
                     [&](ImplicitLocOpBuilder &e, ValueRange args) -> Value {
                       Value value = args[0];
                       if (plusOne)
                         value = arith::AddFOp::create(
                             e, value,
                             arith::ConstantOp::create(e, e.getF32FloatAttr(1.0)));
                       if (logDecay) // prod_{j < m <= i} alpha_m
                         value = arith::MulFOp::create(
                             e, value,
                             math::ExpOp::create(
                                 e, arith::SubFOp::create(e, args[1], args[2])));
                       if (!causal)
                         return value;
                       Value i = linalg::IndexOp::create(e, 0);
                       Value j = linalg::IndexOp::create(e, 1);
                       Value sees = arith::CmpIOp::create(
                           e, arith::CmpIPredicate::ule, j, i);
                       Value zero = arith::ConstantOp::create(
                           e, e.getF32FloatAttr(0.0));
                       return arith::SelectOp::create(e, sees, value, zero);
                     });
}

Value RowAlgebra::sumRows(Value x, Value accumulator) {
  MLIRContext *ctx = b.getContext();
  AffineExpr i, j;
  bindDims(ctx, i, j);
  Value init =
      accumulator ? accumulator : zeros({b.getIndexAttr(1), dim(x, 1)});
  auto generic = linalg::GenericOp::create(
      b, TypeRange{init.getType()}, ValueRange{x}, ValueRange{init},
      {map2(ctx, {i, j}), map2(ctx, {getAffineConstantExpr(0, ctx), j})},
      {IteratorType::reduction, IteratorType::parallel},
      [](OpBuilder &nested, Location loc, ValueRange args) {
        Value sum = arith::AddFOp::create(nested, loc, args[0], args[1]);
        linalg::YieldOp::create(nested, loc, sum);
      });
  return generic.getResult(0);
}

Value RowAlgebra::rowMean(Value x) {
  MLIRContext *ctx = b.getContext();
  AffineExpr i, j;
  bindDims(ctx, i, j);
  Value init = zeros({dim(x, 0)});
  auto width = cast<RankedTensorType>(x.getType()).getDimSize(1);
  Value sum =
      linalg::GenericOp::create(
          b, TypeRange{init.getType()}, ValueRange{x}, ValueRange{init},
          {map2(ctx, {i, j}), map2(ctx, {i})},
          {IteratorType::parallel, IteratorType::reduction},
          [](OpBuilder &nested, Location loc, ValueRange args) {
            Value s = arith::AddFOp::create(nested, loc, args[0], args[1]);
            linalg::YieldOp::create(nested, loc, s);
          })
          .getResult(0);
  Value inverseWidth = constant(1.0 / static_cast<double>(width));
  Value mean = tensor::EmptyOp::create(b, ArrayRef<OpFoldResult>{dim(x, 0)},
                                       b.getF32Type());
  AffineMap id1 = AffineMap::getMultiDimIdentityMap(1, ctx);
  return linalg::GenericOp::create(
             b, TypeRange{mean.getType()}, ValueRange{sum}, ValueRange{mean},
             {id1, id1}, {IteratorType::parallel},
             [&](OpBuilder &nested, Location loc, ValueRange args) {
               Value m = arith::MulFOp::create(nested, loc, args[0],
                                               inverseWidth);
               linalg::YieldOp::create(nested, loc, m);
             })
      .getResult(0);
}

//===----------------------------------------------------------------------===//
// Activations
//===----------------------------------------------------------------------===//

static Value f32(ImplicitLocOpBuilder &e, double v) {
  return arith::ConstantOp::create(e, e.getF32FloatAttr(v));
}

static Value sigmoid(ImplicitLocOpBuilder &e, Value x) {
  Value negExp = math::ExpOp::create(e, arith::NegFOp::create(e, x));
  return arith::DivFOp::create(e, f32(e, 1.0),
                               arith::AddFOp::create(e, f32(e, 1.0), negExp));
}

// gelu_tanh(x) = 0.5 x (1 + tanh(u)), u = sqrt(2/pi) (x + 0.044715 x^3).
static constexpr double kGeluTanhC = 0.7978845608028654;
static constexpr double kGeluTanhA = 0.044715;

static Value geluTanhInner(ImplicitLocOpBuilder &e, Value x) {
  Value x3 = arith::MulFOp::create(e, x, arith::MulFOp::create(e, x, x));
  Value poly =
      arith::AddFOp::create(e, x, arith::MulFOp::create(e, f32(e, kGeluTanhA), x3));
  return math::TanhOp::create(e, arith::MulFOp::create(e, f32(e, kGeluTanhC), poly));
}

static Value applyActivation(ImplicitLocOpBuilder &e, ActivationKind kind,
                             Value x) {
  switch (kind) {
  case ActivationKind::identity:
    return x;
  case ActivationKind::relu:
    return arith::MaximumFOp::create(e, x, f32(e, 0.0));
  case ActivationKind::silu:
    return arith::MulFOp::create(e, x, sigmoid(e, x));
  case ActivationKind::gelu_tanh: {
    Value t = geluTanhInner(e, x);
    Value half = arith::MulFOp::create(e, f32(e, 0.5), x);
    return arith::MulFOp::create(e, half, arith::AddFOp::create(e, f32(e, 1.0), t));
  }
  case ActivationKind::gelu_erf: {
    Value erf = math::ErfOp::create(
        e, arith::MulFOp::create(e, x, f32(e, M_SQRT1_2)));
    Value half = arith::MulFOp::create(e, f32(e, 0.5), x);
    return arith::MulFOp::create(e, half, arith::AddFOp::create(e, f32(e, 1.0), erf));
  }
  }
  llvm_unreachable("unknown activation");
}

static Value applyActivationDerivative(ImplicitLocOpBuilder &e,
                                       ActivationKind kind, Value x) {
  switch (kind) {
  case ActivationKind::identity:
    return f32(e, 1.0);
  case ActivationKind::relu: {
    Value positive =
        arith::CmpFOp::create(e, arith::CmpFPredicate::OGT, x, f32(e, 0.0));
    return arith::SelectOp::create(e, positive, f32(e, 1.0), f32(e, 0.0));
  }
  case ActivationKind::silu: {
    // s + x s (1 - s)
    Value s = sigmoid(e, x);
    Value oneMinusS = arith::SubFOp::create(e, f32(e, 1.0), s);
    Value xs = arith::MulFOp::create(e, x, s);
    return arith::AddFOp::create(e, s, arith::MulFOp::create(e, xs, oneMinusS));
  }
  case ActivationKind::gelu_tanh: {
    // 0.5 (1 + t) + 0.5 x (1 - t^2) c (1 + 3 a x^2)
    Value t = geluTanhInner(e, x);
    Value left = arith::MulFOp::create(
        e, f32(e, 0.5), arith::AddFOp::create(e, f32(e, 1.0), t));
    Value sech2 = arith::SubFOp::create(e, f32(e, 1.0), arith::MulFOp::create(e, t, t));
    Value x2 = arith::MulFOp::create(e, x, x);
    Value du = arith::MulFOp::create(
        e, f32(e, kGeluTanhC),
        arith::AddFOp::create(e, f32(e, 1.0),
                              arith::MulFOp::create(e, f32(e, 3.0 * kGeluTanhA), x2)));
    Value right = arith::MulFOp::create(
        e, arith::MulFOp::create(e, f32(e, 0.5), x), arith::MulFOp::create(e, sech2, du));
    return arith::AddFOp::create(e, left, right);
  }
  case ActivationKind::gelu_erf: {
    // 0.5 (1 + erf(x / sqrt 2)) + x exp(-x^2 / 2) / sqrt(2 pi)
    Value erf = math::ErfOp::create(
        e, arith::MulFOp::create(e, x, f32(e, M_SQRT1_2)));
    Value cdf = arith::MulFOp::create(
        e, f32(e, 0.5), arith::AddFOp::create(e, f32(e, 1.0), erf));
    Value x2 = arith::MulFOp::create(e, x, x);
    Value pdf = arith::MulFOp::create(
        e, f32(e, 0.3989422804014327),
        math::ExpOp::create(e, arith::MulFOp::create(e, f32(e, -0.5), x2)));
    return arith::AddFOp::create(e, cdf, arith::MulFOp::create(e, x, pdf));
  }
  }
  llvm_unreachable("unknown activation");
}

Value RowAlgebra::activation(ActivationKind kind, Value x) {
  if (kind == ActivationKind::identity)
    return x;
  Maps m(b.getContext());
  return elementwise(x, {x}, {m.id},
                     [&](ImplicitLocOpBuilder &e, ValueRange a) {
                       return applyActivation(e, kind, a[0]);
                     });
}

Value RowAlgebra::activationGrad(ActivationKind kind, Value x, Value grad) {
  if (kind == ActivationKind::identity)
    return grad;
  Maps m(b.getContext());
  return elementwise(x, {x, grad}, {m.id, m.id},
                     [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                       return arith::MulFOp::create(
                           e, a[1], applyActivationDerivative(e, kind, a[0]));
                     });
}

//===----------------------------------------------------------------------===//
// LayerNorm
//===----------------------------------------------------------------------===//

RowAlgebra::Standardized RowAlgebra::standardize(Value x, double eps) {
  Maps m(b.getContext());
  Value mean = rowMean(x);
  Value centred = elementwise(
      x, {x, mean}, {m.id, m.token},
      [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        return arith::SubFOp::create(e, a[0], a[1]);
      });
  Value var = rowMean(elementwise(
      x, {centred}, {m.id}, [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        return arith::MulFOp::create(e, a[0], a[0]);
      }));
  // 1 / sqrt(var + eps) per row, as a [r, 1]-broadcast operand.
  Value init = tensor::EmptyOp::create(b, ArrayRef<OpFoldResult>{dim(x, 0)},
                                       b.getF32Type());
  AffineMap id1 = AffineMap::getMultiDimIdentityMap(1, b.getContext());
  Value inverseStd =
      linalg::GenericOp::create(
          b, TypeRange{init.getType()}, ValueRange{var}, ValueRange{init},
          {id1, id1}, {IteratorType::parallel},
          [&](OpBuilder &nested, Location loc, ValueRange args) {
            ImplicitLocOpBuilder e(loc, nested);
            Value inv = math::RsqrtOp::create(
                e, arith::AddFOp::create(e, args[0], f32(e, eps)));
            linalg::YieldOp::create(e, inv);
          })
          .getResult(0);
  return {scaleRows(centred, inverseStd), inverseStd};
}

Value RowAlgebra::layerNorm(Value x, Value weight, Value bias, double eps) {
  Maps m(b.getContext());
  Value xhat = standardize(x, eps).xhat;
  return elementwise(
      x, {xhat, weight, bias}, {m.id, m.feature, m.feature},
      [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        return arith::AddFOp::create(e, arith::MulFOp::create(e, a[0], a[1]),
                                     a[2]);
      });
}

Value RowAlgebra::layerNormGrad(Value x, Value grad, Value weight, double eps) {
  // dx = (gh - mean(gh) - xh * mean(gh * xh)) / sigma, gh = grad * weight.
  Maps m(b.getContext());
  Standardized s = standardize(x, eps);
  Value gh = elementwise(x, {grad, weight}, {m.id, m.feature},
                         [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                           return arith::MulFOp::create(e, a[0], a[1]);
                         });
  Value meanGh = rowMean(gh);
  Value meanGhXhat = rowMean(
      elementwise(x, {gh, s.xhat}, {m.id, m.id},
                  [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
                    return arith::MulFOp::create(e, a[0], a[1]);
                  }));
  return elementwise(
      x, {gh, meanGh, s.xhat, meanGhXhat, s.inverseStd},
      {m.id, m.token, m.id, m.token, m.token},
      [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        Value centredGrad = arith::SubFOp::create(e, a[0], a[1]);
        Value correction = arith::MulFOp::create(e, a[2], a[3]);
        return arith::MulFOp::create(
            e, arith::SubFOp::create(e, centredGrad, correction), a[4]);
      });
}

//===----------------------------------------------------------------------===//
// Weight normalisation (normalize_weights)
//===----------------------------------------------------------------------===//

Value RowAlgebra::columnNorms(Value x) {
  Maps m(b.getContext());
  Value sums = sumRows(
      elementwise(x, {x}, {m.id}, [](ImplicitLocOpBuilder &e, ValueRange a) {
        return arith::MulFOp::create(e, a[0], a[0]).getResult();
      }));
  return elementwise(sums, {sums}, {m.id},
                     [](ImplicitLocOpBuilder &e, ValueRange a) {
                       return math::SqrtOp::create(e, a[0]).getResult();
                     });
}

Value RowAlgebra::normalizeColumns(Value updated, Value before) {
  Maps m(b.getContext());
  Value target = columnNorms(before), norm = columnNorms(updated);
  return elementwise(
      updated, {updated, target, norm}, {m.id, m.row, m.row},
      [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        Value ratio = arith::DivFOp::create(
            e, a[1], arith::AddFOp::create(e, a[2], f32(e, kWeightNormEps)));
        return arith::MulFOp::create(e, a[0], ratio);
      });
}

RowAlgebra::NormalizeColumnsGrad
RowAlgebra::normalizeColumnsGrad(Value updated, Value before, Value grad) {
  // out[:, j] = u[:, j] r_j, r_j = m_j / (n_j + eps), n = ||u||, m = ||w||
  // per column; with c_j = <g[:, j], u[:, j]>:
  //   du[:, j] = r_j g[:, j] - c_j m_j / ((n_j + eps)^2 n_j) u[:, j]
  //   dw[:, j] = c_j / ((n_j + eps) m_j) w[:, j]
  // A zero column has no direction; its second term is taken as 0.
  Maps m(b.getContext());
  Value target = columnNorms(before), norm = columnNorms(updated);
  Value c = sumRows(elementwise(
      updated, {grad, updated}, {m.id, m.id},
      [](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        return arith::MulFOp::create(e, a[0], a[1]);
      }));
  auto safeDivide = [](ImplicitLocOpBuilder &e, Value num, Value den,
                       Value norm) -> Value {
    Value positive = arith::CmpFOp::create(e, arith::CmpFPredicate::OGT, norm,
                                           f32(e, 0.0));
    return arith::SelectOp::create(e, positive,
                                   arith::DivFOp::create(e, num, den),
                                   f32(e, 0.0));
  };
  Value dUpdated = elementwise(
      updated, {grad, updated, target, norm, c},
      {m.id, m.id, m.row, m.row, m.row},
      [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        Value shifted = arith::AddFOp::create(e, a[3], f32(e, kWeightNormEps));
        Value ratio = arith::DivFOp::create(e, a[2], shifted);
        Value radial = safeDivide(
            e, arith::MulFOp::create(e, a[4], ratio),
            arith::MulFOp::create(e, shifted, a[3]), a[3]);
        return arith::SubFOp::create(e, arith::MulFOp::create(e, a[0], ratio),
                                     arith::MulFOp::create(e, a[1], radial));
      });
  Value dBefore = elementwise(
      before, {before, target, norm, c}, {m.id, m.row, m.row, m.row},
      [&](ImplicitLocOpBuilder &e, ValueRange a) -> Value {
        Value shifted = arith::AddFOp::create(e, a[2], f32(e, kWeightNormEps));
        return arith::MulFOp::create(
            e, a[0],
            safeDivide(e, a[3], arith::MulFOp::create(e, shifted, a[1]), a[1]));
      });
  return {dUpdated, dBefore};
}

//===----------------------------------------------------------------------===//
// Evaluation of a block of ttt ops
//===----------------------------------------------------------------------===//

SmallVector<Value>
mlir::ttt::evaluateRows(RowAlgebra &rows, Block &block, ValueRange arguments,
                        const ParameterMap &parameters,
                        function_ref<Value(LinearOp, Value)> linear) {
  IRMapping values;
  values.map(block.getArguments(), arguments);
  auto param = [&](StringRef name) {
    Value v = parameters.lookup(name);
    assert(v && "every parameter of the model is bound");
    return v;
  };
  for (Operation &op : block.without_terminator()) {
    auto in = [&](unsigned i) { return values.lookup(op.getOperand(i)); };
    Value result =
        llvm::TypeSwitch<Operation *, Value>(&op)
            .Case([&](LinearOp o) { return linear(o, in(0)); })
            .Case([&](ActivationOp o) {
              return rows.activation(o.getKind(), in(0));
            })
            .Case([&](LayerNormOp o) {
              return rows.layerNorm(in(0), param(o.getWeight()),
                                    param(o.getBias()),
                                    o.getEps().convertToDouble());
            })
            .Case([&](AddOp) { return rows.add(in(0), in(1)); })
            .Case([&](MulOp) { return rows.mul(in(0), in(1)); })
            .Case([&](LossGradOp) { return rows.sub(in(0), in(1)); })
            .Case([&](DotLossGradOp) { return rows.neg(in(0)); })
            .Case([&](ActivationGradOp o) {
              return rows.activationGrad(o.getKind(), in(0), in(1));
            })
            .Case([&](LayerNormGradOp o) {
              return rows.layerNormGrad(in(0), in(1), param(o.getWeight()),
                                        o.getEps().convertToDouble());
            })
            .Case([&](LinearInputGradOp o) {
              return rows.matmulTransposeB(in(0), param(o.getWeight()));
            });
    values.map(op.getResult(0), result);
  }
  return llvm::map_to_vector(block.getTerminator()->getOperands(),
                             [&](Value v) { return values.lookup(v); });
}
