// RUN: ttt-opt %s | ttt-opt | FileCheck %s

// #ttt.arg round-trips on arguments and results, symbols and fixed sizes
// alike; a rank-0 argument has an empty shape.
// CHECK-LABEL: func.func @kernel(
// CHECK-SAME: %{{.*}}: tensor<?x?x?x8xbf16> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>},
// CHECK-SAME: %{{.*}}: memref<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [4]>},
// CHECK-SAME: %{{.*}}: memref<i64> {ttt.arg = #ttt.arg<input, position, "position", []>},
// CHECK-SAME: %{{.*}}: memref<?xi8> {ttt.arg = #ttt.arg<scratch, workspace, "workspace", ["bytes"]>})
// CHECK-SAME: -> (tensor<?x?x?x8xbf16> {ttt.arg = #ttt.arg<output, z, "Z", ["B", "H", "T", 8]>})
func.func @kernel(
    %xq: tensor<?x?x?x8xbf16> {ttt.arg = #ttt.arg<input, xq, "XQ", ["B", "H", "T", 8]>},
    %ts: memref<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [4]>},
    %p: memref<i64> {ttt.arg = #ttt.arg<input, position, "position", []>},
    %ws: memref<?xi8> {ttt.arg = #ttt.arg<scratch, workspace, "workspace", ["bytes"]>})
    -> (tensor<?x?x?x8xbf16> {ttt.arg = #ttt.arg<output, z, "Z", ["B", "H", "T", 8]>}) {
  return %xq : tensor<?x?x?x8xbf16>
}
