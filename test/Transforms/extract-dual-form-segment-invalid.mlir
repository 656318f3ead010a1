// RUN: ttt-opt %s --ttt-extract-dual-form-segment --verify-diagnostics

// A layer with decay has no segment function (and so no backward) yet: an
// error rather than a segment that ignores the decay.
// expected-error @+1 {{'ttt.layer' op ttt-extract-dual-form-segment: no segment function (and so no backward) for a layer with 'decay' yet}}
ttt.layer @gated attributes {mini_batch = 4 : i64, decay = true} {
^bb0(%x: !ttt.tokens<8>):
  %z = ttt.linear %x weight "W1" bias "b1" : !ttt.tokens<8> -> !ttt.tokens<8>
  ttt.return loss(%z : !ttt.tokens<8>) output(%z : !ttt.tokens<8>)
}
