// DeltaNet (Yang et al. 2024) as a TTT layer: d = 64, mini-batch b = 1,
// f(x) = x W with no bias, LayerNorm or residual. Online gradient descent on
// 1/2 ||k W - v||^2 is the delta rule in row-vector form,
//   W_t = W_{t-1} - beta_t k_t^T (k_t W_{t-1} - v_t),   z_t = q_t W_t,
// with beta_t = token_scale[0] * lr_t; S_t = W_t^T is the column-vector
// state of the paper (S_t = S_{t-1} - beta_t (S_{t-1} k_t - v_t) k_t^T,
// o_t = S_t q_t). Semantics section 10.
ttt.layer @deltanet attributes {mini_batch = 1 : i64} {
^bb0(%x: !ttt.tokens<64>):
  %f = ttt.linear %x weight "W" : !ttt.tokens<64> -> !ttt.tokens<64>
  ttt.return loss(%f : !ttt.tokens<64>) output(%f : !ttt.tokens<64>)
}
