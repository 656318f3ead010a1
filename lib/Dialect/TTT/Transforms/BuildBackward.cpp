//===- BuildBackward.cpp - the ttt-build-backward pass --------------------===//
//
// The backward kernel of a layer (docs/Backward.md, step 3): the
// vector-Jacobian product of its prefill as a reverse sweep over the
// segments of a call, built from the segment `@<layer>_segment` of
// --ttt-extract-dual-form-segment and its VJP `@<layer>_segment_vjp` of
// --ttt-reverse-mode. Nothing here depends on the inner model: the
// segment functions carry it.
//
// Segment k of a call of T tokens entered at position p covers the tokens
// [start_k, start_k + len_k) at mini-batch positions [off_k, off_k + len_k):
//   k = 0: start 0, len min(b - p, T), off p, entered with the call's sums;
//   k > 0: start len_0 + (k-1) b, len min(b, T - start), off 0, zero sums
// (a segment that does not end its mini-batch is the call's last, so every
// later one starts one). A segment that reaches position b commits:
// theta' = theta - ts[b-1] S'. The forward sweep stores theta entering every
// segment in the scratch tensor (at most T / b + 2 segments); the reverse
// sweep walks them backward, applying the commit's VJP and the segment's.
// Where the commit can be undone (findRebuiltState), the reverse sweep
// rebuilds theta instead, theta = theta' + ts[b-1] S', from the state
// leaving the call, and the scratch keeps only the rest of theta per segment.
//
// With decay (Semantics section 10) a segment also takes its decays and the
// decay product A it enters with (the call's for k = 0, 1 for a later one,
// which starts a mini-batch) and returns A'; the commit is
// theta' = A' theta - ts[b-1] S', A'' = 1, so its VJP scales d theta by A'
// and gives dA' = <theta, d theta'>.
//
// With `normalize_weights` a commit rescales each weight's columns to their
// norms in theta (RowAlgebra::normalizeColumns), and its VJP goes through
// that rescaling (RowAlgebra::normalizeColumnsGrad).
//
//===----------------------------------------------------------------------===//

#include "LayerLowering.h"
#include "ttt/Dialect/TTT/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTBUILDBACKWARD
#include "ttt/Dialect/TTT/Transforms/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

static constexpr StringLiteral kEntryPoint = "ttt.entry_point";

namespace {

/// The functions of ttt-reverse-mode that the sweeps call (Tape.h): the
/// forward sweep runs @<layer>_segment_taped and keeps its residuals, the
/// reverse sweep gets the segment's results back from them
/// (@<layer>_segment_from_tape) and runs @<layer>_segment_taped_vjp.
struct SegmentFunctions {
  func::FuncOp taped, fromTape, tapedVjp;
  /// Per parameter of theta, whether the reverse sweep rebuilds it from the
  /// state leaving the segment rather than reading it from the tape
  /// (findRebuiltState).
  SmallVector<bool> rebuilt;

  unsigned numResults() const { return func::FuncOp(fromTape).getNumResults(); }
  /// Floats of theta's parameter `i` (the segment's argument `i`).
  int64_t stateFloats(unsigned i) const {
    return cast<RankedTensorType>(func::FuncOp(fromTape).getArgumentTypes()[i])
        .getNumElements();
  }
  TypeRange residualTypes() const {
    return func::FuncOp(taped).getResultTypes().drop_front(numResults());
  }
  /// Floats of the slot of each residual: its dynamic size (the segment's
  /// rows) at most a mini-batch.
  SmallVector<int64_t> tapeSlotSizes(int64_t miniBatch) const {
    return llvm::map_to_vector(residualTypes(), [&](Type t) {
      int64_t size = 1;
      for (int64_t d : cast<RankedTensorType>(t).getShape())
        size *= ShapedType::isDynamic(d) ? miniBatch : d;
      return size;
    });
  }
  /// A segment's row of the tape: the parameters of theta entering it that
  /// are not rebuilt (an offset each, none for a rebuilt one), then its
  /// residuals' slots.
  struct RowLayout {
    SmallVector<std::optional<int64_t>> stateOffsets;
    SmallVector<int64_t> residualOffsets;
    int64_t width = 0;
  };
  RowLayout rowLayout(int64_t miniBatch) const {
    RowLayout row;
    for (auto [i, isRebuilt] : llvm::enumerate(rebuilt)) {
      row.stateOffsets.push_back(isRebuilt ? std::nullopt
                                           : std::optional(row.width));
      if (!isRebuilt)
        row.width += stateFloats(i);
    }
    for (int64_t size : tapeSlotSizes(miniBatch)) {
      row.residualOffsets.push_back(row.width);
      row.width += size;
    }
    return row;
  }
  /// A sequence's tape (KernelSignature.h): the segments' rows, then the
  /// rebuilt parameters of the final theta in rows of their own.
  TapeShape tapeShape(int64_t miniBatch) const {
    TapeShape shape;
    shape.width = rowLayout(miniBatch).width;
    int64_t rebuiltFloats = 0;
    for (auto [i, isRebuilt] : llvm::enumerate(rebuilt))
      if (isRebuilt)
        rebuiltFloats += stateFloats(i);
    shape.finalStateRows = llvm::divideCeil(rebuiltFloats, shape.width);
    return shape;
  }
};

/// Builds one sequence's backward inside the kernel's scf.forall.
class SequenceBackward {
public:
  SequenceBackward(LayerOp layer, ImplicitLocOpBuilder &b,
                   const SegmentFunctions &functions, SequenceInputs &in)
      : layer(layer), b(b), rows(b), functions(functions), in(in),
        numState(in.theta.size()),
        row(functions.rowLayout(layer.getMiniBatch())) {}

  struct Gradients {
    Value xq, xk, xv, tokenScale;
    SmallVector<Value> lrs;   // as SequenceInputs::lrs
    SmallVector<Value> norms; // in the order of `normNames`
    SmallVector<Value> theta, sums;
    Value decay, decayProduct; // with decay only: [T], [1, 1]
    Value scratch;
  };
  /// `scratch` is this sequence's [S, row.width] slice, `zGrad` [T, d]
  /// f32, `thetaGrad` and `sumsGrad` the cotangents of the final state,
  /// `productGrad` that of the final decay product (null without decay).
  /// `tokenDests` are the f32 tensors the per-token gradients are built in:
  /// XQ, XK, XV [T, d], each learning rate's and, with decay, decay's [T].
  /// The segments partition the rows and each writes its own, so they need
  /// no initial value: the kernel's output slices, or empty tensors.
  Gradients run(Value scratch, Value zGrad, ArrayRef<Value> thetaGrad,
                ArrayRef<Value> sumsGrad, Value productGrad,
                ArrayRef<Value> tokenDests, ArrayRef<std::string> normNames) {
    SequenceResults forward = forwardSweep(scratch, Value(), normNames);
    return reverseSweep(forward.tape, forward.theta, zGrad, thetaGrad, sumsGrad,
                        productGrad, tokenDests, normNames);
  }
  /// The backward from the tape `scratch` of the train kernel, which holds
  /// the final theta after the segments (storeFinalState).
  Gradients runFromTape(Value scratch, Value zGrad, ArrayRef<Value> thetaGrad,
                        ArrayRef<Value> sumsGrad, Value productGrad,
                        ArrayRef<Value> tokenDests,
                        ArrayRef<std::string> normNames) {
    return reverseSweep(scratch, loadFinalState(scratch), zGrad, thetaGrad,
                        sumsGrad, productGrad, tokenDests, normNames);
  }

  /// Runs the segments forward, storing every segment's theta and
  /// residuals into `scratch` ([S, width]), returned as the results' tape;
  /// with `zDest` ([T, d] f32, contents undefined) also builds Z there and
  /// returns what the prefill returns (Z, the state leaving the call), else
  /// only the tape and theta.
  SequenceResults forwardSweep(Value scratch, Value zDest,
                               ArrayRef<std::string> normNames);
  /// Stores the rebuilt parameters of `theta`, the state leaving the call,
  /// in the last rows of `scratch`, after the segments' (the train kernel's
  /// tape, for runFromTape).
  Value storeFinalState(Value scratch, ArrayRef<Value> theta);

  /// The reverse sweep over the segments whose theta and residuals
  /// `stored` holds (forwardSweep's), from `finalTheta`, the state leaving
  /// the call (only its rebuilt parameters are read); the other arguments
  /// as run's.
  Gradients reverseSweep(Value stored, ArrayRef<Value> finalTheta, Value zGrad,
                         ArrayRef<Value> thetaGrad, ArrayRef<Value> sumsGrad,
                         Value productGrad, ArrayRef<Value> tokenDests,
                         ArrayRef<std::string> normNames);

private:
  Value index(int64_t v) { return arith::ConstantIndexOp::create(b, v); }
  /// The call's segments and ts[b-1], built once for both sweeps (before
  /// the first).
  const SegmentSchedule &getSchedule() {
    if (!schedule)
      schedule.emplace(b, layer.getMiniBatch(), in.position, in.length);
    return *schedule;
  }
  Value getLastScale() {
    if (!lastScale)
      lastScale = tensor::ExtractOp::create(
          b, in.tokenScale, ValueRange{index(layer.getMiniBatch() - 1)});
    return lastScale;
  }

  /// Where segment k lies, and whether it completes its mini-batch.
  struct Segment : SegmentSchedule::Segment {
    Value commits;
  };
  Segment locate(const SegmentSchedule &schedule, Value k);
  /// The arguments of @<layer>_segment for segment `s` entered with `theta`.
  /// A loop that carries the running sums passes them as `carriedSums`: the
  /// first segment's are then kept (or zeroed) in the carried buffers, not
  /// in new ones that would leave the iteration.
  /// With `gatedSums`, the call's sums as they are: for a caller that
  /// reads the segment's S' not at all and relies on its flag for the rest.
  SmallVector<Value> segmentArgs(const Segment &s, ArrayRef<Value> theta,
                                 ArrayRef<std::string> normNames,
                                 ValueRange carriedSums = {},
                                 Value carriedProduct = {},
                                 bool gatedSums = false);

  /// Stores segment k's `theta` in its row, but for the rebuilt parameters.
  Value storeState(Value scratch, Value k, ArrayRef<Value> theta);
  /// Segment k's theta from its row, null for the rebuilt parameters.
  SmallVector<Value> loadState(Value scratch, Value k);
  /// The rebuilt parameters of the final theta (storeFinalState), null for
  /// the others.
  SmallVector<Value> loadFinalState(Value scratch);
  /// Where the final state's rows start in `scratch`: its last
  /// TapeShape::finalStateRows rows.
  Value finalStateRow(Value scratch);
  /// Segment k's residuals (rank 1 or 2, Tape.h), each flattened into its
  /// slot of row k.
  Value storeTape(Value scratch, Value k, ValueRange residuals);
  /// Segment k's residuals, whose dynamic sizes are its `length`.
  SmallVector<Value> loadTape(Value scratch, Value k, Value length);
  Value addTensors(Value lhs, Value rhs) {
    return addElementwise(b, b.getLoc(), lhs, rhs);
  }
  /// sum_i <a_i, c_i> over pairs of rank-2 tensors, as an f32 scalar.
  Value innerProduct(ArrayRef<Value> a, ArrayRef<Value> c);
  /// X^T G, what a segment adds to the running sums, for a reverse sweep
  /// whose segments take the call's sums as they are (`tapedArgs`, the
  /// segment's flag at `flagIndex`): @<layer>_segment_from_tape entered
  /// with zero sums and a false flag (its query side, unused, folds away).
  SmallVector<Value> addedSums(ArrayRef<Value> tapedArgs, size_t flagIndex);
  /// dts[b-1] = -<S', dtheta'> of segment `s` where it commits, else 0:
  /// S' = `added` (addedSums) plus the call's `sums` in the first segment.
  Value lastScaleGrad(const Segment &s, ArrayRef<Value> added,
                      ArrayRef<Value> sums, ArrayRef<Value> dTheta);
  Value rowsSlice(Value x, Value start, Value length);
  Value vectorSlice(Value x, Value start, Value length);

  LayerOp layer;
  ImplicitLocOpBuilder &b;
  RowAlgebra rows;
  const SegmentFunctions &functions;
  SequenceInputs &in;
  size_t numState;
  SegmentFunctions::RowLayout row;
  std::optional<SegmentSchedule> schedule;
  Value lastScale;
};
} // namespace

Value SequenceBackward::rowsSlice(Value x, Value start, Value length) {
  int64_t width = cast<RankedTensorType>(x.getType()).getDimSize(1);
  auto type =
      RankedTensorType::get({ShapedType::kDynamic, width}, b.getF32Type());
  return tensor::ExtractSliceOp::create(
      b, type, x, ArrayRef<OpFoldResult>{start, b.getIndexAttr(0)},
      ArrayRef<OpFoldResult>{length, b.getIndexAttr(width)},
      ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1)});
}

Value SequenceBackward::vectorSlice(Value x, Value start, Value length) {
  auto type = RankedTensorType::get({ShapedType::kDynamic}, b.getF32Type());
  return tensor::ExtractSliceOp::create(
      b, type, x, ArrayRef<OpFoldResult>{start}, ArrayRef<OpFoldResult>{length},
      ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
}

Value SequenceBackward::innerProduct(ArrayRef<Value> a, ArrayRef<Value> c) {
  auto scalarType = RankedTensorType::get({}, b.getF32Type());
  Value acc = linalg::FillOp::create(
                  b, ValueRange{rows.constant(0.0)},
                  ValueRange{tensor::EmptyOp::create(b, ArrayRef<int64_t>{},
                                                     b.getF32Type())})
                  .getResult(0);
  for (auto [x, y] : llvm::zip(a, c)) {
    MLIRContext *ctx = b.getContext();
    AffineMap id = AffineMap::getMultiDimIdentityMap(2, ctx);
    AffineMap toScalar = AffineMap::get(2, 0, ctx);
    acc = linalg::GenericOp::create(
              b, TypeRange{scalarType}, ValueRange{x, y}, ValueRange{acc},
              ArrayRef<AffineMap>{id, id, toScalar},
              SmallVector<utils::IteratorType>(2,
                                               utils::IteratorType::reduction),
              [](OpBuilder &nested, Location l, ValueRange args) {
                Value prod = arith::MulFOp::create(nested, l, args[0], args[1]);
                linalg::YieldOp::create(
                    nested, l,
                    ValueRange{arith::AddFOp::create(nested, l, args[2], prod)});
              })
              .getResult(0);
  }
  return tensor::ExtractOp::create(b, acc, ValueRange{});
}

SmallVector<Value> SequenceBackward::addedSums(ArrayRef<Value> tapedArgs,
                                               size_t flagIndex) {
  ArrayRef<Value> sums = tapedArgs.slice(numState, numState);
  SmallVector<Value> args(tapedArgs);
  for (size_t i = 0; i < numState; ++i)
    args[numState + i] =
        rows.zeros(tensor::getMixedSizes(b, b.getLoc(), sums[i]));
  args[flagIndex] = arith::ConstantIntOp::create(b, 0, 1);
  auto call = func::CallOp::create(b, functions.fromTape, args);
  return SmallVector<Value>(call.getResults().slice(1, numState));
}

Value SequenceBackward::lastScaleGrad(const Segment &s, ArrayRef<Value> added,
                                      ArrayRef<Value> sums,
                                      ArrayRef<Value> dTheta) {
  auto commit = scf::IfOp::create(b, b.getF32Type(), s.commits,
                                  /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(&commit.getThenRegion().front());
  Value product = innerProduct(added, dTheta);
  auto first = scf::IfOp::create(b, b.getF32Type(), s.first,
                                 /*withElseRegion=*/true);
  {
    OpBuilder::InsertionGuard firstGuard(b);
    b.setInsertionPointToStart(&first.getThenRegion().front());
    Value withSums =
        arith::AddFOp::create(b, product, innerProduct(sums, dTheta));
    scf::YieldOp::create(b, withSums);
    b.setInsertionPointToStart(&first.getElseRegion().front());
    scf::YieldOp::create(b, product);
  }
  scf::YieldOp::create(
      b, arith::NegFOp::create(b, first.getResult(0)).getResult());
  b.setInsertionPointToStart(&commit.getElseRegion().front());
  scf::YieldOp::create(b, rows.constant(0.0));
  return commit.getResult(0);
}

SequenceBackward::Segment
SequenceBackward::locate(const SegmentSchedule &schedule, Value k) {
  SegmentSchedule::Segment at = schedule.locate(b, k);
  Value commits =
      arith::CmpIOp::create(b, arith::CmpIPredicate::eq,
                            arith::AddIOp::create(b, at.position, at.length),
                            index(layer.getMiniBatch()));
  return Segment{at, commits};
}

SmallVector<Value> SequenceBackward::segmentArgs(
    const Segment &s, ArrayRef<Value> theta, ArrayRef<std::string> normNames,
    ValueRange carriedSums, Value carriedProduct, bool gatedSums) {
  SmallVector<Value> args(theta);
  // Only the first segment enters with running sums; the others start a
  // mini-batch.
  if (gatedSums)
    llvm::append_range(args, in.sums);
  else if (carriedSums.empty())
    for (Value sum : in.sums)
      args.push_back(rows.keepIf(s.first, sum));
  else
    for (Value sum : carriedSums)
      args.push_back(rows.keepIfInto(s.first, sum));
  args.push_back(rowsSlice(in.xq, s.start, s.length));
  args.push_back(rowsSlice(in.xk, s.start, s.length));
  args.push_back(rowsSlice(in.xv, s.start, s.length));
  for (Value lr : in.lrs)
    args.push_back(vectorSlice(lr, s.start, s.length));
  args.push_back(vectorSlice(in.tokenScale, s.position, s.length));
  for (const std::string &name : normNames)
    args.push_back(in.norms.lookup(name));
  if (in.decay) {
    // Only the first segment enters inside a mini-batch; the others start
    // one, with the product 1.
    args.push_back(vectorSlice(in.decay, s.start, s.length));
    args.push_back(carriedProduct
                       ? rows.keepIfInto(s.first, carriedProduct, 1.0)
                       : rows.keepIf(s.first, in.decayProduct, 1.0));
  }
  args.push_back(s.first); // the query side reads the sums
  return args;
}

Value SequenceBackward::storeState(Value scratch, Value k,
                                   ArrayRef<Value> theta) {
  for (auto [t, offset] : llvm::zip(theta, row.stateOffsets)) {
    if (!offset)
      continue;
    auto type = cast<RankedTensorType>(t.getType());
    auto flatType =
        RankedTensorType::get({type.getNumElements()}, type.getElementType());
    Value flat = tensor::CollapseShapeOp::create(
        b, flatType, t, ArrayRef<ReassociationIndices>{{0, 1}});
    scratch = tensor::InsertSliceOp::create(
        b, flat, scratch, ArrayRef<OpFoldResult>{k, b.getIndexAttr(*offset)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1),
                               b.getIndexAttr(type.getNumElements())},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1)});
  }
  return scratch;
}

SmallVector<Value> SequenceBackward::loadState(Value scratch, Value k) {
  SmallVector<Value> theta;
  for (auto [t, offset] : llvm::zip(in.theta, row.stateOffsets)) {
    if (!offset) {
      theta.push_back(Value());
      continue;
    }
    auto type = cast<RankedTensorType>(t.getType());
    auto flatType =
        RankedTensorType::get({type.getNumElements()}, type.getElementType());
    Value flat = tensor::ExtractSliceOp::create(
        b, flatType, scratch,
        ArrayRef<OpFoldResult>{k, b.getIndexAttr(*offset)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1),
                               b.getIndexAttr(type.getNumElements())},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1)});
    theta.push_back(tensor::ExpandShapeOp::create(
        b, type, flat, ArrayRef<ReassociationIndices>{{0, 1}}));
  }
  return theta;
}

Value SequenceBackward::finalStateRow(Value scratch) {
  return arith::SubIOp::create(
      b, tensor::DimOp::create(b, scratch, 0),
      index(functions.tapeShape(layer.getMiniBatch()).finalStateRows));
}

Value SequenceBackward::storeFinalState(Value scratch, ArrayRef<Value> theta) {
  TapeShape shape = functions.tapeShape(layer.getMiniBatch());
  if (shape.finalStateRows == 0)
    return scratch;
  // The rows' tail past the parameters is zero, not left undefined.
  Value flat = rows.zeros({b.getIndexAttr(shape.finalStateRows * shape.width)});
  int64_t offset = 0;
  for (auto [i, t] : llvm::enumerate(theta)) {
    if (!functions.rebuilt[i])
      continue;
    Value part = tensor::CollapseShapeOp::create(
        b, t, ArrayRef<ReassociationIndices>{{0, 1}});
    int64_t size = functions.stateFloats(i);
    flat = tensor::InsertSliceOp::create(
        b, part, flat, ArrayRef<OpFoldResult>{b.getIndexAttr(offset)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(size)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
    offset += size;
  }
  Value block = tensor::ExpandShapeOp::create(
      b,
      RankedTensorType::get({shape.finalStateRows, shape.width},
                            b.getF32Type()),
      flat, ArrayRef<ReassociationIndices>{{0, 1}});
  return tensor::InsertSliceOp::create(
      b, block, scratch,
      ArrayRef<OpFoldResult>{finalStateRow(scratch), b.getIndexAttr(0)},
      ArrayRef<OpFoldResult>{b.getIndexAttr(shape.finalStateRows),
                             b.getIndexAttr(shape.width)},
      ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1)});
}

SmallVector<Value> SequenceBackward::loadFinalState(Value scratch) {
  SmallVector<Value> theta(numState);
  TapeShape shape = functions.tapeShape(layer.getMiniBatch());
  if (shape.finalStateRows == 0)
    return theta;
  Value block = tensor::ExtractSliceOp::create(
      b,
      RankedTensorType::get({shape.finalStateRows, shape.width},
                            b.getF32Type()),
      scratch,
      ArrayRef<OpFoldResult>{finalStateRow(scratch), b.getIndexAttr(0)},
      ArrayRef<OpFoldResult>{b.getIndexAttr(shape.finalStateRows),
                             b.getIndexAttr(shape.width)},
      ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1)});
  Value flat = tensor::CollapseShapeOp::create(
      b, block, ArrayRef<ReassociationIndices>{{0, 1}});
  int64_t offset = 0;
  for (auto [i, t] : llvm::enumerate(in.theta)) {
    if (!functions.rebuilt[i])
      continue;
    auto type = cast<RankedTensorType>(t.getType());
    int64_t size = functions.stateFloats(i);
    Value part = tensor::ExtractSliceOp::create(
        b, RankedTensorType::get({size}, b.getF32Type()), flat,
        ArrayRef<OpFoldResult>{b.getIndexAttr(offset)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(size)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
    theta[i] = tensor::ExpandShapeOp::create(
        b, type, part, ArrayRef<ReassociationIndices>{{0, 1}});
    offset += size;
  }
  return theta;
}

Value SequenceBackward::storeTape(Value scratch, Value k,
                                  ValueRange residuals) {
  for (auto [r, offset] : llvm::zip_equal(residuals, row.residualOffsets)) {
    auto type = cast<RankedTensorType>(r.getType());
    Value flat = r;
    if (type.getRank() == 2)
      flat = tensor::CollapseShapeOp::create(
          b, r, ArrayRef<ReassociationIndices>{{0, 1}});
    OpFoldResult size = tensor::getMixedSize(b, b.getLoc(), flat, 0);
    scratch = tensor::InsertSliceOp::create(
        b, flat, scratch, ArrayRef<OpFoldResult>{k, b.getIndexAttr(offset)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1), size},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1)});
  }
  return scratch;
}

SmallVector<Value> SequenceBackward::loadTape(Value scratch, Value k,
                                              Value length) {
  SmallVector<Value> residuals;
  for (auto [t, offset] :
       llvm::zip_equal(functions.residualTypes(), row.residualOffsets)) {
    auto type = cast<RankedTensorType>(t);
    SmallVector<OpFoldResult> sizes;
    Value flatSize = index(1);
    for (int64_t d : type.getShape()) {
      bool dynamic = ShapedType::isDynamic(d);
      sizes.push_back(dynamic ? OpFoldResult(length) : b.getIndexAttr(d));
      flatSize =
          arith::MulIOp::create(b, flatSize, dynamic ? length : index(d));
    }
    int64_t staticFlat =
        type.hasStaticShape() ? type.getNumElements() : ShapedType::kDynamic;
    auto flatType = RankedTensorType::get({staticFlat}, type.getElementType());
    Value flat = tensor::ExtractSliceOp::create(
        b, flatType, scratch, ArrayRef<OpFoldResult>{k, b.getIndexAttr(offset)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1), OpFoldResult(flatSize)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1)});
    residuals.push_back(
        type.getRank() == 1
            ? flat
            : tensor::ExpandShapeOp::create(
                  b, type, flat, ArrayRef<ReassociationIndices>{{0, 1}}, sizes)
                  .getResult());
  }
  return residuals;
}

SequenceResults
SequenceBackward::forwardSweep(Value scratch, Value zDest,
                               ArrayRef<std::string> normNames) {
  bool decay = static_cast<bool>(in.decay);
  int64_t miniBatch = layer.getMiniBatch();
  Value zero = index(0), one = index(1);
  const SegmentSchedule &schedule = getSchedule();
  Value lastScale = getLastScale();

  // Theta entering every segment goes to the scratch. With Z, the loop
  // also carries Z and the last segment's running sums (and product).
  bool prefill = static_cast<bool>(zDest);
  SmallVector<Value> forwardInit(in.theta);
  if (prefill) {
    llvm::append_range(forwardInit, in.sums);
    if (decay)
      forwardInit.push_back(in.decayProduct);
    forwardInit.push_back(zDest);
  }
  forwardInit.push_back(scratch);
  auto forward = scf::ForOp::create(
      b, zero, schedule.count, one, forwardInit,
      [&](OpBuilder &nested, Location loc, Value k, ValueRange iter) {
        ImplicitLocOpBuilder body(loc, nested);
        SequenceBackward inner(layer, body, functions, in);
        SmallVector<Value> theta(iter.take_front(numState));
        Value stored = inner.storeState(iter.back(), k, theta);
        Segment s = inner.locate(schedule, k);
        // Entering segment k > 0, the carried sums are the previous
        // segment's, which the keep zeroes: it starts a mini-batch.
        ValueRange carriedSums =
            prefill ? iter.slice(numState, numState) : ValueRange();
        Value carriedProduct = prefill && decay ? iter[2 * numState] : Value();
        auto call = func::CallOp::create(body, functions.taped,
                                         inner.segmentArgs(s, theta, normNames,
                                                           carriedSums,
                                                           carriedProduct));
        stored = inner.storeTape(
            stored, k, call.getResults().drop_front(functions.numResults()));
        ValueRange sums = call.getResults().slice(1, numState);
        auto ifOp = scf::IfOp::create(body, ValueRange(theta).getTypes(),
                                      s.commits, /*withElseRegion=*/true);
        {
          OpBuilder::InsertionGuard guard(body);
          body.setInsertionPointToStart(&ifOp.getThenRegion().front());
          // theta' = A' theta - ts[b-1] S' (A' = 1 without decay).
          Value product =
              decay ? tensor::ExtractOp::create(
                          body, call.getResult(functions.numResults() - 1),
                          ValueRange{inner.index(0), inner.index(0)})
                          .getResult()
                    : Value();
          scf::YieldOp::create(body, commitState(layer, inner.rows, theta,
                                                 SmallVector<Value>(sums),
                                                 lastScale, product));
          body.setInsertionPointToStart(&ifOp.getElseRegion().front());
          scf::YieldOp::create(body, theta);
        }
        SmallVector<Value> next(ifOp.getResults());
        if (prefill) {
          // The sums and product as the segment leaves them; the call's
          // last segment's are the call's unless it commits (below).
          llvm::append_range(next, sums);
          if (decay)
            next.push_back(call.getResult(functions.numResults() - 1));
          next.push_back(tensor::InsertSliceOp::create(
              body, call.getResult(0), iter[iter.size() - 2],
              ArrayRef<OpFoldResult>{s.start, body.getIndexAttr(0)},
              tensor::getMixedSizes(body, loc, call.getResult(0)),
              ArrayRef<OpFoldResult>{body.getIndexAttr(1),
                                     body.getIndexAttr(1)}));
        }
        next.push_back(stored);
        scf::YieldOp::create(body, next);
      });
  ValueRange out = forward.getResults();
  SequenceResults result;
  result.tape = out.back();
  result.theta.assign(out.begin(), out.begin() + numState);
  if (!prefill)
    return result;
  // A call that ends a mini-batch leaves zero sums and the product 1.
  Value ends = arith::AndIOp::create(
      b, arith::CmpIOp::create(b, arith::CmpIPredicate::ugt, in.length, zero),
      arith::CmpIOp::create(
          b, arith::CmpIPredicate::eq,
          arith::RemUIOp::create(
              b, arith::AddIOp::create(b, in.position, in.length),
              index(miniBatch)),
          zero));
  Value open =
      arith::XOrIOp::create(b, ends, arith::ConstantIntOp::create(b, 1, 1));
  for (Value sum : out.slice(numState, numState))
    result.sums.push_back(rows.keepIf(open, sum));
  if (decay)
    result.decayProduct = arith::SelectOp::create(
        b, ends, rows.ones({b.getIndexAttr(1), b.getIndexAttr(1)}),
        out[2 * numState]);
  result.z = out[out.size() - 2];
  return result;
}

SequenceBackward::Gradients SequenceBackward::reverseSweep(
    Value stored, ArrayRef<Value> finalTheta, Value zGrad,
    ArrayRef<Value> thetaGrad, ArrayRef<Value> sumsGrad, Value productGrad,
    ArrayRef<Value> tokenDests, ArrayRef<std::string> normNames) {
  bool decay = static_cast<bool>(in.decay);
  int64_t miniBatch = layer.getMiniBatch();
  Value zero = index(0), one = index(1);
  const SegmentSchedule &schedule = getSchedule();
  Value numSegments = schedule.count;
  Value lastScale = getLastScale();

  // Reverse sweep: from the last segment to the first.
  SmallVector<Value> reverseInit(thetaGrad);
  llvm::append_range(reverseInit, sumsGrad);
  size_t numTokenDests = 3 + in.lrs.size();
  llvm::append_range(reverseInit, tokenDests.take_front(numTokenDests));
  reverseInit.push_back(rows.zeros({b.getIndexAttr(miniBatch)})); // ts
  for (const std::string &name : normNames)
    reverseInit.push_back(rows.zeros(
        tensor::getMixedSizes(b, b.getLoc(), in.norms.lookup(name))));
  size_t numNorms = normNames.size();
  SegmentTokenLayout layout(layer);
  if (decay) {
    reverseInit.push_back(tokenDests[numTokenDests]); // decay
    reverseInit.push_back(productGrad);       // the product leaving
  }
  // The rebuilt parameters of theta leaving the segment, last: copies, as
  // the sweep rebuilds each segment's theta in them and the final theta
  // may be the tape, an input.
  size_t rebuiltAt = reverseInit.size();
  for (auto [t, isRebuilt] : llvm::zip_equal(finalTheta, functions.rebuilt))
    if (isRebuilt)
      reverseInit.push_back(rows.copy(t));
  size_t firstToken = 2 * numState;
  auto reverse = scf::ForOp::create(
      b, zero, numSegments, one, reverseInit,
      [&](OpBuilder &nested, Location loc, Value j, ValueRange iter) {
        ImplicitLocOpBuilder body(loc, nested);
        SequenceBackward inner(layer, body, functions, in);
        RowAlgebra &r = inner.rows;
        Value k = arith::SubIOp::create(
            body, arith::SubIOp::create(body, numSegments, j), inner.index(1));
        SmallVector<Value> dTheta(iter.take_front(numState));
        SmallVector<Value> dSums(iter.slice(numState, numState));
        Segment s = inner.locate(schedule, k);
        SmallVector<Value> theta = inner.loadState(stored, k);
        bool normalize = layer.getNormalizeWeights();
        bool directInIf = decay || normalize;
        // The segment's sums S' = S + X^T G and product come from a call of
        // @<layer>_segment_from_tape outside the commit's branch: the
        // segment's VJP recomputes the same cheap ops from the tape, which
        // CSE then shares once both are inlined (only the call's last
        // segment does not commit). Without decay or normalisation only
        // dts[b-1] = -<S', dtheta'> reads S', so that call enters with zero
        // sums, and S' = X^T G + (the first segment's S) goes into the
        // inner product: X^T G is written once, from accumulators that
        // start at zero in registers, and S needs no per-segment copy
        // (zeroed but in the first segment, it was a copy or a fill of
        // every running sum per segment: 64 KB per weight for TTT-MLP).
        // The segment and its VJP read S only under their flag, so they
        // take the call's sums as they are.
        bool sumsForDtsOnly = !directInIf;
        // Theta entering the segment where the tape does not hold it: the
        // commit theta' = theta - ts[b-1] S' undone, S' = X^T G (addedSums,
        // which reads no rebuilt parameter) in a segment after the first,
        // which enters with zero sums; the first enters with the call's.
        SmallVector<Value> residuals = inner.loadTape(stored, k, s.length);
        SmallVector<Value> leaving(iter.drop_front(rebuiltAt)), added;
        if (sumsForDtsOnly) {
          SmallVector<Value> probe(theta);
          auto carried = leaving.begin();
          for (Value &t : probe)
            if (!t)
              t = *carried++;
          SmallVector<Value> probeArgs = inner.segmentArgs(
              s, probe, normNames, {}, {}, /*gatedSums=*/true);
          size_t flagIndex = probeArgs.size() - 1;
          llvm::append_range(probeArgs, residuals);
          added = inner.addedSums(probeArgs, flagIndex);
          Value scale = arith::SelectOp::create(body, s.commits, lastScale,
                                                r.constant(0.0));
          carried = leaving.begin();
          for (auto [i, t] : llvm::enumerate(theta))
            if (!t)
              t = r.axpyOrReplaceInto(*carried++, scale, added[i], s.first,
                                      in.theta[i]);
        }
        SmallVector<Value> args = inner.segmentArgs(
            s, theta, normNames, {}, {}, /*gatedSums=*/sumsForDtsOnly);
        SmallVector<Value> tapedArgs(args);
        llvm::append_range(tapedArgs, residuals);

        // The commit's VJP: theta' = A' theta - ts[b-1] S' and S'' = 0
        // (A'' = 1) give dS' = -ts[b-1] dtheta', dts[b-1] = -<S', dtheta'>,
        // dA' = <theta, dtheta'> and A' dtheta for theta (A' = 1 without
        // decay: dtheta passes through); dS'' and dA'' meet constants.
        // Without a commit, dS', dA' are the carried ones and dtheta passes.
        // With `normalize_weights` a weight's commit is N(U, theta), U =
        // theta - ts[b-1] S': its dtheta' becomes dU through N's VJP, which
        // takes the place of dtheta' above, plus a direct d theta.
        SmallVector<Type> ifTypes(ValueRange(dSums).getTypes());
        if (!sumsForDtsOnly)
          ifTypes.push_back(body.getF32Type());
        if (directInIf)
          llvm::append_range(ifTypes, ValueRange(dTheta).getTypes());
        if (decay)
          ifTypes.push_back(productGrad.getType());
        func::CallOp call;
        if (!sumsForDtsOnly)
          call = func::CallOp::create(body, functions.fromTape, tapedArgs);
        auto ifOp = scf::IfOp::create(body, ifTypes, s.commits,
                                      /*withElseRegion=*/true);
        {
          OpBuilder::InsertionGuard guard(body);
          body.setInsertionPointToStart(&ifOp.getThenRegion().front());
          Value negScale = arith::NegFOp::create(body, lastScale);
          // dU (dtheta' but for a normalised weight) and, with
          // normalisation, the direct d theta (dU + N's d theta).
          SmallVector<Value> dU(dTheta), direct(dTheta);
          if (normalize)
            for (const LinearSlots &slot : getLinearSlots(layer)) {
              unsigned w = slot.weight;
              Value u =
                  r.sub(theta[w], r.scale(call.getResult(1 + w), lastScale));
              RowAlgebra::NormalizeColumnsGrad grad =
                  r.normalizeColumnsGrad(u, theta[w], dTheta[w]);
              dU[w] = grad.updated;
              direct[w] = r.add(grad.updated, grad.before);
            }
          SmallVector<Value> yielded;
          for (Value g : dU)
            yielded.push_back(r.scale(g, negScale));
          if (!sumsForDtsOnly)
            yielded.push_back(arith::NegFOp::create(
                body,
                inner.innerProduct(
                    SmallVector<Value>(call.getResults().slice(1, numState)),
                    dU)));
          if (normalize)
            llvm::append_range(yielded, direct);
          if (decay) {
            Value product = call.getResults().back();
            Value a = tensor::ExtractOp::create(
                body, product, ValueRange{inner.index(0), inner.index(0)});
            // dA before A' dtheta: the CPU pipeline writes the latter over
            // dtheta (ttt-cpu-in-place-loop-state); dA' replaces the
            // carried 1x1 cotangent.
            Value dA = inner.innerProduct(theta, dTheta);
            for (Value g : dTheta)
              yielded.push_back(r.scale(g, a));
            yielded.push_back(tensor::InsertOp::create(
                body, dA, iter.back(),
                ValueRange{inner.index(0), inner.index(0)}));
          }
          scf::YieldOp::create(body, yielded);
          body.setInsertionPointToStart(&ifOp.getElseRegion().front());
          SmallVector<Value> passed(dSums);
          if (!sumsForDtsOnly)
            passed.push_back(r.constant(0.0));
          if (directInIf)
            llvm::append_range(passed, dTheta);
          if (decay)
            passed.push_back(iter.back());
          scf::YieldOp::create(body, passed);
        }
        ValueRange sumsCotangent = ifOp.getResults().take_front(numState);
        Value lastScaleGrad =
            sumsForDtsOnly ? Value() : ifOp.getResult(numState);
        SmallVector<Value> dThetaDirect(dTheta);
        if (directInIf)
          dThetaDirect.assign(
              ifOp.getResults().slice(numState + 1, numState).begin(),
              ifOp.getResults().slice(numState + 1, numState).end());
        Value productCotangent = decay ? ifOp.getResults().back() : Value();

        // The segment's VJP.
        SmallVector<Value> vjpArgs(tapedArgs);
        vjpArgs.push_back(inner.rowsSlice(zGrad, s.start, s.length));
        llvm::append_range(vjpArgs, sumsCotangent);
        if (decay)
          vjpArgs.push_back(productCotangent);
        auto vjp = func::CallOp::create(body, functions.tapedVjp, vjpArgs);
        ValueRange g = vjp.getResults();
        if (sumsForDtsOnly)
          lastScaleGrad = inner.lastScaleGrad(
              s, added, ArrayRef<Value>(tapedArgs).slice(numState, numState),
              dTheta);

        SmallVector<Value> next;
        for (auto [dt, gt] : llvm::zip(dThetaDirect, g.take_front(numState)))
          next.push_back(inner.addTensors(dt, gt));
        llvm::append_range(next, g.slice(numState, numState));
        ValueRange grads = iter.drop_front(firstToken);
        auto insertRows = [&](Value source, Value dest) {
          return tensor::InsertSliceOp::create(
              body, source, dest,
              ArrayRef<OpFoldResult>{s.start, body.getIndexAttr(0)},
              tensor::getMixedSizes(body, loc, source),
              ArrayRef<OpFoldResult>{body.getIndexAttr(1),
                                     body.getIndexAttr(1)});
        };
        // The VJP's gradients of the per-token inputs, in the segment's
        // argument order.
        ValueRange gTokens = g.drop_front(firstToken);
        for (size_t t : {layout.xq, layout.xk, layout.xv})
          next.push_back(insertRows(gTokens[t], grads[t]));
        for (size_t i = 0; i < layout.numLr; ++i)
          next.push_back(tensor::InsertSliceOp::create(
              body, gTokens[layout.lr(i)], grads[layout.lr(i)],
              ArrayRef<OpFoldResult>{s.start}, ArrayRef<OpFoldResult>{s.length},
              ArrayRef<OpFoldResult>{body.getIndexAttr(1)}));
        // Segments share token-scale positions: accumulate.
        Value tsGrad = grads[layout.tokenScale()];
        Value tsPart = inner.vectorSlice(tsGrad, s.position, s.length);
        tsGrad = tensor::InsertSliceOp::create(
            body, inner.addTensors(tsPart, gTokens[layout.tokenScale()]),
            tsGrad, ArrayRef<OpFoldResult>{s.position},
            ArrayRef<OpFoldResult>{s.length},
            ArrayRef<OpFoldResult>{body.getIndexAttr(1)});
        Value last = inner.index(miniBatch - 1);
        Value lastGrad = arith::AddFOp::create(
            body, tensor::ExtractOp::create(body, tsGrad, ValueRange{last}),
            lastScaleGrad);
        next.push_back(
            tensor::InsertOp::create(body, lastGrad, tsGrad, ValueRange{last}));
        for (size_t i = 0; i < numNorms; ++i)
          next.push_back(inner.addTensors(grads[layout.norm(i)],
                                          gTokens[layout.norm(i)]));
        if (decay) {
          // The segment's decays; the product it entered with (the call's
          // for the first segment, the last one processed).
          next.push_back(tensor::InsertSliceOp::create(
              body, gTokens[layout.decay()], grads[layout.decay()],
              ArrayRef<OpFoldResult>{s.start}, ArrayRef<OpFoldResult>{s.length},
              ArrayRef<OpFoldResult>{body.getIndexAttr(1)}));
          next.push_back(gTokens[layout.decayProduct()]);
        }
        for (auto [t, isRebuilt] : llvm::zip_equal(theta, functions.rebuilt))
          if (isRebuilt)
            next.push_back(t);
        scf::YieldOp::create(body, next);
      });

  ValueRange out = reverse.getResults();
  Gradients result;
  result.theta.assign(out.begin(), out.begin() + numState);
  result.sums.assign(out.begin() + numState, out.begin() + 2 * numState);
  ValueRange tokens = out.drop_front(firstToken);
  result.xq = tokens[layout.xq], result.xk = tokens[layout.xk];
  result.xv = tokens[layout.xv];
  for (size_t i = 0; i < layout.numLr; ++i)
    result.lrs.push_back(tokens[layout.lr(i)]);
  result.tokenScale = tokens[layout.tokenScale()];
  for (size_t i = 0; i < numNorms; ++i)
    result.norms.push_back(tokens[layout.norm(i)]);
  if (decay) {
    result.decay = tokens[layout.decay()];
    result.decayProduct = tokens[layout.decayProduct()];
  }
  result.scratch = stored;
  return result;
}

/// Sums `x` [B, H, rest...] over its leading `dims` dimensions.
static Value sumLeading(ImplicitLocOpBuilder &b, Value x, unsigned dims,
                        RankedTensorType resultType,
                        ArrayRef<OpFoldResult> resultSizes) {
  MLIRContext *ctx = b.getContext();
  auto type = cast<RankedTensorType>(x.getType());
  unsigned rank = type.getRank();
  SmallVector<Value> dynamic;
  for (OpFoldResult s : resultSizes)
    if (auto v = dyn_cast<Value>(s))
      dynamic.push_back(v);
  Value init = linalg::FillOp::create(
                   b,
                   ValueRange{arith::ConstantOp::create(
                       b, b.getF32FloatAttr(0.0))},
                   ValueRange{tensor::EmptyOp::create(
                       b, resultType.getShape(), b.getF32Type(), dynamic)})
                   .getResult(0);
  SmallVector<AffineExpr> kept;
  for (unsigned i = dims; i < rank; ++i)
    kept.push_back(getAffineDimExpr(i, ctx));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  for (unsigned i = 0; i < dims; ++i)
    iterators[i] = utils::IteratorType::reduction;
  return linalg::GenericOp::create(
             b, TypeRange{resultType}, ValueRange{x}, ValueRange{init},
             ArrayRef<AffineMap>{AffineMap::getMultiDimIdentityMap(rank, ctx),
                                 AffineMap::get(rank, 0, kept, ctx)},
             iterators,
             [](OpBuilder &nested, Location l, ValueRange args) {
               linalg::YieldOp::create(
                   nested, l,
                   ValueRange{arith::AddFOp::create(nested, l, args[1],
                                                    args[0])});
             })
      .getResult(0);
}

/// Fails with a diagnostic on `layer` if one of the kernels' names is
/// taken, before any is built.
static LogicalResult checkKernelNames(LayerOp layer, bool trainingPair) {
  ModuleOp module = layer->getParentOfType<ModuleOp>();
  SmallVector<StringRef> suffixes = {"_backward"};
  if (trainingPair)
    suffixes.append({"_train", "_backward_from_tape"});
  for (StringRef suffix : suffixes) {
    std::string kernelName = (layer.getSymName() + suffix).str();
    if (Operation *taken = module.lookupSymbol(kernelName)) {
      InFlightDiagnostic diag =
          layer.emitOpError("ttt-build-backward: the kernel name '")
          << kernelName << "' is already a symbol";
      diag.attachNote(taken->getLoc())
          << "'" << kernelName << "' is defined here";
      return diag;
    }
  }
  return success();
}

static SmallVector<std::string> getNormNames(LayerOp layer) {
  SmallVector<std::string> normNames;
  for (LayerNormOp norm : getLayerNormOps(layer)) {
    normNames.push_back(norm.getWeight().str());
    normNames.push_back(norm.getBias().str());
  }
  return normNames;
}

/// Adds `func.func @<layer>_backward` (docs/ArtifactFormat.md, backward
/// kernels): the prefill's inputs and the cotangents of its float results,
/// to the gradients of its float inputs and the scratch tensor. With
/// `fromTape`, `@<layer>_backward_from_tape` instead: the same but for the
/// scratch, which is its last input, the tape of `@<layer>_train`, and
/// only the reverse sweep.
static LogicalResult
buildBackward(LayerOp layer, const SegmentFunctions &functions, bool fromTape) {
  std::string name = layer.getSymName().str();
  std::string kernelName =
      name + (fromTape ? "_backward_from_tape" : "_backward");

  MLIRContext *ctx = layer.getContext();
  Type f32 = Float32Type::get(ctx);
  Type io = layer.getIoElementType();
  constexpr int64_t kDyn = ShapedType::kDynamic;
  TapeShape tape = functions.tapeShape(layer.getMiniBatch());
  KernelTypes kernel = fromTape ? getBackwardFromTapeKernelTypes(layer, tape)
                                : getBackwardKernelTypes(layer, tape);
  int64_t scratchWidth = tape.width;
  OpBuilder builder(layer);
  auto func = func::FuncOp::create(builder, layer.getLoc(), kernelName,
                                   builder.getFunctionType(kernel.inputs,
                                                           kernel.results));
  func->setAttr(kEntryPoint, builder.getStringAttr(kernelName));
  ImplicitLocOpBuilder b(layer.getLoc(), ctx);
  b.setInsertionPointToStart(func.addEntryBlock());
  for (auto [i, arg] : llvm::enumerate(kernel.inputArgs))
    func.setArgAttr(i, KernelArgAttr::getAttrName(), arg);
  for (auto [i, arg] : llvm::enumerate(kernel.resultArgs))
    func.setResultAttr(i, KernelArgAttr::getAttrName(), arg);
  KernelArgs args = findPrefillArgs(func);
  Value zGradArg =
      findKernelArgument(func, ArgRole::z, ArgDirection::cotangent);
  Value tapeArg =
      fromTape ? findKernelArgument(func, ArgRole::tape, ArgDirection::input)
               : Value();
  // The cotangents of the final state: theta, the running sums and
  // decay_product, in the order of args.state.
  SmallVector<BlockArgument> stateGradArgs;
  for (ArgRole role :
       {ArgRole::state, ArgRole::grad_sum, ArgRole::decay_product})
    llvm::append_range(stateGradArgs, findKernelArguments(
                                          func, role, ArgDirection::cotangent));
  size_t numState = args.state.size() / 2;
  size_t numNorms = args.norms.size();

  Value batch = tensor::DimOp::create(b, args.xq, 0);
  Value heads = tensor::DimOp::create(b, args.xq, 1);
  Value length = tensor::DimOp::create(b, args.xq, 2);
  Value position = arith::IndexCastOp::create(
      b, b.getIndexType(), tensor::ExtractOp::create(b, args.position));
  int64_t miniBatch = layer.getMiniBatch();
  Value numSlots = getTapeRows(b, miniBatch, length, tape);

  // Per-sequence partial gradients of the shared inputs, summed after the
  // forall.
  SmallVector<Value> outs;
  for (unsigned t = 0; t < 3; ++t)
    outs.push_back(tensor::EmptyOp::create(
        b, cast<RankedTensorType>(kernel.inputs[t]).getShape(), io,
        ValueRange{batch, heads, length}));
  size_t numLr = args.lrs.size();
  for (size_t i = 0; i < numLr; ++i)
    outs.push_back(tensor::EmptyOp::create(
        b, ArrayRef<int64_t>{kDyn, kDyn, kDyn}, f32,
        ValueRange{batch, heads, length}));
  outs.push_back(tensor::EmptyOp::create(
      b, ArrayRef<int64_t>{kDyn, kDyn, miniBatch}, f32,
      ValueRange{batch, heads}));
  SmallVector<int64_t> normWidths;
  for (Value norm : args.norms) {
    int64_t width = cast<RankedTensorType>(norm.getType()).getDimSize(1);
    normWidths.push_back(width);
    outs.push_back(tensor::EmptyOp::create(
        b, ArrayRef<int64_t>{kDyn, kDyn, width}, f32,
        ValueRange{batch, heads}));
  }
  for (Value state : args.state)
    outs.push_back(tensor::EmptyOp::create(
        b, cast<RankedTensorType>(state.getType()).getShape(), f32,
        ValueRange{batch, heads}));
  bool decay = layer.getDecay();
  if (decay) { // the gradients of decay [B, H, T] and decay_product
    outs.push_back(tensor::EmptyOp::create(
        b, ArrayRef<int64_t>{kDyn, kDyn, kDyn}, f32,
        ValueRange{batch, heads, length}));
    outs.push_back(tensor::EmptyOp::create(
        b, ArrayRef<int64_t>{kDyn, kDyn, 1, 1}, f32, ValueRange{batch, heads}));
  }
  SmallVector<std::string> normNames = getNormNames(layer);
  if (!fromTape)
    outs.push_back(tensor::EmptyOp::create(
        b, ArrayRef<int64_t>{kDyn, kDyn, kDyn, scratchWidth}, f32,
        ValueRange{batch, heads, numSlots}));

  // Where the shared outputs are (in `outs`' order).
  size_t tsAt = 3 + numLr, normsAt = tsAt + 1;
  size_t decayAt = normsAt + numNorms + 2 * numState;
  auto forall = scf::ForallOp::create(
      b, ArrayRef<OpFoldResult>{batch, heads}, outs, std::nullopt,
      [&](OpBuilder &nested, Location loc, ValueRange blockArgs) {
        ImplicitLocOpBuilder body(loc, nested);
        Value n = blockArgs[0], h = blockArgs[1];
        ValueRange shared = blockArgs.drop_front(2);
        SequenceInputs seq =
            sliceSequence(body, layer, args, n, h, length, position);
        constexpr int64_t kD = ShapedType::kDynamic;
        int64_t dim = layer.getDim();
        Value zGrad = convertElements(
            body,
            sliceOf(body, zGradArg, {n, h},
                    {OpFoldResult(length), body.getIndexAttr(dim)},
                    RankedTensorType::get({kD, dim}, io)),
            f32);
        SmallVector<Value> stateGrads;
        for (auto [i, arg] : llvm::enumerate(stateGradArgs)) {
          auto type = cast<RankedTensorType>(arg.getType());
          stateGrads.push_back(sliceOf(
              body, arg, {n, h},
              {body.getIndexAttr(type.getDimSize(2)),
               body.getIndexAttr(type.getDimSize(3))},
              RankedTensorType::get({type.getDimSize(2), type.getDimSize(3)},
                                    f32)));
        }
        Value scratch =
            sliceOf(body, fromTape ? tapeArg : shared.back(), {n, h},
                    {OpFoldResult(numSlots), body.getIndexAttr(scratchWidth)},
                    RankedTensorType::get({kD, scratchWidth}, f32));

        // The per-token gradients are built in the kernel's outputs where
        // those are f32 (always for the learning rates and decay; XQ, XK,
        // XV with f32 I/O), so that they need no T-row temporaries.
        SmallVector<Value> tokenDests;
        auto addTokenDest = [&](Value out, ArrayRef<int64_t> shape) {
          SmallVector<OpFoldResult> sizes = {OpFoldResult(length)};
          if (shape.size() == 2)
            sizes.push_back(body.getIndexAttr(shape[1]));
          auto type = RankedTensorType::get(shape, f32);
          tokenDests.push_back(
              cast<RankedTensorType>(out.getType()).getElementType() == f32
                  ? sliceOf(body, out, {n, h}, sizes, type)
                  : tensor::EmptyOp::create(body, sizes, f32).getResult());
        };
        for (unsigned t = 0; t < 3; ++t)
          addTokenDest(shared[t], {kD, dim});
        for (size_t i = 0; i < numLr; ++i)
          addTokenDest(shared[3 + i], {kD});
        if (decay)
          addTokenDest(shared[decayAt], {kD});

        SequenceBackward backward(layer, body, functions, seq);
        auto sweeps =
            fromTape ? &SequenceBackward::runFromTape : &SequenceBackward::run;
        SequenceBackward::Gradients g = (backward.*sweeps)(
            scratch, zGrad, ArrayRef<Value>(stateGrads).take_front(numState),
            ArrayRef<Value>(stateGrads).slice(numState, numState),
            decay ? stateGrads.back() : Value(), tokenDests, normNames);

        SmallVector<Value> values = {convertElements(body, g.xq, io),
                                     convertElements(body, g.xk, io),
                                     convertElements(body, g.xv, io)};
        llvm::append_range(values, g.lrs);
        values.push_back(g.tokenScale);
        llvm::append_range(values, g.norms);
        llvm::append_range(values, g.theta);
        llvm::append_range(values, g.sums);
        if (decay)
          values.append({g.decay, g.decayProduct});
        if (!fromTape)
          values.push_back(g.scratch);
        auto inParallel = scf::InParallelOp::create(body);
        body.setInsertionPointToStart(inParallel.getBody());
        for (auto [value, dest] : llvm::zip(values, shared))
          insertSequence(body, value, dest, {n, h});
      });

  // In the order of the prefill's float inputs (docs/ArtifactFormat.md):
  // XQ, XK, XV, lr (or the lr.<weight>), [decay], token_scale, the
  // LayerNorm parameters, the state, the running sums, [decay_product]; then
  // the scratch. The forall's results are in `values`' order: token_scale
  // after the learning rates, decay and decay_product after the sums.
  ValueRange r = forall.getResults();
  SmallVector<Value> returned(r.take_front(tsAt));
  if (decay)
    returned.push_back(r[decayAt]);
  // token_scale is shared by every sequence, a LayerNorm parameter by the
  // batch: their gradients are sums.
  returned.push_back(sumLeading(
      b, r[tsAt], 2, cast<RankedTensorType>(args.tokenScale.getType()), {}));
  for (auto [i, width] : llvm::enumerate(normWidths))
    returned.push_back(sumLeading(
        b, r[normsAt + i], 1, RankedTensorType::get({kDyn, width}, f32),
        {OpFoldResult(heads), b.getIndexAttr(width)}));
  llvm::append_range(returned, r.slice(normsAt + numNorms, 2 * numState));
  if (decay)
    returned.push_back(r[decayAt + 1]);
  if (!fromTape)
    returned.push_back(r.back());
  func::ReturnOp::create(b, returned);
  return success();
}

/// Adds `func.func @<layer>_train`: the prefill's arguments and results
/// plus the tape, which the forward sweep of the backward writes as it
/// computes the prefill's results.
static LogicalResult buildTrain(LayerOp layer,
                                const SegmentFunctions &functions) {
  std::string kernelName = (layer.getSymName() + "_train").str();
  SmallVector<std::string> normNames = getNormNames(layer);
  func::FuncOp func = buildSequenceKernel(
      layer, kernelName,
      getTrainKernelTypes(layer, functions.tapeShape(layer.getMiniBatch())),
      [&](ImplicitLocOpBuilder &body, SequenceInputs &seq) {
        SequenceBackward sweep(layer, body, functions, seq);
        SequenceResults results = sweep.forwardSweep(
            seq.tapeDestination, seq.zDestination, normNames);
        results.tape = sweep.storeFinalState(results.tape, results.theta);
        return results;
      });
  func->setAttr(kEntryPoint, StringAttr::get(layer.getContext(), kernelName));
  return success();
}

/// Whether a sum that `fromTape` returns (its results 1 to `numState`)
/// depends on its argument `arg`: an op reached from it reaches its
/// results and, through the regions holding it, theirs.
static bool sumsDependOn(func::FuncOp fromTape, Value arg, unsigned numState) {
  DenseSet<Value> reached = {arg};
  for (bool changed = true; changed;) {
    changed = false;
    fromTape.walk([&](Operation *op) {
      if (llvm::none_of(op->getOperands(),
                        [&](Value v) { return reached.contains(v); }))
        return;
      for (Operation *o = op; o != fromTape; o = o->getParentOp())
        for (Value result : o->getResults())
          changed |= reached.insert(result).second;
    });
  }
  Operation *ret = fromTape.getBody().front().getTerminator();
  return llvm::any_of(ret->getOperands().slice(1, numState),
                      [&](Value v) { return reached.contains(v); });
}

/// Per parameter of theta, whether the reverse sweep rebuilds it rather
/// than read it from the tape: it undoes the segment's commit, theta =
/// theta' + ts[b-1] S', with the S' that it recomputes from the tape
/// (without decay or normalisation, which it would have to invert too).
/// That needs an S' that does not depend on the parameter once the tape's
/// residuals are given: a weight, whose products with the keys are
/// residuals, but not a bias added to them. The tape then holds the rest
/// of theta per segment, and the final theta once (TapeShape): TTT-Linear's
/// 5280 floats per segment became 1184.
static SmallVector<bool> findRebuiltState(LayerOp layer, func::FuncOp fromTape,
                                          unsigned numState) {
  SmallVector<bool> rebuilt(numState, false);
  if (layer.getDecay() || layer.getNormalizeWeights() ||
      fromTape.isExternal() || fromTape.getNumArguments() < numState ||
      fromTape.getNumResults() < numState + 1)
    return rebuilt;
  for (unsigned i = 0; i < numState; ++i)
    rebuilt[i] = !sumsDependOn(fromTape, fromTape.getArgument(i), numState);
  return rebuilt;
}

/// The segment functions of ttt-reverse-mode that `layer`'s kernels call.
static FailureOr<SegmentFunctions> findSegmentFunctions(LayerOp layer) {
  ModuleOp module = layer->getParentOfType<ModuleOp>();
  std::string name = layer.getSymName().str();
  SegmentFunctions functions;
  for (auto [f, suffix] :
       {std::pair(&functions.taped, "_segment_taped"),
        std::pair(&functions.fromTape, "_segment_from_tape"),
        std::pair(&functions.tapedVjp, "_segment_taped_vjp")}) {
    *f = module.lookupSymbol<func::FuncOp>(name + suffix);
    if (!*f)
      return layer.emitOpError("ttt-build-backward: no '@")
             << name << suffix
             << "' to build the backward from (run --ttt-extract-dual-form-"
                "segment and --ttt-reverse-mode first)";
  }
  functions.rebuilt = findRebuiltState(layer, functions.fromTape,
                                       KernelSignature(layer).state.size());
  return functions;
}

namespace {
struct TTTBuildBackwardPass
    : mlir::ttt::impl::TTTBuildBackwardBase<TTTBuildBackwardPass> {
  using Base::Base;
  void runOnOperation() override {
    FailureOr<SmallVector<LayerOp>> layers =
        getTopLevelLayers(getOperation(), getArgument());
    if (failed(layers))
      return signalPassFailure();
    for (LayerOp layer : *layers) {
      FailureOr<SegmentFunctions> functions = findSegmentFunctions(layer);
      if (failed(functions) || failed(checkKernelNames(layer, trainingPair)) ||
          failed(buildBackward(layer, *functions, /*fromTape=*/false)) ||
          (trainingPair &&
           (failed(buildTrain(layer, *functions)) ||
            failed(buildBackward(layer, *functions, /*fromTape=*/true)))))
        return signalPassFailure();
      // The taped segment functions are the backward's now: private, so
      // that they get no entry point and are inlined and dropped. The
      // untaped ones it does not call go now, rather than be copied into
      // every kernel's module first (7% of a twelve-layer compile).
      for (StringRef suffix : {"_segment", "_segment_vjp"})
        if (auto f = getOperation().lookupSymbol<func::FuncOp>(
                (layer.getSymName() + suffix).str()))
          f.erase();
      for (StringRef suffix :
           {"_segment_taped", "_segment_from_tape", "_segment_taped_vjp"})
        if (auto f = getOperation().lookupSymbol<func::FuncOp>(
                (layer.getSymName() + suffix).str()))
          f.setPrivate();
    }
  }
};
} // namespace
