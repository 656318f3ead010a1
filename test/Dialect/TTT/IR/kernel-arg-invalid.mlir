// RUN: ttt-opt %s -split-input-file -verify-diagnostics

// #ttt.arg constraint 1: a name.
// expected-error @+1 {{expected a non-empty argument name}}
func.func private @f(memref<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "", [4]>})

// -----

// Constraint 2: a size symbol or a non-negative i64 per dimension.
// expected-error @+1 {{'token_scale': expected every shape entry to be a size symbol (a non-empty string) or a non-negative i64, found -4}}
func.func private @f(memref<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [-4]>})

// -----

// expected-error @+1 {{'lr': expected every shape entry to be a size symbol (a non-empty string) or a non-negative i64, found ""}}
func.func private @f(memref<?xf32> {ttt.arg = #ttt.arg<input, lr, "lr", [""]>})

// -----

// expected-error @+1 {{'lr': expected every shape entry to be a size symbol (a non-empty string) or a non-negative i64, found 1.000000e+00 : f32}}
func.func private @f(memref<?xf32> {ttt.arg = #ttt.arg<input, lr, "lr", [1.0 : f32]>})

// -----

// Constraint 3: Z is an output.
// expected-error @+1 {{'Z': a z argument cannot be input}}
func.func private @f(memref<?xf32> {ttt.arg = #ttt.arg<input, z, "Z", ["T"]>})

// -----

// Constraint 3: the workspace, and only it, is scratch.
// expected-error @+1 {{'W1': a state argument cannot be scratch}}
func.func private @f(memref<?xf32> {ttt.arg = #ttt.arg<scratch, state, "W1", ["T"]>})

// -----

// expected-error @+1 {{'workspace': a workspace argument cannot be input}}
func.func private @f(memref<?xi8> {ttt.arg = #ttt.arg<input, workspace, "workspace", ["bytes"]>})

// -----

// Constraint 3: what only the caller provides is an input.
// expected-error @+1 {{'token_scale': a token_scale argument cannot be output}}
func.func private @f(memref<4xf32> {ttt.arg = #ttt.arg<output, token_scale, "token_scale", [4]>})

// -----

// Constraint 3: ... or, in a backward kernel, a gradient, never a cotangent
// (the prefill never writes it).
// expected-error @+1 {{'XQ.grad': a xq argument cannot be cotangent}}
func.func private @f(memref<?xf32> {ttt.arg = #ttt.arg<cotangent, xq, "XQ.grad", ["T"]>})

// -----

// Constraint 3: Z's gradient is a cotangent, never a gradient.
// expected-error @+1 {{'Z.grad': a z argument cannot be gradient}}
func.func private @f(memref<?xf32> {ttt.arg = #ttt.arg<gradient, z, "Z.grad", ["T"]>})

// -----

// Constraint 4: one shape entry per dimension.
// expected-error @+1 {{'func.func' op argument 'token_scale' has 2 shape entries for a rank-1 type 'memref<4xf32>'}}
func.func private @f(memref<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", ["B", 4]>})

// -----

// Constraint 4: a fixed size is the dimension's static size.
// expected-error @+1 {{'func.func' op result 'Z' has size 8 in dimension 3, but its type is 'tensor<?x?x?x4xf32>'}}
func.func private @f() -> (tensor<?x?x?x4xf32> {ttt.arg = #ttt.arg<output, z, "Z", ["B", "H", "T", 8]>})

// -----

// expected-error @+1 {{'func.func' op argument 'lr' has size 4 in dimension 0, but its type is 'memref<?xf32>'}}
func.func private @f(memref<?xf32> {ttt.arg = #ttt.arg<input, lr, "lr", [4]>})

// -----

// Under the name ttt.arg, nothing but a #ttt.arg.
// expected-error @+1 {{'func.func' op expected 'ttt.arg' to be a #ttt.arg, found "XQ"}}
func.func private @f(memref<?xf32> {ttt.arg = "XQ"})
