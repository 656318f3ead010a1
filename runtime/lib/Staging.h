//===- Staging.h - strided views and in-place state around a CPU run -*- C++ -*-===//
//
// The compiled CPU kernels take dense row-major buffers (their memref types
// have identity layouts, so only the outer strides are read from the
// descriptor) and their outputs must not alias their inputs. The runtime
// lifts both limits around a call:
//  - a strided view (ttt_kernel_bind_strided) is gathered into a dense stage
//    the kernel handle owns before the call (inputs) and scattered back
//    after it (outputs);
//  - a state output bound to the very buffer (same address, same strides) of
//    the input with its name is written to a stage and copied back after the
//    call, so the kernel never reads what it has already overwritten; unless
//    the manifest marks it "in_place": the kernel then reads that input only
//    when it is another buffer, and is given the caller's buffer as it is.
// Every other overlap between an output and another argument is refused.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_STAGING_H
#define TTT_RUNTIME_STAGING_H

#include "Binding.h"

#include <cstdint>
#include <utility>

namespace ttt::rt {

class StagedRun {
public:
  /// Checks that every argument is bound, that derived sizes agree with T
  /// and that outputs alias nothing but their own state input, then gathers
  /// strided inputs and redirects in-place outputs. On failure nothing is
  /// changed.
  ttt_status begin(const KernelDesc &desc, Bindings &bindings,
                   std::string &error);
  /// Scatters staged outputs into the caller's buffers and restores the
  /// bindings as they were before begin(). Call it only after the kernel
  /// succeeded (a failed run leaves the caller's outputs unspecified).
  void finish();
  /// Restores the bindings without writing any output.
  void abandon();

private:
  /// [lo, hi) bytes of the caller's memory a binding touches.
  struct Span {
    uintptr_t lo = 0, hi = 0;
  };
  static Span userSpan(const BoundArg &arg, size_t elem);

  const KernelDesc *desc = nullptr;
  Bindings *bindings = nullptr;
  // In-place outputs written to their stage: (argument, caller's buffer).
  std::vector<std::pair<size_t, void *>> redirected;
  // Every argument's span, for the overlap check. Like `redirected`, kept
  // across runs by the kernel handle that owns this: a decode loop's calls
  // allocate nothing.
  std::vector<Span> spans;
};

/// True when output `o` is bound to the buffer of its input `i` and the
/// kernel updates it there itself ("in_place"): no stage, no overlap.
bool sharesBufferInKernel(const KernelDesc &desc,
                          const std::vector<BoundArg> &bound, size_t o,
                          size_t i);

/// True when any argument of `bindings` is a strided view or an in-place
/// state output (the GPU path supports neither).
bool needsStaging(const KernelDesc &desc, const Bindings &bindings);

} // namespace ttt::rt

#endif // TTT_RUNTIME_STAGING_H
