//===- Manifest.h - manifest.json as checked data ---------------*- C++ -*-===//
//
// Reads and validates an artifact's manifest (docs/ArtifactFormat.md). The
// runtime never trusts the file: every field it uses is checked here, once,
// and each problem is reported with the path of the offending field
// ("kernels[0].args[3].dtype: ...").
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_MANIFEST_H
#define TTT_RUNTIME_MANIFEST_H

#include "ttt/runtime.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ttt::rt {

/// One entry of an argument's shape: a fixed size, a symbol bound at run
/// time ('B', 'H' or 'T'), or a size derived from T.
struct Dim {
  char symbol = 0; // 0 for a fixed size
  int64_t size = 0;
  // "T/<divisor>+<addend>" (a tape's or scratch's segments) is symbol 'T'
  // with these. Such a size never binds T; it is checked against it.
  int64_t divisor = 0, addend = 0;

  bool derived() const { return divisor > 0; }

  /// The size at B, H, T.
  int64_t value(int64_t B, int64_t H, int64_t T) const {
    switch (symbol) {
    case 'B':
      return B;
    case 'H':
      return H;
    case 'T':
      return derived() ? T / divisor + addend : T;
    default:
      return size;
    }
  }
};

struct ArgDesc {
  std::string name;
  ttt_role role = TTT_INPUT;
  ttt_dtype dtype = TTT_F32;
  std::vector<Dim> shape;
  // An output shared by sequences ("reduce": "sum", backward kernels): the
  // runtime sums what the calls it splits the sequences into write.
  bool reduceSum = false;
  // A state output that the kernel lets share its input's buffer ("in_place":
  // true): it reads that input only when the two differ, so a caller's
  // in-place binding needs no stage (ttt-cpu-in-place-state).
  bool inPlace = false;
  // An output: the index of the input with the same name (the state it
  // updates), or -1. Derived from the names once, so that a call compares
  // indices, not strings.
  int sameNamedInput = -1;
};

/// Memory a kernel needs beside its arguments ("scratch"): the runtime
/// allocates it and passes it after the last argument.
struct ScratchDesc {
  bool present = false;
  ttt_dtype dtype = TTT_F32;
  std::vector<Dim> shape; // [B, H, ...]
};

/// How a GPU kernel is launched (the manifest's "launch"): grid entries are
/// symbols ('B', 'H') or fixed sizes, each at least 1 block at run time.
struct LaunchDesc {
  Dim grid[3];
  int64_t block[3] = {1, 1, 1};
  int64_t sharedMemoryBytes = 0;
  int64_t workspaceBytesPerBlock = 0;
};

struct KernelDesc {
  std::string name, kind, symbol;
  std::vector<ArgDesc> args; // in call order
  int64_t miniBatch = 0;     // settings.mini_batch; 0 when not stated
  ScratchDesc scratch;
  LaunchDesc launch;         // GPU targets
  // CPU targets: the scratch bytes one call needs ("workspace_bytes"),
  // passed after the arguments as a memref<?xi8> descriptor.
  int64_t workspaceBytes = 0;
  // The index of the i64 scalar input "position", or -1.
  int positionInput = -1;
};

struct Manifest {
  std::string target;  // "cpu" or "sm_NN[a]"
  std::string library; // file name inside the artifact directory (GPU: cubin)
  std::string ptx;     // GPU: the PTX file, for JIT compilation ("" if none)
  std::vector<KernelDesc> kernels;

  bool isGpu() const { return target != "cpu"; }
};

/// A GPU target, "sm_<major><minor>[a]": "sm_90a" is 9, 0, arch-specific.
struct GpuTarget {
  int major = 0;
  int minor = 0;
  bool archSpecific = false;
};

/// The one parser of GPU target names: "sm_", two to four digits, at most
/// one lower-case letter. False for anything else.
bool parseGpuTarget(const std::string &target, GpuTarget &out);

/// "f32", "bf16", ... ; "?" for an invalid value.
const char *dtypeName(ttt_dtype dtype);
/// Parses a manifest dtype name; false when unknown.
bool parseDtype(const std::string &name, ttt_dtype &out);

/// The symbols of a shape as text, e.g. "[B, H, T, 64]".
std::string shapeText(const std::vector<Dim> &shape);
/// One entry as text: "B", "T/16+2", "64".
std::string dimText(const Dim &dim);

/// Parses and validates `text` (read from `path`, used in messages). On
/// failure returns TTT_ERROR_MANIFEST and sets `error`.
ttt_status readManifest(const std::string &path, const std::string &text,
                        Manifest &out, std::string &error);

} // namespace ttt::rt

#endif // TTT_RUNTIME_MANIFEST_H
