//===- Peak.h - the machine's measured fp32 matmul throughput ---*- C++ -*-===//
#ifndef TTT_BENCH_PEAK_H
#define TTT_BENCH_PEAK_H

namespace ttt::bench {

/// Measured fp32 GEMM throughput in GFLOP/s: each of `threads` threads
/// multiplies its own n x n Eigen matrices (Eigen's blocked, vectorized GEMM,
/// built like the baseline), one warm-up then `repeats` rounds; the median
/// round's 2 n^3 threads / wall time.
double measurePeakGflops(int n, int threads, int repeats);

} // namespace ttt::bench

#endif // TTT_BENCH_PEAK_H
