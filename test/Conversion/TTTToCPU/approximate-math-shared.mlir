// RUN: ttt-opt %s --ttt-cpu-approximate-math="max-inline-expansions=2" | FileCheck %s

// Past the budget of expansions per function, every use calls one shared
// scalar copy per op and attributes; each copy names its 4-, 8- and 16-lane
// vector copies as variants for LLVM's loop vectorizer. All are weak_odr
// and hidden (visibility 1), named by a hash of the attributes (two fastmath settings: two
// copies). A function within the budget still expands in place.

// CHECK-LABEL: func.func @many
// CHECK-NOT: math.exp
// CHECK: %[[A:.*]] = call @[[$FAST:ttt_math_exp_[0-9A-F]+]](%{{.*}}) : (f32) -> f32
// CHECK: %[[B:.*]] = call @[[$FAST]](%[[A]]) : (f32) -> f32
// CHECK: call @[[$PLAIN:ttt_math_exp_[0-9A-F]+]](%[[B]]) : (f32) -> f32
// CHECK: return
func.func @many(%x: f32) -> f32 {
  %a = math.exp %x fastmath<fast> : f32
  %b = math.exp %a fastmath<fast> : f32
  %c = math.exp %b : f32
  return %c : f32
}

// CHECK-LABEL: func.func @few
// CHECK-NOT: call
// CHECK-NOT: math.exp
// CHECK: return
func.func @few(%x: f32) -> f32 {
  %a = math.exp %x : f32
  return %a : f32
}

// CHECK: func.func private @[[$FAST]](%{{.*}}: f32) -> f32 attributes
// CHECK-SAME: llvm.linkage = #llvm.linkage<weak_odr>
// CHECK-SAME: passthrough = ["noinline", ["vector-function-abi-variant", "_ZGV_LLVM_N4v_[[$FAST]]([[$FAST]]_v4),_ZGV_LLVM_N8v_[[$FAST]]([[$FAST]]_v8),_ZGV_LLVM_N16v_[[$FAST]]([[$FAST]]_v16)"]]
// CHECK-SAME: visibility_ = 1
// CHECK-NOT: math.exp
// CHECK: return
// CHECK: func.func private @[[$FAST]]_v4(%{{.*}}: vector<4xf32>) -> vector<4xf32>
// CHECK-SAME: llvm.linkage = #llvm.linkage<weak_odr>
// CHECK-NOT: math.exp
// CHECK: func.func private @[[$FAST]]_v8(%{{.*}}: vector<8xf32>) -> vector<8xf32>
// CHECK: func.func private @[[$FAST]]_v16(%{{.*}}: vector<16xf32>) -> vector<16xf32>
// CHECK: func.func private @[[$PLAIN]](%{{.*}}: f32) -> f32
