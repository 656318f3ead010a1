//===- TTTDialect.h - the ttt dialect ---------------------------*- C++ -*-===//
#ifndef TTT_DIALECT_TTT_IR_TTTDIALECT_H
#define TTT_DIALECT_TTT_IR_TTTDIALECT_H

#include "mlir/IR/Dialect.h"

#include "ttt/Dialect/TTT/IR/TTTOpsDialect.h.inc"

#endif // TTT_DIALECT_TTT_IR_TTTDIALECT_H
