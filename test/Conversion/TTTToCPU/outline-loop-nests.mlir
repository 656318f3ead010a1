// RUN: ttt-opt %s --ttt-cpu-outline-loop-nests="min-function-loops=4 chunk-loops=3" | FileCheck %s
// RUN: ttt-opt %s --ttt-cpu-outline-loop-nests | FileCheck %s --check-prefix=DEFAULT

// @split holds 5 loops, more than 4: its result-less nests go, in runs of at
// most 3 loops, to functions of their own that LLVM may not inline. The
// index arithmetic between the first two nests goes with them, and is cloned
// again into the second run, which uses it too; so is the view of the
// workspace argument, rather than becoming an argument. The new functions
// are internal to the LLVM module. The loop with a result stays.

// CHECK-LABEL: func.func private @split_nests(
// CHECK-SAME: %[[A:[a-z0-9_]+]]: memref<8xf32>, %[[WS:[a-z0-9_]+]]: memref<?xi8>, %[[N:[a-z0-9_]+]]: index)
// CHECK-SAME: attributes {llvm.linkage = #llvm.linkage<internal>, passthrough = ["noinline"]}
// CHECK: %[[T:.*]] = memref.view %[[WS]]
// CHECK: scf.for
// CHECK-NEXT: scf.for
// CHECK: memref.store %{{.*}}, %[[T]]
// CHECK: %[[M:.*]] = arith.addi %[[N]]
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[M]]
// CHECK-NOT: scf.for
// CHECK: return

// CHECK-LABEL: func.func private @split_nests_0(
// CHECK-SAME: %[[N2:[a-z0-9_]+]]: index, %{{[a-z0-9_]+}}: memref<8xf32>, %[[WS2:[a-z0-9_]+]]: memref<?xi8>)
// CHECK-SAME: attributes {llvm.linkage = #llvm.linkage<internal>, passthrough = ["noinline"]}
// CHECK-DAG: %[[M2:.*]] = arith.addi %[[N2]]
// CHECK-DAG: memref.view %[[WS2]]
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[M2]]
// CHECK-NOT: scf.for
// CHECK: return

// The function left calling them gets generic x86 tuning (tuneForCalls).
// CHECK-LABEL: func.func @split(
// CHECK-SAME: %[[FWS:[a-z0-9_]+]]: memref<?xi8>, %[[FA:[a-z0-9_]+]]: memref<8xf32>, %[[FN:[a-z0-9_]+]]: index)
// CHECK-SAME: attributes {passthrough = {{\[\[}}"tune-cpu", "generic"]]}
// CHECK-NOT: memref.view
// CHECK-NOT: arith.addi
// CHECK: call @split_nests(%[[FA]], %[[FWS]], %[[FN]])
// CHECK-NEXT: call @split_nests_0(%[[FN]], %[[FA]], %[[FWS]])
// CHECK-NEXT: scf.for {{.*}} iter_args
// CHECK: return

// Below the threshold, a function stays whole, with the host's tuning.
// CHECK-LABEL: func.func @few_loops(
// CHECK-SAME: %{{[a-z0-9_]+}}: memref<8xf32>) {
// CHECK-NOT: call
// CHECK: scf.for
// CHECK-NOT: func.func private

// A nest's memref argument stays noalias (ttt-cpu-noalias-temporaries) when
// its buffer is disjoint from every other (a noalias argument of the
// function, by the function's ttt.cpu_noalias_pointers, or an allocation)
// and no other argument views it. Here %a (LLVM position 1) and the
// allocation (6) are marked; the two views of %b (11 and 18) and %c (23),
// which the function does not mark, are not.

// CHECK-LABEL: func.func private @noalias_nests(
// CHECK-SAME: %{{[a-z0-9_]+}}: memref<8xf32>, %{{[a-z0-9_]+}}: memref<8xf32>,
// CHECK-SAME: %{{[a-z0-9_]+}}: memref<4xf32, strided<[1], offset: ?>>, %{{[a-z0-9_]+}}: index,
// CHECK-SAME: %{{[a-z0-9_]+}}: memref<8xf32>, %{{[a-z0-9_]+}}: memref<8xf32>)
// CHECK-SAME: attributes {llvm.linkage = #llvm.linkage<internal>, passthrough = ["noinline"], ttt.cpu_noalias_pointers = array<i64: 1, 6>}
// CHECK-LABEL: func.func @noalias(
// CHECK: %[[D:.*]] = memref.alloc()
// CHECK: %[[LO:.*]] = memref.subview %[[B:[a-z0-9_]+]][
// CHECK: call @noalias_nests(%[[A:[a-z0-9_]+]], %[[D]], %[[LO]], %{{[a-z0-9_]+}}, %[[B]], %{{[a-z0-9_]+}})

// DEFAULT-NOT: call
// DEFAULT-NOT: passthrough

func.func @split(%ws: memref<?xi8>, %a: memref<8xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %t = memref.view %ws[%c0][] : memref<?xi8> to memref<8xf32>
  scf.for %i = %c0 to %c8 step %c1 {
    scf.for %j = %c0 to %n step %c1 {
      %v = memref.load %a[%i] : memref<8xf32>
      memref.store %v, %t[%i] : memref<8xf32>
    }
  }
  %m = arith.addi %n, %c1 : index
  scf.for %i = %c0 to %m step %c1 {
    %v = memref.load %t[%c0] : memref<8xf32>
    memref.store %v, %a[%c0] : memref<8xf32>
  }
  scf.for %i = %c0 to %m step %c1 {
    %v = memref.load %a[%c1] : memref<8xf32>
    memref.store %v, %t[%c1] : memref<8xf32>
  }
  %r = scf.for %i = %c0 to %c8 step %c1 iter_args(%acc = %c0) -> index {
    %s = arith.addi %acc, %i : index
    scf.yield %s : index
  }
  %x = memref.load %a[%r] : memref<8xf32>
  memref.store %x, %a[%c0] : memref<8xf32>
  return
}

func.func @few_loops(%a: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %f = arith.constant 1.0 : f32
  scf.for %i = %c0 to %c8 step %c1 {
    memref.store %f, %a[%i] : memref<8xf32>
  }
  return
}

func.func @noalias(%a: memref<8xf32>, %b: memref<8xf32>, %c: memref<8xf32>,
                   %n: index)
    attributes {ttt.cpu_noalias_pointers = array<i64: 1, 6>} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %c0) -> index {
    %s = arith.addi %acc, %c1 : index
    scf.yield %s : index
  }
  %d = memref.alloc() : memref<8xf32>
  %lo = memref.subview %b[%r] [4] [1]
      : memref<8xf32> to memref<4xf32, strided<[1], offset: ?>>
  %hi = memref.subview %b[4] [4] [1]
      : memref<8xf32> to memref<4xf32, strided<[1], offset: 4>>
  scf.for %i = %c0 to %c4 step %c1 {
    scf.for %j = %c0 to %n step %c1 {
      %v = memref.load %a[%i] : memref<8xf32>
      memref.store %v, %d[%i] : memref<8xf32>
      memref.store %v, %lo[%i] : memref<4xf32, strided<[1], offset: ?>>
    }
  }
  scf.for %i = %c0 to %c4 step %c1 {
    %v = memref.load %d[%i] : memref<8xf32>
    memref.store %v, %hi[%i] : memref<4xf32, strided<[1], offset: 4>>
    memref.store %v, %c[%i] : memref<8xf32>
  }
  %r2 = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %r) -> index {
    %s = arith.addi %acc, %c1 : index
    scf.yield %s : index
  }
  %x = memref.load %a[%r2] : memref<8xf32>
  memref.store %x, %c[%c0] : memref<8xf32>
  memref.dealloc %d : memref<8xf32>
  return
}

// A split function that keeps vector code of its own keeps the host's
// tuning; one left with calls and scalar code gets generic tuning (see
// @split above), whose scheduling costs linear time in its calls' argument
// stores.
// CHECK-LABEL: func.func @split_vector(
// CHECK-SAME: %{{[a-z0-9_]+}}: memref<8xf32>, %{{[a-z0-9_]+}}: index) -> vector<4xf32> {
// CHECK: call @split_vector_nests(
func.func @split_vector(%a: memref<8xf32>, %n: index) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = arith.constant 1.0 : f32
  scf.for %i = %c0 to %n step %c1 {
    scf.for %j = %c0 to %n step %c1 {
      scf.for %k = %c0 to %n step %c1 {
        memref.store %f, %a[%k] : memref<8xf32>
      }
    }
  }
  scf.for %i = %c0 to %n step %c1 {
    scf.for %j = %c0 to %n step %c1 {
      memref.store %f, %a[%j] : memref<8xf32>
    }
  }
  %v = vector.transfer_read %a[%c0], %f : memref<8xf32>, vector<4xf32>
  return %v : vector<4xf32>
}
