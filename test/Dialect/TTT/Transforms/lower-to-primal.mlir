// RUN: ttt-opt %s --split-input-file --verify-diagnostics --ttt-lower-to-primal | FileCheck %s

// One token at a time: [1 x d] rows, the gradient at theta_0 added to the
// running sums, the token evaluated at theta_0 - token_scale[p] * S, and a
// commit (select) when p + 1 reaches b.
// CHECK-LABEL: func.func @lin(
// CHECK-SAME: %[[TS:[^:]*]]: tensor<4xf32>
// CHECK: scf.forall
// CHECK: scf.for %[[T:[^ ]*]] = %{{[^ ]*}} to %{{[^ ]*}} step %{{[^ ]*}} iter_args(%{{[^ ]*}} = %{{[^ ]*}}, %[[P:[^ ]*]] = 
// CHECK: tensor.extract_slice %{{.*}}[%[[T]], 0] [1, 8] [1, 1] : tensor<?x8xf32> to tensor<1x8xf32>
// CHECK: linalg.matmul indexing_maps = {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x8xf32>, tensor<1x8xf32>) outs(%{{.*}} : tensor<8x8xf32>)
// CHECK: tensor.extract %[[TS]][%[[P]]] : tensor<4xf32>
// CHECK: %[[NEXT:.*]] = arith.addi %[[P]], %c1
// CHECK: %[[DONE:.*]] = arith.cmpi eq, %[[NEXT]], %c4
// CHECK: arith.select %[[DONE]], %c0{{.*}}, %[[NEXT]] : index
// CHECK: arith.select %[[DONE]], %{{.*}}, %{{.*}} : tensor<8x8xf32>
// CHECK: scf.yield
ttt.layer @lin attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// Non-causal mini-batches have no token-by-token form.
// expected-error @+1 {{has non-causal mini-batches (timing 'all'), which have no token-by-token primal form}}
ttt.layer @noncausal attributes {mini_batch = 4 : i64, timing = #ttt<timing all>} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// `after` timing: the token is evaluated at theta_0, the loop's W0, like its
// gradient (theta_0 - token_scale[p] * S is still formed, for the commit).
// CHECK-LABEL: func.func @after(
// CHECK: scf.for {{.*}} iter_args(%{{[^ ]*}} = %{{[^ ]*}}, %{{[^ ]*}} = %{{[^ ]*}}, %[[W0:[^ ]*]] = 
// CHECK: linalg.matmul ins(%{{.*}}, %[[W0]] : tensor<1x8xf32>, tensor<8x8xf32>)
// CHECK: arith.subf
// CHECK: linalg.matmul ins(%{{.*}}, %[[W0]] : tensor<1x8xf32>, tensor<8x8xf32>)
// CHECK: scf.yield
ttt.layer @after attributes {mini_batch = 4 : i64, timing = #ttt<timing after>} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// `normalize_weights`: the committed weight is the token's state with its
// columns rescaled to the norms of the loop's W0; the select keeps W0 until
// the mini-batch completes.
// CHECK-LABEL: func.func @normalize_weights(
// CHECK: scf.for {{.*}} iter_args(%{{[^ ]*}} = %{{[^ ]*}}, %{{[^ ]*}} = %{{[^ ]*}}, %[[W0:[^ ]*]] = 
// CHECK: linalg.generic {{.*}} ins(%[[W0]] : tensor<8x8xf32>)
// CHECK: math.sqrt
// CHECK: math.sqrt
// CHECK: %[[N:[^ ]*]] = linalg.generic {{.*}} ins(%{{[^,]*}}, %{{[^,]*}}, %{{[^ ]*}} : tensor<8x8xf32>, tensor<1x8xf32>, tensor<1x8xf32>)
// CHECK: arith.select %{{[^,]*}}, %[[N]], %[[W0]] : tensor<8x8xf32>
// CHECK: scf.yield
ttt.layer @normalize_weights attributes {mini_batch = 4 : i64, normalize_weights = true} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// A gradient region already present is lowered as given, not re-derived
// (here a relu' that the model does not have), with its parameters bound to
// the model's by name.
// CHECK-LABEL: func.func @given_gradient(
// CHECK-SAME: %{{[^:]*}}: tensor<?x8xf32> {{[{][^}]*[}]}}, %{{[^:]*}}: tensor<?x8xf32> {{[{][^}]*[}]}},
// CHECK: scf.forall
// CHECK: math.rsqrt
// CHECK: arith.cmpf ogt
ttt.layer @given_gradient attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<8>
  ttt.return loss(%n : !ttt.tokens<8>) output(%n : !ttt.tokens<8>)
} gradient {
^bb0(%k: !ttt.tokens<8>, %v: !ttt.tokens<8>):
  %z = ttt.linear %k weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<8>
  %g = ttt.loss_grad %n, %v : !ttt.tokens<8>
  %gn = ttt.layer_norm_grad %z, %g weight "ln_weight" eps 1.0e-06 : !ttt.tokens<8>
  %gz = ttt.activation_grad relu %z, %gn : !ttt.tokens<8>
  ttt.gradients inputs(%k : !ttt.tokens<8>) output_grads(%gz : !ttt.tokens<8>)
}
