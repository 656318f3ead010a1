//===- TttEigen.h - hand-written fused dual-form TTT on Eigen ---*- C++ -*-===//
//
// The baseline "a careful user writes by hand": TTT-Linear and TTT-MLP
// (gelu_tanh, hidden 4d) forward prefill in the dual form of
// docs/Semantics.md section 4, fp32, Eigen fixed-size matrices for d = 64 and
// b = 16, one (batch, head) sequence at a time with the mini-batch loop
// inside and the state kept in fixed-size matrices, the sequences spread over
// std::threads. Independent of the compiler and of the reference.
//
// A call takes and returns the state triple of Semantics section 5 (the
// parameters at the start of the mini-batch in progress, its running sums
// S = sum_j lr_j G_j, its position p): full mini-batches starting at p = 0
// run in the dual form, the tokens of a mini-batch in progress (the head
// and tail of a call, every decode step) one at a time. Scope: d = 64,
// b = 16; anything else throws std::invalid_argument.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_BENCH_EIGEN_TTTEIGEN_H
#define TTT_BENCH_EIGEN_TTTEIGEN_H

#include <cstdint>
#include <vector>

namespace ttt::bench {

/// DeltaNet (x W, b = 1, no LayerNorm) and LaCT (examples/lact_swiglu.mlir)
/// have a PyTorch contender only.
enum class InnerModel { Linear, Mlp, DeltaNet, Lact };

/// One call's buffers, row-major fp32, shapes as in docs/ArtifactFormat.md.
/// `state` / `stateOut` hold the linear layers' weight and bias in model
/// order: TTT-Linear {W [B,H,d,d], b [B,H,1,d]}, TTT-MLP {W1 [B,H,d,4d],
/// b1 [B,H,1,4d], W2 [B,H,4d,d], b2 [B,H,1,d]}; `gradSum` / `gradSumOut`
/// their running sums, same shapes. The token arrays (XQ, XK, XV, lr, Z)
/// may be a window of T tokens in longer sequences of `seqLen` tokens
/// ([B,H,seqLen,d]; the pointers point at the window's first token), so
/// that decode steps read the harness's inputs without copies.
struct EigenPrefill {
  int64_t B = 0, H = 0, T = 0, dim = 0, miniBatch = 0;
  int64_t seqLen = 0;   // tokens per sequence in the arrays (0: T)
  int64_t position = 0; // tokens of the mini-batch in progress already seen
  double eps = 1e-6;    // LayerNorm epsilon
  const float *XQ = nullptr, *XK = nullptr, *XV = nullptr; // [B,H,seqLen,d]
  const float *lr = nullptr;                                // [B,H,seqLen]
  const float *tokenScale = nullptr;                        // [b]
  const float *lnWeight = nullptr, *lnBias = nullptr;       // [H,d]
  std::vector<const float *> state, gradSum;
  float *Z = nullptr; // [B,H,seqLen,d]
  std::vector<float *> stateOut, gradSumOut;
  int64_t *positionOut = nullptr; // (position + T) mod b
};

/// Threads the baseline uses: TTT_NUM_THREADS if set and positive, else
/// std::thread::hardware_concurrency() (at least 1).
int eigenThreadCount();

/// Throws std::invalid_argument naming what is unsupported: another d or b,
/// a position outside [0, b), a window outside seqLen, a wrong number of
/// state or running-sum buffers, null pointers.
void checkEigenPrefill(InnerModel model, const EigenPrefill &p);

/// Runs one call on `threads` threads (one (batch, head) sequence per task),
/// after checkEigenPrefill. State outputs must not alias state inputs.
void runEigenPrefill(InnerModel model, const EigenPrefill &p, int threads);

} // namespace ttt::bench

#endif // TTT_BENCH_EIGEN_TTTEIGEN_H
