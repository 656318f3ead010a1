//===- KernelArgs.h - kernel arguments by role ------------------*- C++ -*-===//
//
// The one way a pass finds a kernel argument: by the role its `ttt.arg`
// (#ttt.arg, TTTAttrs.td) names, never by its position in the list, which
// changes with every input a layer option adds.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_DIALECT_TTT_IR_KERNELARGS_H
#define TTT_DIALECT_TTT_IR_KERNELARGS_H

#include "ttt/Dialect/TTT/IR/TTTOps.h"

#include "mlir/Interfaces/FunctionInterfaces.h"

namespace mlir::ttt {

/// The description of argument `index` of `func`, or null if it has none.
KernelArgAttr getKernelArg(FunctionOpInterface func, unsigned index);

/// The arguments of `func` described as `direction` `role`, in order.
SmallVector<BlockArgument> findKernelArguments(
    FunctionOpInterface func, ArgRole role,
    ArgDirection direction = ArgDirection::input);

/// The one argument of `func` described as `direction` `role`, or null if
/// there is none (a layer without `decay` has no decay argument) or several.
BlockArgument findKernelArgument(FunctionOpInterface func, ArgRole role,
                                 ArgDirection direction = ArgDirection::input);

/// Drops every `ttt.arg` of `func`'s arguments and results: where a kernel
/// leaves the dialect (LLVM translation, upstream tools after the CPU
/// emulation), a #ttt.arg is an attribute no one can parse.
void removeKernelArgs(FunctionOpInterface func);

} // namespace mlir::ttt

#endif // TTT_DIALECT_TTT_IR_KERNELARGS_H
