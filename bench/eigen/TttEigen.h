//===- TttEigen.h - hand-written fused dual-form TTT on Eigen ---*- C++ -*-===//
//
// The baseline "a careful user writes by hand": TTT-Linear and TTT-MLP
// (gelu_tanh, hidden 4d) forward prefill in the dual form of
// docs/Semantics.md section 4, fp32, Eigen fixed-size matrices for d = 64 and
// b = 16, one (batch, head) sequence at a time with the mini-batch loop
// inside and the state kept in fixed-size matrices, the sequences spread over
// std::threads. Independent of the compiler and of the reference.
//
// Scope: position 0 (no mini-batch in progress, zero grad sums) and T a
// multiple of b; anything else throws std::invalid_argument.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_BENCH_EIGEN_TTTEIGEN_H
#define TTT_BENCH_EIGEN_TTTEIGEN_H

#include <cstdint>
#include <vector>

namespace ttt::bench {

/// DeltaNet (x W, b = 1, no LayerNorm) has a PyTorch contender only.
enum class InnerModel { Linear, Mlp, DeltaNet };

/// One prefill's buffers, dense row-major fp32, shapes as in
/// docs/ArtifactFormat.md. `state` / `stateOut` hold the linear layers'
/// weight and bias in model order: TTT-Linear {W [B,H,d,d], b [B,H,1,d]},
/// TTT-MLP {W1 [B,H,d,4d], b1 [B,H,1,4d], W2 [B,H,4d,d], b2 [B,H,1,d]}.
struct EigenPrefill {
  int64_t B = 0, H = 0, T = 0, dim = 0, miniBatch = 0;
  double eps = 1e-6; // LayerNorm epsilon
  const float *XQ = nullptr, *XK = nullptr, *XV = nullptr; // [B,H,T,d]
  const float *lr = nullptr;                                // [B,H,T]
  const float *tokenScale = nullptr;                        // [b]
  const float *lnWeight = nullptr, *lnBias = nullptr;       // [H,d]
  std::vector<const float *> state;
  float *Z = nullptr; // [B,H,T,d]
  std::vector<float *> stateOut;
};

/// Threads the baseline uses: TTT_NUM_THREADS if set and positive, else
/// std::thread::hardware_concurrency() (at least 1).
int eigenThreadCount();

/// Throws std::invalid_argument naming what is unsupported: another d or b,
/// T not a multiple of b, a wrong number of state buffers, null pointers.
void checkEigenPrefill(InnerModel model, const EigenPrefill &p);

/// Runs one prefill on `threads` threads (one (batch, head) sequence per
/// task), after checkEigenPrefill.
void runEigenPrefill(InnerModel model, const EigenPrefill &p, int threads);

} // namespace ttt::bench

#endif // TTT_BENCH_EIGEN_TTTEIGEN_H
