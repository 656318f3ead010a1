//===- Check.h - --check: outputs against the float64 reference -*- C++ -*-===//
#ifndef TTT_RUN_CHECK_H
#define TTT_RUN_CHECK_H

#include "Session.h"

namespace ttt::run {

/// 1e-4 for f32 io, 2e-2 for bf16/f16 io (docs/Semantics.md section 7).
double defaultTolerance(const Session &s);

/// Throws Error unless --check can compare the kernel with the reference:
/// a prefill, decode, backward, train or backward_from_tape kernel with a
/// usable model.
void requireCheckable(const KernelInfo &info);

/// Runs ttt::reference::runPrefill on the exact inputs the kernel saw and
/// prints one line per output ("check Z: rel_err=3.1e-07 (tol 1e-04) ok"); a
/// train kernel's outputs but its tape. Returns true when every output
/// passes.
bool checkOutputs(const Session &s, double tolerance);

} // namespace ttt::run

#endif // TTT_RUN_CHECK_H
