// RUN: ttt-opt %s --split-input-file --verify-diagnostics --ttt-lower-to-dual-form
// RUN: ttt-opt %s --split-input-file --verify-diagnostics --ttt-lower-to-primal
// RUN: not ttt-compile %s --target=cpu -o %t.out 2>&1 | FileCheck %s --check-prefix=COMPILE
// RUN: not ls %t.out

// The lowerings rewrite the layers at the top level of the module they run
// on; a layer in a nested module is an error rather than silently kept.

// COMPILE: error: 'ttt.layer' op is not at the top level of the module: ttt-compile works on top-level layers only
module {
  // expected-error @+1 {{is not at the top level of the module: ttt-lower-to-}}
  ttt.layer @nested attributes {mini_batch = 4 : i64, timing = #ttt<timing causal>} {
  ^bb0(%x: !ttt.tokens<8>):
    %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
    ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
  }
}
ttt.layer @top attributes {mini_batch = 4 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}
