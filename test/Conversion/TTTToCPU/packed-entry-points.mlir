// RUN: ttt-opt %s --ttt-cpu-packed-entry-points --split-input-file | FileCheck %s

// The C interface of a lowered layer gets @<name>_prefill(void **args):
// args[i] holds the i-th memref descriptor pointer, in the order of the C
// interface's arguments. The arguments' descriptions (#ttt.arg) end there.
// The packed entry point is the kernel's only exported function: the C
// interface and the memref-ABI function it calls become internal.

// CHECK-LABEL: llvm.func internal @layer_prefill_memref(
// CHECK-LABEL: llvm.func internal @_mlir_ciface_layer_prefill_memref(
// CHECK-SAME: %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr)
// CHECK-LABEL: llvm.func @layer_prefill(
// CHECK-SAME: %[[ARGS:.*]]: !llvm.ptr) {
// CHECK: %[[P0:.*]] = llvm.getelementptr %[[ARGS]][0] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: %[[D0:.*]] = llvm.load %[[P0]] : !llvm.ptr -> !llvm.ptr
// CHECK: %[[P1:.*]] = llvm.getelementptr %[[ARGS]][1] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: %[[D1:.*]] = llvm.load %[[P1]] : !llvm.ptr -> !llvm.ptr
// CHECK: %[[P2:.*]] = llvm.getelementptr %[[ARGS]][2] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: %[[D2:.*]] = llvm.load %[[P2]] : !llvm.ptr -> !llvm.ptr
// CHECK: llvm.call @_mlir_ciface_layer_prefill_memref(%[[D0]], %[[D1]], %[[D2]]) : (!llvm.ptr, !llvm.ptr, !llvm.ptr) -> ()
// CHECK-NEXT: llvm.return
llvm.func @layer_prefill_memref(%x: !llvm.ptr) attributes {llvm.emit_c_interface} {
  llvm.return
}
llvm.func @_mlir_ciface_layer_prefill_memref(
    %x: !llvm.ptr {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>},
    %w: !llvm.ptr, %y: !llvm.ptr) attributes {llvm.emit_c_interface} {
  llvm.call @layer_prefill_memref(%x) : (!llvm.ptr) -> ()
  llvm.return
}

// -----

// Only defined functions named _mlir_ciface_<name>_prefill_memref get one:
// not the memref-ABI function itself, not other C interfaces, not
// declarations. Their linkage stays as it was.

// CHECK-LABEL: llvm.func @layer_prefill_memref(
// CHECK-LABEL: llvm.func @_mlir_ciface_other(
// CHECK-LABEL: llvm.func @_mlir_ciface_external_prefill_memref(!llvm.ptr)
// CHECK-NOT: llvm.func
llvm.func @layer_prefill_memref(%x: !llvm.ptr) {
  llvm.return
}
llvm.func @_mlir_ciface_other(%x: !llvm.ptr) {
  llvm.return
}
llvm.func @_mlir_ciface_external_prefill_memref(!llvm.ptr)
