//===- ttt-opt.cpp - the ttt-mlir optimizer driver ------------------------===//

#include "ttt/Registration.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::ttt::registerPasses();
  mlir::DialectRegistry registry;
  mlir::ttt::registerDialects(registry);
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "ttt-mlir optimizer driver\n", registry));
}
