//===- CodegenPasses.td - target-independent codegen -------*- tablegen -*-===//
//
// Passes both backends run between the TTT lowering and their own passes:
// the kernels' destination-passing entry points, and memref copies as
// linalg ops. Neither knows the target; ttt-to-cpu and ttt-to-cuda share
// them.
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
