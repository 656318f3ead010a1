//===- GPUKernelAttrs.h - attributes on a GPU kernel function ---*- C++ -*-===//
//
// What the GPU passes record on the kernel functions they build, and what
// lib/Target reads back to assemble the artifact: the names live here, not
// in the pass header, so that the artifact writer depends on no pass.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_CONVERSION_GPUKERNELATTRS_H
#define TTT_CONVERSION_GPUKERNELATTRS_H

#include "llvm/ADT/StringRef.h"

namespace mlir::ttt::gpu_attrs {
/// Unit: the function is a kernel body (set by ttt-gpu-map-sequences-to-blocks).
inline constexpr llvm::StringLiteral kKernel = "ttt.gpu_kernel";
/// i64: bytes of dynamic shared memory per block (ttt-gpu-place-buffers).
inline constexpr llvm::StringLiteral kSharedMemoryBytes =
    "ttt.shared_memory_bytes";
/// i64: bytes of global workspace per block (ttt-gpu-place-buffers).
inline constexpr llvm::StringLiteral kWorkspaceBytes = "ttt.workspace_bytes";
/// Unit, on an scf.if: its region runs in one thread (the epilogue of
/// ttt-gpu-map-sequences-to-blocks); ttt-gpu-distribute leaves it serial.
inline constexpr llvm::StringLiteral kSingleThread = "ttt.single_thread";
/// i64: threads per block (ttt-gpu-distribute).
inline constexpr llvm::StringLiteral kBlockSize = "ttt.block_size";
} // namespace mlir::ttt::gpu_attrs

#endif // TTT_CONVERSION_GPUKERNELATTRS_H
