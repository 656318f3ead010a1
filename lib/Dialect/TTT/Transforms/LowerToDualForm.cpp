//===- LowerToDualForm.cpp - the ttt-lower-to-dual-form pass --------------===//
//
// The dual form of docs/Semantics.md section 4, generalised to a mini-batch
// that the call enters at position p with running sums S. For every linear
// layer (W0, c0) of the query-side model, with X, Gz its key-side input and
// output gradient at theta_0 and Gl = lr o Gz:
//
//   Zq  = Xq W0 + c0 - ts o (Xq S_W + S_c + (M o (Xq X^T + 1)) Gl)
//   S_W' = S_W + X^T Gl,  S_c' = S_c + sum_rows Gl
//
// where ts are the token scales of the segment's positions and M the causal
// mask. (M o (A + 1)) Gl is (eta o A) Gz + eta Gz of the semantics with the
// per-row token scale factored out. A mini-batch that completes commits:
// theta_0' = theta_0 - ts[b-1] S', S' = 0, the weights then normalised with
// `normalize_weights`.
//
//===----------------------------------------------------------------------===//

#include "LayerLowering.h"
#include "ttt/Dialect/TTT/Transforms/GradientDerivation.h"
#include "ttt/Dialect/TTT/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTLOWERTODUALFORM
#include "ttt/Dialect/TTT/Transforms/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

namespace {

/// When a segment commits its mini-batch.
enum class Commit { Always, IfComplete, Never };

/// The state threaded through the segments of one sequence.
struct SegmentState {
  Value z;
  SmallVector<Value> theta, sums;
  Value product; // [1, 1] decay product A, or null without decay

  SmallVector<Value> flatten() const {
    SmallVector<Value> all = {z};
    llvm::append_range(all, theta);
    llvm::append_range(all, sums);
    if (product)
      all.push_back(product);
    return all;
  }
  static SegmentState unflatten(ValueRange all, size_t numState) {
    return {all[0], SmallVector<Value>(all.slice(1, numState)),
            SmallVector<Value>(all.slice(1 + numState, numState)),
            all.size() > 1 + 2 * numState ? all.back() : Value()};
  }
};

class DualFormLowering {
public:
  DualFormLowering(LayerOp layer, ImplicitLocOpBuilder &b, SequenceInputs &in,
                   bool sharedPartialSegment = true)
      : layer(layer), b(b), rows(b), in(in), numState(in.theta.size()),
        sharedPartialSegment(sharedPartialSegment) {}

  SequenceResults run();
  /// The whole of `in` as one uncommitted segment with carried sums.
  SequenceResults runSegment() {
    wholeInputs = true;
    SegmentState state{/*z=*/Value(), in.theta, in.sums, in.decayProduct};
    state = segment(state, in.position, index(0), in.length, std::nullopt,
                    /*carriesSums=*/true, Commit::Never);
    return {state.z, state.theta, state.sums, state.product, /*tape=*/Value()};
  }

private:
  // A call's T tokens, entered at position p, form segments: the first is
  // the rest of the mini-batch in progress, len_0 = min(b - p, T) tokens
  // entered with the carried running sums (`headLength`); every later one
  // starts a mini-batch and covers up to b tokens. A whole mini-batch runs
  // in statically shaped b x d code, about twice as fast per token, and
  // commits; a partial one in dynamically shaped code, and commits if it
  // completes. A call entered at p = 0 starts a mini-batch, whose sums are
  // zero (docs/Semantics.md section 5: the kernels rely on it; checking
  // them read every sum, 1.5 MB for 12 TTT-MLP heads, a twentieth of a
  // 16-token call), so its whole first segment takes the static code too.
  // Where the sums live in the outputs and there is no decay (which would
  // scale them), the dynamic code adds the carried sums' term under an i1
  // (`carriesSumsIf`), true for the first segment of a call entered at
  // p > 0 only; otherwise it always adds them.

  /// Every segment in one loop, whose body holds the static code and one
  /// copy of the dynamic code, for the head and the tail alike: a copy of
  /// its own for the tail made the CPU kernel's code half as large again,
  /// and its compile time with it.
  SegmentState segmentLoop(const SegmentState &state,
                           const SegmentSchedule &schedule);
  /// The head (dynamic), a loop of full mini-batches (static), the tail
  /// (dynamic): the GPU kernel's structure, where one loop with both codes
  /// in its body raised register pressure into spills.
  SegmentState headFullTail(SegmentState state, Value headLength);
  /// Whether a segment can carry the sums under an i1 (`carriesSumsIf`
  /// below), so that only the first segment of a call entered at p > 0
  /// computes their term (see above).
  bool canCarrySumsIf() const { return stateInOutputs() && !in.decay; }
  /// An i1: whether the call enters inside a mini-batch (p > 0), the only
  /// case in which its first segment carries running sums.
  Value entersMidBatch() {
    return arith::CmpIOp::create(b, arith::CmpIPredicate::ne, in.position,
                                 index(0));
  }

  /// Processes tokens [start, start + length) at mini-batch positions
  /// [position, position + length). `staticLength` is set for full
  /// mini-batches; `carriesSums` when the running sums may be non-zero.
  /// `carriesSumsIf`, an i1, makes a segment that does not carry them carry
  /// them when it is true; it needs the state in the outputs (the sums are
  /// then every segment's contraction init) and no decay.
  SegmentState segment(const SegmentState &state, Value position, Value start,
                       Value length, std::optional<int64_t> staticLength,
                       bool carriesSums, Commit commit,
                       Value carriesSumsIf = nullptr);
  /// theta_0 - ts[b-1] * sums and zeroed sums: the end of a mini-batch.
  void commitInto(SegmentState &state, ArrayRef<Value> sums);
  /// Whether a segment that starts and commits a mini-batch, entered with
  /// zero sums, commits without building them (see commitWithoutSums).
  bool commitsWithoutSums(bool carriesSums, Commit commit,
                          Value carriesSumsIf) {
    return commit == Commit::Always && !carriesSums && !carriesSumsIf &&
           stateInOutputs() && !in.decay && !layer.getNormalizeWeights();
  }
  /// The commit of a whole mini-batch whose sums are zero:
  /// theta_0' = theta_0 - ts[b-1] X^T Gl, with X^T Gl in a temporary; the
  /// sums in the outputs stay zero.
  void commitWithoutSums(SegmentState &state, ArrayRef<Value> inputs,
                         ArrayRef<Value> grads);
  /// Runs `build` under `scf.if cond`, passing the state through otherwise.
  SegmentState ifThen(Value cond, const SegmentState &state,
                      function_ref<SegmentState()> build) {
    return ifThenElse(cond, state, build, [&] { return state; });
  }
  /// The state that `thenBuild` or `elseBuild` builds, as `cond` says.
  SegmentState ifThenElse(Value cond, const SegmentState &state,
                          function_ref<SegmentState()> thenBuild,
                          function_ref<SegmentState()> elseBuild);

  Value index(int64_t v) { return arith::ConstantIndexOp::create(b, v); }
  /// Whether the state is built in the kernel's outputs (see run()).
  bool stateInOutputs() const { return !in.thetaDestination.empty(); }
  /// `value`, stored in the buffer that holds `destination`. (A tensor
  /// linalg.copy would fold away; materialize_in_destination stays, and
  /// lets eliminate-empty-tensors compute `value` there directly.)
  Value storeInto(Value value, Value destination) {
    return bufferization::MaterializeInDestinationOp::create(b, value,
                                                             destination)
        .getResult();
  }
  Value rowsSlice(Value x, Value start, OpFoldResult length,
                  std::optional<int64_t> staticLength);
  Value vectorSlice(Value x, Value start, OpFoldResult length,
                    std::optional<int64_t> staticLength);

  LayerOp layer;
  ImplicitLocOpBuilder &b;
  RowAlgebra rows;
  SequenceInputs &in;
  size_t numState;
  bool sharedPartialSegment;
  /// Whether the segment takes all of `in` (runSegment): its per-token
  /// inputs are then used whole, not sliced, and its Z is the query side's
  /// output, not inserted into zeros. The backward differentiates that
  /// segment, where each slice's VJP was an insertion into zeros: a fill
  /// and a copy per token gradient and segment.
  bool wholeInputs = false;
};
} // namespace

Value DualFormLowering::rowsSlice(Value x, Value start, OpFoldResult length,
                                  std::optional<int64_t> staticLength) {
  if (wholeInputs)
    return x;
  int64_t width = cast<RankedTensorType>(x.getType()).getDimSize(1);
  auto type = RankedTensorType::get(
      {staticLength.value_or(ShapedType::kDynamic), width}, b.getF32Type());
  return tensor::ExtractSliceOp::create(
      b, type, x, ArrayRef<OpFoldResult>{start, b.getIndexAttr(0)},
      ArrayRef<OpFoldResult>{length, b.getIndexAttr(width)},
      ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1)});
}

Value DualFormLowering::vectorSlice(Value x, Value start, OpFoldResult length,
                                    std::optional<int64_t> staticLength) {
  if (wholeInputs)
    return x;
  auto type = RankedTensorType::get(
      {staticLength.value_or(ShapedType::kDynamic)}, b.getF32Type());
  return tensor::ExtractSliceOp::create(b, type, x,
                                        ArrayRef<OpFoldResult>{start},
                                        ArrayRef<OpFoldResult>{length},
                                        ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
}

void DualFormLowering::commitInto(SegmentState &state, ArrayRef<Value> sums) {
  int64_t miniBatch = layer.getMiniBatch();
  Value lastScale =
      tensor::ExtractOp::create(b, in.tokenScale, ValueRange{index(miniBatch - 1)});
  Value product;
  if (state.product) // theta_0 <- A theta_0 - ts[b-1] S, A <- 1
    product = tensor::ExtractOp::create(b, state.product,
                                        ValueRange{index(0), index(0)});
  SmallVector<Value> committed =
      commitState(layer, rows, state.theta, sums, lastScale, product);
  for (auto [i, sum] : llvm::enumerate(sums)) {
    Value zeroed = rows.zeros(tensor::getMixedSizes(b, b.getLoc(), sum));
    state.theta[i] = stateInOutputs() ? storeInto(committed[i], state.theta[i])
                                      : committed[i];
    state.sums[i] = stateInOutputs() ? storeInto(zeroed, sum) : zeroed;
  }
  if (state.product) {
    Value one = rows.ones({b.getIndexAttr(1), b.getIndexAttr(1)});
    state.product = stateInOutputs() ? storeInto(one, state.product) : one;
  }
}

void DualFormLowering::commitWithoutSums(SegmentState &state,
                                         ArrayRef<Value> inputs,
                                         ArrayRef<Value> grads) {
  Value lastScale = tensor::ExtractOp::create(
      b, in.tokenScale, ValueRange{index(layer.getMiniBatch() - 1)});
  // The sums of this mini-batch alone, in temporaries: subtracting them
  // once keeps theta_0 as accurate as the sums' commit does (adding each
  // token's small step to theta_0 itself made the error 3-4x larger).
  SmallVector<Value> sums(numState);
  for (auto [l, slot] : llvm::enumerate(getLinearSlots(layer))) {
    sums[slot.weight] = rows.matmulTransposeA(inputs[l], grads[l]);
    if (slot.bias)
      sums[*slot.bias] = rows.sumRows(grads[l]);
  }
  SmallVector<Value> committed = commitState(layer, rows, state.theta, sums,
                                             lastScale, /*product=*/Value());
  for (size_t i = 0; i < numState; ++i)
    state.theta[i] = storeInto(committed[i], state.theta[i]);
}

SegmentState
DualFormLowering::ifThenElse(Value cond, const SegmentState &state,
                             function_ref<SegmentState()> thenBuild,
                             function_ref<SegmentState()> elseBuild) {
  auto ifOp = scf::IfOp::create(b, ValueRange(state.flatten()).getTypes(),
                                cond, /*withElseRegion=*/true);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(&ifOp.getThenRegion().front());
    scf::YieldOp::create(b, thenBuild().flatten());
    b.setInsertionPointToStart(&ifOp.getElseRegion().front());
    scf::YieldOp::create(b, elseBuild().flatten());
  }
  return SegmentState::unflatten(ifOp.getResults(), numState);
}

SegmentState DualFormLowering::segment(const SegmentState &state,
                                       Value position, Value start,
                                       Value length,
                                       std::optional<int64_t> staticLength,
                                       bool carriesSums, Commit commit,
                                       Value carriesSumsIf) {
  assert((!carriesSumsIf || (!carriesSums && stateInOutputs() && !in.decay)) &&
         "a conditional carry needs the sums in the outputs and no decay");
  OpFoldResult len = staticLength ? OpFoldResult(b.getIndexAttr(*staticLength))
                                  : OpFoldResult(length);
  Value xq = rowsSlice(in.xq, start, len, staticLength);
  Value xk = rowsSlice(in.xk, start, len, staticLength);
  Value xv = rowsSlice(in.xv, start, len, staticLength);
  SmallVector<Value> lrs = llvm::map_to_vector(in.lrs, [&](Value lr) -> Value {
    return vectorSlice(lr, start, len, staticLength);
  });
  Value tokenScale = vectorSlice(in.tokenScale, position, len, staticLength);

  // Decay (Semantics section 10): L[i] = sum_{j <= i} log alpha_j over the
  // segment, c_i = exp(L[i]); position i sees A_in c_i theta_0 and the
  // running sums decayed by c_i, token j's gradient by exp(L[i] - L[j]).
  Value logDecay, rowDecay, lastLog, carriedDecay;
  if (in.decay) {
    logDecay = rows.cumulativeLogSum(
        vectorSlice(in.decay, start, len, staticLength));
    Value productIn = tensor::ExtractOp::create(
        b, state.product, ValueRange{index(0), index(0)});
    carriedDecay = rows.mapVector(logDecay, [](ImplicitLocOpBuilder &e, Value l) {
      return math::ExpOp::create(e, l).getResult();
    });
    rowDecay = rows.mapVector(carriedDecay,
                              [&](ImplicitLocOpBuilder &e, Value c) -> Value {
                                return arith::MulFOp::create(e, c, productIn);
                              });
    lastLog = tensor::ExtractOp::create(
        b, logDecay, ValueRange{arith::SubIOp::create(b, length, index(1))});
  }

  // Key side, at theta_0: every linear layer's input X and lr o Gz.
  ParameterMap theta0 = bindParameters(layer, state.theta, in.norms);
  SmallVector<Value> keySide = evaluateRows(
      rows, layer.getGradient().front(), {xk, xv}, theta0,
      [&](LinearOp linear, Value x) {
        return applyLinear(rows, linear, x, theta0);
      });
  SmallVector<LinearSlots> slots = getLinearSlots(layer);
  size_t numLinear = slots.size();
  ArrayRef<Value> inputs = ArrayRef<Value>(keySide).take_front(numLinear);
  SmallVector<Value> scaledGrads;
  for (auto [l, gz] : llvm::enumerate(
           ArrayRef<Value>(keySide).drop_front(numLinear)))
    scaledGrads.push_back(rows.scaleRows(gz, learningRateOf(lrs, l)));

  // Query side: every linear layer in dual form. A layer without bias has
  // no bias term: its mask gets no `+ 1` and its state no c. With `after`
  // timing every output sees theta_0: the plain model, no dual-form term.
  UpdateTiming timing = layer.getTiming();
  SmallVector<Value> queryOutputs = evaluateRows(
      rows, layer.getModel().front(), {xq}, theta0,
      [&](LinearOp linear, Value xqIn) {
        if (timing == UpdateTiming::after)
          return applyLinear(rows, linear, xqIn, theta0);
        unsigned l = linearIndex(layer, linear);
        const LinearSlots &slot = slots[l];
        Value attention = rows.matmulTransposeB(xqIn, inputs[l]);
        Value inner = rows.matmul(
            rows.masked(attention, /*causal=*/timing == UpdateTiming::causal,
                        slot.bias.has_value(), logDecay),
            scaledGrads[l]);
        // inner + Xq S (+ the bias sum), decayed: the carried sums' term.
        auto withCarried = [&] {
          Value carried = rows.matmul(xqIn, state.sums[slot.weight]);
          if (slot.bias)
            carried = rows.addRow(carried, state.sums[*slot.bias]);
          if (carriedDecay)
            carried = rows.scaleRows(carried, carriedDecay);
          return rows.add(inner, carried);
        };
        // The query side reads the sums unconditionally, under an i1, or
        // not at all.
        Value readsSumsIf = carriesSums ? in.readsSumsIf : carriesSumsIf;
        if (carriesSums && !readsSumsIf) {
          inner = withCarried();
        } else if (readsSumsIf) {
          auto ifOp = scf::IfOp::create(b, inner.getType(), readsSumsIf,
                                        /*withElseRegion=*/true);
          OpBuilder::InsertionGuard guard(b);
          b.setInsertionPointToStart(&ifOp.getThenRegion().front());
          Value carried;
          if (carriedDecay) {
            carried = withCarried();
          } else {
            // Added into `inner` where it lives, so that both branches
            // yield its buffer: a new tensor from one of them would
            // bufferize to a select between two buffers, hiding from LLVM
            // what every later read aliases.
            carried = rows.matmul(xqIn, state.sums[slot.weight], inner);
            if (slot.bias)
              carried = rows.addRowInto(carried, state.sums[*slot.bias]);
          }
          scf::YieldOp::create(b, carried);
          b.setInsertionPointToStart(&ifOp.getElseRegion().front());
          scf::YieldOp::create(b, inner);
          inner = ifOp.getResult(0);
        }
        Value c0 = slot.bias ? state.theta[*slot.bias] : Value();
        return rows.dualCombine(rows.matmul(xqIn, state.theta[slot.weight]),
                                c0, tokenScale, inner, rowDecay);
      });

  SegmentState next = state;
  if (wholeInputs) {
    next.z = queryOutputs[1];
  } else {
    next.z = tensor::InsertSliceOp::create(
        b, queryOutputs[1], state.z,
        ArrayRef<OpFoldResult>{start, b.getIndexAttr(0)},
        tensor::getMixedSizes(b, b.getLoc(), queryOutputs[1]),
        ArrayRef<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1)});
  }

  // A whole mini-batch entered with zero sums commits without them:
  // building the d x d sums only to zero them after the commit cost a fill
  // and two more passes over them per weight and mini-batch (the fill alone
  // was a tenth of the TTT-Linear prefill).
  if (commitsWithoutSums(carriesSums, commit, carriesSumsIf)) {
    commitWithoutSums(next, inputs, scaledGrads);
    return next;
  }

  // This segment's contribution to the running sums. With decay, the
  // incoming sums decay by c_last = exp(L[r-1]) and token j's gradient by
  // exp(L[r-1] - L[j]); the decay product becomes A_in c_last.
  SmallVector<Value> sums(numState);
  SmallVector<Value> sumGrads(scaledGrads);
  Value lastDecay;
  if (in.decay) {
    Value toLast = rows.mapVector(
        logDecay, [&](ImplicitLocOpBuilder &e, Value l) -> Value {
          return math::ExpOp::create(e, arith::SubFOp::create(e, lastLog, l));
        });
    for (Value &g : sumGrads)
      g = rows.scaleRows(g, toLast);
    lastDecay = math::ExpOp::create(b, lastLog);
    // Decayed where it lives, as the sums below.
    next.product =
        stateInOutputs()
            ? storeInto(rows.scale(state.product, lastDecay), state.product)
            : rows.scaleInto(state.product, lastDecay);
  }
  // The sums this segment adds to. A segment that does not carry sums
  // starts a mini-batch, so the incoming sums are zero (the previous one
  // committed); with the state in the outputs it still adds to them, to
  // update them in place.
  auto incoming = [&](Value sum) -> Value {
    if (!carriesSums)
      return stateInOutputs() ? sum : Value();
    if (!lastDecay)
      return sum;
    // Decayed where it lives, so that the sums stay in their outputs (or,
    // in a segment that a sweep runs, in the buffers it carries).
    return stateInOutputs() ? storeInto(rows.scale(sum, lastDecay), sum)
                            : rows.scaleInto(sum, lastDecay);
  };
  for (auto [l, slot] : llvm::enumerate(slots)) {
    // The incoming sum is the contraction's init: a decode step reads and
    // writes the d x d sum once, with no zero fill and no separate add.
    sums[slot.weight] = rows.matmulTransposeA(
        inputs[l], sumGrads[l], incoming(state.sums[slot.weight]));
    if (slot.bias)
      sums[*slot.bias] =
          rows.sumRows(sumGrads[l], incoming(state.sums[*slot.bias]));
  }
  switch (commit) {
  case Commit::Always:
    commitInto(next, sums);
    return next;
  case Commit::Never:
    next.sums = sums;
    return next;
  case Commit::IfComplete: {
    Value complete = arith::CmpIOp::create(
        b, arith::CmpIPredicate::eq, arith::AddIOp::create(b, position, length),
        index(layer.getMiniBatch()));
    next.sums = sums;
    SegmentState committed = next;
    return ifThen(complete, next, [&] {
      commitInto(committed, sums);
      return committed;
    });
  }
  }
  llvm_unreachable("unknown commit kind");
}

SequenceResults DualFormLowering::run() {
  // The segments write every row of Z.
  Value z = in.zDestination
                ? in.zDestination
                : rows.zeros({in.length, b.getIndexAttr(layer.getDim())});
  SegmentState state{z, in.theta, in.sums, in.decayProduct};
  // The state lives in the kernel's outputs from the start: one copy in,
  // then every segment reads and updates it there (the running sums are
  // the init of their contractions, a commit overwrites theta and zeroes
  // the sums in place), with no final copy out.
  if (stateInOutputs())
    for (size_t i = 0; i < numState; ++i) {
      state.theta[i] = storeInto(in.theta[i], in.thetaDestination[i]);
      state.sums[i] = storeInto(in.sums[i], in.sumsDestination[i]);
    }
  if (stateInOutputs() && state.product)
    state.product = storeInto(state.product, in.productDestination);

  SegmentSchedule schedule(b, layer.getMiniBatch(), in.position, in.length);
  state = sharedPartialSegment ? segmentLoop(state, schedule)
                               : headFullTail(state, schedule.headLength);
  return {state.z, state.theta, state.sums, state.product, /*tape=*/Value()};
}

SegmentState DualFormLowering::segmentLoop(const SegmentState &state,
                                           const SegmentSchedule &schedule) {
  int64_t miniBatch = layer.getMiniBatch();
  Value carryFirst = canCarrySumsIf() ? entersMidBatch() : Value();
  auto loop = scf::ForOp::create(
      b, index(0), schedule.count, index(1), state.flatten(),
      [&](OpBuilder &nested, Location loc, Value k, ValueRange iterArgs) {
        ImplicitLocOpBuilder body(loc, nested);
        DualFormLowering inner(layer, body, in);
        SegmentState current = SegmentState::unflatten(iterArgs, numState);
        Value zero = inner.index(0), bMini = inner.index(miniBatch);
        SegmentSchedule::Segment s = schedule.locate(body, k);
        // A first segment that carries sums (p > 0) is never whole.
        Value full = arith::CmpIOp::create(body, arith::CmpIPredicate::eq,
                                           s.length, bMini);
        Value carries = carryFirst
                            ? arith::AndIOp::create(body, carryFirst, s.first)
                            : Value();
        SegmentState next = inner.ifThenElse(
            full, current,
            [&] {
              return inner.segment(current, zero, s.start, bMini, miniBatch,
                                   /*carriesSums=*/false, Commit::Always);
            },
            [&] {
              // Only the first segment of a call entered at p > 0 enters
              // with non-zero sums; where the sums can be added in place,
              // the others skip that matmul.
              return inner.segment(
                  current, s.position, s.start, s.length, std::nullopt,
                  /*carriesSums=*/!carryFirst, Commit::IfComplete, carries);
            });
        scf::YieldOp::create(body, next.flatten());
      });
  return SegmentState::unflatten(loop.getResults(), numState);
}

SegmentState DualFormLowering::headFullTail(SegmentState state,
                                            Value headLength) {
  int64_t miniBatch = layer.getMiniBatch();
  Value b0 = index(0), bMini = index(miniBatch);
  // Head: the rest of the mini-batch in progress, with the carried running
  // sums, unless it is a whole mini-batch (p = 0: zero sums), which the
  // loop of full ones takes.
  Value wholeHead =
      arith::CmpIOp::create(b, arith::CmpIPredicate::eq, headLength, bMini);
  Value hasHead = arith::AndIOp::create(
      b, arith::CmpIOp::create(b, arith::CmpIPredicate::ugt, headLength, b0),
      arith::CmpIOp::create(b, arith::CmpIPredicate::ne, headLength, bMini));
  state = ifThen(hasHead, state, [&] {
    return segment(state, in.position, b0, headLength, std::nullopt,
                   /*carriesSums=*/true, Commit::IfComplete);
  });

  // Full mini-batches: static b x d tiles, committed, zero running sums.
  Value fullStart = arith::SelectOp::create(b, wholeHead, b0, headLength);
  Value rest = arith::SubIOp::create(b, in.length, fullStart);
  Value numFull = arith::DivUIOp::create(b, rest, bMini);
  auto loop = scf::ForOp::create(
      b, b0, numFull, index(1), state.flatten(),
      [&](OpBuilder &nested, Location loc, Value i, ValueRange iterArgs) {
        ImplicitLocOpBuilder body(loc, nested);
        DualFormLowering inner(layer, body, in);
        Value start = arith::AddIOp::create(
            body, fullStart,
            arith::MulIOp::create(body, i, inner.index(miniBatch)));
        SegmentState next =
            inner.segment(SegmentState::unflatten(iterArgs, numState),
                          inner.index(0), start, inner.index(miniBatch),
                          miniBatch, /*carriesSums=*/false, Commit::Always);
        scf::YieldOp::create(body, next.flatten());
      });
  state = SegmentState::unflatten(loop.getResults(), numState);

  // Tail: the last T mod b tokens start a mini-batch that stays in progress.
  Value tailLength = arith::RemUIOp::create(b, rest, bMini);
  Value tailStart = arith::SubIOp::create(b, in.length, tailLength);
  Value hasTail =
      arith::CmpIOp::create(b, arith::CmpIPredicate::ugt, tailLength, b0);
  return ifThen(hasTail, state, [&] {
    return segment(state, b0, tailStart, tailLength, std::nullopt,
                   /*carriesSums=*/false, Commit::Never);
  });
}

SequenceResults mlir::ttt::lowerDualFormSegment(LayerOp layer,
                                                ImplicitLocOpBuilder &b,
                                                SequenceInputs &in) {
  return DualFormLowering(layer, b, in).runSegment();
}

namespace {
struct TTTLowerToDualFormPass
    : mlir::ttt::impl::TTTLowerToDualFormBase<TTTLowerToDualFormPass> {
  using Base::Base;
  void runOnOperation() override {
    FailureOr<SmallVector<LayerOp>> layers =
        getTopLevelLayers(getOperation(), getArgument());
    if (failed(layers))
      return signalPassFailure();
    for (LayerOp layer : *layers) {
      deriveGradients(layer);
      lowerLayerToFunc(
          layer,
          [&](ImplicitLocOpBuilder &b, SequenceInputs &in) {
            return DualFormLowering(layer, b, in, sharedPartialSegment)
                .run();
          },
          /*stateDestinations=*/stateInOutputs);
    }
  }
};
} // namespace
