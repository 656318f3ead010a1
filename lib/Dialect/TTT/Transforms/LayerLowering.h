//===- LayerLowering.h - ttt.layer -> func.func plumbing --------*- C++ -*-===//
//
// What the dual-form and primal lowerings share: the function with the
// kernel signature (ttt/Dialect/TTT/IR/KernelSignature.h, which the manifest
// is written from too), the scf.forall over the (batch, head) sequences,
// slicing the per-sequence inputs and state, and writing the results back.
// Each lowering supplies only what happens inside one sequence.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_LIB_DIALECT_TTT_TRANSFORMS_LAYERLOWERING_H
#define TTT_LIB_DIALECT_TTT_TRANSFORMS_LAYERLOWERING_H

#include "RowAlgebra.h"
#include "ttt/Dialect/TTT/IR/KernelArgs.h"
#include "ttt/Dialect/TTT/IR/KernelSignature.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::ttt {

/// One sequence's inputs, every tensor f32 and `[rows, features]`.
struct SequenceInputs {
  Value xq, xk, xv;      // [T, d]
  // [T] each: one shared by every linear layer, or (`lr_per_weight`) one
  // per linear layer in model order (learningRateOf).
  SmallVector<Value> lrs;
  Value decay;           // [T], or null without `decay`
  Value decayProduct;    // [1, 1], or null without `decay`
  Value tokenScale;      // [b]
  Value length;          // T (index)
  Value position;        // p (index), 0 <= p < b
  // [T, d] f32: where a lowering that writes every row of Z may build it
  // (the kernel's own Z output when the I/O type is f32, so that Z needs no
  // buffer and copy of its own); its contents are undefined.
  Value zDestination;
  // Like zDestination, for the state: the kernel's own state and running-sum
  // outputs for this sequence ([rows, cols] f32, contents undefined), or
  // empty. A lowering that builds its state there writes each state tensor
  // once instead of through a temporary and a final copy.
  SmallVector<Value> thetaDestination, sumsDestination;
  Value productDestination; // [1, 1], with the above and `decay` only
  ParameterMap norms;    // LayerNorm weights and biases, [width]
  // per linear: W [in, out], then c [1, out] if it has a bias (LinearSlots)
  SmallVector<Value> theta, sums;
  // [T/b+2+F, width] f32 (the train kernel's, buildSequenceKernel with a
  // tape result): where the sequence's tape goes, contents undefined.
  Value tapeDestination;
  // lowerDualFormSegment only: an i1, whether the query side reads the
  // incoming running sums (null: it always does). A segment that starts a
  // mini-batch enters with zero sums and skips their matmuls.
  Value readsSumsIf;
};

/// One sequence's outputs.
struct SequenceResults {
  Value z;                         // [T, d] f32
  SmallVector<Value> theta, sums;  // as in SequenceInputs
  Value decayProduct;              // [1, 1], or null without `decay`
  Value tape; // with a tapeDestination (or the backward's forward sweep)
};

/// The prefill kernel's inputs (getPrefillKernelTypes().inputs) by role.
struct KernelArgs {
  Value xq, xk, xv, tokenScale;
  SmallVector<Value> lrs;     // `lr`, or `lr.<weight>` per linear layer
  Value decay;                // [B, H, T], or null without `decay`
  SmallVector<Value> norms;   // weight, bias per LayerNorm, [H, width]
  SmallVector<Value> state;   // theta, then the running sums, [B, H, rows, cols]
  Value decayProduct;         // [B, H, 1, 1], or null without `decay`
  Value position;             // tensor<i64>
};
/// The prefill inputs among `func`'s arguments, found by the role of their
/// `ttt.arg` (#ttt.arg); arguments with another description or none (a
/// backward kernel's cotangents) are not among them.
KernelArgs findPrefillArgs(FunctionOpInterface func);

/// The inputs of sequence (n, h): tokens converted to f32, the head's
/// LayerNorm parameters, the sequence's state.
SequenceInputs sliceSequence(ImplicitLocOpBuilder &body, LayerOp layer,
                             const KernelArgs &args, Value n, Value h,
                             Value length, Value position);

/// `tensor.parallel_insert_slice` of `source` (one sequence's or head's
/// tensor) into `dest` at [prefix..., 0...]; build it inside
/// `scf.forall.in_parallel`.
void insertSequence(ImplicitLocOpBuilder &body, Value source, Value dest,
                    ArrayRef<Value> prefix);

/// The length of a sequence's head segment, the rest of the mini-batch in
/// progress: min(b - p, T), and at most b. The runtime guarantees p < b; the
/// outer min states that bound in the IR, so that ttt-cpu-workspace gives
/// the head's temporaries b-row workspace slots instead of mallocs.
Value headSegmentLength(ImplicitLocOpBuilder &b, int64_t miniBatch,
                        Value position, Value length);

/// The segments of one sequence's call, `length` tokens entering a
/// mini-batch at `position`: segment 0, the head, is the rest of the
/// mini-batch in progress (`headLength`, headSegmentLength's tokens);
/// segment k > 0 starts at len_0 + (k - 1) b, at position 0, and has b
/// tokens but the last. There are `count` = 1 + ceil((T - len_0) / b), none
/// without tokens. The prefill's segment loop and the backward's two sweeps
/// run over the same segments.
struct SegmentSchedule {
  SegmentSchedule(ImplicitLocOpBuilder &b, int64_t miniBatch, Value position,
                  Value length);

  /// Where segment `k` lies, built with `b` (the loop body's builder).
  struct Segment {
    Value first;    // k == 0
    Value start;    // its first token's row in the call
    Value position; // where it enters its mini-batch: p, or 0 after the head
    Value length;   // its tokens, at most b (a bound the IR states)
  };
  Segment locate(ImplicitLocOpBuilder &b, Value k) const;

  int64_t miniBatch;
  Value position, length, headLength, count;
};

/// Converts the element type of a rank-2 tensor (extf or truncf).
Value convertElements(ImplicitLocOpBuilder &b, Value x, Type to);

/// The slice [prefix..., 0...] of sizes [1..., tail...] of `source`,
/// rank-reduced to `resultType`.
Value sliceOf(ImplicitLocOpBuilder &b, Value source, ArrayRef<Value> prefix,
              ArrayRef<OpFoldResult> tail, RankedTensorType resultType);

using SequenceLowering =
    function_ref<SequenceResults(ImplicitLocOpBuilder &, SequenceInputs &)>;

/// The rows of a sequence's tape or backward scratch of `tape`'s shape:
/// T / b + 2 segments (docs/ArtifactFormat.md), then the final state's.
Value getTapeRows(ImplicitLocOpBuilder &b, int64_t miniBatch, Value length,
                  const TapeShape &tape);

/// Replaces `layer` by `func.func @<layer name>` whose body runs
/// `lowerSequence` for every (batch, head) sequence. With
/// `stateDestinations`, SequenceInputs::thetaDestination, sumsDestination
/// and productDestination are the kernel's state outputs; without, they are
/// empty.
void lowerLayerToFunc(LayerOp layer, SequenceLowering lowerSequence,
                      bool stateDestinations = false);
/// The same as a function `name` of `types` (getPrefillKernelTypes, or
/// getTrainKernelTypes: its tape is SequenceInputs::tapeDestination and
/// SequenceResults::tape), added before `layer`, which it keeps.
func::FuncOp buildSequenceKernel(LayerOp layer, StringRef name,
                                 const KernelTypes &types,
                                 SequenceLowering lowerSequence,
                                 bool stateDestinations = false);

/// Binds the state tensors `theta` (W1, b1, W2, b2, ... in model order,
/// biases only where present) and
/// the LayerNorm parameters by name.
ParameterMap bindParameters(LayerOp layer, ArrayRef<Value> theta,
                            const ParameterMap &norms);

/// The position of `linear` among the layer's linear layers.
unsigned linearIndex(LayerOp layer, LinearOp linear);

/// Where one linear layer's parameters sit in the state lists `theta` and
/// `sums` (model order; a layer without bias has no bias entry).
struct LinearSlots {
  unsigned weight;
  std::optional<unsigned> bias;
};
/// The slots of every linear layer, in model order.
SmallVector<LinearSlots> getLinearSlots(LayerOp layer);

/// `x W + c` (or `x W` without bias) with the linear's parameters in
/// `parameters`.
Value applyLinear(RowAlgebra &rows, LinearOp linear, Value x,
                  const ParameterMap &parameters);

/// Linear layer `l`'s learning rate among `lrs`, a list like
/// SequenceInputs::lrs (one shared, or one per linear layer).
inline Value learningRateOf(ArrayRef<Value> lrs, unsigned l) {
  return lrs.size() == 1 ? lrs.front() : lrs[l];
}

/// The commit at the end of a mini-batch (docs/Semantics.md sections 3, 10):
/// theta' = A theta - lastScale * sums for every state tensor of `theta` (a
/// list like SequenceInputs::theta; `product` A, an f32 scalar, or null for
/// 1), then, with `normalize_weights`, every linear weight rescaled column
/// by column to its norms in `theta`.
SmallVector<Value> commitState(LayerOp layer, RowAlgebra &rows,
                               ArrayRef<Value> theta, ArrayRef<Value> sums,
                               Value lastScale, Value product = {});
/// The weight normalisation alone: every linear weight among `committed`
/// rescaled to the norms of the same weight in `before` (without
/// `normalize_weights`, `committed` is left as it is).
void normalizeCommittedWeights(LayerOp layer, RowAlgebra &rows,
                               MutableArrayRef<Value> committed,
                               ArrayRef<Value> before);

/// Where the per-token inputs sit among the arguments of
/// `@<layer>_segment` (ttt-extract-dual-form-segment), counted from XQ,
/// which follows the state and the running sums: XQ, XK, XV, the learning
/// rates, token_scale, the LayerNorm parameters, then, with `decay`, the
/// decays and the decay product. ttt-build-backward calls the segment and
/// reads its VJP's gradients in the same order.
struct SegmentTokenLayout {
  explicit SegmentTokenLayout(LayerOp layer);
  size_t numLr, numNorms;
  static constexpr size_t xq = 0, xk = 1, xv = 2;
  size_t lr(size_t i) const { return 3 + i; }
  size_t tokenScale() const { return 3 + numLr; }
  size_t norm(size_t i) const { return tokenScale() + 1 + i; }
  size_t decay() const { return norm(numNorms); }
  size_t decayProduct() const { return decay() + 1; }
};

/// The dual form of one uncommitted segment of a mini-batch
/// (LowerToDualForm.cpp): the r tokens `in.xq, in.xk, in.xv, in.lrs`
/// ([r, d], [r]) at mini-batch positions whose token scales are
/// `in.tokenScale` ([r]), entered with `in.theta` and running sums
/// `in.sums`. Returns Z [r, d], `in.theta` unchanged and the running sums
/// after the segment. `in.length` must be r and `in.position` 0.
SequenceResults lowerDualFormSegment(LayerOp layer, ImplicitLocOpBuilder &b,
                                     SequenceInputs &in);

} // namespace mlir::ttt

#endif // TTT_LIB_DIALECT_TTT_TRANSFORMS_LAYERLOWERING_H
