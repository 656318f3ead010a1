// RUN: ttt-opt %s --ttt-cpu-entry-points --split-input-file --verify-diagnostics

// expected-error @+1 {{a kernel's arguments and results must be ranked tensors to get a memref entry point}}
func.func @scalar(%x: f32) -> f32 {
  return %x : f32
}

// -----

// expected-error @+1 {{a kernel's arguments and results must be ranked tensors to get a memref entry point}}
func.func @unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  return %x : tensor<*xf32>
}
