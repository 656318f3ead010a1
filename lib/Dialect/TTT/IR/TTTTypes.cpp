//===- TTTTypes.cpp - ttt types -------------------------------------------===//

#include "ttt/Dialect/TTT/IR/TTTOps.h"

using namespace mlir;
using namespace mlir::ttt;

LogicalResult TokensType::verify(function_ref<InFlightDiagnostic()> emitError,
                                 int64_t width) {
  if (width < 1 || width > kMaxWidth)
    return emitError() << "token width must be in [1, " << kMaxWidth
                       << "], got " << width;
  return success();
}
