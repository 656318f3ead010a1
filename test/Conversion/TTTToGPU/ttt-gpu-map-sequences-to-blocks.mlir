// RUN: ttt-opt %s --ttt-gpu-map-sequences-to-blocks --split-input-file --verify-diagnostics | FileCheck %s

// The (batch, head) forall becomes block ids (h = x, n = y) with a range
// guard; the position input is read modulo b = 4 (the size of token_scale,
// both found by their #ttt.arg); the epilogue runs in thread 0 of block
// (0, 0).
// CHECK-LABEL: func.func @k_prefill_memref
// CHECK-SAME: attributes {ttt.gpu_kernel}
// CHECK: %[[B:.*]] = memref.dim %{{.*}}, %c0
// CHECK: %[[H:.*]] = memref.dim %{{.*}}, %c1
// CHECK: %[[P:.*]] = memref.load %{{.*}}[] : memref<i64>
// CHECK: %[[PB:.*]] = arith.remui %[[P]], %c4_i64 : i64
// CHECK: %[[BX:.*]] = gpu.block_id {{ *}}x
// CHECK: %[[BY:.*]] = gpu.block_id {{ *}}y
// CHECK-DAG: %[[IN_N:.*]] = arith.cmpi ult, %[[BY]], %[[B]]
// CHECK-DAG: %[[IN_H:.*]] = arith.cmpi ult, %[[BX]], %[[H]]
// CHECK: %[[IN:.*]] = arith.andi %[[IN_N]], %[[IN_H]]
// CHECK: scf.if %[[IN]] {
// CHECK: memref.store %{{.*}}, %{{.*}}[%[[BY]], %[[BX]], %c0, %c0]
// CHECK: }
// CHECK: %[[TID:.*]] = gpu.thread_id {{ *}}x
// CHECK: scf.if %{{.*}} {
// CHECK: memref.store %[[PB]], %{{.*}}[] : memref<i64>
// CHECK: } {ttt.single_thread}
// CHECK: return
func.func @k_prefill_memref(%xq: memref<?x?x?x8xf32>, %xk: memref<?x?x?x8xf32>,
                            %xv: memref<?x?x?x8xf32>, %lr: memref<?x?x?xf32>,
                            %ts: memref<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [4]>},
                            %pos: memref<i64> {ttt.arg = #ttt.arg<input, position, "position", []>},
                            %z: memref<?x?x?x8xf32>,
                            %pos_out: memref<i64> {ttt.arg = #ttt.arg<output, position, "position", []>}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %B = memref.dim %xq, %c0 : memref<?x?x?x8xf32>
  %H = memref.dim %xq, %c1 : memref<?x?x?x8xf32>
  %p = memref.load %pos[] : memref<i64>
  %f = arith.constant 1.0 : f32
  scf.forall (%n, %h) in (%B, %H) {
    memref.store %f, %z[%n, %h, %c0, %c0] : memref<?x?x?x8xf32>
  }
  memref.store %p, %pos_out[] : memref<i64>
  return
}

// -----

// expected-error @+1 {{'func.func' op expected one (batch, head) scf.forall at the top level of the entry point, found 0}}
func.func @no_forall(%xq: memref<?x?x?x8xf32>) {
  return
}

// -----

// Found by role, not position: token_scale (b = 8) after a `decay` input
// shaped like lr, the position before it.
// CHECK-LABEL: func.func @decay_prefill_memref
// CHECK: %[[P:.*]] = memref.load %{{.*}}[] : memref<i64>
// CHECK: arith.remui %[[P]], %c8_i64 : i64
func.func @decay_prefill_memref(%xq: memref<?x?x?x8xf32>, %xk: memref<?x?x?x8xf32>,
                                %xv: memref<?x?x?x8xf32>, %lr: memref<?x?x?xf32>,
                                %pos: memref<i64> {ttt.arg = #ttt.arg<input, position, "position", []>},
                                %decay: memref<?x?x?xf32>,
                                %ts: memref<8xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [8]>},
                                %z: memref<?x?x?x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %B = memref.dim %xq, %c0 : memref<?x?x?x8xf32>
  %H = memref.dim %xq, %c1 : memref<?x?x?x8xf32>
  %p = memref.load %pos[] : memref<i64>
  %f = arith.constant 1.0 : f32
  scf.forall (%n, %h) in (%B, %H) {
    memref.store %f, %z[%n, %h, %c0, %c0] : memref<?x?x?x8xf32>
  }
  return
}

// -----

// A memref<b x f32> in token_scale's place is not token_scale.
// expected-error @+1 {{'func.func' op expected one token_scale input (#ttt.arg) of type memref<b x f32>}}
func.func @no_token_scale(%xq: memref<?x?x?x8xf32>, %xk: memref<?x?x?x8xf32>,
                          %xv: memref<?x?x?x8xf32>, %lr: memref<?x?x?xf32>,
                          %ts: memref<4xf32>,
                          %pos: memref<i64> {ttt.arg = #ttt.arg<input, position, "position", []>}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %B = memref.dim %xq, %c0 : memref<?x?x?x8xf32>
  %H = memref.dim %xq, %c1 : memref<?x?x?x8xf32>
  scf.forall (%n, %h) in (%B, %H) {
  }
  return
}

// -----

// expected-error @+1 {{'func.func' op expected one token_scale input (#ttt.arg) of type memref<b x f32>}}
func.func @dynamic_token_scale(%xq: memref<?x?x?x8xf32>,
    %ts: memref<?xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", ["b"]>},
    %pos: memref<i64> {ttt.arg = #ttt.arg<input, position, "position", []>}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %B = memref.dim %xq, %c0 : memref<?x?x?x8xf32>
  %H = memref.dim %xq, %c1 : memref<?x?x?x8xf32>
  scf.forall (%n, %h) in (%B, %H) {
  }
  return
}

// -----

// Without its position input, the kernel's buffers would not be bounded.
// expected-error @+1 {{'func.func' op expected one position input (#ttt.arg) of type memref<i64>}}
func.func @no_position(%xq: memref<?x?x?x8xf32>,
    %ts: memref<4xf32> {ttt.arg = #ttt.arg<input, token_scale, "token_scale", [4]>},
    %pos: memref<i64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %B = memref.dim %xq, %c0 : memref<?x?x?x8xf32>
  %H = memref.dim %xq, %c1 : memref<?x?x?x8xf32>
  scf.forall (%n, %h) in (%B, %H) {
  }
  return
}
