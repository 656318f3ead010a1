//===- Passes.h - ttt backend conversion passes -----------------*- C++ -*-===//
#ifndef TTT_CONVERSION_PASSES_H
#define TTT_CONVERSION_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::ttt {

#define GEN_PASS_DECL
#include "ttt/Conversion/Passes.h.inc"

/// The function attribute of ttt-cpu-in-place-state: the names of the state
/// outputs a caller may bind to their input's buffer (manifest.json's
/// `"in_place": true`).
inline constexpr llvm::StringLiteral kInPlaceOutputs = "ttt.in_place_outputs";

#define GEN_PASS_REGISTRATION
#include "ttt/Conversion/Passes.h.inc"

} // namespace mlir::ttt

#endif // TTT_CONVERSION_PASSES_H
