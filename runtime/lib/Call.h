//===- Call.h - calling a CPU kernel through the memref ABI -----*- C++ -*-===//
#ifndef TTT_RUNTIME_CALL_H
#define TTT_RUNTIME_CALL_H

#include "Binding.h"

namespace ttt::rt {

/// Checks that every argument is bound and that no output overlaps an input
/// (docs/ArtifactFormat.md forbids aliasing), then calls
/// `void symbol(void **args)` with one memref descriptor per argument.
ttt_status callCpuKernel(const KernelDesc &desc, void *symbol,
                         const Bindings &bindings, std::string &error);

/// The checks of callCpuKernel without the call (shared with the GPU path).
ttt_status checkReadyToRun(const KernelDesc &desc, const Bindings &bindings,
                           std::string &error);

} // namespace ttt::rt

#endif // TTT_RUNTIME_CALL_H
