//===- OutlineKernels.cpp - the ttt-gpu-outline-kernels pass --------------===//

#include "ttt/Conversion/GPUPasses.h"

#include "mlir/IR/Builders.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUOUTLINEKERNELS
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

static constexpr StringLiteral kModuleName = "ttt_kernels";
static constexpr StringLiteral kMemRefSuffix = "_memref";

namespace {
struct TTTGPUOutlineKernelsPass
    : mlir::ttt::impl::TTTGPUOutlineKernelsBase<TTTGPUOutlineKernelsPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<func::FuncOp> kernels;
    for (auto func : module.getOps<func::FuncOp>())
      if (func->hasAttr(gpu_attrs::kKernel))
        kernels.push_back(func);
    if (kernels.empty())
      return;
    OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
    module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(),
                    b.getUnitAttr());
    auto gpuModule = gpu::GPUModuleOp::create(b, module.getLoc(), kModuleName);
    for (func::FuncOp func : kernels) {
      if (!func.getBody().hasOneBlock()) {
        func.emitOpError("expected a single-block kernel body");
        return signalPassFailure();
      }
      auto blockSize = func->getAttrOfType<IntegerAttr>(gpu_attrs::kBlockSize);
      if (!blockSize) {
        func.emitOpError("has no ") << gpu_attrs::kBlockSize
                                    << "; run ttt-gpu-distribute first";
        return signalPassFailure();
      }
      StringRef name = func.getName();
      name.consume_back(kMemRefSuffix);
      b.setInsertionPointToEnd(gpuModule.getBody());
      auto kernel = gpu::GPUFuncOp::create(b, func.getLoc(), name,
                                           func.getFunctionType());
      kernel->setAttr(gpu::GPUDialect::getKernelFuncAttrName(),
                      b.getUnitAttr());
      kernel.setKnownBlockSizeAttr(b.getDenseI32ArrayAttr(
          {int32_t(blockSize.getInt()), 1, 1}));
      // ptxas cannot see the dynamic shared memory that bounds occupancy;
      // tell it which occupancy to plan registers for (see the pass doc).
      if (minBlocksPerSM > 0)
        kernel->setAttr("nvvm.minctasm",
                        b.getI32IntegerAttr(int32_t(minBlocksPerSM)));
      for (NamedAttribute attr : func->getDiscardableAttrs())
        if (attr.getName().strref().starts_with("ttt."))
          kernel->setAttr(attr.getName(), attr.getValue());
      // The kernel's body is the function's, with gpu.return.
      kernel.getBody().getBlocks().clear();
      kernel.getBody().takeBody(func.getBody());
      Operation *ret = kernel.getBody().front().getTerminator();
      b.setInsertionPoint(ret);
      gpu::ReturnOp::create(b, ret->getLoc());
      ret->erase();
      func.erase();
      // Constants the kernel reads (memref.global) move along.
      SymbolTable moduleSymbols(module), kernelSymbols(gpuModule);
      kernel.walk([&](memref::GetGlobalOp get) {
        StringRef global = get.getName();
        if (kernelSymbols.lookup(global))
          return;
        if (Operation *def = moduleSymbols.lookup(global)) {
          OpBuilder gb = OpBuilder::atBlockBegin(gpuModule.getBody());
          kernelSymbols.insert(gb.clone(*def));
        }
      });
    }
  }
};
} // namespace
