//===- KernelKind.h - which kind of kernel an op is in ---------*- C++ -*-===//
//
// Shared by ttt-cpu-vectorize-contractions and
// ttt-cpu-transpose-static-operands, which treat a backward kernel's
// segments (whole mini-batches but at a sequence's ends) differently from a
// prefill's partial mini-batches (every decode step among them).
//
//===----------------------------------------------------------------------===//
#ifndef TTT_CONVERSION_TTTTOCPU_KERNELKIND_H
#define TTT_CONVERSION_TTTTOCPU_KERNELKIND_H

#include "ttt/Dialect/TTT/IR/KernelArgs.h"

#include "mlir/Interfaces/FunctionInterfaces.h"

namespace mlir::ttt {

/// Whether `op` belongs to a backward kernel (one with a cotangent
/// argument).
inline bool inBackwardKernel(Operation *op) {
  auto func = op->getParentOfType<FunctionOpInterface>();
  if (!func)
    return false;
  for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i)
    if (KernelArgAttr arg = getKernelArg(func, i);
        arg && arg.getDirection() == ArgDirection::cotangent)
      return true;
  return false;
}

} // namespace mlir::ttt

#endif // TTT_CONVERSION_TTTTOCPU_KERNELKIND_H
