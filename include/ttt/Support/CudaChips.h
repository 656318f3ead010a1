//===- CudaChips.h - the CUDA chips the GPU backend targets -----*- C++ -*-===//
//
// The one table of the chips `ttt-compile --target` and `ttt-to-cuda`
// accept and the limits the kernels are compiled against. The pipeline,
// ttt-compile and the default of ttt-gpu-place-buffers all read it, so a
// new chip is one row here.
//
//===----------------------------------------------------------------------===//

#ifndef TTT_SUPPORT_CUDACHIPS_H
#define TTT_SUPPORT_CUDACHIPS_H

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace mlir::ttt {

struct CudaChip {
  /// The name ptxas and nvvm-attach-target take, e.g. "sm_90a".
  llvm::StringLiteral name;
  /// The largest dynamic shared memory one block may opt into, in bytes
  /// (cudaDevAttrMaxSharedMemoryPerBlockOptin).
  int64_t maxDynamicSharedMemoryBytes;
};

inline constexpr CudaChip kCudaChips[] = {
    {"sm_80", 163 * 1024},  // A100
    {"sm_90a", 227 * 1024}, // H100, H200
};

/// The chip `ttt-to-cuda` compiles for when none is named.
inline constexpr const CudaChip &kDefaultCudaChip = kCudaChips[1];

/// The row of `name`, or null when the GPU backend does not target it.
inline const CudaChip *lookupCudaChip(llvm::StringRef name) {
  for (const CudaChip &chip : kCudaChips)
    if (chip.name == name)
      return &chip;
  return nullptr;
}

/// "sm_80 or sm_90a": the accepted names, for messages and --help.
inline std::string listCudaChips() {
  std::string list;
  for (auto [i, chip] : llvm::enumerate(kCudaChips)) {
    if (i > 0)
      list += i + 1 == std::size(kCudaChips) ? " or " : ", ";
    list += chip.name.str();
  }
  return list;
}

} // namespace mlir::ttt

#endif // TTT_SUPPORT_CUDACHIPS_H
