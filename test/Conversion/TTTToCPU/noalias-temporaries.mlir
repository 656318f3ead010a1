// RUN: ttt-opt %s --ttt-cpu-noalias-temporaries --split-input-file --verify-diagnostics | FileCheck %s

// The listed positions (the aligned pointers of two expanded memref
// arguments) become noalias; the others stay as they are; the list goes.

// CHECK-LABEL: llvm.func @body(
// CHECK-SAME: %arg0: !llvm.ptr, %arg1: !llvm.ptr {llvm.noalias}, %arg2: i64,
// CHECK-SAME: %arg3: !llvm.ptr, %arg4: !llvm.ptr {llvm.noalias}, %arg5: i64, %arg6: !llvm.ptr) {
// CHECK-NOT: ttt.cpu_noalias_pointers
llvm.func @body(%a0: !llvm.ptr, %a1: !llvm.ptr, %a2: i64,
                %b0: !llvm.ptr, %b1: !llvm.ptr, %b2: i64, %other: !llvm.ptr)
    attributes {ttt.cpu_noalias_pointers = array<i64: 1, 4>} {
  llvm.return
}

// -----

// expected-error @+1 {{'llvm.func' op 'ttt.cpu_noalias_pointers' names argument 1, which is not a pointer argument}}
llvm.func @not_a_pointer(%a: !llvm.ptr, %n: i64)
    attributes {ttt.cpu_noalias_pointers = array<i64: 1>} {
  llvm.return
}

// -----

// expected-error @+1 {{'llvm.func' op 'ttt.cpu_noalias_pointers' names argument 3, which is not a pointer argument}}
llvm.func @out_of_range(%a: !llvm.ptr)
    attributes {ttt.cpu_noalias_pointers = array<i64: 3>} {
  llvm.return
}
