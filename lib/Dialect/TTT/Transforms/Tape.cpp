//===- Tape.cpp - taped variants of a VJP function ------------------------===//
//
// See Tape.h. The three functions are copies of `@f_vjp` that differ in what
// they return and in which residuals are arguments; what each no longer
// needs (the reverse sweep in `@f_taped`, the ops that computed a residual
// in the others) is then dead and erased.
//
//===----------------------------------------------------------------------===//

#include "Tape.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/ValueBoundsOpInterface.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::ttt;

/// Float scalars and tensors of floats: the values a reverse sweep reads.
static bool isFloatValue(Value v) {
  return isa<FloatType>(getElementTypeOrSelf(v.getType()));
}

/// Ops whose results are worth saving rather than recomputing.
static bool isExpensive(Operation *op) {
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
    return linalgOp.getNumReductionLoops() > 0;
  return op->getNumRegions() > 0;
}

namespace {
class TapeBuilder {
public:
  TapeBuilder(func::FuncOp vjp, ArrayRef<Operation *> forward,
              unsigned numInputs, ArrayRef<Value> sources)
      : vjp(vjp), forward(forward.begin(), forward.end()),
        numInputs(numInputs) {
    // The forward ops that `sources` depend on.
    SmallVector<Value> worklist(sources);
    while (!worklist.empty()) {
      Operation *def = worklist.pop_back_val().getDefiningOp();
      if (!def || !this->forward.contains(def) || !computed.insert(def).second)
        continue;
      llvm::append_range(worklist, def->getOperands());
      SetVector<Value> captured;
      getUsedValuesDefinedAbove(def->getRegions(), captured);
      llvm::append_range(worklist, captured);
    }
  }

  /// The residuals, in the order of the ops that define them.
  SmallVector<Value> selectResiduals();

  /// A copy of `vjp` named `name` returning `returned` (values of `vjp`),
  /// then the residuals unless they are arguments; with `residualArgs` the
  /// residuals are arguments after the primal's; without `cotangentArgs`
  /// the cotangent arguments are dropped.
  FailureOr<func::FuncOp> derive(OpBuilder &b, StringRef name,
                                 ArrayRef<Value> residuals,
                                 ArrayRef<Value> returned, bool residualArgs,
                                 bool cotangentArgs);

private:
  bool definedForward(Value v) const {
    Operation *def = v.getDefiningOp();
    return def && forward.contains(def);
  }
  /// f32, rank 1 or 2, only the first size dynamic and provably an
  /// argument's.
  bool isTapeable(Value v);

  func::FuncOp vjp;
  DenseSet<Operation *> forward;
  // The forward ops whose results may be taped.
  DenseSet<Operation *> computed;
  unsigned numInputs;
};
} // namespace

bool TapeBuilder::isTapeable(Value v) {
  auto type = dyn_cast<RankedTensorType>(v.getType());
  if (!type || !type.getElementType().isF32() || type.getRank() < 1 ||
      type.getRank() > 2)
    return false;
  // A dynamic inner size would need a dynamic row stride to restore (and
  // [rows, rows] products are cheap to recompute).
  if (type.getRank() == 2 && type.isDynamicDim(1))
    return false;
  if (!type.isDynamicDim(0))
    return true;
  for (BlockArgument arg : vjp.getArguments().take_front(numInputs)) {
    auto argType = dyn_cast<RankedTensorType>(arg.getType());
    for (int64_t i = 0; argType && i < argType.getRank(); ++i) {
      if (!argType.isDynamicDim(i))
        continue;
      FailureOr<bool> equal = ValueBoundsConstraintSet::areEqual(
          ValueBoundsConstraintSet::Variable(v, 0),
          ValueBoundsConstraintSet::Variable(arg, i));
      if (succeeded(equal) && *equal)
        return true;
    }
  }
  return false;
}

SmallVector<Value> TapeBuilder::selectResiduals() {
  // The forward values the reverse sweep reads, then, through the cheap ops
  // that will be recomputed, the expensive values they derive from.
  SmallVector<Value> worklist;
  auto visit = [&](Value v) {
    if (definedForward(v) && isFloatValue(v))
      worklist.push_back(v);
  };
  for (Operation &op : vjp.getBody().front())
    if (!forward.contains(&op))
      op.walk([&](Operation *nested) {
        for (Value operand : nested->getOperands())
          visit(operand);
      });
  llvm::SetVector<Value> residuals;
  DenseSet<Value> seen;
  while (!worklist.empty()) {
    Value v = worklist.pop_back_val();
    if (!seen.insert(v).second)
      continue;
    Operation *def = v.getDefiningOp();
    if (computed.contains(def) && isExpensive(def) && isTapeable(v)) {
      residuals.insert(v);
      continue;
    }
    for (Value operand : def->getOperands())
      visit(operand);
    SetVector<Value> captured;
    getUsedValuesDefinedAbove(def->getRegions(), captured);
    for (Value c : captured)
      visit(c);
  }
  SmallVector<Value> ordered = residuals.takeVector();
  llvm::sort(ordered, [](Value a, Value c) {
    Operation *da = a.getDefiningOp(), *dc = c.getDefiningOp();
    if (da != dc)
      return da->isBeforeInBlock(dc);
    return cast<OpResult>(a).getResultNumber() <
           cast<OpResult>(c).getResultNumber();
  });
  return ordered;
}

FailureOr<func::FuncOp> TapeBuilder::derive(OpBuilder &b, StringRef name,
                                            ArrayRef<Value> residuals,
                                            ArrayRef<Value> returned,
                                            bool residualArgs,
                                            bool cotangentArgs) {
  IRMapping map;
  auto f = cast<func::FuncOp>(b.clone(*vjp, map));
  f.setSymName(name);
  Block &entry = f.getBody().front();
  Operation *ret = entry.getTerminator();
  SmallVector<Value> results = llvm::map_to_vector(
      returned, [&](Value v) { return map.lookupOrDefault(v); });
  if (!residualArgs)
    for (Value r : residuals)
      results.push_back(map.lookup(r));
  OpBuilder rb(ret);
  func::ReturnOp::create(rb, ret->getLoc(), results);
  ret->erase();
  if (residualArgs)
    for (auto [i, r] : llvm::enumerate(residuals)) {
      BlockArgument arg =
          entry.insertArgument(numInputs + i, r.getType(), r.getLoc());
      map.lookup(r).replaceAllUsesWith(arg);
    }
  // Later ops first, so that a chain of dead ops goes in one walk.
  SmallVector<Operation *> ops = llvm::map_to_vector(
      entry.without_terminator(), [](Operation &op) { return &op; });
  for (Operation *op : llvm::reverse(ops))
    if (isOpTriviallyDead(op))
      op->erase();
  if (!cotangentArgs) {
    unsigned first = numInputs + (residualArgs ? residuals.size() : 0);
    llvm::BitVector drop(entry.getNumArguments());
    for (unsigned i = first; i < entry.getNumArguments(); ++i) {
      if (!entry.getArgument(i).use_empty())
        return f.emitOpError("ttt-reverse-mode: the taped forward still "
                             "reads a cotangent");
      drop.set(i);
    }
    entry.eraseArguments(drop);
  }
  f.setFunctionType(b.getFunctionType(
      entry.getArgumentTypes(), entry.getTerminator()->getOperandTypes()));
  b.setInsertionPointAfter(f);
  return f;
}

LogicalResult mlir::ttt::addTapedFunctions(func::FuncOp vjp,
                                           StringRef primalName,
                                           ArrayRef<Operation *> forward,
                                           unsigned numInputs,
                                           ArrayRef<Value> primalResults,
                                           ArrayRef<int64_t> tapedFrom) {
  SmallVector<Value> sources;
  for (auto [i, v] : llvm::enumerate(primalResults))
    if (llvm::is_contained(tapedFrom, static_cast<int64_t>(i)))
      sources.push_back(v);
  TapeBuilder tape(vjp, forward, numInputs, sources);
  SmallVector<Value> residuals = tape.selectResiduals();
  SmallVector<Value> gradients(
      vjp.getBody().front().getTerminator()->getOperands());
  OpBuilder b(vjp);
  b.setInsertionPointAfter(vjp);
  std::string name = primalName.str();
  if (failed(tape.derive(b, name + "_taped", residuals, primalResults,
                         /*residualArgs=*/false, /*cotangentArgs=*/false)) ||
      failed(tape.derive(b, name + "_from_tape", residuals, primalResults,
                         /*residualArgs=*/true, /*cotangentArgs=*/false)) ||
      failed(tape.derive(b, name + "_taped_vjp", residuals, gradients,
                         /*residualArgs=*/true, /*cotangentArgs=*/true)))
    return failure();
  return success();
}
