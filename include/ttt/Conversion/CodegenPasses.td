//===- CodegenPasses.td - target-independent codegen -------*- tablegen -*-===//
//
// Passes both backends run between the TTT lowering and their own passes:
// the kernels' destination-passing entry points, tensor sizes read from
// before an scf.if, and memref copies as linalg ops. None knows the target;
// ttt-to-cpu and ttt-to-cuda share them.
//
//===----------------------------------------------------------------------===//

#ifndef TTT_CONVERSION_CODEGENPASSES_TD
#define TTT_CONVERSION_CODEGENPASSES_TD

include "mlir/Pass/PassBase.td"

def TTTEntryPoints : Pass<"ttt-entry-points", "ModuleOp"> {
  let summary = "Wrap every lowered layer in a destination-passing entry point";
  let description = [{
    For every public `func.func @name` on tensors produced by
    `--ttt-lower-to-dual-form`, `--ttt-lower-to-primal` or
    `--ttt-build-backward`, adds `func.func @<entry>_memref`, where
    `<entry>` is the kernel's `ttt.entry_point` attribute if it has one (a
    backward kernel: `name_backward`) and `name_prefill` otherwise, taking
    every input and then every output
    as a memref, in the order of docs/ArtifactFormat.md, with
    `llvm.emit_c_interface`. Its body reads the inputs with
    `bufferization.to_tensor restrict`, calls `@name` and stores the results
    with `bufferization.materialize_in_destination`, so that bufferization
    writes the kernel's results straight into the caller's buffers. `@name`
    becomes private (and is inlined and removed by both pipelines).
  }];
  let dependentDialects = [
    "::mlir::bufferization::BufferizationDialect",
    "::mlir::func::FuncDialect", "::mlir::memref::MemRefDialect",
    "::mlir::LLVM::LLVMDialect"
  ];
}

def TTTBranchDims : Pass<"ttt-branch-dims"> {
  let summary = "Take tensor.dim of an scf.if result from before the if";
  let description = [{
    Rewrites `tensor.dim %r, i` of a result `%r` of an `scf.if` whose two
    branches yield tensors of one size in dimension `i`, provably: the
    branches' yields lead, through the destinations of
    destination-passing ops (linalg ops, `tensor.insert_slice`,
    `vector.transfer_write`) and `scf.for` loops whose body
    keeps the shape of its iter_arg, to the same `tensor.empty` size or the
    same tensor defined above the if. The `tensor.dim` then reads that size
    or that tensor.

    Why: a partial mini-batch's tensors have dynamic rows. The backward's
    segment adds the carried sums' term under an `scf.if` (only a call's
    first segment reads them), and every loop that later walks the if's
    result took its bounds from `tensor.dim` of that result. Bufferization
    proves slices equal through `ValueBoundsOpInterface`, whose `scf.if`
    rule compares the two branches again for each of those slices: without
    this pass, empty-tensor elimination and one-shot bufferization took 0.3
    of TTT-MLP's 0.85 s of backward lowering, and 0.6 of the three-layer
    MLP's 1.5 s.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def TTTCopiesToLinalg : Pass<"ttt-copies-to-linalg", "ModuleOp"> {
  let summary = "Rewrite memref.copy as linalg.copy";
  let description = [{
    The LLVM lowering of a `memref.copy` between non-contiguous memrefs calls
    `memrefCopy` from MLIR's C runner utilities, a library the embeddable
    kernel must not depend on. As `linalg.copy`, the copy becomes loops like
    every other linalg op.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

#endif // TTT_CONVERSION_CODEGENPASSES_TD
