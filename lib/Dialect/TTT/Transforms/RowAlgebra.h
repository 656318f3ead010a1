//===- RowAlgebra.h - inner-model math on tensors of token rows -*- C++ -*-===//
//
// Builds the linalg/tensor/arith/math IR that both lowerings (dual and
// primal form) share: matmuls, row-wise LayerNorm and its backward,
// activations and their derivatives, broadcasts and reductions, on f32
// tensors of shape [rows, width] where `rows` may be dynamic.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_LIB_DIALECT_TTT_TRANSFORMS_ROWALGEBRA_H
#define TTT_LIB_DIALECT_TTT_TRANSFORMS_ROWALGEBRA_H

#include "ttt/Dialect/TTT/IR/TTTOps.h"

#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "llvm/ADT/StringMap.h"

namespace mlir::ttt {

class RowAlgebra {
public:
  explicit RowAlgebra(ImplicitLocOpBuilder &b) : b(b) {}

  /// A zero-filled f32 tensor of the given (mixed static/dynamic) shape.
  Value zeros(ArrayRef<OpFoldResult> shape);
  /// A one-filled f32 tensor.
  Value ones(ArrayRef<OpFoldResult> shape);
  Value constant(double value);
  OpFoldResult dim(Value tensor, int64_t index);

  /// a [m, k] x b [k, n] -> [m, n], added to `accumulator` [m, n] when
  /// given (as for matmulTransposeA).
  Value matmul(Value lhs, Value rhs, Value accumulator = {});
  /// a [m, k] x b[n, k]^T -> [m, n].
  Value matmulTransposeB(Value lhs, Value rhs);
  /// a[k, m]^T x b [k, n] -> [m, n], added to `accumulator` [m, n] when
  /// given (the contraction's init, so no zero fill and no separate add).
  Value matmulTransposeA(Value lhs, Value rhs, Value accumulator = {});

  Value add(Value lhs, Value rhs);
  Value sub(Value lhs, Value rhs);
  /// -x, elementwise.
  Value neg(Value x);
  /// The elementwise product.
  Value mul(Value lhs, Value rhs);
  /// x [r, n] + row [1, n], broadcast over the rows.
  Value addRow(Value x, Value row);
  /// The same, with x as the init: written over x once bufferized.
  Value addRowInto(Value x, Value row);
  /// x [r, n] * s [r]: scales row i by s[i].
  Value scaleRows(Value x, Value scale);
  /// x [m, n] * s (a 0-d f32 value).
  Value scale(Value x, Value scalar);
  /// The same, with x as the init: written over x once bufferized.
  Value scaleInto(Value x, Value scalar);
  /// x [m, n] where `condition` (i1) holds, else zeros (or `otherwise`
  /// everywhere): a new tensor, not a
  /// select between two, which would bufferize to a select of buffers
  /// whose layouts differ (fully dynamic strides that no vector load can
  /// read).
  Value keepIf(Value condition, Value x, double otherwise = 0.0);
  /// The same with `otherwise` for the zeros, and x as the init: written
  /// over x once bufferized (a loop-carried x then stays in its buffer).
  Value keepIfInto(Value condition, Value x, double otherwise = 0.0);
  /// x in a new tensor.
  Value copy(Value x);
  /// `replacement` where `condition` (i1) holds, else x + s y (s a 0-d f32
  /// value), with x as the init: written over x once bufferized.
  Value axpyOrReplaceInto(Value x, Value s, Value y, Value condition,
                          Value replacement);
  /// x [r, n] -> [1, n], the sum over the rows, added to `accumulator`
  /// [1, n] when given (as for matmulTransposeA).
  Value sumRows(Value x, Value accumulator = {});
  /// mask(A)[i, j] = A[i, j] (+ 1 when `plusOne`: a linear layer's bias
  /// term), times exp(L[i] - L[j]) when `logDecay` L is given, where
  /// position i sees token j, else 0: j <= i when `causal`, every j
  /// otherwise.
  Value masked(Value a, bool causal, bool plusOne, Value logDecay = {});
  /// rowScale[i] (xq W0 + c0) - ts[i] * inner[i, :], fused in one
  /// elementwise op; `c0` may be null (a linear layer without bias),
  /// `rowScale` too (then 1).
  Value dualCombine(Value xqW0, Value c0, Value tokenScale, Value inner,
                    Value rowScale = {});
  /// L[i] = sum_{j <= i} log(alpha[j]) of a vector alpha [r].
  Value cumulativeLogSum(Value alpha);
  /// fn applied to every element of a vector [r].
  Value mapVector(Value v,
                  function_ref<Value(ImplicitLocOpBuilder &, Value)> fn);

  Value activation(ActivationKind kind, Value x);
  Value activationGrad(ActivationKind kind, Value x, Value grad);
  /// weight [n] and bias [n]: this sequence's head's LayerNorm parameters.
  Value layerNorm(Value x, Value weight, Value bias, double eps);
  Value layerNormGrad(Value x, Value grad, Value weight, double eps);

  /// The epsilon of `normalize_weights` (docs/Semantics.md section 10).
  static constexpr double kWeightNormEps = 1e-5;
  /// ||x[:, j]|| of x [r, n] -> [1, n].
  Value columnNorms(Value x);
  /// updated [r, n] with column j rescaled to the norm of before[:, j]:
  /// updated[:, j] * ||before[:, j]|| / (||updated[:, j]|| + eps).
  Value normalizeColumns(Value updated, Value before);
  /// The VJP of normalizeColumns for the cotangent `grad` of its result.
  struct NormalizeColumnsGrad {
    Value updated, before;
  };
  NormalizeColumnsGrad normalizeColumnsGrad(Value updated, Value before,
                                            Value grad);

private:
  /// (y - mean) / sqrt(var + eps) per row, and the per-row 1 / sqrt(var + eps).
  struct Standardized {
    Value xhat, inverseStd;
  };
  Standardized standardize(Value x, double eps);
  /// An elementwise linalg.generic over a rank-2 result of `x`'s shape;
  /// `inputs` are indexed by `maps` (identity, row or column broadcasts).
  Value elementwise(Value like, ValueRange inputs, ArrayRef<AffineMap> maps,
                    function_ref<Value(ImplicitLocOpBuilder &, ValueRange)> fn);
  /// The same with `x` as the init (the identity map), written over x once
  /// bufferized: `fn` gets the inputs' elements, then x's.
  Value
  elementwiseInto(Value x, ValueRange inputs, ArrayRef<AffineMap> maps,
                  function_ref<Value(ImplicitLocOpBuilder &, ValueRange)> fn);
  /// Row-wise mean of x [r, n] -> [r].
  Value rowMean(Value x);
  /// The contraction with these maps into `init`, or into zeros of `shape`.
  Value contract(Value lhs, Value rhs, ArrayRef<AffineMap> maps,
                 ArrayRef<OpFoldResult> shape, Value init = {});

  ImplicitLocOpBuilder &b;
};

/// Parameters of one inner model at one state, by name: linear weights
/// [in, out] and biases [1, out], LayerNorm weights and biases [width].
using ParameterMap = llvm::StringMap<Value>;

/// lhs + rhs for two f32 scalars or two tensors of the same shape and any
/// rank (an elementwise linalg.generic): how gradients are accumulated.
Value addElementwise(OpBuilder &b, Location loc, Value lhs, Value rhs);

/// Evaluates a block of ttt ops (the model or gradient region) on tensors.
/// Linear layers are lowered by `linear` (so the dual and primal forms can
/// each apply their own rule); everything else by the RowAlgebra. Returns the
/// values of the terminator's operands.
SmallVector<Value>
evaluateRows(RowAlgebra &rows, Block &block, ValueRange arguments,
             const ParameterMap &parameters,
             function_ref<Value(LinearOp, Value input)> linear);

} // namespace mlir::ttt

#endif // TTT_LIB_DIALECT_TTT_TRANSFORMS_ROWALGEBRA_H
