// RUN: ttt-opt %s --ttt-cpu-prefetch-next-iteration --split-input-file --allow-unregistered-dialect | FileCheck %s
// RUN: ttt-opt %s --ttt-cpu-prefetch-next-iteration="near-bytes=0" --split-input-file --allow-unregistered-dialect | FileCheck %s --check-prefix=FAR
// RUN: not ttt-opt %s --ttt-cpu-prefetch-next-iteration="near-bytes=-1" --split-input-file --allow-unregistered-dialect 2>&1 | FileCheck %s --check-prefix=BAD

// BAD: for the --near-bytes option: '-1' value invalid for ulong argument!

// A sequence loop over mini-batches of 16 rows (the last one partial): the
// rows it reads next are prefetched at the top of each iteration, every
// cache line of the full mini-batch's bound (16 rows of 64 floats: 16 x 4
// lines), guarded by the next iteration being in range; the rows it only
// writes are prefetched for writing.

// CHECK-LABEL: func.func @rows
// CHECK-SAME: (%[[X:.*]]: memref<?x64xf32>, %[[Y:.*]]: memref<?x64xf32>, %[[N:.*]]: index, %[[T:.*]]: index)
// CHECK: scf.forall
// CHECK: scf.for %[[I:.*]] = %[[C0:.*]] to %[[N]] step %[[C1:.*]] {
// CHECK-NEXT: %[[NEXT:.*]] = arith.addi %[[I]], %[[C1]] : index
// CHECK-NEXT: %[[MORE:.*]] = arith.cmpi slt, %[[NEXT]], %[[N]] : index
// CHECK-NEXT: scf.if %[[MORE]] {
// CHECK-NEXT: %[[ROW0:.*]] = arith.muli %[[NEXT]], %{{.*}} : index
// CHECK: %[[ROWS:.*]] = arith.constant 16 : index
// CHECK: scf.for %[[R:.*]] = %{{.*}} to %[[ROWS]] step %{{.*}} {
// CHECK-NEXT: %[[ROW:.*]] = arith.addi %[[R]], %[[ROW0]] : index
// CHECK: %[[C64:.*]] = arith.constant 64 : index
// CHECK-NEXT: %[[LINE:.*]] = arith.constant 16 : index
// CHECK-NEXT: scf.for %[[COL:.*]] = %{{.*}} to %[[C64]] step %[[LINE]] {
// CHECK-NEXT: memref.prefetch %[[X]][%[[ROW]], %[[COL]]], read, locality<3>, data
// CHECK: memref.prefetch %[[Y]][%{{.*}}, %{{.*}}], write, locality<3>, data
// CHECK-NOT: memref.prefetch
// CHECK: memref.subview %[[X]]
// FAR-LABEL: func.func @rows
// FAR: memref.prefetch {{.*}} read, locality<2>, data
// FAR: memref.prefetch {{.*}} write, locality<2>, data
func.func @rows(%x: memref<?x64xf32>, %y: memref<?x64xf32>, %n: index,
                %t: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  scf.forall (%h) in (1) {
    scf.for %i = %c0 to %n step %c1 {
      %row0 = arith.muli %i, %c16 : index
      %left = arith.subi %t, %row0 : index
      %rows = arith.minui %left, %c16 : index
      %in = memref.subview %x[%row0, 0] [%rows, 64] [1, 1]
          : memref<?x64xf32> to memref<?x64xf32, strided<[64, 1], offset: ?>>
      %out = memref.subview %y[%row0, 0] [%rows, 64] [1, 1]
          : memref<?x64xf32> to memref<?x64xf32, strided<[64, 1], offset: ?>>
      memref.copy %in, %out : memref<?x64xf32, strided<[64, 1], offset: ?>>
          to memref<?x64xf32, strided<[64, 1], offset: ?>>
    }
  }
  return
}

// -----

// A reverse sweep (the segment counted down from the end) reads a tape
// row of 80 floats: one line at a time along it, no row loop. The full
// and the partial mini-batch's views of the same window (an scf.if's two
// branches) are prefetched once.

// CHECK-LABEL: func.func @reverse
// CHECK: scf.for %[[I:.*]] =
// CHECK-NEXT: %[[NEXT:.*]] = arith.addi %[[I]]
// CHECK: scf.if
// CHECK-NEXT: %[[LEFT:.*]] = arith.subi %{{.*}}, %[[NEXT]] : index
// CHECK-NEXT: %[[SEG:.*]] = arith.subi %[[LEFT]], %{{.*}} : index
// CHECK: %[[C80:.*]] = arith.constant 80 : index
// CHECK-NEXT: %[[LINE:.*]] = arith.constant 16 : index
// CHECK-NEXT: scf.for %[[COL:.*]] = %{{.*}} to %[[C80]] step %[[LINE]] {
// CHECK-NEXT: memref.prefetch %{{.*}}[%[[SEG]], %[[COL]]], read, locality<3>, data
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @reverse(%tape: memref<?x80xf32>, %n: index, %full: i1,
                   %sink: memref<80xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.forall (%h) in (1) {
    scf.for %i = %c0 to %n step %c1 {
      %left = arith.subi %n, %i : index
      %seg = arith.subi %left, %c1 : index
      scf.if %full {
        %row = memref.subview %tape[%seg, 0] [1, 80] [1, 1]
            : memref<?x80xf32> to memref<80xf32, strided<[1], offset: ?>>
        memref.copy %row, %sink : memref<80xf32, strided<[1], offset: ?>> to memref<80xf32>
      } else {
        %row = memref.subview %tape[%seg, 0] [1, 80] [1, 1]
            : memref<?x80xf32> to memref<80xf32, strided<[1], offset: ?>>
        memref.copy %row, %sink : memref<80xf32, strided<[1], offset: ?>> to memref<80xf32>
      }
    }
  }
  return
}

// -----

// Left alone: a loop not directly in an scf.forall, a subview inside a
// nested loop, an offset read from memory, a size without a constant bound,
// a window whose innermost dimension is strided, and a view of a buffer
// the loop itself allocates.

// CHECK-LABEL: func.func @untouched
// CHECK-NOT: memref.prefetch
// CHECK: return
func.func @untouched(%x: memref<?x64xf32>, %starts: memref<?xindex>,
                     %n: index, %t: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c16 = arith.constant 16 : index
  scf.for %i = %c0 to %n step %c1 {
    %row0 = arith.muli %i, %c16 : index
    %v = memref.subview %x[%row0, 0] [16, 64] [1, 1]
        : memref<?x64xf32> to memref<16x64xf32, strided<[64, 1], offset: ?>>
    "test.use"(%v) : (memref<16x64xf32, strided<[64, 1], offset: ?>>) -> ()
  }
  scf.forall (%h) in (1) {
    scf.for %i = %c0 to %n step %c1 {
      scf.for %j = %c0 to %c16 step %c4 {
        %v = memref.subview %x[%j, 0] [4, 64] [1, 1]
            : memref<?x64xf32> to memref<4x64xf32, strided<[64, 1], offset: ?>>
        "test.use"(%v) : (memref<4x64xf32, strided<[64, 1], offset: ?>>) -> ()
      }
      %start = memref.load %starts[%i] : memref<?xindex>
      %loaded = memref.subview %x[%start, 0] [16, 64] [1, 1]
          : memref<?x64xf32> to memref<16x64xf32, strided<[64, 1], offset: ?>>
      %row0 = arith.muli %i, %c16 : index
      %unbounded = memref.subview %x[%row0, 0] [%t, 64] [1, 1]
          : memref<?x64xf32> to memref<?x64xf32, strided<[64, 1], offset: ?>>
      %columns = memref.subview %x[%row0, 0] [16, 32] [1, 2]
          : memref<?x64xf32> to memref<16x32xf32, strided<[64, 2], offset: ?>>
      %own = memref.alloc() : memref<64x64xf32>
      %local = memref.subview %own[%row0, 0] [16, 64] [1, 1]
          : memref<64x64xf32> to memref<16x64xf32, strided<[64, 1], offset: ?>>
      "test.use"(%loaded, %unbounded, %columns, %local)
          : (memref<16x64xf32, strided<[64, 1], offset: ?>>,
             memref<?x64xf32, strided<[64, 1], offset: ?>>,
             memref<16x32xf32, strided<[64, 2], offset: ?>>,
             memref<16x64xf32, strided<[64, 1], offset: ?>>) -> ()
      memref.dealloc %own : memref<64x64xf32>
    }
  }
  return
}
