// The smallest layer worth compiling, to keep the output-directory tests fast.
ttt.layer @tiny attributes {mini_batch = 2 : i64, timing = #ttt<timing causal>} {
^bb0(%x: !ttt.tokens<4>):
  %z = ttt.linear %x weight "W" bias "b" : !ttt.tokens<4> -> !ttt.tokens<4>
  ttt.return loss(%z : !ttt.tokens<4>) output(%z : !ttt.tokens<4>)
}
