// `ttt-to-cpu{vector-bits}` sizes the contractions' register blocks for the
// vector registers the kernels run on: each block's accumulator takes half
// of them, four vectors to a row, and a square block (for `Xq Xk^T`, whose
// inputs run along the reduction) one vector to a row, its rows halved on
// AVX-512 (square-rows: 8 accumulators beside 16 transposed vectors). The
// default, 0, takes the host's widest (ttt-compile always does).

// RUN: ttt-opt %examples/ttt_linear.mlir --ttt-to-cpu='vector-bits=512 backward=false' \
// RUN:   --mlir-print-ir-after=ttt-cpu-vectorize-contractions -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=AVX512 --implicit-check-not='into vector<2x32xf32>' \
// RUN:   --implicit-check-not='into vector<16x16xf32>'
// RUN: ttt-opt %examples/ttt_linear.mlir --ttt-to-cpu='vector-bits=256 backward=false' \
// RUN:   --mlir-print-ir-after=ttt-cpu-vectorize-contractions -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=AVX2 --implicit-check-not='into vector<4x64xf32>' \
// RUN:   --implicit-check-not='into vector<8x8xf32>'
// RUN: ttt-opt %examples/ttt_linear.mlir --ttt-to-cpu='vector-bits=128 backward=false' \
// RUN:   --mlir-print-ir-after=ttt-cpu-vectorize-contractions -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SSE --implicit-check-not='into vector<2x32xf32>'

// AVX-512, 32 registers of 16 lanes: 4 x 64 and 8 x 16 (x 16) blocks.
// AVX512-DAG: vector<8x16xf32>, vector<16x16xf32> into vector<8x16xf32>
// AVX512-DAG: vector<4x4xf32>, vector<4x64xf32> into vector<4x64xf32>

// AVX2, 16 registers of 8 lanes: 2 x 32 blocks, and no square ones: there
// ttt-cpu-transpose-static-operands gives a full mini-batch's `Xq Xk^T` a
// transposed copy of Xk (8 x 8 blocks of shuffles), and the product becomes
// a plain one in 2 x 16 blocks.
// AVX2-DAG: vector<2x4xf32>, vector<4x32xf32> into vector<2x32xf32>
// AVX2-DAG: vector<2x4xf32>, vector<4x16xf32> into vector<2x16xf32>
// AVX2-DAG: vector.shuffle {{.*}} [0, 8, 1, 9, 4, 12, 5, 13] : vector<8xf32>, vector<8xf32>

// 128-bit registers, 16 of 4 lanes: 2 x 16 and 4 x 4 blocks.
// SSE-DAG: vector<4x4xf32>, vector<4x4xf32> into vector<4x4xf32>
// SSE-DAG: vector<2x4xf32>, vector<4x16xf32> into vector<2x16xf32>
