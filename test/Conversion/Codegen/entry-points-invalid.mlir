// RUN: ttt-opt %s --ttt-entry-points --split-input-file --verify-diagnostics

// expected-error @+1 {{a kernel's arguments and results must be ranked tensors to get a memref entry point}}
func.func @scalar(%x: f32) -> f32 {
  return %x : f32
}

// -----

// expected-error @+1 {{a kernel's arguments and results must be ranked tensors to get a memref entry point}}
func.func @unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  return %x : tensor<*xf32>
}

// -----

// The entry point's name is taken (two layers named `a` and `a_prefill_memref`
// in a spec end up here the same way).

// expected-error @+1 {{the entry point name 'a_prefill_memref' of kernel 'a' is already a symbol; rename one of them}}
func.func @a(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}

// expected-note @+1 {{'a_prefill_memref' is defined here}}
func.func private @a_prefill_memref(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
