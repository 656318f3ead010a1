//===- Binding.h - buffers bound to a kernel's arguments --------*- C++ -*-===//
//
// Checks every bound buffer against the manifest: dtype, rank, fixed sizes,
// and the symbols B, H, T, which are bound by the first buffer (in binding
// order) that fixes them and checked for every other one.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_BINDING_H
#define TTT_RUNTIME_BINDING_H

#include "Manifest.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ttt::rt {

struct BoundArg {
  void *data = nullptr; // what the kernel reads or writes
  std::vector<int64_t> shape;
  size_t bytes = 0;
  uint64_t sequence = 0; // 0: not bound; otherwise the binding order
  // A strided view (ttt_kernel_bind_strided with non-dense strides): the
  // caller's buffer `user` with `strides` (elements); `data` is then `stage`,
  // a dense buffer the runtime owns, gathered before and scattered after
  // each run (Staging.h).
  void *user = nullptr;
  std::vector<int64_t> strides;
  std::vector<char> stage;

  bool strided() const { return !strides.empty(); }
  /// The caller's buffer, whether or not it is staged.
  void *userData() const { return strided() ? user : data; }
};

/// The buffers of one kernel call, one slot per manifest argument.
class Bindings {
public:
  explicit Bindings(const KernelDesc &desc)
      : desc(&desc), args(desc.args.size()) {}

  /// Checks and records a buffer; on failure the old binding (if any) stays.
  ttt_status bind(ttt_role role, const char *name, void *data, ttt_dtype dtype,
                  int rank, const int64_t *shape, std::string &error);

  /// The value of symbol 'B', 'H' or 'T' as bound by the arguments other
  /// than `exclude`; false when none fixes it. `boundBy` names the argument.
  /// A derived size ("T/16+2") fixes nothing: T is not recoverable from it.
  bool symbolValue(char symbol, int64_t &value, std::string *boundBy = nullptr,
                   int exclude = -1) const;

  /// That the derived sizes ("T/<divisor>+<addend>") of every bound argument
  /// agree with T: T may be bound after them, so a run checks again what
  /// binding checked. TTT_ERROR_SHAPE on a disagreement, TTT_ERROR_UNBOUND
  /// when no argument fixes T.
  ttt_status checkDerivedSizes(std::string &error) const;

  /// Binds a strided view of the caller's buffer: `strides` are in
  /// elements, one per dimension. Dense row-major strides bind the buffer
  /// itself; any other layout binds a runtime-owned dense stage, or fails
  /// when `allowStage` is false (GPU artifacts).
  ttt_status bindStrided(ttt_role role, const char *name, void *data,
                         ttt_dtype dtype, int rank, const int64_t *shape,
                         const int64_t *strides, bool allowStage,
                         std::string &error);

  const std::vector<BoundArg> &bound() const { return args; }
  std::vector<BoundArg> &bound() { return args; }

private:
  /// Checks the derived sizes of argument `i` at `dims` against T: fixed by
  /// `dims` itself if the shape has "T", else by the other arguments. With
  /// `requireT`, no T at all is an error; otherwise they are left unchecked.
  ttt_status checkDerived(int i, const std::vector<int64_t> &dims,
                          bool requireT, std::string &error) const;

  const KernelDesc *desc;
  std::vector<BoundArg> args;
  uint64_t nextSequence = 1;
};

/// On a CPU artifact, the input `position` (0-d i64) indexes the kernel's
/// mini-batch: a value outside [0, settings.mini_batch) is TTT_ERROR_INVALID.
/// Passes when the kernel has no such input, the manifest states no
/// mini_batch, or `position` is not bound yet.
ttt_status checkPosition(const KernelDesc &desc, const Bindings &bindings,
                         std::string &error);

/// Product of `shape` times `elementSize`; false on overflow.
bool byteSize(const std::vector<int64_t> &shape, size_t elementSize,
              size_t &bytes);

/// The shape and byte size of `desc`'s scratch at the bound B, H and T
/// (both backends size it here). TTT_ERROR_INVALID, naming the formula and
/// the sizes, when its bytes overflow.
ttt_status scratchSize(const KernelDesc &desc, const Bindings &bindings,
                       std::vector<int64_t> &shape, size_t &bytes,
                       std::string &error);

} // namespace ttt::rt

#endif // TTT_RUNTIME_BINDING_H
