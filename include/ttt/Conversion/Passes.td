//===- Passes.td - ttt backend conversion passes -----------*- tablegen -*-===//

#ifndef TTT_CONVERSION_PASSES_TD
#define TTT_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def TTTCPUApproximateMath : Pass<"ttt-cpu-approximate-math", "ModuleOp"> {
  let summary = "Replace f32 transcendental functions by polynomial approximations";
  let description = [{
    Rewrites `math.tanh`, `math.erf`, `math.exp`, `math.log` and their
    relatives on f32 into MLIR's polynomial approximations (pure arithmetic,
    within a few ulp of libm). The activations of the inner model then
    vectorize with the loops around them, where libm calls are scalar and
    took over half of TTT-MLP's time.

    Each approximation is 10-30 ops. In a function with more than
    `max-inline-expansions` such ops to expand, every use instead calls one
    shared, `noinline` copy per op and attributes, expanded once, beside
    three vector copies of it (4, 8 and 16 lanes) that the scalar copy
    names as its vector variants (LLVM's `vector-function-abi-variant`).
    The CPU library's code generation has the loop vectorizer widen every
    loop that calls such a copy, so that the loop calls a vector copy and
    stays as fast as with the approximation inlined. The copies are
    `weak_odr` and hidden, named after the op and a hash of its attributes,
    so that every module of a library may define the ones it uses. A chain
    of 250 silus, whose prefill and backward evaluate thousands of
    exponentials, would otherwise hand every later pass and LLVM tens of
    thousands of ops (its compile took 16.4 s, and takes 9.5-10.6 s); every
    example's kernel holds at most 18 and is unchanged.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::vector::VectorDialect"];
  let options = [
    Option<"maxInlineExpansions", "max-inline-expansions", "int64_t",
           /*default=*/"256",
           "Expand at each use in functions with at most this many">,
  ];
}

def TTTCPUFuseElementwise : Pass<"ttt-cpu-fuse-elementwise", "ModuleOp"> {
  let summary = "Fuse elementwise linalg ops without recomputing any value";
  let description = [{
    Upstream `linalg-fuse-elementwise-ops`, restricted to producers with one
    use whose loop count equals their consumer's. Fusing a producer into a
    consumer with more loops would recompute it at every point of the loops
    it does not depend on: a LayerNorm's per-row `rsqrt` for every element
    of the row, or the b x b causal weights `eta ∘ (Xq Xk^T + 1)` for every
    step of their product with the gradient, which also keeps that product
    from becoming a register-blocked outer product.

    Before the upstream patterns run, every consumer (the last ones first)
    absorbs in one step its group: the elementwise producers (as many loops,
    identity maps) whose every use either reads them point for point from
    inside the group, as an input or as an all-parallel member's init, or
    comes after the consumer. The fused generic clones each body once,
    yields the consumer's results and then every member used after the
    consumer, and reads as an input the init of a member that accumulates
    into it (`out + x`). Reverse mode needs all three: the derivative of an
    activation chain reads each forward value, which the forward chain reads
    too, and sums each gradient into the previous contribution. One pair at
    a time, and only for producers with one use, a chain of n activations
    with its derivative stayed about 4n loops, and fusing it cloned O(n^2)
    ops.

    A group stops growing at `max-group-size` members. Each member used
    after the consumer is one more store in the fused loop, and LLVM's loop
    access analysis (in the vectorizer and load elimination) compares every
    pair of a loop's accesses: one loop for a 250-silu chain's derivative
    took 2.4 s of those passes and ran slower than loops of 32 members.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
  let options = [
    Option<"maxGroupSize", "max-group-size", "int64_t", /*default=*/"32",
           "Fuse at most this many generics into one">,
  ];
}

def TTTCPUInPlaceLoopState : Pass<"ttt-cpu-in-place-loop-state", "ModuleOp"> {
  let summary = "Compute a loop's next state into its loop-carried tensor";
  let description = [{
    When an `scf.for` yields the result of a linalg op that writes into a
    `tensor.empty` it never reads (the mini-batch loop's next weights,
    `W - X^T G`, or its gradient sums reset to zero), the op's init becomes
    the loop-carried tensor itself. Bufferization then updates the state in
    place once every read of the old value has happened, instead of
    allocating and freeing one buffer per state tensor and mini-batch.

    The same holds for an `scf.if` in the loop's body that passes a
    loop-carried tensor on in one branch and computes its replacement in
    the other: a commit at the end of a mini-batch in the backward's
    forward sweep, or the commit's VJP in its reverse sweep. The branch
    writes the replacement into the carried tensor; where the old value is
    read afterwards, bufferization copies as before.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def TTTCPUSplitFullReductions
    : Pass<"ttt-cpu-split-full-reductions", "ModuleOp"> {
  let summary = "Sum a whole tensor to a scalar by columns first";
  let description = [{
    A `linalg.generic` that reduces all of its loops (two or more) into a
    0-d output, `out + f(inputs)` with every input read along the last
    loop (the backward's `<S', d theta'>` at a commit, which gives the token
    scale's gradient), becomes two: the same body summed over every loop
    but the last into a zero-filled vector of that loop's (static) size,
    then the sum of that vector into the output. Left whole, LLVM
    vectorizes the last loop of each row and adds the row's lanes together
    before the next row starts: a horizontal sum and a dependent chain per
    row (about 5% of the TTT-Linear backward's time). Split, the rows
    accumulate whole vectors and the lanes are added once.

    ```mlir
    %s = linalg.generic {iterator_types = ["reduction", "reduction"]}
        ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>) outs(%init : tensor<f32>)
    // becomes
    %c = linalg.generic {iterator_types = ["reduction", "parallel"]}
        ins(%a, %b : ...) outs(%zeros : tensor<64xf32>)
    %s = linalg.generic {iterator_types = ["reduction"]}
        ins(%c : tensor<64xf32>) outs(%init : tensor<f32>)
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect"];
}

def TTTCPUPrivateFills : Pass<"ttt-cpu-private-fills", "ModuleOp"> {
  let summary = "Give every op that accumulates into a fill a fill of its own";
  let description = [{
    CSE merges identical fills (the zero accumulators of the dual form's
    contractions and row reductions) into one tensor. Every op that writes
    into it then makes bufferization copy the shared value into a new buffer
    first. This pass clones a fill (`linalg.fill` or its generic form) in
    front of each op that takes it as a written init, the first one excepted
    when nothing else uses it, so that each accumulates in place into a
    buffer set by one memset. Run it after the last CSE before
    bufferization.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def TTTCPUPrivateEmptyTensors
    : Pass<"ttt-cpu-private-empty-tensors", "ModuleOp"> {
  let summary = "Give every use of a tensor.empty a tensor.empty of its own";
  let description = [{
    CSE merges every `tensor.empty` of one shape into a single value that
    many ops take as their init. Upstream `eliminate-empty-tensors` then
    finds several uses of that one empty tensor on the use-def chain of an
    insertion, and picks the one to replace by iterating a `DenseSet` of
    `OpOperand *`: which op ends up writing into the destination depends on
    heap addresses, so the compiled kernel changed from run to run (ASLR)
    and between builds. Its search over the shared uses also grows with
    their number. This pass clones a `tensor.empty` with several uses once
    per further use, each clone placed right after the original (so it
    dominates what the original did): every empty tensor then has one use
    and the choice is unique. Run it right before each
    `eliminate-empty-tensors`.
  }];
  let dependentDialects = ["::mlir::tensor::TensorDialect"];
}

def TTTCPUVectorizeContractions
    : Pass<"ttt-cpu-vectorize-contractions", "ModuleOp"> {
  let summary = "Tile contractions into register blocks and vectorize them";
  let description = [{
    Every statically shaped `linalg.generic` with one reduction loop (the
    dual form's matmuls, masked or not) is tiled into blocks of at most
    `rows` x `cols` outputs and `depth` reduction steps (sizes that divide
    the loop ranges), and each block is vectorized. Along the contiguous
    loop, whose block becomes the accumulator's vector type, the size is
    a power of two: a `d` = 96 model would otherwise get 48-lane vectors,
    which AVX-512 code generation handles badly (the three-layer MLP's
    prefill ran twice as slowly, and compiled more slowly, than with
    32-column blocks). The block's accumulator
    then stays in vector registers across its reduction steps, where the
    scalar loop nest loads and stores the output row at every step. When
    the output is a fill (a `linalg.fill` or its generic form), each output
    block is filled as a vector just before its reduction loop, the loops
    start from the fill's init (a new tensor when the fill has other
    readers), and the fill's value becomes the accumulator's first value:
    the output is never filled in memory and read back (a 16 KB memset per
    full mini-batch for TTT-Linear's `X^T G`). The blocks of rows below
    fill their outputs in the same way, and a partial block's rows start
    their accumulators at the fill's value.

    Segments of a dynamic number of tokens (the partial mini-batches at
    either end of a sequence, and every segment of the backward kernel)
    are blocked too:

    - A contraction over dynamic rows with static columns is cut into
      blocks of `rows` rows (of `square` rows when no input runs along the
      output's columns, as in `Xq Xk^T`), each statically shaped and blocked
      as above, and a last block of fewer rows that stays a scalar loop
      nest, unless it is a plain row-major product `C += A B` with a
      static reduction and at most 8 vector registers per row, outside a
      backward kernel: then it is taken one row at a time, its reduction
      split between interleaved accumulators (two for a 64-column row),
      so that a decode step's products are not one chain of dependent
      FMAs (TTT-Linear decode, 12 heads, one thread: 7.0 -> 6.5 us).
    - A contraction with a static output over a dynamic number of tokens
      (a weight gradient `X^T G`) is ordered (row, token, column) and
      blocked one token per step, the token loop innermost, so that its
      accumulator is carried across the tokens. The operand that runs
      along the output's rows becomes the left one of the
      `vector.contract`; otherwise the outer-product lowering transposes
      the accumulator at every step (that made the TTT-Linear backward
      2.2x slower).
    - A contraction between two segments' tokens (`Xq Xk^T`, `dZ G^T`:
      both output loops dynamic, the reduction static) is cut into
      `square` blocks along both output loops; the full blocks are
      statically shaped and blocked as above, the partial ones stay loop
      nests. Left whole, each output was a dot product ending in a
      horizontal sum, 9% of TTT-Linear's backward from the tape with its
      data in cache; blocked, that kernel ran 1.59 -> 1.53 ms in cache
      (`--shape 1,1,2048`) and 19.19 -> 19.01 ms at `H` = 12 (one
      thread, minimum of interleaved rounds).

    Together they made the backward kernels 1.5-2x faster (one thread:
    TTT-Linear 50 -> 32.5 ms at T = 2048, TTT-MLP 227 -> 114 ms at T =
    1024) and a prefill of a partial mini-batch (TTT-MLP, T = 15) 1.6-2x
    faster, for 0.3-1.2 s more compile time (the square blocks' transposes
    are most of it).

    Blocks are shallow (`depth` 4): the accumulator stays in registers
    across the whole reduction loop either way, and a block's body is
    unrolled, so deeper blocks only add code. Against 16 steps, 4 made the
    prefill of TTT-Linear and TTT-MLP 13-17% faster and halved the compile
    time of the d = 96 three-layer MLP.

    A contraction whose inputs are all contiguous along the reduction only
    (`Xq Xk^T`; `G W^T` with a static weight W reads a transposed copy
    instead, ttt-cpu-transpose-static-operands) gets `square` blocks in
    every loop: its outer-product lowering transposes each input block, and
    square blocks spanning the rows transpose each input element once, as
    16x16 shuffles.

    The defaults fit AVX-512 (32 registers of 16 lanes): a 4 x 64 block's
    accumulator takes half the registers, a 16 x 16 square block as many.
    The `ttt-to-cpu` pipeline sizes the blocks for the machine it compiles
    for (`vector-bits`): on AVX-512 square blocks of 8 rows (`square-rows`),
    whose 8 accumulators and the 16 transposed vectors of the other input
    fit the registers where 16 + 16 spilled (TTT-MLP's prefill 3.67 ->
    3.52 ms, its backward from the tape 11.09 -> 10.99 ms, one thread,
    `T` = 2048, one head; libraries 10-12% smaller); with AVX2's 16
    registers of 8 lanes, 2 x 32 and 8 x 8 blocks. The AVX-512 sizes
    spilled their accumulators on AVX2: on a 2-core AVX2 VM, TTT-Linear's
    prefill (one thread, T = 2048) ran 20 ms against 14 ms, TTT-MLP's (T =
    1024) 135-157 against 62-65 ms.
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::vector::VectorDialect",
                           "::mlir::tensor::TensorDialect"];
  let options = [
    Option<"rows", "rows", "int64_t", /*default=*/"4",
           "Largest output block along the non-contiguous parallel loop">,
    Option<"cols", "cols", "int64_t", /*default=*/"64",
           "Largest output block along the contiguous parallel loop (a "
           "power of two)">,
    Option<"depth", "depth", "int64_t", /*default=*/"4",
           "Largest block along the reduction loop">,
    Option<"square", "square", "int64_t", /*default=*/"16",
           "Largest block along every loop of a contraction whose inputs are "
           "all contiguous along the reduction only">,
    Option<"squareRows", "square-rows", "int64_t", /*default=*/"0",
           "Largest block along the rows of such a contraction (0: "
           "`square`)">,
  ];
}

def TTTCPUContractionLoopOrder
    : Pass<"ttt-cpu-contraction-loop-order", "ModuleOp"> {
  let summary = "Order contraction loops for contiguous vector FMAs";
  let description = [{
    For every `linalg.generic` with a reduction, makes the loop over the
    output's last (contiguous) dimension the innermost one when some input is
    contiguous along it too: `C[m, :] += A[m, k] * B[k, :]` instead of dot
    products down B's columns, which LLVM vectorizes into contiguous FMAs. A
    contraction whose inputs are contiguous only along the reduction (`Xq X^T`)
    keeps it innermost, as a dot product; one of dynamic size (the
    backward's segments, which ttt-cpu-vectorize-contractions does not
    block) gets it innermost (`dW^T[n, m] = sum_k G[m, k] W[n, k]` would
    otherwise read W and write its output with a stride). Neither move is
    made when the new innermost loop would read more inputs with a stride
    than the current one: a row reduction scaled per row (`sum_j A[i, j]
    B[i, j] c[i]`, the backward's normalisation) keeps its reduction
    innermost, although `c` and the output are contiguous along `i`.
  }];
}

def TTTCPUTransposeStaticOperands
    : Pass<"ttt-cpu-transpose-static-operands", "ModuleOp"> {
  let summary = "Read a weight that a contraction uses transposed from a "
                "transposed copy";
  let description = [{
    A contraction `C[i, j] += A[i, k] B[j, k]` reads both of its inputs
    along the reduction only (`G W^T`: the gradient through an MLP's second
    layer in every full mini-batch of a prefill, and a dozen products of
    every backward segment). Its outer-product lowering then transposes an
    input block for every block of the output
    (ttt-cpu-vectorize-contractions' square blocks), and such a product took
    about twice as long as a plain one of the same size.

    When `B` is statically shaped (a weight of the state, or the keys of a
    full mini-batch in its `Xq Xk^T`), the contraction
    reads a copy `Bt[k, j]` instead, with the map swapped: it becomes a
    plain product `A Bt`, blocked and vectorized like the others. The copy
    is made once for all such readers of `B`: in the innermost block that
    holds them all, then out of every loop `B` is defined outside of, never
    out of a conditional (a static full mini-batch's branch makes its own;
    a backward segment shares one copy of each weight among its dozen
    products). It is vector code on tensors, a block of at most `block` x
    `block` at a time: an 8 x 8 f32 block is 8 row reads, 24 two-input
    shuffles that are each one AVX instruction (interleave within 128-bit
    lanes, take pairs, swap halves) and 8 row writes; any other block one
    `vector.transpose`.

    A contraction over a dynamic number of rows gets it only in a backward
    kernel: a prefill's partial mini-batches include every decode step,
    whose one row would not repay copying the weight.

    The `ttt-to-cpu` pipeline runs it for AVX2 (`block` = 8), where it was
    measured (2-core znver2 VM, one thread, B = 1, H = 12, T = 1024):
    TTT-MLP backward 280-288 -> 253-261 ms, prefill 61.7 -> 59.1-60.9 ms;
    TTT-Linear backward 31.0-31.3 -> 28.1-29.1 ms; TTT-MLP compiles
    slightly faster (fewer square blocks). With AVX-512's 16 x 16 square
    blocks an earlier variant, one copy per reader, made the TTT-MLP
    backward 10% slower, so wider vectors keep the square blocks.
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::vector::VectorDialect",
                           "::mlir::tensor::TensorDialect"];
  let options = [
    Option<"block", "block", "int64_t", /*default=*/"16",
           "Largest block of the transposed copy along either dimension (the "
           "vector length)">,
  ];
}

def TTTCPUExpandBF16 : Pass<"ttt-cpu-expand-bf16", "ModuleOp"> {
  let summary = "Convert between bf16 and f32 with integer arithmetic";
  let description = [{
    Rewrites `arith.truncf` f32 -> bf16 (round to nearest even; a NaN stays
    a quiet NaN) and `arith.extf` bf16 -> f32 (a 16-bit shift) into
    bitcasts, shifts and selects, scalar or vector. LLVM lowers such a
    truncation on an x86 host without AVX512-BF16 to a call of
    `__truncsfbf2`, one per element, which libgcc before GCC 13 (Debian 12)
    does not define: a kernel library with `io_type = bf16` would not load.
    The integer form needs nothing from the C library and vectorizes. (The
    backend still makes that call for a bf16 value that crosses basic
    blocks, as `--asan-kernels` makes them; each kernel library defines its
    own hidden `__truncsfbf2` for those, `CPUSharedLibrary.cpp`.)
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def TTTCPUFastMath : Pass<"ttt-cpu-fast-math", "ModuleOp"> {
  let summary = "Allow contraction and reassociation of float arithmetic";
  let description = [{
    Sets `fastmath<contract, reassoc>` on every `arith` float operation, so
    that LLVM forms FMAs and vectorizes float reductions (row sums, dot
    products). Results change within rounding; the accuracy bound of
    docs/Semantics.md section 7 (fp32: 1e-4 relative) leaves ample room.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def TTTCPUInPlaceState : Pass<"ttt-cpu-in-place-state", "ModuleOp"> {
  let summary = "Let a kernel update its state in the caller's buffer";
  let description = [{
    The dual form builds the state in the kernel's outputs: each sequence
    first copies its state input (`W1`, `W1.grad_sum`, `decay_product`)
    into the output of the same name, then updates it there. A caller that
    binds one buffer as both (a decode loop) needs no copy at all, and
    none of the kernel's work reads the input after it. After
    bufferization, for every state output whose same-named input is read
    by nothing but such copies (`memref.copy` between subviews of the two
    at the same offsets, sizes and strides), this pass runs each copy only
    when the two buffers differ:

    ```mlir
    %in = memref.extract_aligned_pointer_as_index %W1_in : ... -> index
    %out = memref.extract_aligned_pointer_as_index %W1_out : ... -> index
    %differ = arith.cmpi ne, %in, %out : index
    ...
    scf.if %differ {
      memref.copy %W1_in_slice, %W1_out_slice : ...
    }
    ```

    The input is then never read when it is the output, so the kernel's
    `noalias` arguments stay true, and the function lists those outputs in
    `ttt.in_place_outputs`. ttt-compile marks them `"in_place": true` in
    manifest.json, and the runtime binds such an output to its input's
    buffer without the stage it uses for every other in-place output
    (docs/ArtifactFormat.md). Outputs of any other kind (`Z`, `position`,
    a backward's gradients), and a state whose input anything else reads,
    are left as they are.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::scf::SCFDialect"];
}

def TTTCPUPrefetchNextIteration
    : Pass<"ttt-cpu-prefetch-next-iteration", "ModuleOp"> {
  let summary = "Prefetch the caller's memory a sequence loop reads next";
  let description = [{
    Each `(batch, head)` instance of a kernel's `scf.forall` walks its
    sequence in a loop over mini-batches, and every iteration takes its
    tokens' rows (`XQ`, `Z.grad`, a tape segment, ...) as subviews of the
    caller's buffers. The reverse sweep walks them backwards, and each
    mini-batch's rows are a few kilobytes on pages of their own: the
    hardware prefetchers start late or not at all, and at `T = 2048`,
    `H = 12` every kernel spent a fifth to a quarter of its time waiting on
    those loads (the same work on data that stays in cache ran that much
    faster per mini-batch).

    For every `scf.for` directly in an `scf.forall` body, this pass
    computes, at the top of each iteration, the windows that the next
    iteration's subviews of memory defined outside the loop will view (the
    offsets' arithmetic cloned with the induction variable advanced by one
    step), and prefetches every cache line of each, guarded by the next
    iteration being in the loop's range:

    ```mlir
    scf.for %i = %c0 to %n step %c1 {
      %next = arith.addi %i, %c1 : index
      %more = arith.cmpi slt, %next, %n : index
      scf.if %more {
        %row0 = ... the offset's arithmetic, of %next ...
        scf.for %r = %c0 to %c16 step %c1 {
          %row = arith.addi %r, %row0 : index
          scf.for %col = %c0 to %c64 step %c16 {
            memref.prefetch %xq[%row, %col], read, locality<3>, data : ...
          }
        }
      }
      %rows = memref.subview %xq[%row0_of_i, 0] [%r, 64] [1, 1] : ...
      ...
    }
    ```

    A dynamic size is prefetched at its constant upper bound (a partial
    mini-batch at the bound of a full one), which x86 and AArch64 prefetch
    instructions allow: they never fault. A subview whose offsets need
    anything but pure (side-effect-free and speculatable), region-free
    arithmetic of the induction variable and values from outside the loop, whose sizes have no constant
    bound, or whose innermost dimension is not contiguous, is not
    prefetched. A window that is only written (a gradient output) is
    prefetched for writing.
  }];
  let options = [
    Option<"nearBytes", "near-bytes", "uint64_t", /*default=*/"32768",
           "Bytes per iteration prefetched into every cache level "
           "(locality<3>); the windows beyond them go to the outer levels "
           "(locality<2>)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect"];
}

def TTTCPUInternalLinkage : Pass<"ttt-cpu-internal-linkage", "ModuleOp"> {
  let summary = "Give every private function with a body internal linkage";
  let description = [{
    `convert-func-to-llvm` gives a private `func.func` external linkage
    unless it carries an `llvm.linkage` attribute. ttt-compile links the
    objects of several kernels, each lowered in a module of its own, into
    one library: a private helper that two kernels' modules both define
    (bufferization's `dealloc_helper`, which `lower-deallocations` adds to
    every module whose deallocations need it) would then be a duplicate
    symbol. This pass sets `llvm.linkage = #llvm.linkage<internal>` on every
    private `func.func` with a body that has no linkage yet; declarations,
    public functions and functions with a linkage keep theirs. Run it right
    before the conversion to the LLVM dialect.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def TTTCPUWorkspace : Pass<"ttt-cpu-workspace", "ModuleOp"> {
  let summary = "Serve an entry point's static allocations from a workspace "
                "argument";
  let description = [{
    After bufferization, every `memref.alloc` in an entry point (a function
    with `llvm.emit_c_interface`) whose size is static, or bounded by a
    constant, becomes a `memref.view` into a new last argument,
    `memref<?xi8>`, at its own 64-byte aligned offset. The bound is read
    from the ops the lowering sizes partial mini-batches with (`minui` with
    a constant, `remui` by a constant, `select`, and the size a reshaped
    view such as a backward segment's tape was given): the head and the
    tail of a sequence and a decode step take at most `b` rows, and serving
    them from
    the workspace keeps `malloc` and fresh pages out of every call, not only
    out of whole mini-batches. The function gets the attribute
    `ttt.cpu_workspace_bytes`, the bytes the caller must provide (64-byte
    aligned, private to the call); the runtime allocates it once per kernel
    handle and thread and reuses it for every call, so that a call neither
    allocates nor touches fresh pages.

    A fill of a bounded allocation whose slot is at most 64 bytes (a
    segment's `[r]` token scalars, `r <= b = 16` floats) fills the whole
    slot: a static size, one vector store, where the dynamic one was a
    `memset` call (a backward segment starts its row reductions from about
    twenty such fills). The slot is the allocation's alone, so what lies
    beyond its sizes is never read.

    An allocation inside a loop gets the same bytes in every iteration,
    which is only right when its buffer dies in the iteration: one yielded
    by a loop (through views and `scf.if` results) is left as it is, as are
    ones of unbounded size. Run it after one-shot bufferization and before
    the deallocation pipeline, with `scf.forall` already a sequential loop.

    The entry point's old body becomes a private `<entry>_body` function
    with LLVM internal linkage (so that LLVM, seeing its only call, may
    inline it or drop the descriptor fields it never reads) that takes
    every temporary as a memref argument of its own, marked
    `llvm.noalias`: views of one buffer would hide from LLVM that they are
    disjoint. The kernel's own memref arguments are marked too: the
    runtime's aliasing contract (docs/ArtifactFormat.md) binds no output
    over another argument, and the kernel builds its state in its outputs,
    so LLVM must know that those writes leave the inputs alone (TTT-Linear's
    decode step ran 1.5x slower without it).

    An entry point with more than `max-temporary-arguments` temporaries
    keeps its body, and the temporaries are views of the workspace there:
    the code generator's time for calls that pass a thousand memrefs grows
    faster than their number. Such a kernel is split into functions of a
    few loop nests anyway (`ttt-cpu-outline-loop-nests`), where LLVM would
    not see the temporaries' `noalias` either.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::LLVM::LLVMDialect",
                           "::mlir::memref::MemRefDialect"];
  let options = [
    Option<"maxTemporaryArguments", "max-temporary-arguments", "int64_t",
           /*default=*/"512",
           "The most temporaries passed as noalias arguments of a body">,
  ];
}

def TTTCPUOutlineLoopNests
    : Pass<"ttt-cpu-outline-loop-nests", "ModuleOp"> {
  let summary = "Split a huge kernel body into functions of a few loop nests";
  let description = [{
    LLVM's loop passes cost more than linear time in the number of loops
    one function holds: rotating each loop makes ScalarEvolution forget
    every loop around it, which holds all the others. A backward kernel
    holds about 8 loops per op of the inner model, and a spec with a chain
    of 250 activations spent three quarters of its compile in `LoopRotate`
    and `ConstraintElimination`.

    In a function with more than `min-function-loops` loops, this pass
    moves each run of consecutive `scf.for` nests that return nothing,
    holding at most `chunk-loops` loops together, into a private function
    of its own, marked LLVM `noinline` (and internal linkage), and calls it
    in the run's place.
    Side-effect-free ops between the nests (subviews, index arithmetic) go
    with them, cloned when a later op still uses them; so do the constants
    the run uses. Every other value from outside becomes an argument. Every
    optimized function then holds a bounded number of loops, and the code
    generator compiles the pieces on several threads.

    A split function left with no vector code of its own (only the calls,
    descriptor arithmetic and the loops around them) gets generic x86
    tuning (LLVM `"tune-cpu"="generic"`): each call passes hundreds of
    descriptor fields, most on the stack, and the post-RA list scheduler of
    AMD's Zen tunings took time quadratic in those stores (1.4 of 1.6 s
    for the three-layer MLP's backward body; 0.3 s without it). The nests
    keep the host's tuning.

    A memref argument stays `noalias` for LLVM when its buffer is disjoint
    from all others (an argument that the function's
    `ttt.cpu_noalias_pointers` marks, see `ttt-cpu-workspace`, or an
    allocation) and no other argument of the new function views it: the
    new function lists it in a `ttt.cpu_noalias_pointers` of its own
    (`ttt-cpu-noalias-temporaries`). Split without it, TTT-MLP's kernels
    ran 1.3-1.7x slower; with it, as fast as whole.

    The default threshold splits the bigger examples' kernels too
    (TTT-MLP's 336 and 493 loops, the d = 96 three-layer MLP's 486 and
    688), so that their pieces compile side by side: the three-layer MLP
    compiled in 1.95-2.0 s rather than 2.3 s on two cores. Run it on loops
    over memrefs, after `convert-linalg-to-loops`.
  }];
  let dependentDialects = ["::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect"];
  let options = [
    Option<"minFunctionLoops", "min-function-loops", "int64_t",
           /*default=*/"300",
           "Split only functions with more loops than this">,
    Option<"chunkLoops", "chunk-loops", "int64_t", /*default=*/"64",
           "The most loops one outlined function holds">,
  ];
}

def TTTCPURotateLoops : Pass<"ttt-cpu-rotate-loops"> {
  let summary = "Emit every scf.for as a loop tested at its bottom";
  let description = [{
    `convert-scf-to-cf` lowers an `scf.for` to a loop that tests its bound
    at the top, and LLVM's `LoopRotate` turns each one into a loop tested
    at the bottom behind a guard. Every rotation makes ScalarEvolution
    forget the loops around the rotated one, so that pass costs the square
    of a function's loop count (16% of the TTT-MLP artifact's LLVM time).

    This pass rewrites each `scf.for` as the `scf.while` that
    `convert-scf-to-cf` lowers to a loop tested at its bottom: the body and
    the test `iv + step < upper` in the `before` region, an `after` region
    that forwards the values. Unless the bounds are constants that show the
    loop runs, an `scf.if` on `lower < upper` guards it, yielding the
    initial values otherwise. `LoopRotate` then finds every loop rotated.
    The comparison is signed, or unsigned for an `scf.for` marked
    `unsignedCmp`, as `convert-scf-to-cf` would emit it. A loop with
    discardable attributes (such as the `llvm.loop_annotation` that
    `ttt-gpu-emulate-on-cpu` puts on its thread loops, which
    `convert-scf-to-cf` carries to an `scf.for`'s back edge only) is left
    as it is. Run it right before `convert-scf-to-cf`.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::scf::SCFDialect"];
}

def TTTCPUNoAliasTemporaries
    : Pass<"ttt-cpu-noalias-temporaries", "ModuleOp"> {
  let summary = "Mark the workspace temporaries' pointers noalias after "
                "lowering to LLVM";
  let description = [{
    `ttt-cpu-workspace` passes each temporary to the kernel's body as a
    memref argument of its own and lists, in the body's
    `ttt.cpu_noalias_pointers` attribute, the positions its aligned pointers
    and those of the kernel's own arguments
    take once `convert-func-to-llvm` has expanded the memref descriptors
    (that conversion drops `llvm.noalias` from memref arguments);
    `ttt-cpu-outline-loop-nests` does the same for the functions it makes.
    This pass sets `llvm.noalias` on those `llvm.func` arguments and removes
    the attribute. A position that is not a pointer argument is an error.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def TTTCPUPackedEntryPoints : Pass<"ttt-cpu-packed-entry-points", "ModuleOp"> {
  let summary = "Add the `void name_prefill(void **args)` kernel ABI";
  let description = [{
    Runs after the conversion to the LLVM dialect. For every
    `llvm.func @_mlir_ciface_<entry>_memref`, adds
    `llvm.func @<entry>(%args: !llvm.ptr)` which loads the i-th
    memref descriptor pointer from `args[i]` and calls the C interface:
    one fixed signature for every kernel, so the runtime calls any kernel
    without knowing its arity at compile time (docs/ArtifactFormat.md).

    The packed entry point is then the kernel's only exported function: the
    C interface and the `@<entry>_memref` it calls become internal, so that
    LLVM inlines the chain and drops the descriptor fields nothing reads.
    Exported, `<entry>_memref` kept every field of every descriptor: the
    d = 96 three-layer MLP's backward passed some 530 scalars from one to
    the other, and that one call took more than a third of the library's
    instruction selection time.

    The argument descriptions (`#ttt.arg`) that convert-func-to-llvm leaves
    on the C interface's descriptor pointers are removed: from here on an
    argument is a slot of `args`, and LLVM translation would warn about
    an attribute it does not know.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

#endif // TTT_CONVERSION_PASSES_TD
