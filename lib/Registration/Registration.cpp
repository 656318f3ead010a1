//===- Registration.cpp - every dialect and pass of ttt-mlir --------------===//

#include "ttt/Registration.h"

#include "ttt/Dialect/TTT/IR/TTTDialect.h"
#include "ttt/Conversion/Passes.h"
#include "ttt/Dialect/TTT/Transforms/Passes.h"
#include "ttt/Pipelines/Pipelines.h"

#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"

void mlir::ttt::registerDialects(DialectRegistry &registry) {
  registry.insert<TTTDialect>();
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
}

void mlir::ttt::registerPasses() {
  mlir::ttt::registerTTTPasses();
  mlir::ttt::registerTTTConversionPasses();
  mlir::ttt::registerPipelines();
  mlir::registerAllPasses();
}
