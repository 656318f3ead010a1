//===- Contenders.h - what ttt-bench runs and how it checks them -*- C++ -*-===//
//
// Every contender runs one prefill on the inputs of one ttt-run Session (the
// seeded random inputs of `ttt-run --random`, bound to the compiled kernel),
// or, in decode mode, a prefill of the first P of its T tokens followed by
// T - P single-token calls that carry the state (Semantics section 5):
//   - the compiled kernel, through the runtime's C API;
//   - the hand-written fused dual form on Eigen (eigen/TttEigen.h);
//   - the PyTorch eager dual form (torch/ttt_torch.py), in a child process
//     that exchanges .npy files with the harness;
// and the float64 primal-form reference is the oracle of all three.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_BENCH_CONTENDERS_H
#define TTT_BENCH_CONTENDERS_H

#include "Session.h"
#include "eigen/TttEigen.h"
#include "reference/Reference.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ttt::bench {

/// A contender's outputs by manifest name: Z and the linear layers' final
/// weights and biases.
using Outputs = std::map<std::string, run::Buffer>;

/// The inner model of a kernel as the hand-written contenders know it:
/// TTT-Linear, or TTT-MLP with gelu_tanh, each with f(x) = x + LN(g(x)),
/// causal, or DeltaNet (x W without bias, b = 1; torch only), or LaCT
/// (SwiGLU without biases, dot loss, `after` timing, a learning rate per
/// weight; torch only). `why` says what differs when the kernel is none of
/// them.
struct ModelKind {
  bool known = false;
  InnerModel model = InnerModel::Linear;
  double eps = 1e-6;
  bool decay = false; // TTT-Linear with per-token decay (torch only)
  bool normalizeWeights = false; // LaCT's weight normalisation (torch only)
  std::string lnWeight, lnBias; // the LayerNorm's input names
  std::string why;
};
ModelKind classifyModel(const run::KernelInfo &info);

struct Result {
  bool ran = false;
  std::string note; // why it did not run
  double ms = 0;    // median (decode: of the single-token steps)
  Outputs outputs;
  /// One prefill on the session's inputs, for the in-process contenders
  /// (empty when the contender cannot run).
  std::function<void()> prefill;
  /// Decode mode: every single-token step from the state the untimed
  /// prefill left, appending each step's ms to `ms` when it is not null,
  /// leaving Z of every token and the final state in `outputs`.
  std::function<void(std::vector<double> *ms)> decode;
  /// Decode mode, once timed: Z of every token and the final state.
  std::function<Outputs()> collect;
};

/// The compiled kernel, ready to run into the session's output buffers.
Result prepareCompiled(run::Session &s);

/// Moves the compiled kernel's outputs out of `s` once it has run.
void collectCompiledOutputs(run::Session &s, Result &compiled);

/// The Eigen baseline on `threads` threads, ready to run into its own
/// outputs; a note says why when it cannot run these inputs.
Result prepareEigen(const run::Session &s, const ModelKind &kind, int threads);

/// Decode mode: the compiled kernel runs its prefill of the first P tokens
/// (untimed, here), then every decode() runs s.T - P calls of one token,
/// each binding that token's inputs (prepared here) and one state buffer
/// as both input and output (updated in place, with no copy where the
/// manifest says "in_place"), timing ttt_kernel_run only.
Result prepareCompiledDecode(run::Session &s, int64_t P);

/// Decode mode for the Eigen baseline: its own prefill of the first P
/// tokens (untimed, here), then single-token calls reading the session's
/// inputs in place and updating one state in place.
Result prepareEigenDecode(const run::Session &s, const ModelKind &kind,
                          int threads, int64_t P);

/// Decode mode's timeSideBySide: `warmup` untimed rounds, then `repeats`
/// rounds of decode() of each contender in turn; `ms` is the median over
/// every timed step of every round.
void timeDecodeSideBySide(const std::vector<Result *> &contenders, int warmup,
                          int repeats);

/// Runs every contender's prefill `warmup` times, then `repeats` rounds of
/// one timed prefill each, in turn, so that all of them see the same
/// machine (clock changes, neighbours); sets each one's median `ms`.
void timeSideBySide(const std::vector<Result *> &contenders, int warmup,
                    int repeats);

/// Runs `fn` `warmup` times, then `repeats` timed times; the median in ms.
double medianMs(const std::function<void()> &fn, int warmup, int repeats);

struct TorchConfig {
  std::string python;  // the interpreter, e.g. /usr/bin/python3
  std::string script;  // torch/ttt_torch.py
  std::string workDir; // where the .npy files are exchanged
  int threads = 1;
};

/// Whether `python -c "import torch"` succeeds.
bool torchAvailable(const std::string &python);

/// The PyTorch eager dual form; it times itself (`warmup` + `repeats`).
/// decodeFrom >= 0: decode mode, a prefill of that many tokens, then
/// single-token steps to s.T, timed one by one.
Result runTorch(const run::Session &s, const ModelKind &kind,
                const TorchConfig &config, int warmup, int repeats,
                int64_t decodeFrom = -1);

/// The reference's outputs on the first `tokens` tokens of the session's
/// inputs (all of them when tokens == s.T).
struct Reference {
  int64_t tokens = 0;
  double seconds = 0;
  std::map<std::string, reference::Tensor> outputs;
};
Reference runReference(const run::Session &s, int64_t tokens);

/// The largest ||out - ref||_2 / ||ref||_2 over Z (its first ref.tokens
/// tokens) and, when the reference saw all T tokens, every linear layer's
/// final weight and bias, and with `runningSums` their final running sums
/// and the final position (absolute error when the reference's is zero).
/// NaN when an output is missing or holds a NaN.
double maxRelError(const run::Session &s, const Outputs &outputs,
                   const Reference &ref, bool runningSums = false);

} // namespace ttt::bench

#endif // TTT_BENCH_CONTENDERS_H
