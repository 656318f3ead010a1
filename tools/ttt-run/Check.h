//===- Check.h - --check: outputs against the float64 reference -*- C++ -*-===//
#ifndef TTT_RUN_CHECK_H
#define TTT_RUN_CHECK_H

#include "Session.h"

#include <cstddef>
#include <cstdint>

namespace ttt::run {

/// 1e-4 for f32 io, 2e-2 for bf16/f16 io (docs/Semantics.md section 7).
double defaultTolerance(const Session &s);

/// Throws Error unless --check can compare the kernel with the reference:
/// a prefill, decode, backward, train or backward_from_tape kernel with a
/// usable model.
void requireCheckable(const KernelInfo &info);

/// How --check compares.
struct CheckOptions {
  double tolerance = 1e-4;
  /// A backward kernel's finite differences (--fd-samples): 0 every
  /// element, N > 0 N elements of each input that has more; < 0 picks:
  /// every element while a sequence's input elements times its tokens (the
  /// cost of differentiating them all) is at most kAllElementsWork, else
  /// kDefaultSamples.
  int64_t fdSamples = -1;
  uint64_t seed = 0;
};
/// TTT-Linear at d = 64 and T = 40 is 650,000 (22 s on two cores); DeltaNet's
/// test at d = 64 and T = 5, 46,000.
inline constexpr int64_t kAllElementsWork = 200000;
inline constexpr int64_t kDefaultSamples = 64;
/// Where the differences sample, the random directions per input along
/// which every element of its gradient is compared as well: an error that
/// one direction happens to barely see (|<e, v>| small against ||e o v||),
/// three seldom all do.
inline constexpr size_t kDirections = 3;

/// Runs ttt::reference::runPrefill on the exact inputs the kernel saw and
/// prints one line per output ("check Z: rel_err=3.1e-07 (tol 1e-04) ok"); a
/// train kernel's outputs but its tape. A backward kernel's gradients are
/// compared with finiteDifferenceBackward's, where it sampled on the
/// elements it differentiated (and every element must be a number), and
/// then also along kDirections random directions of each input
/// (directionalDerivatives): "check W1.grad along 3 random directions").
/// Returns true when every output passes.
bool checkOutputs(const Session &s, const CheckOptions &options);

} // namespace ttt::run

#endif // TTT_RUN_CHECK_H
