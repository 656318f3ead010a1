//===- Passes.h - ttt passes ------------------------------------*- C++ -*-===//
#ifndef TTT_DIALECT_TTT_TRANSFORMS_PASSES_H
#define TTT_DIALECT_TTT_TRANSFORMS_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Pass/Pass.h"

namespace mlir::ttt {

#define GEN_PASS_DECL
#include "ttt/Dialect/TTT/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "ttt/Dialect/TTT/Transforms/Passes.h.inc"

} // namespace mlir::ttt

#endif // TTT_DIALECT_TTT_TRANSFORMS_PASSES_H
