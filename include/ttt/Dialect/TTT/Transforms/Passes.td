//===- Passes.td - ttt passes ------------------------------*- tablegen -*-===//

#ifndef TTT_TRANSFORMS_PASSES_TD
#define TTT_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def TTTDeriveGradients : Pass<"ttt-derive-gradients", "ModuleOp"> {
  let summary = "Derive the inner loss's gradient w.r.t. every linear output";
  let description = [{
    Adds the `gradient` region to every `ttt.layer` that has none
    with the backward of its self-supervised loss, derived from the structure
    of the inner model: the forward on the key view `%k`, `ttt.loss_grad`
    against the label view `%v`, then reverse-mode through `ttt.add` (fan-out
    accumulates), `ttt.layer_norm` (`ttt.layer_norm_grad`), activations
    (`ttt.activation_grad`) and linear layers (`ttt.linear_input_grad`).
    Only values that depend on a trained parameter get a gradient. The region
    ends in `ttt.gradients`, listing per linear layer its input rows `X` and
    output gradient `Gz`.

    Before:
    ```mlir
    ttt.layer @l attributes {mini_batch = 16 : i64} {
    ^bb0(%x: !ttt.tokens<8>):
      %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
      ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
    }
    ```
    After (gradient region):
    ```mlir
    ^bb0(%k: !ttt.tokens<8>, %v: !ttt.tokens<8>):
      %z = ttt.linear %k weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
      %g = ttt.loss_grad %z, %v : !ttt.tokens<8>
      ttt.gradients inputs(%k : !ttt.tokens<8>) output_grads(%g : !ttt.tokens<8>)
    ```
  }];
}

def TTTLowerToDualForm : Pass<"ttt-lower-to-dual-form", "ModuleOp"> {
  let summary = "Lower ttt.layer to its dual form on tensors";
  let description = [{
    Replaces every `ttt.layer @name` by `func.func @name` (arguments and
    results as in docs/ArtifactFormat.md) computing the layer in the dual form
    of docs/Semantics.md section 4: `scf.forall` over the `(batch, head)`
    sequences, and in each a chain of mini-batches carrying the state
    `(theta_0, S, p)`:

    - a *head* segment when the call starts inside a mini-batch (`p > 0`),
      which adds the carried running sums `S` and commits when it completes
      the mini-batch;
    - an `scf.for` over the full mini-batches (static `b x d` tiles);
    - a *tail* segment for the last `T mod b` tokens, which is not committed:
      its running sums and position are returned.

    Per segment, the key side evaluates the `gradient` region at `theta_0`
    (derived on the fly when `--ttt-derive-gradients` has not run), and every
    linear layer of the query side becomes
    `Zq = Xq W0 + c0 - ts * (Xq S_W + S_c + (M o (Xq X^T + 1)) (lr o Gz))`
    with `M` the causal mask (all ones when `causal = false`); the state is
    updated with `X^T (lr o Gz)`. Everything is `linalg`, `tensor`, `arith`,
    `math` and `scf` on tensors.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect", "::mlir::math::MathDialect",
    "::mlir::scf::SCFDialect", "::mlir::tensor::TensorDialect"
  ];
}

def TTTLowerToPrimal : Pass<"ttt-lower-to-primal", "ModuleOp"> {
  let summary = "Lower ttt.layer to its token-by-token primal definition";
  let description = [{
    Replaces every `ttt.layer @name` by `func.func @name` with the same
    signature as `--ttt-lower-to-dual-form`, computing docs/Semantics.md
    section 3 one token at a time (the decode step of section 5): the
    token's gradient at `theta_0` is added to the running sums `S`, the token
    is evaluated at `theta_0 - token_scale[p] * S`, and the mini-batch is
    committed when `p` reaches `b`. Non-causal layers are rejected: their
    outputs depend on tokens after them. This is the in-compiler cross-check of
    the dual form, not a fast path.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect", "::mlir::math::MathDialect",
    "::mlir::scf::SCFDialect", "::mlir::tensor::TensorDialect"
  ];
}

#endif // TTT_TRANSFORMS_PASSES_TD
