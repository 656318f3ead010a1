// RUN: ttt-opt %s | FileCheck %s --strict-whitespace
// RUN: ttt-opt %s | ttt-opt | FileCheck %s --strict-whitespace
// RUN: ttt-opt %s --mlir-print-op-generic | ttt-opt | FileCheck %s --strict-whitespace

// Every op in its custom form, exactly as printed (one space between the
// tokens, none doubled), with a hand-written gradient region.
// CHECK-LABEL: ttt.layer @all_ops attributes {mini_batch = 2 : i64} {
// CHECK-NEXT:  ^bb0(%x: !ttt.tokens<4>):
// CHECK-NEXT:    %0 = ttt.linear %x weight "W1" bias "b1" : <4> -> <8>
// CHECK-NEXT:    %1 = ttt.activation gelu_tanh %0 : <8>
// CHECK-NEXT:    %2 = ttt.linear %1 weight "W2" bias "b2" : <8> -> <4>
// CHECK-NEXT:    %3 = ttt.layer_norm %2 weight "ln_weight" bias "ln_bias" eps {{.*}} : <4>
// CHECK-NEXT:    %4 = ttt.add %x, %3 : <4>, <4>
// CHECK-NEXT:    ttt.return loss(%4 : <4>) output(%4 : <4>)
// CHECK-NEXT:  } gradient {
// CHECK-NEXT:  ^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
// CHECK-NEXT:    %0 = ttt.linear %k weight "W1" bias "b1" : <4> -> <8>
// CHECK-NEXT:    %1 = ttt.activation gelu_tanh %0 : <8>
// CHECK-NEXT:    %2 = ttt.linear %1 weight "W2" bias "b2" : <8> -> <4>
// CHECK-NEXT:    %3 = ttt.layer_norm %2 weight "ln_weight" bias "ln_bias" eps {{.*}} : <4>
// CHECK-NEXT:    %4 = ttt.add %k, %3 : <4>, <4>
// CHECK-NEXT:    %5 = ttt.loss_grad %4, %v : <4>
// CHECK-NEXT:    %6 = ttt.layer_norm_grad %2, %5 weight "ln_weight" eps {{.*}} : <4>
// CHECK-NEXT:    %7 = ttt.linear_input_grad %6 weight "W2" : <4> -> <8>
// CHECK-NEXT:    %8 = ttt.activation_grad gelu_tanh %0, %7 : <8>
// CHECK-NEXT:    ttt.gradients inputs(%k, %1 : !ttt.tokens<4>, !ttt.tokens<8>) output_grads(%8, %6 : !ttt.tokens<8>, !ttt.tokens<4>)
// CHECK-NEXT:  }
ttt.layer @all_ops attributes {mini_batch = 2 : i64} {
^bb0(%x: !ttt.tokens<4>):
  %h = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<8>
  %a = ttt.activation gelu_tanh %h : !ttt.tokens<8>
  %z = ttt.linear %a weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<4>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<4>
  %f = ttt.add %x, %n : !ttt.tokens<4>, !ttt.tokens<4>
  ttt.return loss(%f : !ttt.tokens<4>) output(%f : !ttt.tokens<4>)
} gradient {
^bb0(%k: !ttt.tokens<4>, %v: !ttt.tokens<4>):
  %h = ttt.linear %k weight "W1" bias "b1" : !ttt.tokens<4> -> !ttt.tokens<8>
  %a = ttt.activation gelu_tanh %h : !ttt.tokens<8>
  %z = ttt.linear %a weight "W2" bias "b2" : !ttt.tokens<8> -> !ttt.tokens<4>
  %n = ttt.layer_norm %z weight "ln_weight" bias "ln_bias" eps 1.0e-06 : !ttt.tokens<4>
  %f = ttt.add %k, %n : !ttt.tokens<4>, !ttt.tokens<4>
  %g = ttt.loss_grad %f, %v : !ttt.tokens<4>
  %gz = ttt.layer_norm_grad %z, %g weight "ln_weight" eps 1.0e-06 : !ttt.tokens<4>
  %ga = ttt.linear_input_grad %gz weight "W2" : !ttt.tokens<4> -> !ttt.tokens<8>
  %gh = ttt.activation_grad gelu_tanh %h, %ga : !ttt.tokens<8>
  ttt.gradients inputs(%k, %a : !ttt.tokens<4>, !ttt.tokens<8>) output_grads(%gh, %gz : !ttt.tokens<8>, !ttt.tokens<4>)
}
