// RUN: ttt-opt %s --split-input-file --ttt-gpu-atomic-sequence-sums | FileCheck %s

// A backward's two kinds of shared gradients, as bufferization leaves them:
// token_scale's summed over batch and heads ([B, H, 4] -> [4]), a LayerNorm
// parameter's over the batch ([B, H, 8] -> [H, 8]), the second into a
// temporary that is a copy of a zero fill. Each sequence adds its part to
// the output from thread 0 (one region for all, after the last part is
// final); the [B, H, ...] buffers, the reductions and the zero-filled
// temporaries are gone. A buffer the sums did not use stays, read or not.
// CHECK-LABEL: func.func @sums
// CHECK-SAME: (%[[B:.*]]: index, %[[H:.*]]: index, %[[SCALE:.*]]: memref<4xf32>, %[[NORM:.*]]: memref<?x8xf32>)
// CHECK-NOT: memref.alloc(
// CHECK: scf.forall (%[[N:.*]], %[[HEAD:.*]]) in (%[[B]], %[[H]])
// CHECK: %[[MINE:.*]] = memref.alloc() : memref<4xf32>
// CHECK: %[[MYNORM:.*]] = memref.alloc() : memref<8xf32>
// CHECK: %[[TID:.*]] = gpu.thread_id x
// CHECK: %[[FIRST:.*]] = arith.cmpi eq, %[[TID]]
// CHECK: scf.if %[[FIRST]] {
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step
// CHECK: %[[V:.*]] = memref.load %[[MINE]][%[[I]]]
// CHECK: memref.atomic_rmw addf %[[V]], %[[SCALE]][%[[I]]]
// CHECK-NOT: scf.if
// CHECK: scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step
// CHECK: %[[W:.*]] = memref.load %[[MYNORM]][%[[J]]]
// CHECK: memref.atomic_rmw addf %[[W]], %[[NORM]][%[[HEAD]], %[[J]]]
// CHECK: } {ttt.single_thread}
// CHECK-NOT: memref.copy
// CHECK: }
// CHECK-NEXT: %[[OTHER:.*]] = memref.alloc() : memref<2xf32>
// CHECK-NEXT: linalg.generic {{.*}} outs(%[[OTHER]] : memref<2xf32>)
// CHECK: return
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#last = affine_map<(d0, d1, d2) -> (d2)>
#heads = affine_map<(d0, d1, d2) -> (d1, d2)>
#id1 = affine_map<(d0) -> (d0)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
func.func @sums(%b: index, %h: index, %scale: memref<4xf32>,
                %norm: memref<?x8xf32>) {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %parts = memref.alloc(%b, %h) : memref<?x?x4xf32>
  %normParts = memref.alloc(%b, %h) : memref<?x?x8xf32>
  scf.forall (%n, %head) in (%b, %h) {
    %mine = memref.alloc() : memref<4xf32>
    %myNorm = memref.alloc() : memref<8xf32>
    %v = memref.subview %parts[%n, %head, 0] [1, 1, 4] [1, 1, 1]
        : memref<?x?x4xf32> to memref<4xf32, strided<[1], offset: ?>>
    memref.copy %mine, %v : memref<4xf32> to memref<4xf32, strided<[1], offset: ?>>
    %w = memref.subview %normParts[%n, %head, 0] [1, 1, 8] [1, 1, 1]
        : memref<?x?x8xf32> to memref<8xf32, strided<[1], offset: ?>>
    memref.copy %myNorm, %w : memref<8xf32> to memref<8xf32, strided<[1], offset: ?>>
  }
  %sum = memref.alloc() : memref<4xf32>
  linalg.generic {indexing_maps = [#id1], iterator_types = ["parallel"]}
      outs(%sum : memref<4xf32>) {
  ^bb0(%out: f32):
    linalg.yield %zero : f32
  }
  linalg.generic {indexing_maps = [#id3, #last],
                  iterator_types = ["reduction", "reduction", "parallel"]}
      ins(%parts : memref<?x?x4xf32>) outs(%sum : memref<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  %zeros = memref.alloc(%h) : memref<?x8xf32>
  linalg.generic {indexing_maps = [#id2], iterator_types = ["parallel", "parallel"]}
      outs(%zeros : memref<?x8xf32>) {
  ^bb0(%out: f32):
    linalg.yield %zero : f32
  }
  %normSum = memref.alloc(%h) : memref<?x8xf32>
  memref.copy %zeros, %normSum : memref<?x8xf32> to memref<?x8xf32>
  linalg.generic {indexing_maps = [#id3, #heads],
                  iterator_types = ["reduction", "parallel", "parallel"]}
      ins(%normParts : memref<?x?x8xf32>) outs(%normSum : memref<?x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %in, %out : f32
    linalg.yield %s : f32
  }
  memref.copy %sum, %scale : memref<4xf32> to memref<4xf32>
  memref.copy %normSum, %norm : memref<?x8xf32> to memref<?x8xf32>
  %other = memref.alloc() : memref<2xf32>
  linalg.generic {indexing_maps = [#id1], iterator_types = ["parallel"]}
      outs(%other : memref<2xf32>) {
  ^bb0(%out: f32):
    linalg.yield %zero : f32
  }
  return
}

// -----

// A sum into a buffer that does not start at zero (here: the output's old
// value) is left alone: adding into a zeroed output would drop that value.
// CHECK-LABEL: func.func @not_from_zero
// CHECK: memref.alloc(
// CHECK-NOT: memref.atomic_rmw
// CHECK: linalg.generic
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#last = affine_map<(d0, d1, d2) -> (d2)>
func.func @not_from_zero(%b: index, %h: index, %scale: memref<4xf32>) {
  %parts = memref.alloc(%b, %h) : memref<?x?x4xf32>
  scf.forall (%n, %head) in (%b, %h) {
    %mine = memref.alloc() : memref<4xf32>
    %v = memref.subview %parts[%n, %head, 0] [1, 1, 4] [1, 1, 1]
        : memref<?x?x4xf32> to memref<4xf32, strided<[1], offset: ?>>
    memref.copy %mine, %v : memref<4xf32> to memref<4xf32, strided<[1], offset: ?>>
  }
  %sum = memref.alloc() : memref<4xf32>
  memref.copy %scale, %sum : memref<4xf32> to memref<4xf32>
  linalg.generic {indexing_maps = [#id3, #last],
                  iterator_types = ["reduction", "reduction", "parallel"]}
      ins(%parts : memref<?x?x4xf32>) outs(%sum : memref<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  memref.copy %sum, %scale : memref<4xf32> to memref<4xf32>
  return
}

// -----

// A [B, H, ...] buffer read by something besides the reduction (here: a
// second sequence's slice) is left alone.
// CHECK-LABEL: func.func @read_elsewhere
// CHECK-NOT: memref.atomic_rmw
// CHECK: return
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#last = affine_map<(d0, d1, d2) -> (d2)>
#id1 = affine_map<(d0) -> (d0)>
func.func @read_elsewhere(%b: index, %h: index, %scale: memref<4xf32>,
                          %first: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %parts = memref.alloc(%b, %h) : memref<?x?x4xf32>
  scf.forall (%n, %head) in (%b, %h) {
    %mine = memref.alloc() : memref<4xf32>
    %v = memref.subview %parts[%n, %head, 0] [1, 1, 4] [1, 1, 1]
        : memref<?x?x4xf32> to memref<4xf32, strided<[1], offset: ?>>
    memref.copy %mine, %v : memref<4xf32> to memref<4xf32, strided<[1], offset: ?>>
  }
  %s0 = memref.subview %parts[0, 0, 0] [1, 1, 4] [1, 1, 1]
      : memref<?x?x4xf32> to memref<4xf32, strided<[1]>>
  memref.copy %s0, %first : memref<4xf32, strided<[1]>> to memref<4xf32>
  %sum = memref.alloc() : memref<4xf32>
  linalg.generic {indexing_maps = [#id1], iterator_types = ["parallel"]}
      outs(%sum : memref<4xf32>) {
  ^bb0(%out: f32):
    linalg.yield %zero : f32
  }
  linalg.generic {indexing_maps = [#id3, #last],
                  iterator_types = ["reduction", "reduction", "parallel"]}
      ins(%parts : memref<?x?x4xf32>) outs(%sum : memref<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %out, %in : f32
    linalg.yield %s : f32
  }
  memref.copy %sum, %scale : memref<4xf32> to memref<4xf32>
  return
}
