//===- Call.cpp - calling a CPU kernel through the memref ABI -------------===//
//
// The generated entry point takes `void **args`, args[i] pointing to MLIR's
// StridedMemRefType<T, rank>:
//   { T *allocated; T *aligned; int64_t offset; int64_t sizes[rank];
//     int64_t strides[rank]; }
// On LP64 every field is 8 bytes with no padding, so a descriptor is built as
// 3 + 2 * rank int64 words; the two pointers are stored with memcpy.
//
//===----------------------------------------------------------------------===//

#include "Call.h"

#include <cstring>

namespace ttt::rt {

static_assert(sizeof(void *) == sizeof(int64_t),
              "the memref descriptor layout assumes 64-bit pointers");

ttt_status checkReadyToRun(const KernelDesc &desc, const Bindings &bindings,
                           std::string &error) {
  const std::vector<BoundArg> &bound = bindings.bound();
  std::string missing;
  size_t count = 0;
  for (size_t i = 0; i < bound.size(); ++i) {
    if (bound[i].sequence != 0)
      continue;
    if (count++ < 8)
      missing += std::string(missing.empty() ? "" : ", ") +
                 (desc.args[i].role == TTT_INPUT ? "input '" : "output '") +
                 desc.args[i].name + "'";
  }
  if (count) {
    error = "kernel '" + desc.name + "': " + std::to_string(count) +
            " argument(s) not bound: " + missing + (count > 8 ? ", ..." : "");
    return TTT_ERROR_UNBOUND;
  }
  // An output overlapping an input (or another output) would let the kernel
  // read its own partial results.
  for (size_t o = 0; o < bound.size(); ++o) {
    if (desc.args[o].role != TTT_OUTPUT || bound[o].bytes == 0)
      continue;
    auto lo = reinterpret_cast<uintptr_t>(bound[o].data);
    auto hi = lo + bound[o].bytes;
    for (size_t i = 0; i < bound.size(); ++i) {
      if (i == o || bound[i].bytes == 0)
        continue;
      auto ilo = reinterpret_cast<uintptr_t>(bound[i].data);
      auto ihi = ilo + bound[i].bytes;
      if (lo < ihi && ilo < hi) {
        error = "output '" + desc.args[o].name + "' overlaps " +
                (desc.args[i].role == TTT_INPUT ? "input '" : "output '") +
                desc.args[i].name + "'";
        return TTT_ERROR_INVALID;
      }
    }
  }
  return TTT_OK;
}

ttt_status callCpuKernel(const KernelDesc &desc, void *symbol,
                         const Bindings &bindings, std::string &error) {
  if (ttt_status s = checkReadyToRun(desc, bindings, error))
    return s;
  const std::vector<BoundArg> &bound = bindings.bound();
  std::vector<std::vector<int64_t>> descriptors(bound.size());
  std::vector<void *> argv(bound.size());
  for (size_t i = 0; i < bound.size(); ++i) {
    const std::vector<int64_t> &shape = bound[i].shape;
    size_t rank = shape.size();
    std::vector<int64_t> &d = descriptors[i];
    d.assign(3 + 2 * rank, 0);
    std::memcpy(&d[0], &bound[i].data, sizeof(void *)); // allocated
    std::memcpy(&d[1], &bound[i].data, sizeof(void *)); // aligned
    d[2] = 0;                                           // offset
    int64_t stride = 1;
    for (size_t k = rank; k-- > 0;) {
      d[3 + k] = shape[k];
      d[3 + rank + k] = stride; // dense row-major
      stride *= shape[k];
    }
    argv[i] = d.data();
  }
  auto entry = reinterpret_cast<void (*)(void **)>(symbol);
  entry(argv.data());
  return TTT_OK;
}

} // namespace ttt::rt
