//===- PackedEntryPoints.cpp - the ttt-cpu-packed-entry-points pass -------===//

#include "ttt/Conversion/Passes.h"
#include "ttt/Dialect/TTT/IR/KernelArgs.h"
#include "ttt/Dialect/TTT/IR/TTTOps.h"

#include "mlir/IR/Builders.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUPACKEDENTRYPOINTS
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

static constexpr StringLiteral kCInterfacePrefix = "_mlir_ciface_";
static constexpr StringLiteral kMemRefSuffix = "_memref";

static void addPackedEntryPoint(LLVM::LLVMFuncOp cInterface) {
  StringRef name = cInterface.getName();
  std::string packedName =
      name.drop_front(kCInterfacePrefix.size()).drop_back(kMemRefSuffix.size()).str();
  OpBuilder builder(cInterface);
  builder.setInsertionPointAfter(cInterface);
  Location loc = cInterface.getLoc();
  MLIRContext *ctx = builder.getContext();
  auto ptr = LLVM::LLVMPointerType::get(ctx);
  auto voidType = LLVM::LLVMVoidType::get(ctx);
  auto packed = LLVM::LLVMFuncOp::create(
      builder, loc, packedName, LLVM::LLVMFunctionType::get(voidType, {ptr}));
  Block *body = packed.addEntryBlock(builder);
  builder.setInsertionPointToStart(body);
  SmallVector<Value> descriptors;
  for (unsigned i = 0, e = cInterface.getNumArguments(); i < e; ++i) {
    Value slot = LLVM::GEPOp::create(builder, loc, ptr, ptr,
                                     body->getArgument(0),
                                     ArrayRef<LLVM::GEPArg>{int32_t(i)});
    descriptors.push_back(LLVM::LoadOp::create(builder, loc, ptr, slot));
  }
  LLVM::CallOp::create(builder, loc, cInterface, descriptors);
  LLVM::ReturnOp::create(builder, loc, ValueRange{});
}

namespace {
struct TTTCPUPackedEntryPointsPass
    : mlir::ttt::impl::TTTCPUPackedEntryPointsBase<TTTCPUPackedEntryPointsPass> {
  void runOnOperation() override {
    SmallVector<LLVM::LLVMFuncOp> cInterfaces;
    for (auto func : getOperation().getOps<LLVM::LLVMFuncOp>())
      if (func.getName().starts_with(kCInterfacePrefix) &&
          func.getName().ends_with(kMemRefSuffix) && !func.isExternal())
        cInterfaces.push_back(func);
    ModuleOp module = getOperation();
    auto internal =
        LLVM::LinkageAttr::get(&getContext(), LLVM::Linkage::Internal);
    for (LLVM::LLVMFuncOp func : cInterfaces) {
      addPackedEntryPoint(func);
      // The packed entry point is the C interface's only caller, and the C
      // interface `<entry>_memref`'s: internal, LLVM may inline the chain
      // and drop the descriptor fields nothing reads (Passes.td).
      func.setLinkageAttr(internal);
      if (auto memref = module.lookupSymbol<LLVM::LLVMFuncOp>(
              func.getName().drop_front(kCInterfacePrefix.size()));
          memref && !memref.isExternal())
        memref.setLinkageAttr(internal);
    }
    // From here on an argument is a slot of `args`; its description
    // (#ttt.arg, which LLVM translation does not know) ends here.
    for (auto func : getOperation().getOps<LLVM::LLVMFuncOp>())
      removeKernelArgs(func);
  }
};
} // namespace
