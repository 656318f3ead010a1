//===- TTTOps.td - ttt operations --------------------------*- tablegen -*-===//

#ifndef TTT_OPS_TD
#define TTT_OPS_TD

include "ttt/Dialect/TTT/IR/TTTDialect.td"
include "ttt/Dialect/TTT/IR/TTTTypes.td"
include "ttt/Dialect/TTT/IR/TTTAttrs.td"
include "mlir/IR/OpAsmInterface.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"

def TTT_ReturnOp : TTT_Op<"return", [
    Pure, Terminator, HasParent<"LayerOp">]> {
  let summary = "names the loss's prediction and the layer's output";
  let description = [{
    Terminates the inner model. `loss` is the prediction that the
    self-supervised loss compares with the label view `v` (by squared
    distance, or by dot product: the layer's `loss`); `output` is the value
    the layer emits for each query token. Both have the layer's width `d`.

    ```mlir
    ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
    ```
  }];
  let arguments = (ins TTT_TokensType:$loss, TTT_TokensType:$output);
  let assemblyFormat = [{
    `loss` `(` $loss `:` type($loss) `)` `output` `(` $output `:` type($output) `)`
    attr-dict
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Inner-model operations
//===----------------------------------------------------------------------===//

def TTT_LinearOp : TTT_Op<"linear", [Pure, HasParent<"LayerOp">]> {
  let summary = "a linear layer `x W (+ c)` whose parameters are inner state";
  let description = [{
    `y = x W + c` with `W : [in, out]` and `c : [1, out]`, or `y = x W` when
    `bias` is absent (DeltaNet, LaCT). `W` and `c` are the inner model's
    state, updated by test-time training; `weight` and `bias` name them (and
    their running sums `<name>.grad_sum`) in the compiled kernel's arguments.
    A layer without bias has no bias state at all: no argument, no gradient,
    and no `+ 1` bias term in the dual form's attention (Semantics section 4).

    ```mlir
    %y = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<256>
    %s = ttt.linear %x weight "S" : !ttt.tokens<64> -> !ttt.tokens<64>
    ```
  }];
  let arguments = (ins TTT_TokensType:$input, StrAttr:$weight,
                       OptionalAttr<StrAttr>:$bias);
  let results = (outs TTT_TokensType:$result);
  let assemblyFormat = [{
    $input `weight` $weight (`bias` $bias^)? attr-dict `:` type($input) `->` type($result)
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    int64_t getInWidth();
    int64_t getOutWidth();
    bool hasBias() { return getBias().has_value(); }
  }];
}

def TTT_ActivationOp : TTT_Op<"activation", [Pure, HasParent<"LayerOp">, SameOperandsAndResultType]> {
  let summary = "an elementwise activation";
  let description = [{
    One of `identity`, `relu`, `silu`, `gelu_tanh` (the tanh approximation of
    the TTT paper) and `gelu_erf`, applied to every feature. The kind is
    written bare; in the generic form it is the attribute
    `#ttt<activation gelu_tanh>`.

    ```mlir
    %a = ttt.activation gelu_tanh %h : !ttt.tokens<256>
    ```
  }];
  let arguments = (ins TTT_ActivationKindAttr:$kind, TTT_TokensType:$input);
  let results = (outs TTT_TokensType:$result);
  // The stripped enum attribute prints its own leading space; `` drops the
  // one the op printer would add after the mnemonic.
  let assemblyFormat = "`` $kind $input attr-dict `:` type($input)";
}

def TTT_LayerNormOp : TTT_Op<"layer_norm", [Pure, HasParent<"LayerOp">, SameOperandsAndResultType]> {
  let summary = "LayerNorm over a token's features with outer-model affine";
  let description = [{
    `weight * (y - mean(y)) / sqrt(var(y) + eps) + bias`, mean and biased
    variance over the `width` features of one token. `weight` and `bias` are
    outer-model parameters of shape `[H, width]` (kernel inputs, not trained
    by TTT); `eps` is `1e-6` in the language models, `1e-8` in the video
    models.

    ```mlir
    %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<64>
    ```
  }];
  let arguments = (ins TTT_TokensType:$input, StrAttr:$weight, StrAttr:$bias,
                       F64Attr:$eps);
  let results = (outs TTT_TokensType:$result);
  let assemblyFormat = [{
    $input `weight` $weight `bias` $bias `eps` $eps attr-dict `:` type($input)
  }];
  let hasVerifier = 1;
}

def TTT_AddOp : TTT_Op<"add", [Pure, HasParent<"LayerOp">,
    DeclareOpInterfaceMethods<InferTypeOpInterface>]> {
  let summary = "elementwise sum: a residual connection";
  let description = [{
    `lhs + rhs`, feature by feature; both operands have the same width.

    ```mlir
    %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
    ```
  }];
  let arguments = (ins TTT_TokensType:$lhs, TTT_TokensType:$rhs);
  let results = (outs TTT_TokensType:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs)";
  let hasVerifier = 1;
}

def TTT_MulOp : TTT_Op<"mul", [Pure, HasParent<"LayerOp">,
    DeclareOpInterfaceMethods<InferTypeOpInterface>]> {
  let summary = "elementwise product: a gate (SwiGLU's `silu(x W1) * (x W3)`)";
  let description = [{
    `lhs * rhs`, feature by feature; both operands have the same width. Its
    gradient is `grad * rhs` for `lhs` and `grad * lhs` for `rhs` (both at
    the forward values), which `--ttt-derive-gradients` writes with
    `ttt.mul` itself.

    ```mlir
    %g = ttt.mul %a, %b : !ttt.tokens<256>, !ttt.tokens<256>
    ```
  }];
  let arguments = (ins TTT_TokensType:$lhs, TTT_TokensType:$rhs);
  let results = (outs TTT_TokensType:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Backward operations (created by --ttt-derive-gradients)
//===----------------------------------------------------------------------===//

def TTT_LossGradOp : TTT_Op<"loss_grad", [Pure, HasParent<"LayerOp">, SameOperandsAndResultType]> {
  let summary = "gradient of `1/2||prediction - label||^2`: `prediction - label`";
  let description = [{
    The loss gradient of a layer with `loss = mse` (the default), with
    respect to the prediction.
  }];
  let arguments = (ins TTT_TokensType:$prediction, TTT_TokensType:$label);
  let results = (outs TTT_TokensType:$result);
  let assemblyFormat = "$prediction `,` $label attr-dict `:` type($result)";
}

def TTT_DotLossGradOp : TTT_Op<"dot_loss_grad", [Pure, HasParent<"LayerOp">, SameOperandsAndResultType]> {
  let summary = "gradient of `-<prediction, label>`: `-label`";
  let description = [{
    The loss gradient of a layer with `loss = #ttt<loss dot>`, with respect
    to the prediction. It does not depend on the prediction, so it takes
    only the label view.

    ```mlir
    %g = ttt.dot_loss_grad %v : !ttt.tokens<64>
    ```
  }];
  let arguments = (ins TTT_TokensType:$label);
  let results = (outs TTT_TokensType:$result);
  let assemblyFormat = "$label attr-dict `:` type($result)";
}

def TTT_ActivationGradOp : TTT_Op<"activation_grad",
    [Pure, HasParent<"LayerOp">, SameOperandsAndResultType]> {
  let summary = "`grad * activation'(input)`";
  let arguments = (ins TTT_ActivationKindAttr:$kind, TTT_TokensType:$input,
                       TTT_TokensType:$grad);
  let results = (outs TTT_TokensType:$result);
  // See ttt.activation for the ``.
  let assemblyFormat = "`` $kind $input `,` $grad attr-dict `:` type($result)";
}

def TTT_LayerNormGradOp : TTT_Op<"layer_norm_grad",
    [Pure, HasParent<"LayerOp">, SameOperandsAndResultType]> {
  let summary = "gradient of a LayerNorm with respect to its input";
  let description = [{
    With `xh = (y - mean) / sigma`, `sigma = sqrt(var + eps)` and
    `gh = grad * weight`, the input gradient is
    `(gh - mean(gh) - xh * mean(gh * xh)) / sigma` (means over the row).
  }];
  let arguments = (ins TTT_TokensType:$input, TTT_TokensType:$grad,
                       StrAttr:$weight, F64Attr:$eps);
  let results = (outs TTT_TokensType:$result);
  let assemblyFormat = [{
    $input `,` $grad `weight` $weight `eps` $eps attr-dict `:` type($result)
  }];
}

def TTT_LinearInputGradOp : TTT_Op<"linear_input_grad", [Pure, HasParent<"LayerOp">]> {
  let summary = "gradient through a linear layer to its input: `grad W^T`";
  let arguments = (ins TTT_TokensType:$grad, StrAttr:$weight);
  let results = (outs TTT_TokensType:$result);
  let assemblyFormat = [{
    $grad `weight` $weight attr-dict `:` type($grad) `->` type($result)
  }];
}

def TTT_GradientsOp : TTT_Op<"gradients", [AttrSizedOperandSegments,
    Pure, Terminator, HasParent<"LayerOp">]> {
  let summary = "per linear layer: its key-side input and output gradient";
  let description = [{
    Terminates the `gradient` region, whose arguments are the key view `%k` and
    the label view `%v`. For the `i`-th linear layer of the model, in model
    order, `inputs[i]` is its input rows `X` and `output_grads[i]` the loss
    gradient with respect to its output rows `Gz`, both at the mini-batch's
    starting state. The weight gradient is `X^T Gz` and the bias gradient the
    column sum of `Gz`, which is all the dual form needs.

    ```mlir
    ttt.gradients inputs(%k : !ttt.tokens<64>) output_grads(%gz : !ttt.tokens<64>)
    ```
  }];
  let arguments = (ins Variadic<TTT_TokensType>:$inputs,
                       Variadic<TTT_TokensType>:$output_grads);
  let assemblyFormat = [{
    `inputs` `(` $inputs `:` type($inputs) `)`
    `output_grads` `(` $output_grads `:` type($output_grads) `)` attr-dict
  }];
  // Checked against the model's linear layers by the ttt.layer verifier (C8).
}

//===----------------------------------------------------------------------===//
// The layer
//===----------------------------------------------------------------------===//

def TTT_LayerOp : TTT_Op<"layer", [
    Symbol, IsolatedFromAbove, SingleBlock, NoTerminator,
    DeclareOpInterfaceMethods<OpAsmOpInterface, ["getAsmBlockArgumentNames"]>]> {
  let summary = "a Test-Time Training layer: inner model, loss and settings";
  let description = [{
    One TTT layer. The `model` region is the inner model `f` over one token
    row `%x : !ttt.tokens<d>` (`d` is the head dimension); it ends in
    `ttt.return`, which names the value that the self-supervised loss
    reconstructs the label view from and the value the layer outputs:

    - loss of token `t`: `1/2 || loss_value(k_t) - v_t ||^2` (`loss = mse`,
      the default) or `-<loss_value(k_t), v_t>` (`loss = dot`),
    - output of token `t`: `output_value(q_t)` at the state that position sees.

    Settings:
    - `loss` (default `mse`; written `loss = #ttt<loss dot>`): the
      self-supervised loss. `mse` is the TTT paper's reconstruction loss,
      whose gradient with respect to the prediction is `loss_value(k_t) - v_t`;
      `dot` is LaCT's dot-product loss, whose gradient with respect to the
      prediction is `-v_t`, independent of the state (the inner gradient
      still depends on it through the model's backward, e.g. LayerNorm or
      a hidden layer). With `dot` and a linear model `f(x) = x W` the update
      is `W <- W + eta k^T v`: linear attention;
    - `mini_batch` (`1 <= b <= 16384`): tokens per inner gradient step;
    - `timing` (default `causal`; written `timing = #ttt<timing after>`):
      which state the outputs of a mini-batch see. `causal` (the TTT
      paper): position `i` sees the gradients of positions `j <= i`; `all`:
      every position sees every gradient of the mini-batch (the non-causal
      mini-batches of the TTT video models); `after`: every position sees
      the state from before the mini-batch, whose update comes after all
      its outputs (LaCT's large chunks). The commit at the end of a
      mini-batch is the same for all three;
    - `lr_per_weight` (default `false`): one learning rate per linear layer
      (LaCT). The kernel takes an input `lr.<weight> : [B, H, T]` for every
      linear layer, in model order, instead of the shared `lr`; the
      layer with weight `W` steps by `eta[i, j] = token_scale[i] *
      lr.W[j]`;
    - `io_type` (optional, `f32` when absent; `bf16`, `f16`): element type of `XQ, XK, XV`
      and `Z`. The inner state and every reduction are `f32`;
    - `decay` (default `false`): per-token forgetting (Gated DeltaNet,
      Titans). The kernel takes an input `decay : [B, H, T]` of factors
      `alpha_t` in `(0, 1]` and keeps the state `decay_product : [B, H, 1, 1]`
      (the product of the decays of the mini-batch in progress). Position
      `i` of a mini-batch sees `A_i theta_0 - token_scale[i] S_i` with
      `A_i = alpha_i A_{i-1}` and `S_i = alpha_i S_{i-1} + lr_i G_i`, every
      gradient still at `theta_0` (Semantics section 10);
    - `normalize_weights` (default `false`): LaCT's weight normalisation.
      Every commit rescales each column `j` (one output unit) of every
      linear weight `W : [in, out]` to the norm it had before the update:
      `W'[:, j] = W_new[:, j] * ||W_0[:, j]|| / (||W_new[:, j]|| + 1e-5)`.
      Biases and LayerNorm parameters are not normalised. The norms are the
      state's own, so chunked prefill and decode need no extra state
      (Semantics section 10).

    The `gradient` region is absent from a user's spec; `--ttt-derive-gradients`
    adds it with the backward of the loss (see `ttt.gradients`).

    Example (the paper's TTT-Linear, `f(x) = x + LN(x W1 + b1)`):

    ```mlir
    ttt.layer @ttt_linear attributes {mini_batch = 16 : i64} {
    ^bb0(%x: !ttt.tokens<64>):
      %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<64> -> !ttt.tokens<64>
      %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<64>
      %f = ttt.add %x, %n : !ttt.tokens<64>, !ttt.tokens<64>
      ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
    }
    ```

    Constraints (checked by the verifier):
    - (C1) `1 <= mini_batch <= 16384` (2^14; with token widths at most 2^14
      too, every per-(batch, head) buffer holds at most 2^28 elements, so its
      element count and byte offsets fit int32 on the GPU);
    - (C2) `io_type` is `f32`, `bf16` or `f16`; `decay` needs `causal`
      timing and excludes `normalize_weights` (the normalisation would undo
      the decay of the weights but not of the biases);
    - (C3) the model has exactly one argument, of type `!ttt.tokens<d>`;
    - (C4) every parameter name (linear weights and biases where present, LayerNorm
      weights and biases) is a C identifier (`[A-Za-z_][A-Za-z0-9_]*`: it
      becomes a manifest entry, a C header name and an output file name), is
      used once, and is none of the layer's fixed
      argument names (`XQ, XK, XV, lr, token_scale, Z, position, decay,
      decay_product`);
    - (C5) every linear layer influences the loss (otherwise it would never be
      trained and its dual form is undefined);
    - (C6) the `gradient` region, when present, takes the key and label views
      `%k` and `%v` (two arguments of the model argument's type), holds only
      the inner-model ops and `ttt.loss_grad` (only when `loss = mse`),
      `ttt.dot_loss_grad` (only when `loss = dot`), `ttt.activation_grad`,
      `ttt.layer_norm_grad` and `ttt.linear_input_grad`, and ends in
      `ttt.gradients`;
    - (C7) every parameter the gradient region names is the model's:
      `ttt.linear` and `ttt.linear_input_grad` name a linear layer of the
      model by its weight, `ttt.layer_norm` and `ttt.layer_norm_grad` a
      LayerNorm; a `ttt.linear` or `ttt.layer_norm` names its bias too (a
      `ttt.linear` has a bias exactly when the model's has), and the widths (and a LayerNorm's `eps`) are the model op's;
    - (C8) `ttt.gradients` lists one input and one output gradient per linear
      layer of the model, in model order, of that layer's input and output
      widths.
  }];
  let arguments = (ins
    SymbolNameAttr:$sym_name,
    I64Attr:$mini_batch,
    DefaultValuedAttr<TTT_UpdateTimingAttr,
                      "::mlir::ttt::UpdateTiming::causal">:$timing,
    OptionalAttr<TypeAttr>:$io_type,
    DefaultValuedAttr<BoolAttr, "false">:$decay,
    DefaultValuedAttr<BoolAttr, "false">:$lr_per_weight,
    DefaultValuedAttr<BoolAttr, "false">:$normalize_weights,
    DefaultValuedAttr<TTT_LossKindAttr, "::mlir::ttt::LossKind::mse">:$loss);
  let regions = (region SizedRegion<1>:$model, AnyRegion:$gradient);
  let assemblyFormat = [{
    $sym_name attr-dict-with-keyword $model (`gradient` $gradient^)?
  }];
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
  let extraClassDeclaration = [{
    /// The model's input row `%x` and its width `d`.
    ::mlir::BlockArgument getModelInput() { return getModel().getArgument(0); }
    int64_t getDim();
    /// The model's terminator.
    ReturnOp getReturn();
    /// Whether `--ttt-derive-gradients` has run.
    bool hasGradients() { return !getGradient().empty(); }
    GradientsOp getGradientsOp();
    /// The element type of XQ, XK, XV and Z (`io_type`, f32 by default).
    ::mlir::Type getIoElementType();
  }];
}

#endif // TTT_OPS_TD
