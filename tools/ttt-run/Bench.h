//===- Bench.h - --bench: timing and dual-form FLOPs ------------*- C++ -*-===//
#ifndef TTT_RUN_BENCH_H
#define TTT_RUN_BENCH_H

#include "Session.h"

#include <cstdint>

namespace ttt::run {

/// Dual-form FLOPs of one call of the kernel on B x H x T tokens (formula in
/// --help; a backward's counts its products); 0 when the kernel has no
/// usable model.
double dualFormFlops(const KernelInfo &info, int64_t B, int64_t H, int64_t T);

/// One warm-up run, then `repeats` timed runs; prints
/// "bench <kernel>: B=.. H=.. T=.. median X ms, Y tokens/s, Z GFLOP/s
/// (dual-form FLOPs: F)". `inPlace`: the state bound in place first (to a
/// copy of the inputs: the session's buffers stay as they are).
void runBench(Session &s, int repeats, bool inPlace);

} // namespace ttt::run

#endif // TTT_RUN_BENCH_H
