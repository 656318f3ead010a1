//===- Registration.cpp - every dialect and pass of ttt-mlir --------------===//

#include "ttt/Registration.h"

#include "ttt/Dialect/TTT/IR/TTTDialect.h"
#include "ttt/Conversion/CodegenPasses.h"
#include "ttt/Conversion/GPUPasses.h"
#include "ttt/Conversion/Passes.h"
#include "ttt/Dialect/TTT/Transforms/Passes.h"
#include "ttt/Pipelines/GPUPipeline.h"
#include "ttt/Pipelines/Pipelines.h"

#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Target/LLVM/NVVM/Target.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"

void mlir::ttt::registerDialects(DialectRegistry &registry) {
  registry.insert<TTTDialect>();
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  // ttt-to-cuda: #nvvm.target serialization (gpu-module-to-binary) and the
  // translations it runs.
  NVVM::registerNVVMTargetInterfaceExternalModels(registry);
  registerAllGPUToLLVMIRTranslations(registry);
}

void mlir::ttt::registerPasses() {
  mlir::ttt::registerTTTPasses();
  mlir::ttt::registerTTTCodegenPasses();
  mlir::ttt::registerTTTConversionPasses();
  mlir::ttt::registerTTTGPUConversionPasses();
  mlir::ttt::registerPipelines();
  mlir::ttt::registerGPUPipelines();
  mlir::registerAllPasses();
}
