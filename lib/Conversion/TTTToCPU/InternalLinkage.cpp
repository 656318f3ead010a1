//===- InternalLinkage.cpp - ttt-cpu-internal-linkage ---------------------===//
//
// convert-func-to-llvm gives a private `func.func` external linkage unless
// an `llvm.linkage` attribute says otherwise. ttt-compile lowers every
// kernel in a module of its own and links their objects into one library,
// so a private helper that a pass outside this project creates (the
// `dealloc_helper` of bufferization's lower-deallocations) would then be
// defined once per kernel that needs it: the link fails on the duplicate
// symbol. Internal linkage keeps each module's helpers its own.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUINTERNALLINKAGE
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

static constexpr StringLiteral kLinkageAttrName = "llvm.linkage";

namespace {
struct TTTCPUInternalLinkagePass
    : mlir::ttt::impl::TTTCPUInternalLinkageBase<TTTCPUInternalLinkagePass> {
  void runOnOperation() override {
    auto internal =
        LLVM::LinkageAttr::get(&getContext(), LLVM::Linkage::Internal);
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func.isPrivate() && !func.isExternal() &&
          !func->hasAttr(kLinkageAttrName))
        func->setAttr(kLinkageAttrName, internal);
  }
};
} // namespace
