//===- NoAliasTemporaries.cpp - ttt-cpu-noalias-temporaries ---------------===//
//
// ttt-cpu-workspace hands each temporary to the kernel's body as an argument
// of its own and records where its aligned pointer lands once the memref
// descriptors are expanded. convert-func-to-llvm drops `llvm.noalias` from
// memref arguments, so this pass puts it back on those pointers: LLVM then
// knows the temporaries are disjoint, as it did when each was a malloc.
//
//===----------------------------------------------------------------------===//

#include "NoAliasPointers.h"
#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUNOALIASTEMPORARIES
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

namespace {
struct TTTCPUNoAliasTemporariesPass
    : mlir::ttt::impl::TTTCPUNoAliasTemporariesBase<
          TTTCPUNoAliasTemporariesPass> {
  void runOnOperation() override {
    UnitAttr unit = UnitAttr::get(&getContext());
    for (auto func : getOperation().getOps<LLVM::LLVMFuncOp>()) {
      auto positions = func->getAttrOfType<DenseI64ArrayAttr>(kNoAliasPointers);
      if (!positions)
        continue;
      for (int64_t position : positions.asArrayRef()) {
        if (position < 0 || position >= func.getNumArguments() ||
            !isa<LLVM::LLVMPointerType>(func.getArgument(position).getType())) {
          func.emitOpError("'")
              << kNoAliasPointers << "' names argument " << position
              << ", which is not a pointer argument";
          return signalPassFailure();
        }
        func.setArgAttr(position, LLVM::LLVMDialect::getNoAliasAttrName(),
                        unit);
      }
      func->removeAttr(kNoAliasPointers);
    }
  }
};
} // namespace
