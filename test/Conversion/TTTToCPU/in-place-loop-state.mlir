// RUN: ttt-opt %s --ttt-cpu-in-place-loop-state --split-input-file | FileCheck %s

// The next weights (W - D) and the gradient sum reset to zero are computed
// into the loop-carried tensors themselves.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @state_update
// CHECK: scf.for {{.*}}iter_args(%[[W:.*]] = %{{.*}}, %[[S:.*]] = %{{.*}})
// CHECK: linalg.generic {{.*}}ins(%[[W]], %{{.*}} : {{.*}}) outs(%[[W]] : tensor<64x64xf32>)
// CHECK: arith.subf
// CHECK: linalg.generic {{.*}}outs(%[[S]] : tensor<64x64xf32>)
func.func @state_update(%w0: tensor<64x64xf32>, %s0: tensor<64x64xf32>,
                        %d: tensor<64x64xf32>, %n: index) -> (tensor<64x64xf32>, tensor<64x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%w = %w0, %s = %s0)
      -> (tensor<64x64xf32>, tensor<64x64xf32>) {
    %e = tensor.empty() : tensor<64x64xf32>
    %next = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%w, %d : tensor<64x64xf32>, tensor<64x64xf32>) outs(%e : tensor<64x64xf32>) {
    ^bb0(%a: f32, %b: f32, %o: f32):
      %m = arith.subf %a, %b : f32
      linalg.yield %m : f32
    } -> tensor<64x64xf32>
    %reset = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
        outs(%e : tensor<64x64xf32>) {
    ^bb0(%o: f32):
      linalg.yield %zero : f32
    } -> tensor<64x64xf32>
    scf.yield %next, %reset : tensor<64x64xf32>, tensor<64x64xf32>
  }
  return %r#0, %r#1 : tensor<64x64xf32>, tensor<64x64xf32>
}

// -----

// Left alone: an op that reads its init (an accumulation), one whose result
// is also used elsewhere, and one whose init is not a tensor.empty.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @not_rewritten
// CHECK: scf.for {{.*}}iter_args(%[[A:.*]] = %{{.*}}, %[[B:.*]] = %{{.*}}, %[[C:.*]] = %{{.*}})
// CHECK-NOT: outs(%[[A]]
// CHECK-NOT: outs(%[[B]]
// CHECK-NOT: outs(%[[C]]
// CHECK: scf.yield
func.func @not_rewritten(%a0: tensor<8x8xf32>, %d: tensor<8x8xf32>, %n: index)
    -> (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:3 = scf.for %i = %c0 to %n step %c1 iter_args(%a = %a0, %b = %a0, %c = %a0)
      -> (tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>) {
    %e = tensor.empty() : tensor<8x8xf32>
    %acc = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%a : tensor<8x8xf32>) outs(%d : tensor<8x8xf32>) {
    ^bb0(%x: f32, %o: f32):
      %s = arith.addf %x, %o : f32
      linalg.yield %s : f32
    } -> tensor<8x8xf32>
    %twice = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%b : tensor<8x8xf32>) outs(%e : tensor<8x8xf32>) {
    ^bb0(%x: f32, %o: f32):
      %s = arith.addf %x, %x : f32
      linalg.yield %s : f32
    } -> tensor<8x8xf32>
    %used = arith.addf %twice, %twice : tensor<8x8xf32>
    %neg = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%c : tensor<8x8xf32>) outs(%d : tensor<8x8xf32>) {
    ^bb0(%x: f32, %o: f32):
      %s = arith.negf %x : f32
      linalg.yield %s : f32
    } -> tensor<8x8xf32>
    scf.yield %acc, %twice, %neg : tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>
  }
  return %r#0, %r#1, %r#2, %d : tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>
}

// -----

// A commit that happens only at the end of a mini-batch: the branch that
// computes the next weights writes them into the carried tensor, which the
// other branch passes on. The same when the branch's value is not yielded
// by the loop itself (the VJP of the commit, whose cotangent feeds more
// work).

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @conditional_commit
// CHECK: scf.for {{.*}}iter_args(%[[W:.*]] = %{{.*}}, %[[G:.*]] = %{{.*}})
// CHECK: scf.if
// CHECK: linalg.generic {{.*}}ins(%[[W]], %{{.*}} : {{.*}}) outs(%[[W]] : tensor<64x64xf32>)
// CHECK: } else {
// CHECK-NEXT: scf.yield %[[W]]
// CHECK: scf.if
// CHECK: linalg.generic {{.*}}ins(%{{.*}} : {{.*}}) outs(%[[G]] : tensor<64x64xf32>)
// CHECK: } else {
// CHECK-NEXT: scf.yield %[[G]]
func.func @conditional_commit(%w0: tensor<64x64xf32>, %d: tensor<64x64xf32>,
                              %n: index, %b: index)
    -> (tensor<64x64xf32>, tensor<64x64xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%w = %w0, %g = %w0)
      -> (tensor<64x64xf32>, tensor<64x64xf32>) {
    %commits = arith.cmpi eq, %i, %b : index
    %e = tensor.empty() : tensor<64x64xf32>
    %next = scf.if %commits -> (tensor<64x64xf32>) {
      %u = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
          ins(%w, %d : tensor<64x64xf32>, tensor<64x64xf32>) outs(%e : tensor<64x64xf32>) {
      ^bb0(%x: f32, %y: f32, %o: f32):
        %m = arith.subf %x, %y : f32
        linalg.yield %m : f32
      } -> tensor<64x64xf32>
      scf.yield %u : tensor<64x64xf32>
    } else {
      scf.yield %w : tensor<64x64xf32>
    }
    %cot = scf.if %commits -> (tensor<64x64xf32>) {
      %s = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
          ins(%d : tensor<64x64xf32>) outs(%e : tensor<64x64xf32>) {
      ^bb0(%x: f32, %o: f32):
        %m = arith.negf %x : f32
        linalg.yield %m : f32
      } -> tensor<64x64xf32>
      scf.yield %s : tensor<64x64xf32>
    } else {
      scf.yield %g : tensor<64x64xf32>
    }
    %more = arith.addf %cot, %d : tensor<64x64xf32>
    scf.yield %next, %more : tensor<64x64xf32>, tensor<64x64xf32>
  }
  return %r#0, %r#1 : tensor<64x64xf32>, tensor<64x64xf32>
}

// -----

// Left alone: an if whose other branch passes on a value the loop does not
// carry.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @not_carried
// CHECK: %[[E:.*]] = tensor.empty()
// CHECK: scf.if
// CHECK: linalg.generic {{.*}}outs(%[[E]] : tensor<8x8xf32>)
func.func @not_carried(%a0: tensor<8x8xf32>, %d: tensor<8x8xf32>, %n: index,
                       %c: i1) -> tensor<8x8xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%a = %a0) -> (tensor<8x8xf32>) {
    %e = tensor.empty() : tensor<8x8xf32>
    %v = scf.if %c -> (tensor<8x8xf32>) {
      %s = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
          ins(%a : tensor<8x8xf32>) outs(%e : tensor<8x8xf32>) {
      ^bb0(%x: f32, %o: f32):
        %m = arith.negf %x : f32
        linalg.yield %m : f32
      } -> tensor<8x8xf32>
      scf.yield %s : tensor<8x8xf32>
    } else {
      scf.yield %d : tensor<8x8xf32>
    }
    %sum = arith.addf %v, %a : tensor<8x8xf32>
    scf.yield %sum : tensor<8x8xf32>
  }
  return %r : tensor<8x8xf32>
}
