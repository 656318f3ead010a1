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
    against the label view `%v` (`ttt.dot_loss_grad`, `-v`, for a layer with
    `loss = dot`), then reverse-mode through `ttt.add` (fan-out
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

    - a *head* segment for the rest of the mini-batch in progress, which
      adds the carried running sums `S` and commits when it completes the
      mini-batch;
    - full mini-batches (static `b x d` tiles), each committed;
    - a *tail* segment for the last `T mod b` tokens, which is not committed:
      its running sums and position are returned.

    By default one `scf.for` runs them all: a full mini-batch in the
    statically shaped code, the head and the tail in one dynamically shaped
    copy of the segment, which adds `S` only as the first segment.
    `shared-partial-segment=false` (the GPU pipeline) emits the head, an
    `scf.for` over the full mini-batches and the tail one after the other.
    When the call starts a mini-batch (`p = 0`) with at least `b` tokens,
    the first mini-batch takes the static code too: `S` is zero at a
    mini-batch's start (docs/Semantics.md section 5), and the kernel relies
    on it and does not read `S` then. The statically shaped code is about
    twice as fast per token (a prompt of 16 tokens); checking `S` instead
    read every sum, 5% of a 16-token TTT-MLP call. With the state in the
    outputs and no `decay`, the dynamic code adds `S` under an `scf.if`
    that holds for the first segment of a call entered at `p > 0` only.

    Per segment, the key side evaluates the `gradient` region at `theta_0`
    (derived on the fly when `--ttt-derive-gradients` has not run), and every
    linear layer of the query side becomes
    `Zq = Xq W0 + c0 - ts * (Xq S_W + S_c + (M o (Xq X^T + 1)) (lr o Gz))`
    with `M` the causal mask (all ones with `timing = #ttt<timing all>`);
    with `timing = #ttt<timing after>` every output sees `theta_0`, so the
    query side is the plain model `Xq W0 + c0`. The state is updated with
    `X^T (lr o Gz)`. Everything is `linalg`, `tensor`, `arith`,
    `math` and `scf` on tensors.

    The state is built where the kernel returns it: each sequence's slice of
    the state outputs receives the input state once
    (`bufferization.materialize_in_destination`), every running sum is the
    init of its contraction, and a commit stores `theta_0` and the zeroed
    sums back into the same tensors. A full mini-batch, whose sums are zero,
    neither reads nor writes them: its update `X^T (lr o Gz)` goes to a
    temporary (a zero fill, which `--ttt-cpu-vectorize-contractions` turns
    into the accumulators' first value) that the commit subtracts from
    `theta_0` (`theta_0 - ts[b-1] X^T (lr o Gz)`). Filling the sums to read
    them back, and zeroing them after the commit, was a tenth of the
    TTT-Linear prefill; adding each token's step to `theta_0` directly
    instead would round against `theta_0`'s magnitude (3-4x the error). One-shot bufferization then updates the
    state in place, with no temporary and no copy out: a decode step writes
    each state tensor once. `state-in-outputs=false` keeps the state in
    temporaries instead (the GPU pipeline, whose ttt-gpu-place-buffers
    moves temporaries into shared memory).
  }];
  let options = [
    Option<"stateInOutputs", "state-in-outputs", "bool", /*default=*/"true",
           "Build the state in the kernel's state outputs (the CPU "
           "pipeline); the GPU pipeline keeps it in temporaries, which "
           "ttt-gpu-place-buffers puts in shared memory">,
    Option<"sharedPartialSegment", "shared-partial-segment", "bool",
           /*default=*/"true",
           "Run every segment in one loop, the head and the tail through "
           "one copy of the dynamically shaped code (the CPU pipeline: a "
           "third less code to compile); false: a head, a loop of full "
           "mini-batches, a tail (the GPU pipeline, whose register budget "
           "the one loop's two codes exceeded)">
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::bufferization::BufferizationDialect", "::mlir::func::FuncDialect",
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
    committed when `p` reaches `b` (with `after` timing the token is
    evaluated at `theta_0`). Layers with `all` timing are rejected: their
    outputs depend on tokens after them. This is the in-compiler cross-check of
    the dual form, not a fast path.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect", "::mlir::math::MathDialect",
    "::mlir::scf::SCFDialect", "::mlir::tensor::TensorDialect"
  ];
}

def TTTExtractDualFormSegment
    : Pass<"ttt-extract-dual-form-segment", "ModuleOp"> {
  let summary = "Add one dual-form mini-batch segment of every ttt.layer as "
                "a function to differentiate";
  let description = [{
    For every `ttt.layer @name`, adds (and keeps the layer)

    ```mlir
    func.func @name_segment(<theta>, <sums>, %xq, %xk, %xv: tensor<?xdxf32>,
                            %lr: tensor<?xf32>, %ts: tensor<?xf32>, <norms>,
                            %reads_sums: i1)
        -> (tensor<?xdxf32>, <sums>) attributes {ttt.differentiate}
    ```

    the dual form of `--ttt-lower-to-dual-form` for one sequence and one
    uncommitted segment of a mini-batch: `r` tokens (the rows of `%xq`) at
    the mini-batch positions whose token scales are `%ts`, entered with the
    state `<theta>` (per linear layer `W [in, out]`, `c [1, out]`, in model
    order) and running sums `<sums>` (same shapes); `<norms>` are the
    LayerNorm weights and biases `[width]` of one head. The query side reads
    the incoming sums (one matmul per linear layer, in an `scf.if`) only
    when `%reads_sums` is set: a segment that starts a mini-batch enters
    with zero sums and skips that matmul, and its VJP the two of its
    cotangents. It returns `Z [r, d]`
    and the running sums after the segment; committing a completed
    mini-batch (`theta - ts[b-1] * sums`) is left to the caller. Every
    segment of `--ttt-lower-to-dual-form` (head, full mini-batch, tail) is an
    instance of it, so its vector-Jacobian product (`--ttt-reverse-mode`,
    which the attribute requests) is the step of a reverse sweep over
    mini-batches: the backward of the layer.

    For a layer with `decay` the segment also takes the segment's decays
    `%decay: tensor<?xf32>` and the decay product it enters with
    `%A: tensor<1x1xf32>` (after `<norms>`, before `%reads_sums`), and
    returns the product it
    leaves with after the sums (Semantics section 10); committing is again
    the caller's (`A' theta - ts[b-1] * sums`, the product reset to 1).
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect", "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

def TTTReverseMode : Pass<"ttt-reverse-mode", "ModuleOp"> {
  let summary = "Add the vector-Jacobian product of every function marked "
                "`ttt.differentiate`";
  let description = [{
    For every `func.func @f` with the unit attribute `ttt.differentiate`,
    adds `func.func @f_vjp` (and drops the attribute). `@f_vjp` takes the
    arguments of `@f` and then one cotangent per float result of `@f` (a
    scalar float or a tensor of floats, in result order), and returns one
    cotangent per float argument of `@f`, in argument order: the
    vector-Jacobian product. Integer and index arguments and results take no
    part.

    `@f_vjp` recomputes the body of `@f`, then walks its ops backward,
    accumulating one cotangent per value that depends on a float argument
    (reverse-mode differentiation, op by op):

    - A `linalg` op on tensors (`linalg.generic`, `linalg.matmul` with any
      indexing maps, ...) whose maps are projected permutations (broadcast
      constants allowed): per operand that gets a cotangent, one
      `linalg.generic` over the same loops whose output is indexed by that
      operand's map (the loops it drops become reductions, so a broadcast
      gives a reduction and a reduction a broadcast, and a matmul gives the
      two transposed contractions). Its payload recomputes the primal
      payload, then applies the scalar rules below backward from the
      results' cotangents. A reduction's payload must be
      `arith.addf(accumulator, e)`; its init gets the result's cotangent.
      A value the payload captures from above gets the sum of its
      cotangent over the whole iteration space.
    - `tensor.extract_slice`, `tensor.insert_slice`, `tensor.extract`: the
      matching insertion or extraction of the cotangent.
    - Scalar ops: `arith.addf/subf/mulf/divf/negf/select/extf/truncf`,
      `arith.maximumf/minimumf/maxnumf/minnumf`,
      `math.exp/tanh/erf/rsqrt/sqrt/log/fma`.
    - `scf.if`: an `scf.if` on the same condition whose branches recompute
      the primal branch, sweep it backward from the results' cotangents and
      yield the cotangents of the values it uses from above. A value whose
      cotangent the sweep has already started accumulates inside the
      branches: a branch that does not use it yields that cotangent
      untouched, instead of zeros to add after the if. Work that only some
      calls need (the segment's carried running sums) thus costs nothing
      in the others, in the VJP too.

    An op that depends on a float argument and has no rule (loops among
    them: differentiate one step of a loop, and sweep the loop backward
    outside) is an error at its location.

    A function also marked `ttt.taped = array<i64: i, ...>` gets three more
    functions, which split `@f_vjp`'s work between a forward run that saves
    a tape and a reverse sweep that reads it:
    `@f_taped(args) -> (results..., residuals...)`,
    `@f_from_tape(args, residuals...) -> results...` and
    `@f_taped_vjp(args, residuals..., cotangents...) -> gradients...`. The
    residuals are the values that the reverse sweep needs and that an op
    with a reduction loop or a region computes for the results `i, ...`
    (a caller that needs only those from its forward run computes nothing
    more for the tape); the cheap ops between them and their uses are
    recomputed from them. A residual is an f32 tensor of rank 1 or 2
    whose only dynamic size, if any, is the first and provably a dynamic
    size of an argument: a caller that passes one row count to every
    dynamic size (a segment's) can store it in a fixed slot and restore it
    with that count. Anything else is recomputed.

    Example: `@f(%x, %w) = %x * %w` (a matmul) gets
    `@f_vjp(%x, %w, %dz) = (%dz * %w^T, %x^T * %dz)`, each as a
    `linalg.generic` over the matmul's three loops.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect", "::mlir::math::MathDialect",
    "::mlir::scf::SCFDialect", "::mlir::tensor::TensorDialect"
  ];
}

def TTTBuildBackward : Pass<"ttt-build-backward", "ModuleOp"> {
  let summary = "Add the backward kernel of every ttt.layer: a reverse sweep "
                "over its dual-form segments";
  let description = [{
    For every `ttt.layer @name` (kept), adds `func.func @name_backward`, the
    vector-Jacobian product of the prefill kernel
    (docs/Backward.md, docs/ArtifactFormat.md "Backward kernels"). Its
    arguments are the prefill's inputs followed by the cotangents of the
    prefill's float results (`Z`, the final state and running sums); its
    results are the gradients of the prefill's float inputs, each of the
    input's type (`token_scale`'s summed over batch and heads, a LayerNorm
    parameter's over the batch), then the scratch tensor
    `[B, H, T / b + 2 + F, N + R]` (f32, `N` the floats of the part of a
    state `theta` that is stored per segment, `R` those of one segment's
    tape, `F` rows for the rest of the final state) that the caller
    provides as an output and the kernel uses for its stored states and
    tapes. The attribute
    `ttt.entry_point = "name_backward"` names its entry point for
    `--ttt-entry-points`.

    It is built from the taped functions of the segment
    (`--ttt-extract-dual-form-segment` marks `@name_segment` for them,
    `--ttt-reverse-mode` adds `@name_segment_taped`,
    `@name_segment_from_tape` and `@name_segment_taped_vjp`), which must
    exist, and which it makes private; `@name_segment` and
    `@name_segment_vjp`, which it does not call, it erases. Per
    `(batch, head)` sequence (an `scf.forall`):

    - the call's tokens form segments: the rest of the mini-batch in
      progress (entered with the running sums), then mini-batches, the last
      possibly partial; a segment that reaches position `b` commits
      (`theta' = theta - ts[b-1] S'`);
    - a forward sweep (`scf.for`) calls `@name_segment_taped` per segment
      and stores the `theta` entering it and the segment's tape into the
      scratch tensor, each residual flattened into a slot of `b` rows;
      but for the parameters that the reverse sweep rebuilds: without
      decay or weight normalisation, those that the sums
      `@name_segment_from_tape` returns do not read (the weights, not the
      biases), which it stores once, as they leave the call, after the
      segments' rows;
      only the first segment's query side reads the running sums (the
      call's), every later one enters with zero sums;
    - a reverse sweep (`scf.for`, last segment first) loads `theta` and the
      tape (a residual's rows restored with the segment's length), gets the
      segment's sums from `@name_segment_from_tape`, rebuilds the rebuilt
      parameters entering the segment from those leaving it by undoing the
      commit (`theta = theta' + ts[b-1] S'`; the first segment takes the
      call's), applies the commit's
      VJP (`dS' = -ts[b-1] dtheta'`, `dts[b-1] += -<S', dtheta'>`, `dtheta`
      passes through) and calls `@name_segment_taped_vjp`, scattering the
      token gradients and accumulating the state's, the token scales' and
      the LayerNorm parameters'.

    Nothing in it depends on the inner model: every model the dialect
    expresses gets its backward from its segment's VJP.

    With `training-pair`, it also adds the training pair, the two sweeps
    as kernels of their own (entry points named like the functions):

    - `func.func @name_train`: the prefill's arguments and results, then a
      last result `tape` (`#ttt.arg<output, tape, ...>`), shaped as the
      backward's scratch. The forward sweep above, which also inserts each
      segment's `Z` rows and returns the state the call leaves (the
      running sums and decay product are reset when the call ends a
      mini-batch);
    - `func.func @name_backward_from_tape`: the backward's arguments and
      results without the scratch, then a last argument `tape`
      (`#ttt.arg<input, tape, ...>`) that `@name_train` wrote for the same
      inputs: the reverse sweep alone.
  }];
  let options = [
    Option<"trainingPair", "training-pair", "bool", /*default=*/"false",
           "Also add @name_train and @name_backward_from_tape">
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect", "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

#endif // TTT_TRANSFORMS_PASSES_TD
