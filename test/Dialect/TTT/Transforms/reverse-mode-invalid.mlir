// RUN: ttt-opt %s --split-input-file --verify-diagnostics --ttt-reverse-mode

// Control flow has no rule: differentiate one step, sweep the loop outside.
func.func @loop(%x: tensor<4xf32>) -> tensor<4xf32> attributes {ttt.differentiate} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  // expected-error @+1 {{'scf.for' op ttt-reverse-mode: no derivative rule}}
  %y = scf.for %i = %c0 to %c3 step %c1 iter_args(%a = %x) -> tensor<4xf32> {
    scf.yield %a : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

// A max-reduction is not a sum: its derivative is not the payload's.
func.func @max_reduction(%x: tensor<4x8xf32>, %init: tensor<4xf32>) -> tensor<4xf32>
    attributes {ttt.differentiate} {
  // expected-error @+1 {{'linalg.generic' op ttt-reverse-mode: a reduction must yield 'arith.addf' of its accumulator and a value that does not depend on it}}
  %y = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>],
                       iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x8xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %m = arith.maximumf %acc, %a : f32
    linalg.yield %m : f32
  } -> tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// A payload op without a rule.
func.func @no_rule(%x: tensor<4xf32>) -> tensor<4xf32> attributes {ttt.differentiate} {
  %e = tensor.empty() : tensor<4xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>],
                       iterator_types = ["parallel"]}
      ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%a: f32, %o: f32):
    // expected-error @+1 {{'math.sin' op ttt-reverse-mode: no derivative rule}}
    %s = math.sin %a : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

// A non-projected indexing map (a convolution's i + j).
func.func @conv(%x: tensor<8xf32>, %w: tensor<3xf32>, %init: tensor<6xf32>) -> tensor<6xf32>
    attributes {ttt.differentiate} {
  // expected-error @+1 {{is not a projected permutation}}
  %y = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i + j)>, affine_map<(i, j) -> (j)>, affine_map<(i, j) -> (i)>],
                       iterator_types = ["parallel", "reduction"]}
      ins(%x, %w : tensor<8xf32>, tensor<3xf32>) outs(%init : tensor<6xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<6xf32>
  return %y : tensor<6xf32>
}
