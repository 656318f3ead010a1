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

// A backward kernel's cotangents and gradients.
// CHECK-LABEL: func.func private @backward(
// CHECK-SAME: tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<cotangent, z, "Z.grad", ["B", "H", "T", 8]>})
// CHECK-SAME: -> (tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<gradient, xq, "XQ.grad", ["B", "H", "T", 8]>}, tensor<?x?x?x4xf32> {ttt.arg = #ttt.arg<scratch, workspace, "scratch", ["B", "H", "T/16+2", 4]>})
func.func private @backward(
    tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<cotangent, z, "Z.grad", ["B", "H", "T", 8]>})
    -> (tensor<?x?x?x8xf32> {ttt.arg = #ttt.arg<gradient, xq, "XQ.grad", ["B", "H", "T", 8]>},
        tensor<?x?x?x4xf32> {ttt.arg = #ttt.arg<scratch, workspace, "scratch", ["B", "H", "T/16+2", 4]>})
