//===- ContenderSupport.h - helpers shared by the contenders ---*- C++ -*-===//
//
// Internal to ttt-bench: what Contenders.cpp (prefill) and Decode.cpp
// (decode) both need to read a session's buffers and build the Eigen call.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_BENCH_CONTENDERSUPPORT_H
#define TTT_BENCH_CONTENDERSUPPORT_H

#include "Contenders.h"
#include "Tokens.h"

#include <chrono>
#include <string>
#include <vector>

namespace ttt::bench {

using Clock = std::chrono::steady_clock;

/// The session's input `name`; run::Error when the kernel has none.
const run::Buffer &inputBuffer(const run::Session &s, const std::string &name);

/// The f32 data of input `name`; std::invalid_argument for another type.
const float *f32(const run::Session &s, const std::string &name);

/// A poisoned buffer shaped like the kernel's output `name`, in `outputs`.
run::Buffer &newOutput(const run::Session &s, Outputs &outputs,
                       const std::string &name,
                       run::Elem elem = run::Elem::F32);

/// The linear layers' weight and bias names in model order.
std::vector<std::string> paramNames(const run::Session &s);

/// The median of `ms` (0 when empty).
double median(std::vector<double> ms);

/// Why the Eigen baseline cannot run this kernel at all, or "".
std::string eigenRefusal(const ModelKind &kind);

/// The Eigen call on the session's inputs: every token, from the session's
/// state (weights, running sums, position), into outputs allocated
/// (poisoned) in `out`.
EigenPrefill eigenCall(const run::Session &s, const ModelKind &kind,
                       Outputs &out);

} // namespace ttt::bench

#endif // TTT_BENCH_CONTENDERSUPPORT_H
