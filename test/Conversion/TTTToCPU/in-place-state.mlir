// RUN: ttt-opt %s --ttt-cpu-in-place-state --split-input-file | FileCheck %s

// A sequence's state input copied into the same window of its output, and
// read by nothing else: the copy runs only when the buffers differ, and the
// output is listed. `position` (read, then written through another pointer)
// and `Z` are not state.

// CHECK-LABEL: func.func @state_copied
// CHECK-SAME: ttt.in_place_outputs = ["W1"]
// CHECK-DAG: %[[IN:.*]] = memref.extract_aligned_pointer_as_index %arg0
// CHECK-DAG: %[[OUT:.*]] = memref.extract_aligned_pointer_as_index %arg2
// CHECK: %[[DIFFER:.*]] = arith.cmpi ne, %[[IN]], %[[OUT]] : index
// CHECK: scf.for %[[N:.*]] =
// CHECK: %[[FROM:.*]] = memref.subview %arg0[%[[N]], 0, 0]
// CHECK: %[[TO:.*]] = memref.subview %arg2[%[[N]], 0, 0]
// CHECK: scf.if %[[DIFFER]] {
// CHECK-NEXT: memref.copy %[[FROM]], %[[TO]]
// CHECK-NEXT: }
// CHECK: memref.store
// CHECK-NOT: scf.if
// CHECK: return
func.func @state_copied(
    %w: memref<?x4x4xf32> {ttt.arg = #ttt.arg<input, state, "W1", ["B", 4, 4]>},
    %pos: memref<i64> {ttt.arg = #ttt.arg<input, position, "position", []>},
    %w_out: memref<?x4x4xf32> {ttt.arg = #ttt.arg<output, state, "W1", ["B", 4, 4]>},
    %pos_out: memref<i64> {ttt.arg = #ttt.arg<output, position, "position", []>}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = arith.constant 1.0 : f32
  %b = memref.dim %w, %c0 : memref<?x4x4xf32>
  %p = memref.load %pos[] : memref<i64>
  scf.for %n = %c0 to %b step %c1 {
    %from = memref.subview %w[%n, 0, 0] [1, 4, 4] [1, 1, 1]
        : memref<?x4x4xf32> to memref<4x4xf32, strided<[4, 1], offset: ?>>
    %to = memref.subview %w_out[%n, 0, 0] [1, 4, 4] [1, 1, 1]
        : memref<?x4x4xf32> to memref<4x4xf32, strided<[4, 1], offset: ?>>
    memref.copy %from, %to : memref<4x4xf32, strided<[4, 1], offset: ?>>
        to memref<4x4xf32, strided<[4, 1], offset: ?>>
    memref.store %f, %to[%c0, %c0] : memref<4x4xf32, strided<[4, 1], offset: ?>>
  }
  memref.store %p, %pos_out[] : memref<i64>
  return
}

// -----

// The input read after the copy: its copy stays unconditional, nothing is
// listed.

// CHECK-LABEL: func.func @state_read_again
// CHECK-NOT: ttt.in_place_outputs
// CHECK-NOT: extract_aligned_pointer
// CHECK-NOT: scf.if
// CHECK: memref.copy
func.func @state_read_again(
    %w: memref<4x4xf32> {ttt.arg = #ttt.arg<input, grad_sum, "W1.grad_sum", [4, 4]>},
    %w_out: memref<4x4xf32> {ttt.arg = #ttt.arg<output, grad_sum, "W1.grad_sum", [4, 4]>}) {
  %c0 = arith.constant 0 : index
  memref.copy %w, %w_out : memref<4x4xf32> to memref<4x4xf32>
  %x = memref.load %w[%c0, %c0] : memref<4x4xf32>
  memref.store %x, %w_out[%c0, %c0] : memref<4x4xf32>
  return
}

// -----

// A copy into another window of the output (sequence n + 1's): the buffers
// being one would not make it a no-op.

// CHECK-LABEL: func.func @other_window
// CHECK-NOT: ttt.in_place_outputs
// CHECK-NOT: scf.if
// CHECK: memref.copy
func.func @other_window(
    %w: memref<?x4x4xf32> {ttt.arg = #ttt.arg<input, state, "W1", ["B", 4, 4]>},
    %w_out: memref<?x4x4xf32> {ttt.arg = #ttt.arg<output, state, "W1", ["B", 4, 4]>},
    %n: index) {
  %c1 = arith.constant 1 : index
  %next = arith.addi %n, %c1 : index
  %from = memref.subview %w[%n, 0, 0] [1, 4, 4] [1, 1, 1]
      : memref<?x4x4xf32> to memref<4x4xf32, strided<[4, 1], offset: ?>>
  %to = memref.subview %w_out[%next, 0, 0] [1, 4, 4] [1, 1, 1]
      : memref<?x4x4xf32> to memref<4x4xf32, strided<[4, 1], offset: ?>>
  memref.copy %from, %to : memref<4x4xf32, strided<[4, 1], offset: ?>>
      to memref<4x4xf32, strided<[4, 1], offset: ?>>
  return
}

// -----

// Only the carried state's roles (state, grad_sum, decay_product) count:
// `position` is read before the sequences and written after them.

// CHECK-LABEL: func.func @not_carried
// CHECK-NOT: ttt.in_place_outputs
// CHECK-NOT: scf.if
func.func @not_carried(
    %p: memref<i64> {ttt.arg = #ttt.arg<input, position, "position", []>},
    %p_out: memref<i64> {ttt.arg = #ttt.arg<output, position, "position", []>}) {
  memref.copy %p, %p_out : memref<i64> to memref<i64>
  return
}
