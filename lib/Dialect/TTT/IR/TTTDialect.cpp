//===- TTTDialect.cpp - the ttt dialect -----------------------------------===//

#include "ttt/Dialect/TTT/IR/TTTDialect.h"
#include "ttt/Dialect/TTT/IR/TTTOps.h"

#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::ttt;

#include "ttt/Dialect/TTT/IR/TTTOpsDialect.cpp.inc"
#include "ttt/Dialect/TTT/IR/TTTEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "ttt/Dialect/TTT/IR/TTTAttrs.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "ttt/Dialect/TTT/IR/TTTOpsTypes.cpp.inc"

void TTTDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "ttt/Dialect/TTT/IR/TTTOps.cpp.inc"
      >();
  addTypes<
#define GET_TYPEDEF_LIST
#include "ttt/Dialect/TTT/IR/TTTOpsTypes.cpp.inc"
      >();
  addAttributes<
#define GET_ATTRDEF_LIST
#include "ttt/Dialect/TTT/IR/TTTAttrs.cpp.inc"
      >();
}
