//===- Registration.h - every dialect and pass of ttt-mlir ------*- C++ -*-===//
//
// One place that registers what the tools accept, so that ttt-opt and
// ttt-compile never drift apart.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_REGISTRATION_H
#define TTT_REGISTRATION_H

#include "mlir/IR/DialectRegistry.h"

namespace mlir::ttt {

/// The ttt dialect and the upstream dialects its lowerings produce.
void registerDialects(DialectRegistry &registry);

/// The ttt passes and pipelines (and the upstream passes ttt-opt exposes).
void registerPasses();

} // namespace mlir::ttt

#endif // TTT_REGISTRATION_H
