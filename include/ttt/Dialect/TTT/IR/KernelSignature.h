//===- KernelSignature.h - the kernels' arguments ---------------*- C++ -*-===//
//
// The one owner of the prefill and backward kernels' ABI
// (docs/ArtifactFormat.md): the lowering builds each function from it, and
// the artifact's manifest.json and C header are written from it, so the two
// cannot disagree.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_DIALECT_TTT_IR_KERNELSIGNATURE_H
#define TTT_DIALECT_TTT_IR_KERNELSIGNATURE_H

#include "ttt/Dialect/TTT/IR/TTTOps.h"

#include <string>

namespace mlir::ttt {

/// The shapes of one state tensor of the inner model: W [in, out] or
/// c [1, out] per sequence.
struct StateTensor {
  std::string name;
  int64_t rows, cols;
};

/// What a layer's kernels are sized by: its state tensors in model order
/// (per linear layer W, then c if it has a bias) and its LayerNorm
/// parameters (weight, bias per LayerNorm) with their widths.
struct KernelSignature {
  explicit KernelSignature(LayerOp layer);
  SmallVector<StateTensor> state;
  SmallVector<std::string> normParams;
  SmallVector<int64_t> normWidths;
};

/// The per-sequence shape of a backward kernel's scratch and of the training
/// pair's tape: T/b+2 rows, one per segment (docs/Backward.md), of `width`
/// floats (the part of theta entering the segment that the reverse sweep
/// cannot rebuild, then the segment's residuals, Tape.h), then
/// `finalStateRows` rows holding the rest of theta as it leaves the call,
/// from which the reverse sweep rebuilds it segment by segment.
struct TapeShape {
  int64_t width = 0;
  int64_t finalStateRows = 0;
};

/// The tensor types of a layer's prefill kernel, in the argument order of
/// docs/ArtifactFormat.md: inputs XQ, XK, XV, lr (or, with `lr_per_weight`,
/// lr.<weight> per linear layer), decay (with `decay`),
/// token_scale, LayerNorm parameters, state, running sums, decay_product
/// (with `decay`), position; results Z, state, running sums, decay_product,
/// position. Each comes with its description (#ttt.arg), which the
/// lowering attaches to the function it creates.
struct KernelTypes {
  SmallVector<Type> inputs, results;
  SmallVector<KernelArgAttr> inputArgs, resultArgs;
  TapeShape tape; // of the scratch or tape, if the kernel has one
};
KernelTypes getPrefillKernelTypes(LayerOp layer);

/// The tensor types of a layer's backward kernel (docs/Backward.md), with
/// their descriptions: the prefill's inputs, then a `cotangent` per float
/// prefill result (Z.grad, W1.grad, ...); results a `gradient` per float
/// prefill input (XQ.grad, ...), then the scratch (`scratch` `workspace`
/// "scratch" [B, H, T/b+2+finalStateRows, width]). `ttt-build-backward`
/// builds the kernel from it, knowing `tape` from the segment's taped VJP;
/// the manifest writer describes it, and reads the scratch's shape back
/// from the built kernel.
KernelTypes getBackwardKernelTypes(LayerOp layer, TapeShape tape = {});

/// The training pair (docs/Backward.md, "The training pair"): the train
/// kernel is the prefill plus a last result, the tape (`output` `tape`
/// "tape", shaped as the backward's scratch), which the backward from the
/// tape takes as its last input instead of a scratch: its other arguments
/// are the backward's.
KernelTypes getTrainKernelTypes(LayerOp layer, TapeShape tape = {});
KernelTypes getBackwardFromTapeKernelTypes(LayerOp layer, TapeShape tape = {});

} // namespace mlir::ttt

#endif // TTT_DIALECT_TTT_IR_KERNELSIGNATURE_H
