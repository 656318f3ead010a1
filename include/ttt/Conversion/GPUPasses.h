//===- GPUPasses.h - ttt CUDA backend passes --------------------*- C++ -*-===//
#ifndef TTT_CONVERSION_GPUPASSES_H
#define TTT_CONVERSION_GPUPASSES_H

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::ttt {

/// The attributes the GPU passes put on a kernel function.
namespace gpu_attrs {
/// Unit: the function is a kernel body (set by ttt-gpu-map-sequences-to-blocks).
inline constexpr StringLiteral kKernel = "ttt.gpu_kernel";
/// i64: bytes of dynamic shared memory per block (ttt-gpu-place-buffers).
inline constexpr StringLiteral kSharedMemoryBytes = "ttt.shared_memory_bytes";
/// i64: bytes of global workspace per block (ttt-gpu-place-buffers).
inline constexpr StringLiteral kWorkspaceBytes = "ttt.workspace_bytes";
/// Unit, on an scf.if: its region runs in one thread (the epilogue of
/// ttt-gpu-map-sequences-to-blocks); ttt-gpu-distribute leaves it serial.
inline constexpr StringLiteral kSingleThread = "ttt.single_thread";
/// i64: threads per block (ttt-gpu-distribute).
inline constexpr StringLiteral kBlockSize = "ttt.block_size";
} // namespace gpu_attrs

#define GEN_PASS_DECL
#include "ttt/Conversion/GPUPasses.h.inc"

#define GEN_PASS_REGISTRATION
#include "ttt/Conversion/GPUPasses.h.inc"

} // namespace mlir::ttt

#endif // TTT_CONVERSION_GPUPASSES_H
