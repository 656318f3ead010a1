// RUN: ttt-opt %s --ttt-cpu-fuse-elementwise --split-input-file | FileCheck %s

// A chain over the same 2-D domain fuses into one generic.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @same_domain
// CHECK: linalg.generic
// CHECK: arith.addf
// CHECK: arith.mulf
// CHECK-NOT: linalg.generic
func.func @same_domain(%a: tensor<16x64xf32>, %b: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %e = tensor.empty() : tensor<16x64xf32>
  %s = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b : tensor<16x64xf32>, tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %r = arith.addf %x, %y : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  %p = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%s, %b : tensor<16x64xf32>, tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %r = arith.mulf %x, %y : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  return %p : tensor<16x64xf32>
}

// -----

// A per-row rsqrt stays its own 1-D op: fused into the 2-D scaling it would
// run once per element instead of once per row.

#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
#vec = affine_map<(i) -> (i)>
// CHECK-LABEL: func.func @row_producer_not_recomputed
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel"]}
// CHECK: math.rsqrt
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]}
// CHECK-NOT: math.rsqrt
// CHECK: arith.mulf
func.func @row_producer_not_recomputed(%x: tensor<16x64xf32>, %var: tensor<16xf32>) -> tensor<16x64xf32> {
  %e1 = tensor.empty() : tensor<16xf32>
  %r = linalg.generic {indexing_maps = [#vec, #vec], iterator_types = ["parallel"]}
      ins(%var : tensor<16xf32>) outs(%e1 : tensor<16xf32>) {
  ^bb0(%v: f32, %o: f32):
    %s = math.rsqrt %v : f32
    linalg.yield %s : f32
  } -> tensor<16xf32>
  %e2 = tensor.empty() : tensor<16x64xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %r : tensor<16x64xf32>, tensor<16xf32>) outs(%e2 : tensor<16x64xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<16x64xf32>
  return %y : tensor<16x64xf32>
}

// -----

// The causal weights of the dual form stay a b x b op in front of their
// product with the gradient, which then remains a plain contraction.

#lhs = affine_map<(i, j, k) -> (i, k)>
#rhs = affine_map<(i, j, k) -> (k, j)>
#out = affine_map<(i, j, k) -> (i, j)>
#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @mask_not_fused_into_contraction
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]}
// CHECK: arith.cmpi ule
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-NOT: arith.cmpi
// CHECK: arith.mulf
func.func @mask_not_fused_into_contraction(%a: tensor<16x16xf32>, %g: tensor<16x64xf32>,
                                           %acc: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x16xf32>
  %m = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<16x16xf32>) outs(%e : tensor<16x16xf32>) {
  ^bb0(%x: f32, %o: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %keep = arith.cmpi ule, %j, %i : index
    %v = arith.select %keep, %x, %zero : f32
    linalg.yield %v : f32
  } -> tensor<16x16xf32>
  %c = linalg.generic {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%m, %g : tensor<16x16xf32>, tensor<16x64xf32>) outs(%acc : tensor<16x64xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %o, %p : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %c : tensor<16x64xf32>
}

// -----

// A producer also used after its consumer is computed in the consumer's
// loop, once, and written out as a second result of the fused generic.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @shared_producer_yielded
// CHECK: %[[F:.*]]:2 = linalg.generic
// CHECK-SAME: outs(%{{.*}}, %{{.*}} : tensor<16x64xf32>, tensor<16x64xf32>)
// CHECK: %[[S:.*]] = arith.addf
// CHECK: %[[P:.*]] = arith.mulf %[[S]], %[[S]]
// CHECK: linalg.yield %[[P]], %[[S]]
// CHECK-NOT: linalg.generic
// CHECK: return %[[F]]#1, %[[F]]#0
func.func @shared_producer_yielded(%a: tensor<16x64xf32>) -> (tensor<16x64xf32>, tensor<16x64xf32>) {
  %e = tensor.empty() : tensor<16x64xf32>
  %s = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%x: f32, %o: f32):
    %r = arith.addf %x, %x : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  %p = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%s : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%x: f32, %o: f32):
    %r = arith.mulf %x, %x : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  return %s, %p : tensor<16x64xf32>, tensor<16x64xf32>
}

// -----

// A consumer that reads every value of a chain (as the derivative of an
// activation chain reads each forward value) absorbs the whole chain at
// once: one generic, each producer's body in it once.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @consumer_reads_whole_chain
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.*}}, %{{.*}} : tensor<16x64xf32>, tensor<16x64xf32>)
// CHECK-COUNT-1: math.exp
// CHECK-COUNT-1: math.tanh
// CHECK-NOT: math.exp
// CHECK-NOT: math.tanh
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: linalg.yield
// CHECK-NOT: linalg.generic
func.func @consumer_reads_whole_chain(%x: tensor<16x64xf32>, %y: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %e = tensor.empty() : tensor<16x64xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.tanh %v : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  %c = linalg.generic {indexing_maps = [#id, #id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b, %x, %y : tensor<16x64xf32>, tensor<16x64xf32>, tensor<16x64xf32>, tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%va: f32, %vb: f32, %vx: f32, %vy: f32, %o: f32):
    %m = arith.mulf %va, %vb : f32
    %s = arith.addf %m, %vx : f32
    %t = arith.addf %s, %vy : f32
    linalg.yield %t : f32
  } -> tensor<16x64xf32>
  return %c : tensor<16x64xf32>
}

// -----

// A value read between its producer and the consumer by an op outside the
// group (here one element of it) must exist before the consumer: it stays
// its own generic, and the consumer reads it.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @value_used_before_consumer_not_absorbed
// CHECK: %[[A:.*]] = linalg.generic
// CHECK: math.exp
// CHECK: tensor.extract %[[A]]
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[A]]
// CHECK-NOT: math.exp
// CHECK: math.tanh
// CHECK: return
func.func @value_used_before_consumer_not_absorbed(%x: tensor<16x64xf32>) -> (f32, tensor<16x64xf32>) {
  %c0 = arith.constant 0 : index
  %e = tensor.empty() : tensor<16x64xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  %first = tensor.extract %a[%c0, %c0] : tensor<16x64xf32>
  %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.tanh %v : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  return %first, %b : f32, tensor<16x64xf32>
}

// -----

// A row sum absorbs the elementwise op it reads point for point, even
// though the value is also used after it: computed once per point inside
// the reduction's loops and written out as a second result.

#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
// CHECK-LABEL: func.func @reduction_absorbs_shared_producer
// CHECK: %[[F:.*]]:2 = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
// CHECK: %[[E:.*]] = math.exp
// CHECK: %[[S:.*]] = arith.addf %{{.*}}, %[[E]]
// CHECK: linalg.yield %[[S]], %[[E]]
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[F]]#1
// CHECK-NOT: math.exp
// CHECK: math.tanh
func.func @reduction_absorbs_shared_producer(%x: tensor<16x64xf32>, %acc: tensor<16xf32>) -> (tensor<16xf32>, tensor<16x64xf32>) {
  %e = tensor.empty() : tensor<16x64xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%a : tensor<16x64xf32>) outs(%acc : tensor<16xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = arith.addf %o, %v : f32
    linalg.yield %r : f32
  } -> tensor<16xf32>
  %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.tanh %v : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  return %sum, %b : tensor<16xf32>, tensor<16x64xf32>
}

// -----

// Reverse mode accumulates a gradient into its destination (`out + x`), and
// the next contribution is added into that result as the consumer's init.
// Both join: the first one's destination becomes an input of the fused op,
// whose own destination is then only written.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @accumulations_fuse
// CHECK-SAME: %[[X:[^:]*]]: tensor<16x64xf32>, %[[Y:[^:]*]]: tensor<16x64xf32>, %[[ACC:[^:]*]]: tensor<16x64xf32>
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[X]], %[[ACC]], %[[Y]] : {{.*}}) outs(%{{.*}} : tensor<16x64xf32>)
// CHECK: ^bb0(%[[VX:.*]]: f32, %[[VACC:.*]]: f32, %[[VY:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[E:.*]] = math.exp %[[VX]]
// CHECK: %[[FIRST:.*]] = arith.addf %[[VACC]], %[[E]]
// CHECK: %[[SECOND:.*]] = arith.addf %[[FIRST]], %[[VY]]
// CHECK: linalg.yield %[[SECOND]]
// CHECK-NOT: linalg.generic
func.func @accumulations_fuse(%x: tensor<16x64xf32>, %y: tensor<16x64xf32>, %acc: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%acc : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    %s = arith.addf %o, %r : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  %h = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%y : tensor<16x64xf32>) outs(%g : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %s = arith.addf %o, %v : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %h : tensor<16x64xf32>
}

// -----

// A producer that yields a value from above its body (here a scalar
// argument) is absorbed too; the fused body reads that value directly.

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @producer_yields_value_from_above
// CHECK-SAME: %[[X:.*]]: tensor<16x64xf32>, %[[C:.*]]: f32
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[X]] : tensor<16x64xf32>)
// CHECK: ^bb0(%[[VX:.*]]: f32, %{{.*}}: f32):
// CHECK: arith.mulf %[[C]], %[[VX]]
// CHECK-NOT: linalg.generic
func.func @producer_yields_value_from_above(%x: tensor<16x64xf32>, %c: f32) -> tensor<16x64xf32> {
  %e = tensor.empty() : tensor<16x64xf32>
  %a = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
      outs(%e : tensor<16x64xf32>) {
  ^bb0(%o: f32):
    linalg.yield %c : f32
  } -> tensor<16x64xf32>
  %b = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %x : tensor<16x64xf32>, tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%va: f32, %vx: f32, %o: f32):
    %m = arith.mulf %va, %vx : f32
    linalg.yield %m : f32
  } -> tensor<16x64xf32>
  return %b : tensor<16x64xf32>
}

// -----

// A group stops at max-group-size members; what is left of the chain
// forms its own groups. Every value is also returned, so that upstream's
// patterns (single-use producers only) do not join the groups afterwards.

// RUN: ttt-opt %s --ttt-cpu-fuse-elementwise="max-group-size=2" --split-input-file | FileCheck %s --check-prefix=CAPPED

#id = affine_map<(i, j) -> (i, j)>
// CHECK-LABEL: func.func @group_size_capped
// CHECK: linalg.generic
// CHECK: math.exp
// CHECK: math.cos
// CHECK-NOT: linalg.generic
// CHECK: return
// CAPPED-LABEL: func.func @group_size_capped
// CAPPED: linalg.generic
// CAPPED: math.exp
// CAPPED: math.tanh
// CAPPED: linalg.yield
// CAPPED: linalg.generic
// CAPPED: math.sin
// CAPPED: math.cos
// CAPPED: linalg.yield
// CAPPED-NOT: linalg.generic
// CAPPED: return
func.func @group_size_capped(%x: tensor<16x64xf32>) -> (tensor<16x64xf32>, tensor<16x64xf32>, tensor<16x64xf32>, tensor<16x64xf32>) {
  %e = tensor.empty() : tensor<16x64xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.tanh %v : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  %c = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.sin %v : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  %d = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%c : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.cos %v : f32
    linalg.yield %r : f32
  } -> tensor<16x64xf32>
  return %a, %b, %c, %d : tensor<16x64xf32>, tensor<16x64xf32>, tensor<16x64xf32>, tensor<16x64xf32>
}
