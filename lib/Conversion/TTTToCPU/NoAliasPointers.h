//===- NoAliasPointers.h - noalias memref arguments in LLVM -----*- C++ -*-===//
//
// convert-func-to-llvm drops `llvm.noalias` from memref arguments, which it
// expands into (allocated, aligned, offset, sizes..., strides...). The passes
// that make functions with disjoint memref arguments (ttt-cpu-workspace's
// bodies, ttt-cpu-outline-loop-nests' nests) record where each such aligned
// pointer lands in a function attribute, and ttt-cpu-noalias-temporaries
// marks those pointers after the conversion.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_CONVERSION_TTTTOCPU_NOALIASPOINTERS_H
#define TTT_CONVERSION_TTTTOCPU_NOALIASPOINTERS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeRange.h"

namespace mlir::ttt {

/// The function attribute: the LLVM argument positions of the aligned
/// pointers to mark `noalias`.
inline constexpr StringLiteral kNoAliasPointers = "ttt.cpu_noalias_pointers";

/// The LLVM argument position of each input's aligned pointer (-1 for an
/// input that is not a ranked memref), as convert-func-to-llvm expands them.
inline SmallVector<int64_t> alignedPointerPositions(TypeRange inputs) {
  SmallVector<int64_t> positions;
  int64_t position = 0;
  for (Type type : inputs) {
    auto memref = dyn_cast<MemRefType>(type);
    positions.push_back(memref ? position + 1 : -1);
    position += memref                          ? 3 + 2 * memref.getRank()
                : isa<UnrankedMemRefType>(type) ? 2
                                                : 1;
  }
  return positions;
}

} // namespace mlir::ttt

#endif // TTT_CONVERSION_TTTTOCPU_NOALIASPOINTERS_H
