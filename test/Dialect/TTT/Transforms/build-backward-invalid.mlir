// RUN: ttt-opt %s --split-input-file --ttt-build-backward=training-pair -verify-diagnostics

// Without the segment's taped functions there is nothing to sweep.
// expected-error @+1 {{ttt-build-backward: no '@lin_segment_taped' to build the backward from (run --ttt-extract-dual-form-segment and --ttt-reverse-mode first)}}
ttt.layer @lin attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// The kernel's name is taken.
// expected-note @+1 {{'lin_backward' is defined here}}
func.func private @lin_backward()
func.func private @lin_segment_taped()
func.func private @lin_segment_from_tape()
func.func private @lin_segment_taped_vjp()
// expected-error @+1 {{ttt-build-backward: the kernel name 'lin_backward' is already a symbol}}
ttt.layer @lin attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}

// -----

// With the training pair, its kernels' names are checked too, before any
// kernel is built.
// expected-note @+1 {{'lin_backward_from_tape' is defined here}}
func.func private @lin_backward_from_tape()
func.func private @lin_segment_taped()
func.func private @lin_segment_from_tape()
func.func private @lin_segment_taped_vjp()
// expected-error @+1 {{ttt-build-backward: the kernel name 'lin_backward_from_tape' is already a symbol}}
ttt.layer @lin attributes {mini_batch = 4 : i64} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}
