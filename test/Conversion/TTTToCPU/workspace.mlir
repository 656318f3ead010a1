// RUN: ttt-opt %s --ttt-cpu-workspace --split-input-file | FileCheck %s

// Static temporaries of an entry point are carved out of one workspace
// argument, each at its own 64-byte aligned offset (4 x 4 x f32 = 64 bytes,
// then 3 x i8 rounded up to 64, then 16 x f32), and handed to the entry's old
// body, now @entry_body (internal to the LLVM module), as separate noalias
// arguments; the dynamic one stays an allocation.

// CHECK-LABEL: func.func @entry
// CHECK-SAME: (%[[OUT:[a-z0-9_]+]]: memref<4x4xf32>, %[[N:[a-z0-9_]+]]: index, %[[WS:[a-z0-9_]+]]: memref<?xi8>)
// CHECK-SAME: ttt.cpu_workspace_bytes = 192 : i64
// CHECK: %[[O1:.*]] = arith.constant 0 : index
// CHECK-NEXT: %[[V1:.*]] = memref.view %[[WS]][%[[O1]]][] : memref<?xi8> to memref<4x4xf32>
// CHECK: %[[O2:.*]] = arith.constant 64 : index
// CHECK-NEXT: %[[V2:.*]] = memref.view %[[WS]][%[[O2]]][] : memref<?xi8> to memref<3xi8>
// CHECK: %[[O3:.*]] = arith.constant 128 : index
// CHECK-NEXT: %[[V3:.*]] = memref.view %[[WS]][%[[O3]]][] : memref<?xi8> to memref<16xf32>
// CHECK-NEXT: call @entry_body(%[[OUT]], %[[N]], %[[V1]], %[[V2]], %[[V3]])
// CHECK-NEXT: return

// The aligned pointers once the descriptors are expanded (a rank-r memref
// takes 3 + 2r arguments, an index one): the kernel's own output at 1 (the
// runtime binds no output over another argument), the temporaries at 9, 16
// and 21.
// CHECK-LABEL: func.func private @entry_body
// CHECK-SAME: (%[[BOUT:[a-z0-9_]+]]: memref<4x4xf32>, %{{[a-z0-9_]+}}: index,
// CHECK-SAME: %[[T1:[a-z0-9_]+]]: memref<4x4xf32> {llvm.noalias},
// CHECK-SAME: %{{[a-z0-9_]+}}: memref<3xi8> {llvm.noalias},
// CHECK-SAME: %[[T3:[a-z0-9_]+]]: memref<16xf32> {llvm.noalias})
// CHECK-SAME: attributes {llvm.linkage = #llvm.linkage<internal>, ttt.cpu_noalias_pointers = array<i64: 1, 9, 16, 21>}
// CHECK-NOT: llvm.emit_c_interface
// CHECK: memref.copy %[[T1]], %[[BOUT]]
// CHECK: scf.for
// CHECK: memref.load %[[T3]]
// CHECK: memref.alloc(%{{.*}}) : memref<?xf32>
// CHECK-NOT: memref.alloc()
func.func @entry(%out: memref<4x4xf32>, %n: index) attributes {llvm.emit_c_interface} {
  %a = memref.alloc() {alignment = 64 : i64} : memref<4x4xf32>
  %b = memref.alloc() : memref<3xi8>
  memref.copy %a, %out : memref<4x4xf32> to memref<4x4xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    // Dies in its iteration: the same bytes serve every iteration.
    %t = memref.alloc() : memref<16xf32>
    %v = memref.load %t[%i] : memref<16xf32>
    memref.store %v, %out[%c0, %c0] : memref<4x4xf32>
  }
  %d = memref.alloc(%n) : memref<?xf32>
  return
}

// -----

// A buffer that a loop iteration hands to the next (through an scf.if) must
// not share its bytes with the next iteration's: it stays an allocation. A
// function that is not an entry point is left alone.

// CHECK-LABEL: func.func @carried
// CHECK-SAME: ttt.cpu_workspace_bytes = 64 : i64
// CHECK: memref.view
// CHECK: call @carried_body
// CHECK-LABEL: func.func private @carried_body
// CHECK: scf.for
// CHECK: memref.alloc() : memref<4xf32>
func.func @carried(%n: index, %c: i1) attributes {llvm.emit_c_interface} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %init = memref.alloc() : memref<4xf32>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%x = %init) -> memref<4xf32> {
    %fresh = memref.alloc() : memref<4xf32>
    %y = scf.if %c -> memref<4xf32> {
      scf.yield %fresh : memref<4xf32>
    } else {
      scf.yield %x : memref<4xf32>
    }
    scf.yield %y : memref<4xf32>
  }
  return
}

// CHECK-LABEL: func.func @not_an_entry
// CHECK-NOT: ttt.cpu_workspace_bytes
// CHECK: memref.alloc() : memref<4xf32>
func.func @not_an_entry() {
  %a = memref.alloc() : memref<4xf32>
  return
}

// -----

// A dynamically sized allocation whose sizes have constant upper bounds (a
// `minui` with a constant, a `remui` by a constant, a `select` of bounded
// values) gets a slot of its largest size, 16 x 8 x f32 = 512 bytes and
// 3 x 3 x f32 = 36 (64) bytes, passed flat and viewed with the actual sizes
// as a dense row-major buffer; an unbounded one stays an allocation.

// CHECK-LABEL: func.func @bounded
// CHECK-SAME: ttt.cpu_workspace_bytes = 576 : i64
// CHECK: memref.view %{{.*}}[%{{.*}}][] : memref<?xi8> to memref<128xf32>
// CHECK: memref.view %{{.*}}[%{{.*}}][] : memref<?xi8> to memref<9xf32>
// CHECK-LABEL: func.func private @bounded_body
// CHECK-SAME: %[[ROWS:[a-z0-9_]+]]: memref<128xf32> {llvm.noalias}
// CHECK-SAME: %[[SQUARE:[a-z0-9_]+]]: memref<9xf32> {llvm.noalias}
// CHECK: arith.minui
// CHECK: %[[K:.*]] = arith.minui
// CHECK: memref.reinterpret_cast %[[ROWS]] to offset: [0], sizes: [%[[K]], 8], strides: [8, 1] : memref<128xf32> to memref<?x8xf32>
// CHECK: %[[R:.*]] = arith.remui
// CHECK: %[[S:.*]] = arith.select %{{.*}}, %[[R]], %{{.*}}
// CHECK-NOT: arith.muli
// CHECK: memref.reinterpret_cast %[[SQUARE]] to offset: [0], sizes: [%[[S]], %[[S]]], strides: [%[[S]], 1] : memref<9xf32> to memref<?x?xf32>
// CHECK: memref.alloc(%{{.*}}) : memref<?x8xf32>
func.func @bounded(%p: index, %t: index, %c: i1) attributes {llvm.emit_c_interface} {
  %c16 = arith.constant 16 : index
  %c4 = arith.constant 4 : index
  %c2 = arith.constant 2 : index
  %rest = arith.subi %c16, %p : index
  %head = arith.minui %rest, %t : index
  %k = arith.minui %head, %c16 : index
  %rows = memref.alloc(%k) : memref<?x8xf32>
  %r = arith.remui %t, %c4 : index
  %s = arith.select %c, %r, %c2 : index
  %square = memref.alloc(%s, %s) : memref<?x?xf32>
  %unbounded = memref.alloc(%head) : memref<?x8xf32>
  return
}

// -----

// A size read from a reshaped view (a backward segment's tape, restored
// with the segment's row count) is bounded by the size the view was given:
// 4 x 8 x f32 = 128 bytes.

// CHECK-LABEL: func.func @reshaped
// CHECK-SAME: ttt.cpu_workspace_bytes = 128 : i64
// CHECK-NOT: memref.alloc
// CHECK: return
func.func @reshaped(%tape: memref<64xf32>, %t: index) attributes {llvm.emit_c_interface} {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %rows = arith.minui %t, %c4 : index
  %flat = arith.muli %rows, %c8 : index
  %slot = memref.subview %tape[0] [%flat] [1] : memref<64xf32> to memref<?xf32, strided<[1]>>
  %view = memref.expand_shape %slot [[0, 1]] output_shape [%rows, 8] : memref<?xf32, strided<[1]>> into memref<?x8xf32>
  %n = memref.dim %view, %c0 : memref<?x8xf32>
  %temporary = memref.alloc(%n) : memref<?x8xf32>
  memref.copy %view, %temporary : memref<?x8xf32> to memref<?x8xf32>
  return
}

// -----

// A fill of a bounded allocation whose slot is at most one cache line
// fills the whole slot, a static size (16 x f32 = 64 bytes: one vector
// store, where the dynamic size was a `memset` call); a larger one fills
// its view.

// CHECK-LABEL: func.func private @filled_body
// CHECK-SAME: %[[LINE:[a-z0-9_]+]]: memref<16xf32> {llvm.noalias}
// CHECK-SAME: %[[ROWS:[a-z0-9_]+]]: memref<128xf32> {llvm.noalias}
// CHECK: %[[VIEW:.*]] = memref.reinterpret_cast %[[LINE]] to offset: [0], sizes: [%{{.*}}]
// CHECK-NEXT: linalg.fill ins(%{{.*}} : f32) outs(%[[LINE]] : memref<16xf32>)
// CHECK: %[[ROWS_VIEW:.*]] = memref.reinterpret_cast %[[ROWS]] to offset: [0], sizes: [%{{.*}}, 8]
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%[[ROWS_VIEW]] : memref<?x8xf32>)
// CHECK: memref.copy %[[VIEW]], %{{.*}} : memref<?xf32> to memref<?xf32>
func.func @filled(%t: index, %out: memref<?xf32>) attributes {llvm.emit_c_interface} {
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0.0 : f32
  %n = arith.minui %t, %c16 : index
  %line = memref.alloc(%n) : memref<?xf32>
  linalg.fill ins(%zero : f32) outs(%line : memref<?xf32>)
  %rows = memref.alloc(%n) : memref<?x8xf32>
  linalg.fill ins(%zero : f32) outs(%rows : memref<?x8xf32>)
  memref.copy %line, %out : memref<?xf32> to memref<?xf32>
  return
}
