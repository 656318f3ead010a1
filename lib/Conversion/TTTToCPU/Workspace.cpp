//===- Workspace.cpp - the ttt-cpu-workspace pass -------------------------===//
//
// A kernel call used to malloc and free every temporary buffer (the b x d
// tiles of the dual form, the inner model's activations, the committed
// parameters): on a decode step that cost more than the arithmetic, mostly
// in page faults on fresh pages. This pass turns those allocations into views
// of one caller-provided workspace, which the runtime allocates once and
// reuses.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/Passes.h"

#include "mlir/IR/Builders.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUWORKSPACE
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

static constexpr StringLiteral kWorkspaceBytes = "ttt.cpu_workspace_bytes";
static constexpr int64_t kAlignment = 64;

/// True when the buffer may outlive one iteration of a loop around it: it
/// (or something that may alias it) reaches the terminator of a loop body.
/// Yields of `scf.if` and the like pass the buffer on to the op's result.
static bool mayLeaveIteration(Value buffer) {
  SmallVector<Value> worklist = {buffer};
  DenseSet<Value> seen;
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    if (!seen.insert(value).second)
      continue;
    for (OpOperand &use : value.getUses()) {
      Operation *user = use.getOwner();
      if (user->hasTrait<OpTrait::IsTerminator>()) {
        Operation *parent = user->getParentOp();
        if (!isa<scf::YieldOp>(user) ||
            !isa<scf::IfOp, scf::IndexSwitchOp, scf::ExecuteRegionOp>(parent))
          return true;
        worklist.push_back(parent->getResult(use.getOperandNumber()));
        continue;
      }
      // Any memref an op returns may alias its memref operands (views,
      // casts, loops taking the buffer as an initial value).
      for (Value result : user->getResults())
        if (isa<BaseMemRefType>(result.getType()))
          worklist.push_back(result);
    }
  }
  return false;
}

/// The bytes of a statically shaped, identity-layout buffer of int or float
/// elements; nullopt for any other.
static std::optional<int64_t> staticBytes(MemRefType type) {
  if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
      type.getMemorySpace() || !type.getElementType().isIntOrFloat())
    return std::nullopt;
  int64_t elementBytes = (type.getElementTypeBitWidth() + 7) / 8;
  return type.getNumElements() * elementBytes;
}

static void serveFromWorkspace(func::FuncOp entry) {
  SmallVector<std::pair<memref::AllocOp, int64_t>> served;
  int64_t total = 0;
  entry.walk([&](memref::AllocOp alloc) {
    std::optional<int64_t> bytes = staticBytes(alloc.getType());
    if (!bytes)
      return;
    bool inLoop = alloc->getParentOfType<LoopLikeOpInterface>() != nullptr;
    if (inLoop && mayLeaveIteration(alloc.getResult()))
      return;
    served.push_back({alloc, total});
    total += llvm::alignTo(std::max<int64_t>(*bytes, 1), kAlignment);
  });
  if (served.empty())
    return;

  MLIRContext *ctx = entry.getContext();
  auto workspaceType =
      MemRefType::get({ShapedType::kDynamic}, IntegerType::get(ctx, 8));
  unsigned index = entry.getNumArguments();
  (void)entry.insertArgument(index, workspaceType, DictionaryAttr(),
                             entry.getLoc());
  Value workspace = entry.getArgument(index);
  for (auto [alloc, offset] : served) {
    OpBuilder builder(alloc);
    Value at = arith::ConstantIndexOp::create(builder, alloc.getLoc(), offset);
    Value view = memref::ViewOp::create(builder, alloc.getLoc(),
                                        alloc.getType(), workspace, at,
                                        ValueRange{});
    alloc.replaceAllUsesWith(view);
    alloc.erase();
  }
  entry->setAttr(kWorkspaceBytes,
                 IntegerAttr::get(IntegerType::get(ctx, 64), total));
}

namespace {
struct TTTCPUWorkspacePass
    : mlir::ttt::impl::TTTCPUWorkspaceBase<TTTCPUWorkspacePass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (!func.isExternal() &&
          func->hasAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName()))
        serveFromWorkspace(func);
  }
};
} // namespace
