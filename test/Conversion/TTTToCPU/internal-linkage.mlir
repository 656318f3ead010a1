// RUN: ttt-opt %s --ttt-cpu-internal-linkage | FileCheck %s
// RUN: ttt-opt %s --ttt-cpu-internal-linkage --convert-to-llvm | FileCheck %s --check-prefix=LLVM

// A private function with a body (here, what lower-deallocations adds)
// gets internal linkage; the public entry point, a private declaration and
// a function that already has a linkage keep theirs.

// CHECK-LABEL: func.func @kernel()
// CHECK-NOT: llvm.linkage
// CHECK-LABEL: func.func private @dealloc_helper()
// CHECK-SAME: llvm.linkage = #llvm.linkage<internal>
// CHECK-LABEL: func.func private @expf(f32) -> f32
// CHECK-NOT: llvm.linkage
// CHECK-LABEL: func.func private @shared_approximation()
// CHECK-SAME: llvm.linkage = #llvm.linkage<weak_odr>

// LLVM: llvm.func @kernel()
// LLVM: llvm.func internal @dealloc_helper()
// LLVM: llvm.func @expf(f32) -> f32
// LLVM: llvm.func weak_odr @shared_approximation()

func.func @kernel() {
  call @dealloc_helper() : () -> ()
  return
}
func.func private @dealloc_helper() {
  return
}
func.func private @expf(f32) -> f32
func.func private @shared_approximation() attributes {llvm.linkage = #llvm.linkage<weak_odr>} {
  return
}
