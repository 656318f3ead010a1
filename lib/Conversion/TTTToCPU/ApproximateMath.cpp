//===- ApproximateMath.cpp - ttt-cpu-approximate-math ---------------------===//
//
// Each polynomial approximation is 10-30 arithmetic ops. Expanded at every
// use, a long chain of activations (and its derivatives, in the backward)
// becomes tens of thousands of ops that every later pass and LLVM pay for;
// past a budget per function, the uses call one shared copy instead, whose
// vector copies let LLVM's loop vectorizer widen the loops around the calls
// (lib/Target/CPUSharedLibrary.cpp has it do so).
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/Transforms/Approximation.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/xxhash.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUAPPROXIMATEMATH
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

namespace {
/// A scalar f32 op that the polynomial approximations expand.
bool isExpanded(Operation *op) {
  if (!isa<math::AcosOp, math::AsinOp, math::AtanOp, math::Atan2Op,
           math::CbrtOp, math::CosOp, math::ErfOp, math::ErfcOp, math::ExpOp,
           math::ExpM1Op, math::LogOp, math::Log1pOp, math::Log2Op,
           math::SinOp, math::TanhOp>(op))
    return false;
  auto isF32 = [](Type type) { return type.isF32(); };
  return llvm::all_of(op->getOperandTypes(), isF32) &&
         llvm::all_of(op->getResultTypes(), isF32);
}

/// The name of the shared copies of `op`: its name and a hash of its
/// attributes, so that two modules linked into one library agree on what a
/// name means (the copies are weak_odr, merged by the linker).
std::string sharedCopyName(Operation *op) {
  std::string name = ("ttt_" + op->getName().getStringRef()).str();
  std::replace(name.begin(), name.end(), '.', '_');
  std::string attributes;
  llvm::raw_string_ostream os(attributes);
  op->getAttrDictionary().print(os);
  return name + "_" + llvm::utohexstr(llvm::xxh3_64bits(attributes));
}

struct TTTCPUApproximateMathPass
    : mlir::ttt::impl::TTTCPUApproximateMathBase<TTTCPUApproximateMathPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    for (auto func : llvm::to_vector(module.getOps<func::FuncOp>())) {
      SmallVector<Operation *> uses;
      func.walk([&](Operation *op) {
        if (isExpanded(op))
          uses.push_back(op);
      });
      if (static_cast<int64_t>(uses.size()) > maxInlineExpansions)
        for (Operation *op : uses)
          callSharedCopy(op);
    }
    RewritePatternSet patterns(&getContext());
    populateMathPolynomialApproximationPatterns(patterns);
    if (failed(applyPatternsGreedily(module, std::move(patterns))))
      return signalPassFailure();
  }

  /// A function applying `op` to operands of `type` (f32 or a vector of
  /// it), named `name`, weak_odr and hidden, expanded with the rest below.
  func::FuncOp createCopy(Operation *op, StringRef name, Type type) {
    ModuleOp module = getOperation();
    OpBuilder builder = OpBuilder::atBlockEnd(module.getBody());
    SmallVector<Type> operandTypes(op->getNumOperands(), type);
    auto copy = func::FuncOp::create(
        builder, op->getLoc(), name,
        builder.getFunctionType(operandTypes, {type}));
    copy.setPrivate();
    // weak_odr: every module defines the copies it uses, the linker keeps
    // one, and LLVM may not drop the vector variants, which nothing calls
    // until the loop vectorizer does. Hidden: the library exports none.
    MLIRContext *context = &getContext();
    copy->setAttr("llvm.linkage",
                  LLVM::LinkageAttr::get(context, LLVM::Linkage::WeakODR));
    copy->setAttr("visibility_",
                  LLVM::VisibilityAttr::get(context, LLVM::Visibility::Hidden));
    Block *entry = copy.addEntryBlock();
    builder.setInsertionPointToStart(entry);
    OperationState state(op->getLoc(), op->getName());
    state.addOperands(entry->getArguments());
    state.addTypes(type);
    state.addAttributes(op->getAttrs());
    Operation *clone = builder.create(state);
    func::ReturnOp::create(builder, op->getLoc(), clone->getResults());
    return copy;
  }

  /// Replaces `op` by a call to a scalar copy of it (one per op name and
  /// attributes in the module, found again by its name). The copy is
  /// `noinline`, or it would put the code size back, and names vector
  /// copies of itself for LLVM's loop vectorizer
  /// (`vector-function-abi-variant`), which then widens the calls with the
  /// loops around them instead of leaving those loops scalar.
  void callSharedCopy(Operation *op) {
    std::string name = sharedCopyName(op);
    auto copy = getOperation().lookupSymbol<func::FuncOp>(name);
    if (!copy) {
      Builder builder(&getContext());
      copy = createCopy(op, name, builder.getF32Type());
      std::string parameters(op->getNumOperands(), 'v');
      SmallVector<std::string> variants;
      for (int64_t width : {4, 8, 16}) {
        std::string vectorName = name + "_v" + std::to_string(width);
        createCopy(op, vectorName,
                   VectorType::get({width}, builder.getF32Type()));
        variants.push_back(("_ZGV_LLVM_N" + Twine(width) + parameters + "_" +
                            name + "(" + vectorName + ")")
                               .str());
      }
      copy->setAttr(
          "passthrough",
          builder.getArrayAttr(
              {builder.getStringAttr("noinline"),
               builder.getArrayAttr(
                   {builder.getStringAttr("vector-function-abi-variant"),
                    builder.getStringAttr(llvm::join(variants, ","))})}));
    }
    OpBuilder builder(op);
    auto call =
        func::CallOp::create(builder, op->getLoc(), copy, op->getOperands());
    op->replaceAllUsesWith(call.getResults());
    op->erase();
  }
};
} // namespace
