//===- GPUPasses.h - ttt CUDA backend passes --------------------*- C++ -*-===//
#ifndef TTT_CONVERSION_GPUPASSES_H
#define TTT_CONVERSION_GPUPASSES_H

#include "ttt/Conversion/GPUKernelAttrs.h"
#include "ttt/Support/CudaChips.h"

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

#define GEN_PASS_DECL
#include "ttt/Conversion/GPUPasses.h.inc"

#define GEN_PASS_REGISTRATION
#include "ttt/Conversion/GPUPasses.h.inc"

} // namespace mlir::ttt

#endif // TTT_CONVERSION_GPUPASSES_H
