// RUN: ttt-opt %s --ttt-branch-dims --split-input-file | FileCheck %s

// One branch adds into %x, the other passes it on: the if's rows are %x's.

// CHECK-LABEL: func.func @dest_or_passthrough
// CHECK-SAME: (%[[X:.*]]: tensor<?x64xf32>, %[[C:.*]]: i1)
// CHECK: %[[IF:.*]] = scf.if
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %c0
// CHECK: return %[[IF]], %[[D]]
func.func @dest_or_passthrough(%x: tensor<?x64xf32>, %c: i1)
    -> (tensor<?x64xf32>, index) {
  %c0 = arith.constant 0 : index
  %one = arith.constant 1.0 : f32
  %r = scf.if %c -> (tensor<?x64xf32>) {
    %f = linalg.fill ins(%one : f32) outs(%x : tensor<?x64xf32>) -> tensor<?x64xf32>
    scf.yield %f : tensor<?x64xf32>
  } else {
    scf.yield %x : tensor<?x64xf32>
  }
  %d = tensor.dim %r, %c0 : tensor<?x64xf32>
  return %r, %d : tensor<?x64xf32>, index
}

// -----

// Both branches build a tensor of %n rows: the dim is %n itself.

// CHECK-LABEL: func.func @same_empty_size
// CHECK-SAME: (%[[N:.*]]: index, %[[C:.*]]: i1)
// CHECK-NOT: tensor.dim
// CHECK: return %{{.*}}, %[[N]]
func.func @same_empty_size(%n: index, %c: i1) -> (tensor<?x8xf32>, index) {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %r = scf.if %c -> (tensor<?x8xf32>) {
    %e = tensor.empty(%n) : tensor<?x8xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<?x8xf32>) -> tensor<?x8xf32>
    scf.yield %f : tensor<?x8xf32>
  } else {
    %e = tensor.empty(%n) : tensor<?x8xf32>
    scf.yield %e : tensor<?x8xf32>
  }
  %d = tensor.dim %r, %c0 : tensor<?x8xf32>
  return %r, %d : tensor<?x8xf32>, index
}

// -----

// A loop that writes row blocks into its iter_arg keeps its init's shape,
// through insert_slice and vector.transfer_write.

// CHECK-LABEL: func.func @shape_keeping_loop
// CHECK-SAME: (%[[X:.*]]: tensor<?x32xf32>, %[[C:.*]]: i1, %[[V:.*]]: vector<2x32xf32>)
// CHECK: %[[IF:.*]] = scf.if
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %c0
// CHECK: return %[[IF]], %[[D]]
func.func @shape_keeping_loop(%x: tensor<?x32xf32>, %c: i1,
                              %v: vector<2x32xf32>) -> (tensor<?x32xf32>, index) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c8 = arith.constant 8 : index
  %r = scf.if %c -> (tensor<?x32xf32>) {
    %l = scf.for %i = %c0 to %c8 step %c2 iter_args(%acc = %x) -> (tensor<?x32xf32>) {
      %s = tensor.extract_slice %acc[%i, 0] [2, 32] [1, 1] : tensor<?x32xf32> to tensor<2x32xf32>
      %w = vector.transfer_write %v, %s[%c0, %c0] {in_bounds = [true, true]} : vector<2x32xf32>, tensor<2x32xf32>
      %ins = tensor.insert_slice %w into %acc[%i, 0] [2, 32] [1, 1] : tensor<2x32xf32> into tensor<?x32xf32>
      scf.yield %ins : tensor<?x32xf32>
    }
    scf.yield %l : tensor<?x32xf32>
  } else {
    scf.yield %x : tensor<?x32xf32>
  }
  %d = tensor.dim %r, %c0 : tensor<?x32xf32>
  return %r, %d : tensor<?x32xf32>, index
}

// -----

// The branches yield two different tensors: their rows may differ, the dim
// stays on the if.

// CHECK-LABEL: func.func @different_tensors
// CHECK: %[[IF:.*]] = scf.if
// CHECK: tensor.dim %[[IF]], %c0
func.func @different_tensors(%a: tensor<?x8xf32>, %b: tensor<?x8xf32>,
                             %c: i1) -> index {
  %c0 = arith.constant 0 : index
  %r = scf.if %c -> (tensor<?x8xf32>) {
    scf.yield %a : tensor<?x8xf32>
  } else {
    scf.yield %b : tensor<?x8xf32>
  }
  %d = tensor.dim %r, %c0 : tensor<?x8xf32>
  return %d : index
}

// -----

// A loop whose body yields another tensor than its iter_arg may change the
// shape from one trip to the next: the dim stays on the if.

// CHECK-LABEL: func.func @shape_changing_loop
// CHECK: %[[IF:.*]] = scf.if
// CHECK: tensor.dim %[[IF]], %c0
func.func @shape_changing_loop(%x: tensor<?x8xf32>, %y: tensor<?x8xf32>,
                               %c: i1) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %r = scf.if %c -> (tensor<?x8xf32>) {
    %l = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %x) -> (tensor<?x8xf32>) {
      scf.yield %y : tensor<?x8xf32>
    }
    scf.yield %l : tensor<?x8xf32>
  } else {
    scf.yield %x : tensor<?x8xf32>
  }
  %d = tensor.dim %r, %c0 : tensor<?x8xf32>
  return %d : index
}
