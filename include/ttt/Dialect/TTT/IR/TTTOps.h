//===- TTTOps.h - ttt types, attributes and operations ----------*- C++ -*-===//
#ifndef TTT_DIALECT_TTT_IR_TTTOPS_H
#define TTT_DIALECT_TTT_IR_TTTOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "ttt/Dialect/TTT/IR/TTTDialect.h"

#include "ttt/Dialect/TTT/IR/TTTEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "ttt/Dialect/TTT/IR/TTTAttrs.h.inc"

#define GET_TYPEDEF_CLASSES
#include "ttt/Dialect/TTT/IR/TTTOpsTypes.h.inc"

namespace mlir::ttt {
/// The largest token width (d and every hidden width) and mini-batch size
/// the backends support. With both at most 2^14, every per-(batch, head)
/// buffer (a width x width weight, a b x b dual-form matrix, a b x width
/// block) holds at most 2^28 f32 elements, 2^30 bytes: element counts and
/// byte offsets fit int32 on the GPU and never overflow int64 on the CPU.
constexpr int64_t kMaxWidth = int64_t(1) << 14;
constexpr int64_t kMaxMiniBatch = int64_t(1) << 14;

class LinearOp;
class LayerNormOp;
class ReturnOp;
class GradientsOp;
} // namespace mlir::ttt

#define GET_OP_CLASSES
#include "ttt/Dialect/TTT/IR/TTTOps.h.inc"

namespace mlir::ttt {
/// The linear layers of `layer`'s model in model order: the inner state.
llvm::SmallVector<LinearOp> getLinearOps(LayerOp layer);
/// The LayerNorms of `layer`'s model in model order: outer-model parameters.
llvm::SmallVector<LayerNormOp> getLayerNormOps(LayerOp layer);
/// The layers at the top level of `module`: what the lowerings and
/// ttt-compile work on. A layer further down (in a nested module) is an
/// error at its location naming `user`, rather than silently left alone.
FailureOr<llvm::SmallVector<LayerOp>> getTopLevelLayers(ModuleOp module,
                                                        StringRef user);
} // namespace mlir::ttt

#endif // TTT_DIALECT_TTT_IR_TTTOPS_H
