// RUN: ttt-opt %s --ttt-cpu-rotate-loops | FileCheck %s
// RUN: ttt-opt %s --ttt-cpu-rotate-loops --convert-scf-to-cf | FileCheck %s --check-prefix=CF

// Constant bounds that run at least once: no guard. The body and the test
// of the next iteration are the `before` region; the `after` region only
// forwards. An inner loop with a dynamic bound gets an scf.if on
// `lower < upper`.

// CHECK-LABEL: func.func @nest(
// CHECK-SAME: %[[A:.*]]: memref<8xf32>, %[[N:.*]]: index, %[[X:.*]]: f32)
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : index
// CHECK-NOT: scf.for
// CHECK: scf.while (%[[I:.*]] = %[[C0]]) : (index) -> index {
// CHECK-NEXT: %[[RUNS:.*]] = arith.cmpi slt, %[[C0]], %[[N]] : index
// CHECK-NEXT: scf.if %[[RUNS]] {
// CHECK-NEXT: scf.while (%[[J:.*]] = %[[C0]]) : (index) -> index {
// CHECK-NEXT: memref.store %[[X]], %[[A]][%[[I]]]
// CHECK-NEXT: %[[NEXTJ:.*]] = arith.addi %[[J]], %[[C2]] : index
// CHECK-NEXT: %[[MOREJ:.*]] = arith.cmpi slt, %[[NEXTJ]], %[[N]] : index
// CHECK-NEXT: scf.condition(%[[MOREJ]]) %[[NEXTJ]] : index
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%[[FWD:.*]]: index):
// CHECK-NEXT: scf.yield %[[FWD]] : index
// CHECK: %[[NEXTI:.*]] = arith.addi %[[I]], %{{.*}} : index
// CHECK-NEXT: %[[MOREI:.*]] = arith.cmpi slt, %[[NEXTI]], %[[C8]] : index
// CHECK-NEXT: scf.condition(%[[MOREI]]) %[[NEXTI]] : index

func.func @nest(%a: memref<8xf32>, %n: index, %x: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c8 = arith.constant 8 : index
  scf.for %i = %c0 to %c8 step %c1 {
    scf.for %j = %c0 to %n step %c2 {
      memref.store %x, %a[%i] : memref<8xf32>
    }
  }
  return
}

// A loop with results: the guard yields the initial values when the loop
// does not run, the loop's results (after the induction variable) when it
// does. An unsigned loop compares unsigned.

// CHECK-LABEL: func.func @sum(
// CHECK-SAME: %[[A:.*]]: memref<8xf32>, %[[LO:.*]]: index, %[[N:.*]]: index, %[[X:.*]]: f32)
// CHECK: %[[RUNS:.*]] = arith.cmpi ult, %[[LO]], %[[N]] : index
// CHECK-NEXT: %[[R:.*]] = scf.if %[[RUNS]] -> (f32) {
// CHECK-NEXT: %[[W:.*]]:2 = scf.while (%[[I:.*]] = %[[LO]], %[[ACC:.*]] = %[[X]]) : (index, f32) -> (index, f32) {
// CHECK-NEXT: %[[V:.*]] = memref.load %[[A]][%[[I]]]
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[ACC]], %[[V]] : f32
// CHECK-NEXT: %[[NEXT:.*]] = arith.addi %[[I]], %{{.*}} : index
// CHECK-NEXT: %[[MORE:.*]] = arith.cmpi ult, %[[NEXT]], %[[N]] : index
// CHECK-NEXT: scf.condition(%[[MORE]]) %[[NEXT]], %[[S]] : index, f32
// CHECK: scf.yield %[[W]]#1 : f32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %[[X]] : f32
// CHECK: return %[[R]] : f32

// convert-scf-to-cf lowers it to a block that branches back to itself at
// its end: the loop LLVM's LoopRotate would have made.
// CF-LABEL: func.func @sum(
// CF-NOT: scf.
// CF: cf.br ^[[LOOP:bb[0-9]+]](%{{.*}}, %{{.*}} : index, f32)
// CF-NEXT: ^[[LOOP]](%{{.*}}: index, %{{.*}}: f32):
// CF-NEXT: memref.load
// CF-NEXT: arith.addf
// CF-NEXT: arith.addi
// CF-NEXT: %[[MORE:.*]] = arith.cmpi ult
// CF-NEXT: cf.cond_br %[[MORE]], ^[[LOOP]](

func.func @sum(%a: memref<8xf32>, %lo: index, %n: index, %x: f32) -> f32 {
  %c1 = arith.constant 1 : index
  %r = scf.for unsigned %i = %lo to %n step %c1 iter_args(%acc = %x) -> f32 {
    %v = memref.load %a[%i] : memref<8xf32>
    %s = arith.addf %acc, %v : f32
    scf.yield %s : f32
  }
  return %r : f32
}

// A loop whose constant bounds show it never runs keeps its guard, which
// canonicalization then folds.

// CHECK-LABEL: func.func @empty(
// CHECK: %[[RUNS:.*]] = arith.cmpi slt
// CHECK-NEXT: scf.if %[[RUNS]]

func.func @empty(%a: memref<8xf32>, %x: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c1 to %c0 step %c1 {
    memref.store %x, %a[%i] : memref<8xf32>
  }
  return
}

// A loop with a discardable attribute (here the loop annotation that
// ttt-gpu-emulate-on-cpu sets, which only the scf.for lowering carries to
// the back edge) stays an scf.for.

// CHECK-LABEL: func.func @annotated(
// CHECK-NOT: scf.while
// CHECK: scf.for
// CHECK: } {loop_annotation =
// CHECK-NOT: scf.while

#novec = #llvm.loop_annotation<vectorize = #llvm.loop_vectorize<disable = true>>
func.func @annotated(%a: memref<8xf32>, %x: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  scf.for %i = %c0 to %c8 step %c1 {
    memref.store %x, %a[%i] : memref<8xf32>
  } {loop_annotation = #novec}
  return
}
