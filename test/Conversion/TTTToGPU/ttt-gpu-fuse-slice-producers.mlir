// RUN: ttt-opt %s --ttt-gpu-fuse-slice-producers --split-input-file | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>

// The conversion of a whole sequence is computed on the slice a mini-batch
// reads.
// CHECK-LABEL: func.func @convert_slice
// CHECK-SAME: (%[[X:.*]]: tensor<?x8xbf16>, %[[I:.*]]: index)
// CHECK: %[[S:.*]] = tensor.extract_slice %[[X]][%[[I]], 0] [4, 8] [1, 1] : tensor<?x8xbf16> to tensor<4x8xbf16>
// CHECK: %[[R:.*]] = linalg.generic {{.*}} ins(%[[S]] : tensor<4x8xbf16>) outs(%{{.*}} : tensor<4x8xf32>)
// CHECK: arith.extf
// CHECK: return %[[R]]
func.func @convert_slice(%x: tensor<?x8xbf16>, %i: index) -> tensor<4x8xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x8xbf16>
  %e = tensor.empty(%n) : tensor<?x8xf32>
  %f = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<?x8xbf16>) outs(%e : tensor<?x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %v = arith.extf %in : bf16 to f32
    linalg.yield %v : f32
  } -> tensor<?x8xf32>
  %s = tensor.extract_slice %f[%i, 0] [4, 8] [1, 1] : tensor<?x8xf32> to tensor<4x8xf32>
  return %s : tensor<4x8xf32>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>

// A producer that reads its init is not elementwise in its inputs alone:
// the whole op stays.
// CHECK-LABEL: func.func @reads_init
// CHECK: %[[F:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<8x8xf32>)
// CHECK: tensor.extract_slice %[[F]]
func.func @reads_init(%x: tensor<8x8xf32>, %acc: tensor<8x8xf32>) -> tensor<4x8xf32> {
  %f = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<8x8xf32>) outs(%acc : tensor<8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = arith.addf %in, %out : f32
    linalg.yield %v : f32
  } -> tensor<8x8xf32>
  %s = tensor.extract_slice %f[0, 0] [4, 8] [1, 1] : tensor<8x8xf32> to tensor<4x8xf32>
  return %s : tensor<4x8xf32>
}
