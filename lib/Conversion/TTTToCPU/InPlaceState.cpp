//===- InPlaceState.cpp - the ttt-cpu-in-place-state pass -----------------===//
//
// A caller that keeps one state buffer and binds it as both the input and
// the output of a call (a decode loop) pays, without this pass, for the
// kernel's copy of the input into the output plus the runtime's stage
// around the call: TTT-MLP's 3 MB of state and sums twice per decode step.
// The copy is the only read of the input, so skipping it when the two
// buffers are one makes the call read and write the state where it lives.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/Passes.h"
#include "ttt/Dialect/TTT/IR/KernelArgs.h"

#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Builders.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUINPLACESTATE
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

namespace {

/// The roles of the state a call carries to the next one, which a caller
/// may keep in one buffer. `position` is not among them: the kernel reads
/// it before the sequences and writes it after, through two pointers.
bool isCarriedState(ArgRole role) {
  return role == ArgRole::state || role == ArgRole::grad_sum ||
         role == ArgRole::decay_product;
}

/// Whether `a` and `b` view the same elements of their sources.
bool sameWindow(memref::SubViewOp a, memref::SubViewOp b) {
  return isEqualConstantIntOrValueArray(a.getMixedOffsets(),
                                        b.getMixedOffsets()) &&
         isEqualConstantIntOrValueArray(a.getMixedSizes(), b.getMixedSizes()) &&
         isEqualConstantIntOrValueArray(a.getMixedStrides(),
                                        b.getMixedStrides()) &&
         a.getType() == b.getType();
}

/// The copies from `input` to `output` that are the input's only readers,
/// each between the same elements of both (`memref.dim` reads no element);
/// none if anything else reads it.
std::optional<SmallVector<memref::CopyOp>> copiesOnly(BlockArgument input,
                                                      BlockArgument output) {
  SmallVector<memref::CopyOp> copies;
  auto isCopyInto = [&](memref::CopyOp copy, Value source) {
    if (!copy || copy.getSource() != source)
      return false;
    Value target = copy.getTarget();
    if (target == output)
      return true;
    auto sourceView = source.getDefiningOp<memref::SubViewOp>();
    auto targetView = target.getDefiningOp<memref::SubViewOp>();
    return sourceView && targetView && targetView.getSource() == output &&
           sameWindow(sourceView, targetView);
  };
  for (Operation *user : input.getUsers()) {
    if (isa<memref::DimOp>(user))
      continue;
    if (auto copy = dyn_cast<memref::CopyOp>(user);
        copy && isCopyInto(copy, input)) {
      copies.push_back(copy);
      continue;
    }
    auto view = dyn_cast<memref::SubViewOp>(user);
    if (!view)
      return std::nullopt;
    for (Operation *viewUser : view->getUsers()) {
      auto copy = dyn_cast<memref::CopyOp>(viewUser);
      if (!isCopyInto(copy, view.getResult()))
        return std::nullopt;
      copies.push_back(copy);
    }
  }
  if (copies.empty())
    return std::nullopt;
  return copies;
}

void guardStateCopies(func::FuncOp func) {
  SmallVector<Attribute> inPlace;
  OpBuilder builder(func.getContext());
  for (BlockArgument output : func.getArguments()) {
    KernelArgAttr out = getKernelArg(func, output.getArgNumber());
    if (!out || out.getDirection() != ArgDirection::output ||
        !isCarriedState(out.getRole()))
      continue;
    BlockArgument input;
    for (BlockArgument candidate : func.getArguments()) {
      KernelArgAttr in = getKernelArg(func, candidate.getArgNumber());
      if (in && in.getDirection() == ArgDirection::input &&
          in.getName() == out.getName() &&
          candidate.getType() == output.getType())
        input = candidate;
    }
    if (!input || !isa<MemRefType>(input.getType()))
      continue;
    std::optional<SmallVector<memref::CopyOp>> copies =
        copiesOnly(input, output);
    if (!copies)
      continue;

    builder.setInsertionPointToStart(&func.getBody().front());
    Location loc = func.getLoc();
    auto pointer = [&](Value buffer) {
      return memref::ExtractAlignedPointerAsIndexOp::create(builder, loc,
                                                             buffer);
    };
    Value differ = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::ne,
                                         pointer(input), pointer(output));
    for (memref::CopyOp copy : *copies) {
      builder.setInsertionPoint(copy);
      auto ifOp = scf::IfOp::create(builder, copy.getLoc(), differ,
                                    /*withElseRegion=*/false);
      copy->moveBefore(ifOp.thenBlock()->getTerminator());
    }
    inPlace.push_back(builder.getStringAttr(out.getName()));
  }
  if (!inPlace.empty())
    func->setAttr(kInPlaceOutputs, builder.getArrayAttr(inPlace));
}

struct TTTCPUInPlaceStatePass
    : mlir::ttt::impl::TTTCPUInPlaceStateBase<TTTCPUInPlaceStatePass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (!func.isExternal())
        guardStateCopies(func);
  }
};
} // namespace
