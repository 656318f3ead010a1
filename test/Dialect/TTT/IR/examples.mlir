// Every file in examples/ parses, verifies and survives a print/parse round
// trip; the section 8 variants also lower to the dual form, and the
// non-causal one is rejected by the primal lowering.

// RUN: ttt-opt %examples/ttt_linear.mlir | ttt-opt | FileCheck %s --check-prefix=LINEAR
// RUN: ttt-opt %examples/ttt_mlp.mlir | ttt-opt | FileCheck %s --check-prefix=MLP
// RUN: ttt-opt %examples/ttt_mlp3_silu_d96.mlir | ttt-opt | FileCheck %s --check-prefix=MLP3
// RUN: ttt-opt %examples/section8_variants.mlir | ttt-opt | FileCheck %s --check-prefix=S8
// RUN: ttt-opt %examples/deltanet.mlir | ttt-opt | FileCheck %s --check-prefix=DELTANET
// RUN: ttt-opt %examples/ttt_linear_gated.mlir | ttt-opt | FileCheck %s --check-prefix=GATED
// RUN: ttt-opt %examples/section8_variants.mlir --ttt-lower-to-dual-form | FileCheck %s --check-prefix=S8-DUAL
// RUN: not ttt-opt %examples/section8_variants.mlir --ttt-lower-to-primal 2>&1 | FileCheck %s --check-prefix=S8-PRIMAL

// LINEAR-LABEL: ttt.layer @ttt_linear attributes {mini_batch = 16 : i64} {
// LINEAR:         %[[Z:.*]] = ttt.linear %x weight "W1" bias "b1" : <64> -> <64>
// LINEAR:         %[[F:.*]] = ttt.add %x, %{{.*}} : <64>, <64>
// LINEAR:         ttt.return loss(%[[F]] : <64>) output(%[[F]] : <64>)

// MLP-LABEL: ttt.layer @ttt_mlp attributes {mini_batch = 16 : i64} {
// MLP:         ttt.linear %x weight "W1" bias "b1" : <64> -> <256>
// MLP-NEXT:    ttt.activation gelu_tanh %{{.*}} : <256>
// MLP-NEXT:    ttt.linear %{{.*}} weight "W2" bias "b2" : <256> -> <64>

// DELTANET-LABEL: ttt.layer @deltanet attributes {mini_batch = 1 : i64} {
// DELTANET:         %[[F:.*]] = ttt.linear %x weight "W" : <64> -> <64>
// DELTANET-NEXT:    ttt.return loss(%[[F]] : <64>) output(%[[F]] : <64>)

// MLP3-LABEL: ttt.layer @ttt_mlp3_silu attributes {mini_batch = 8 : i64} {
// MLP3-NEXT:  ^bb0(%x: !ttt.tokens<96>):
// MLP3:         ttt.linear %x weight "W1" bias "b1" : <96> -> <192>
// MLP3:         ttt.linear %{{.*}} weight "W2" bias "b2" : <192> -> <288>
// MLP3:         ttt.linear %{{.*}} weight "W3" bias "b3" : <288> -> <96>

// S8-LABEL: ttt.layer @video_noncausal attributes {mini_batch = 64 : i64, timing = #ttt<timing all>} {
// S8:         ttt.layer_norm %{{.*}} eps 1.000000e-08 : <64>
// S8-LABEL: ttt.layer @ln_eps_1e8 attributes {mini_batch = 16 : i64} {
// S8:         ttt.layer_norm %{{.*}} eps 1.000000e-08 : <64>
// S8-LABEL: ttt.layer @output_residual_zq
// S8:         %[[Z:.*]] = ttt.linear %x
// S8-NEXT:    %[[N:.*]] = ttt.layer_norm %[[Z]]
// S8-NEXT:    %[[F:.*]] = ttt.add %x, %[[N]]
// S8-NEXT:    %[[O:.*]] = ttt.add %[[Z]], %[[N]]
// S8-NEXT:    ttt.return loss(%[[F]] : <64>) output(%[[O]] : <64>)
// S8-LABEL: ttt.layer @no_layer_norm
// S8-NEXT:  ^bb0(%x: !ttt.tokens<64>):
// S8-NEXT:    %[[Z:.*]] = ttt.linear %x
// S8-NEXT:    ttt.return loss(%[[Z]] : <64>) output(%[[Z]] : <64>)
// S8-LABEL: ttt.layer @head_dim_32
// S8-NEXT:  ^bb0(%x: !ttt.tokens<32>):
// S8-LABEL: ttt.layer @head_dim_128
// S8-NEXT:  ^bb0(%x: !ttt.tokens<128>):
// S8-LABEL: ttt.layer @mini_batch_1 attributes {mini_batch = 1 : i64} {
// S8-LABEL: ttt.layer @mini_batch_64 attributes {mini_batch = 64 : i64} {
// S8-LABEL: ttt.layer @mlp_2d_relu
// S8:         ttt.linear %x weight "W1" bias "b1" : <64> -> <128>
// S8-NEXT:    ttt.activation relu
// S8-LABEL: ttt.layer @mlp_2d_gelu_erf
// S8:         ttt.linear %x weight "W1" bias "b1" : <64> -> <128>
// S8-NEXT:    ttt.activation gelu_erf
// S8-LABEL: ttt.layer @io_bf16 attributes {io_type = bf16, mini_batch = 16 : i64} {
// S8-LABEL: ttt.layer @io_f16 attributes {io_type = f16, mini_batch = 16 : i64} {

// S8-DUAL-LABEL: func.func @video_noncausal(%{{.*}}: tensor<?x?x?x64xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", {{.*}}>},
// S8-DUAL-LABEL: func.func @ln_eps_1e8(
// S8-DUAL-LABEL: func.func @output_residual_zq(
// S8-DUAL-LABEL: func.func @no_layer_norm(
// S8-DUAL-LABEL: func.func @head_dim_32(%{{.*}}: tensor<?x?x?x32xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", {{.*}}>},
// S8-DUAL-LABEL: func.func @head_dim_128(%{{.*}}: tensor<?x?x?x128xf32> {ttt.arg = #ttt.arg<input, xq, "XQ", {{.*}}>},
// S8-DUAL-LABEL: func.func @mini_batch_1(
// S8-DUAL-LABEL: func.func @mini_batch_64(
// S8-DUAL-LABEL: func.func @mlp_2d_relu(
// S8-DUAL-LABEL: func.func @mlp_2d_gelu_erf(
// S8-DUAL-LABEL: func.func @io_bf16(%{{.*}}: tensor<?x?x?x64xbf16> {ttt.arg = #ttt.arg<input, xq, "XQ", {{.*}}>},
// S8-DUAL-LABEL: func.func @io_f16(%{{.*}}: tensor<?x?x?x64xf16> {ttt.arg = #ttt.arg<input, xq, "XQ", {{.*}}>},

// S8-PRIMAL:      error: 'ttt.layer' op has non-causal mini-batches (timing 'all'), which have no token-by-token primal form
// S8-PRIMAL-NEXT: ttt.layer @video_noncausal

// GATED-LABEL: ttt.layer @ttt_linear_gated attributes {decay = true, mini_batch = 16 : i64} {
// GATED:         ttt.linear %x weight "W1" bias "b1" : <64> -> <64>
// GATED:         ttt.layer_norm
// GATED:         ttt.add %x, %{{.*}} : <64>, <64>
