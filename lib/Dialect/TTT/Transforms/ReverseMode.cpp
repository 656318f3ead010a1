//===- ReverseMode.cpp - the ttt-reverse-mode pass ------------------------===//
//
// Reverse-mode differentiation of a function on tensors, op by op: the VJP
// function recomputes the primal, then walks its ops backward and
// accumulates one cotangent per float value. A linalg op's cotangent is
// again linalg ops over the same iteration space (a matmul gives two
// matmul-shaped contractions, an elementwise op the symbolic derivative of
// its payload, a reduction a broadcast); tensor slicing ops give the
// matching insertions and extractions.
//
//===----------------------------------------------------------------------===//

#include "RowAlgebra.h"
#include "ScalarDerivatives.h"
#include "Tape.h"
#include "ttt/Dialect/TTT/Transforms/Passes.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Transforms/RegionUtils.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTREVERSEMODE
#include "ttt/Dialect/TTT/Transforms/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

using utils::IteratorType;

static constexpr StringLiteral kDifferentiate = "ttt.differentiate";

/// Scalar floats and tensors of them carry cotangents.
static bool isDifferentiable(Type type) {
  if (auto shaped = dyn_cast<RankedTensorType>(type))
    return isa<FloatType>(shaped.getElementType());
  return isa<FloatType>(type);
}

namespace {
class ReverseMode {
public:
  ReverseMode(func::FuncOp primal) : primal(primal) {}

  /// Adds `@<name>_vjp` next to the primal function.
  LogicalResult run();

private:
  /// The cotangent of `value` (a value of the VJP function), null if none.
  Value adjointOf(Value value) const { return adjoints.lookup(value); }
  /// adjoint(value) += contribution.
  void accumulate(OpBuilder &b, Value value, Value contribution);
  Value zerosLike(OpBuilder &b, Location loc, Value like);
  /// An uninitialised tensor of `like`'s type and sizes.
  Value emptyLike(OpBuilder &b, Location loc, Value like);

  /// Clones `block`'s ops but its terminator at `b` through `map`, marks
  /// the float results that depend on an active value active, and returns
  /// the clones in order.
  SmallVector<Operation *> cloneActive(OpBuilder &b, Block &block,
                                       IRMapping &map);
  /// Seeds the cotangents of `values` with `grads` (null: none), walks
  /// `ops` backward and differentiates every op with a cotangent.
  LogicalResult sweep(OpBuilder &b, ArrayRef<Operation *> ops,
                      ValueRange values, ArrayRef<Value> grads);

  LogicalResult differentiate(OpBuilder &b, Operation *op);
  LogicalResult differentiateLinalg(OpBuilder &b, linalg::LinalgOp op);
  LogicalResult differentiateIf(OpBuilder &b, scf::IfOp op);

  func::FuncOp primal;
  DenseSet<Value> active;
  DenseMap<Value, Value> adjoints;
};
} // namespace

Value ReverseMode::zerosLike(OpBuilder &b, Location loc, Value like) {
  Type type = like.getType();
  if (auto floatType = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, loc, FloatAttr::get(floatType, 0.0));
  auto tensorType = cast<RankedTensorType>(type);
  Value zero = arith::ConstantOp::create(
      b, loc, FloatAttr::get(tensorType.getElementType(), 0.0));
  return linalg::FillOp::create(b, loc, ValueRange{zero},
                                ValueRange{emptyLike(b, loc, like)})
      .getResult(0);
}

Value ReverseMode::emptyLike(OpBuilder &b, Location loc, Value like) {
  return tensor::EmptyOp::create(
      b, loc, tensor::getMixedSizes(b, loc, like),
      cast<RankedTensorType>(like.getType()).getElementType());
}

void ReverseMode::accumulate(OpBuilder &b, Value value, Value contribution) {
  if (!active.contains(value))
    return;
  Value &slot = adjoints[value];
  slot = slot ? addElementwise(b, contribution.getLoc(), slot, contribution)
              : contribution;
}

/// The cotangents of a linalg op's operands. For the results R_m = sum over
/// the reduction loops of payload(ins) (+ the init, for a reduction), the
/// cotangent of input k at point x of the iteration space collects
/// dR_m[map_m(x)] * d payload_m / d in_k (x) over the loops that input k's
/// map drops: one linalg.generic per differentiated operand, over the same
/// loops, whose payload is the primal payload followed by its reverse sweep.
LogicalResult ReverseMode::differentiateLinalg(OpBuilder &b,
                                               linalg::LinalgOp op) {
  Location loc = op.getLoc();
  if (!op.hasPureTensorSemantics() || op->getNumRegions() != 1)
    return op.emitOpError("ttt-reverse-mode: only linalg ops on tensors with "
                          "a payload can be differentiated");
  Block &payload = *op.getBlock();
  unsigned numInputs = op.getNumDpsInputs();
  unsigned numInits = op.getNumDpsInits();
  bool reduces = op.getNumReductionLoops() > 0;
  auto yield = cast<linalg::YieldOp>(payload.getTerminator());

  // A reduction's payload must accumulate: yield(out + e(ins)), with `out`
  // used nowhere else, so that d R / d init = 1 and d R / d ins = d e / d ins.
  if (reduces) {
    for (unsigned m = 0; m < numInits; ++m) {
      BlockArgument out = payload.getArgument(numInputs + m);
      auto sum = yield.getOperand(m).getDefiningOp<arith::AddFOp>();
      if (!sum || !out.hasOneUse() ||
          (sum.getLhs() != out && sum.getRhs() != out))
        return op.emitOpError("ttt-reverse-mode: a reduction must yield "
                              "'arith.addf' of its accumulator and a value "
                              "that does not depend on it");
    }
  }
  for (AffineMap map : op.getIndexingMapsArray())
    if (!map.isProjectedPermutation(/*allowZeroInResults=*/true))
      return op.emitOpError("ttt-reverse-mode: indexing map ")
             << AffineMapAttr::get(map) << " is not a projected permutation";

  SmallVector<Value> resultGrads;
  for (OpResult r : op->getResults())
    resultGrads.push_back(adjointOf(r) ? adjointOf(r) : zerosLike(b, loc, r));
  // The init's cotangent: the result's (reductions add into their init);
  // an elementwise op's payload reads its init like an input.
  if (reduces)
    for (unsigned m = 0; m < numInits; ++m)
      accumulate(b, op.getDpsInits()[m], resultGrads[m]);

  // Operands that get a cotangent: every active input (and init, when the
  // payload reads it as an input), and the active values the payload
  // captures from above.
  SmallVector<Value> operands(op.getDpsInputs());
  SmallVector<AffineMap> operandMaps;
  for (OpOperand *o : op.getDpsInputOperands())
    operandMaps.push_back(op.getMatchingIndexingMap(o));
  // An elementwise payload that reads its init reads it as an input (the
  // usual one writes into a tensor.empty it never reads, which stays out).
  SmallVector<std::optional<unsigned>> initOperand(numInits);
  if (!reduces)
    for (OpOperand &o : op.getDpsInitsMutable()) {
      unsigned m = o.getOperandNumber() - numInputs;
      if (payload.getArgument(numInputs + m).use_empty())
        continue;
      initOperand[m] = operands.size();
      operands.push_back(o.get());
      operandMaps.push_back(op.getMatchingIndexingMap(&o));
    }
  SetVector<Value> captured;
  getUsedValuesDefinedAbove(op->getRegion(0), captured);

  struct Target {
    Value primal;             // the operand or captured value
    std::optional<unsigned> operand; // its payload argument, if an operand
  };
  SmallVector<Target> targets;
  for (auto [i, v] : llvm::enumerate(operands))
    if (active.contains(v))
      targets.push_back({v, i});
  for (Value v : captured)
    if (active.contains(v))
      targets.push_back({v, std::nullopt});

  for (const Target &t : targets)
    if (t.operand && !isa<RankedTensorType>(t.primal.getType()))
      return op.emitOpError("ttt-reverse-mode: a scalar operand that depends "
                            "on the arguments is not supported");

  MLIRContext *ctx = b.getContext();
  unsigned numLoops = op.getNumLoops();
  SmallVector<Value> ranges = llvm::to_vector(operands);
  llvm::append_range(ranges, resultGrads);
  SmallVector<AffineMap> rangeMaps(operandMaps);
  for (OpOperand &o : op.getDpsInitsMutable())
    rangeMaps.push_back(op.getMatchingIndexingMap(&o));

  for (const Target &target : targets) {
    // The accumulator: the target's cotangent so far (or zeros), indexed
    // by its map (a 0-d tensor for a captured scalar).
    AffineMap outMap;
    Value acc;
    // The op's first contribution to a cotangent that it writes element by
    // element (its map a permutation of the loops, so every loop parallel)
    // is the cotangent itself: no zero fill to add it to.
    bool defines = false;
    if (target.operand) {
      outMap = operandMaps[*target.operand];
      Value prior = adjointOf(target.primal);
      defines = !prior && outMap.isPermutation();
      acc = prior     ? prior
            : defines ? emptyLike(b, loc, target.primal)
                      : zerosLike(b, loc, target.primal);
    } else {
      outMap = AffineMap::get(numLoops, 0, ctx);
      auto type = RankedTensorType::get({}, target.primal.getType());
      Value empty = tensor::EmptyOp::create(b, loc, type.getShape(),
                                            type.getElementType());
      acc = linalg::FillOp::create(b, loc,
                                   ValueRange{zerosLike(b, loc, target.primal)},
                                   ValueRange{empty})
                .getResult(0);
    }
    SmallVector<IteratorType> iterators(numLoops, IteratorType::reduction);
    for (AffineExpr e : outMap.getResults())
      if (auto d = dyn_cast<AffineDimExpr>(e))
        iterators[d.getPosition()] = IteratorType::parallel;
    SmallVector<AffineMap> maps(rangeMaps);
    maps.push_back(outMap);

    bool contributes = false;
    auto generic = linalg::GenericOp::create(
        b, loc, TypeRange{acc.getType()}, ranges, ValueRange{acc}, maps,
        iterators, [&](OpBuilder &nb, Location l, ValueRange args) {
          // Recompute the payload at this point.
          IRMapping map;
          for (unsigned i = 0; i < numInputs; ++i)
            map.map(payload.getArgument(i), args[i]);
          for (unsigned m = 0; m < numInits; ++m) {
            BlockArgument out = payload.getArgument(numInputs + m);
            map.map(out, initOperand[m] ? args[*initOperand[m]]
                                        : zerosLike(nb, l, out));
          }
          SmallVector<Operation *> cloned;
          for (Operation &p : payload.without_terminator())
            cloned.push_back(nb.clone(p, map));
          // Its reverse sweep, seeded with the results' cotangents.
          DenseMap<Value, Value> grads;
          auto add = [&](Value v, Value g) {
            Value &slot = grads[v];
            slot = slot ? arith::AddFOp::create(nb, l, slot, g).getResult()
                        : g;
          };
          unsigned firstGrad = operands.size();
          for (unsigned m = 0; m < numInits; ++m)
            add(map.lookupOrDefault(yield.getOperand(m)), args[firstGrad + m]);
          for (Operation *p : llvm::reverse(cloned)) {
            Value g = p->getNumResults() == 1 ? grads.lookup(p->getResult(0))
                                              : Value();
            if (g)
              (void)emitScalarVJP(nb, p, g, add); // checked before
          }
          Value key = target.operand ? args[*target.operand]
                                     : Value(target.primal);
          Value contribution = grads.lookup(key);
          contributes = static_cast<bool>(contribution);
          Value accArg = args.back();
          Value next = accArg;
          if (contribution)
            next = defines ? contribution
                           : arith::AddFOp::create(nb, l, accArg, contribution)
                                 .getResult();
          linalg::YieldOp::create(nb, l, ValueRange{next});
        });
    if (!contributes) {
      generic.erase();
      continue;
    }
    Value result = generic.getResult(0);
    if (target.operand) {
      adjoints[target.primal] = result; // the accumulator held the prior
    } else {
      accumulate(b, target.primal,
                 tensor::ExtractOp::create(b, loc, result, ValueRange{}));
    }
  }
  return success();
}

SmallVector<Operation *> ReverseMode::cloneActive(OpBuilder &b, Block &block,
                                                  IRMapping &map) {
  SmallVector<Operation *> clones;
  for (Operation &op : block.without_terminator()) {
    Operation *clone = b.clone(op, map);
    clones.push_back(clone);
    bool dependsOnActive = llvm::any_of(
        clone->getOperands(), [&](Value v) { return active.contains(v); });
    if (clone->getNumRegions()) {
      SetVector<Value> captured;
      for (Region &r : clone->getRegions())
        getUsedValuesDefinedAbove(r, captured);
      dependsOnActive |=
          llvm::any_of(captured, [&](Value v) { return active.contains(v); });
    }
    if (dependsOnActive)
      for (Value r : clone->getResults())
        if (isDifferentiable(r.getType()))
          active.insert(r);
  }
  return clones;
}

LogicalResult ReverseMode::sweep(OpBuilder &b, ArrayRef<Operation *> ops,
                                 ValueRange values, ArrayRef<Value> grads) {
  for (auto [v, g] : llvm::zip_equal(values, grads))
    if (g)
      accumulate(b, v, g);
  for (Operation *op : llvm::reverse(ops)) {
    bool hasCotangent = llvm::any_of(
        op->getResults(), [&](Value r) { return adjointOf(r) != nullptr; });
    if (hasCotangent && failed(differentiate(b, op)))
      return failure();
  }
  return success();
}

/// An scf.if's VJP is an scf.if on the same condition: each branch
/// recomputes its primal branch, sweeps it backward from the results'
/// cotangents, and yields the cotangents of the active values the branch
/// uses from above. A value whose cotangent the sweep already started
/// accumulates inside the branches, so that a branch that does not use it
/// yields that cotangent untouched: accumulating after the if would add a
/// zero-filled tensor in every run of that branch (a first segment's
/// carried-sums term is skipped in every other segment).
LogicalResult ReverseMode::differentiateIf(OpBuilder &b, scf::IfOp op) {
  Location loc = op.getLoc();
  SetVector<Value> captured;
  getUsedValuesDefinedAbove(op->getRegions(), captured);
  SmallVector<Value> targets(llvm::make_filter_range(
      captured, [&](Value v) { return active.contains(v); }));
  if (targets.empty())
    return success();
  SmallVector<Value> resultGrads = llvm::map_to_vector(
      op.getResults(), [&](Value r) { return adjointOf(r); });

  auto vjp = scf::IfOp::create(b, loc, ValueRange(targets).getTypes(),
                               op.getCondition(), /*withElseRegion=*/true);
  // The branches' cotangents start from the targets' cotangents so far:
  // the branch yields each target's whole cotangent.
  DenseMap<Value, Value> outer = std::move(adjoints);
  for (auto [from, to] : llvm::zip(op->getRegions(), vjp->getRegions())) {
    adjoints.clear();
    for (Value t : targets)
      if (Value prior = outer.lookup(t))
        adjoints[t] = prior;
    OpBuilder inner = OpBuilder::atBlockBegin(&to.front());
    IRMapping map;
    Block &branch = from.front();
    SmallVector<Operation *> ops = cloneActive(inner, branch, map);
    SmallVector<Value> yielded =
        llvm::map_to_vector(branch.getTerminator()->getOperands(),
                            [&](Value v) { return map.lookupOrDefault(v); });
    if (failed(sweep(inner, ops, yielded, resultGrads)))
      return failure();
    SmallVector<Value> contributions =
        llvm::map_to_vector(targets, [&](Value t) -> Value {
          Value g = adjointOf(t);
          return g ? g : zerosLike(inner, loc, t);
        });
    scf::YieldOp::create(inner, loc, contributions);
  }
  adjoints = std::move(outer);
  for (auto [t, g] : llvm::zip_equal(targets, vjp.getResults()))
    adjoints[t] = g;
  return success();
}

LogicalResult ReverseMode::differentiate(OpBuilder &b, Operation *op) {
  Location loc = op->getLoc();
  auto resultGrad = [&](unsigned i) {
    Value g = adjointOf(op->getResult(i));
    return g ? g : zerosLike(b, loc, op->getResult(i));
  };
  if (auto ifOp = dyn_cast<scf::IfOp>(op))
    return differentiateIf(b, ifOp);
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op)) {
    for (Operation &p : linalgOp.getBlock()->without_terminator())
      if (!hasScalarVJP(&p))
        return p.emitOpError("ttt-reverse-mode: no derivative rule");
    return differentiateLinalg(b, linalgOp);
  }
  if (auto slice = dyn_cast<tensor::ExtractSliceOp>(op)) {
    // d source[slice] += d result.
    Value source = slice.getSource();
    if (!active.contains(source))
      return success();
    Value prior = adjointOf(source);
    Value base = prior ? prior : zerosLike(b, loc, source);
    Value g = resultGrad(0);
    if (prior)
      g = addElementwise(b, loc,
              tensor::ExtractSliceOp::create(
                  b, loc, slice.getType(), prior, slice.getMixedOffsets(),
                  slice.getMixedSizes(), slice.getMixedStrides()),
              g);
    adjoints[source] = tensor::InsertSliceOp::create(
        b, loc, g, base, slice.getMixedOffsets(), slice.getMixedSizes(),
        slice.getMixedStrides());
    return success();
  }
  if (auto insert = dyn_cast<tensor::InsertSliceOp>(op)) {
    // d source += d result[slice]; d dest += d result, zero on the slice.
    Value g = resultGrad(0);
    accumulate(b, insert.getSource(),
               tensor::ExtractSliceOp::create(
                   b, loc, insert.getSourceType(), g,
                   insert.getMixedOffsets(), insert.getMixedSizes(),
                   insert.getMixedStrides()));
    if (active.contains(insert.getDest()))
      accumulate(b, insert.getDest(),
                 tensor::InsertSliceOp::create(
                     b, loc, zerosLike(b, loc, insert.getSource()), g,
                     insert.getMixedOffsets(), insert.getMixedSizes(),
                     insert.getMixedStrides()));
    return success();
  }
  if (auto extract = dyn_cast<tensor::ExtractOp>(op)) {
    // d tensor[indices] += d result.
    Value source = extract.getTensor();
    if (!active.contains(source))
      return success();
    Value prior = adjointOf(source);
    Value base = prior ? prior : zerosLike(b, loc, source);
    Value g = resultGrad(0);
    if (prior)
      g = arith::AddFOp::create(
          b, loc, tensor::ExtractOp::create(b, loc, prior, extract.getIndices()),
          g);
    adjoints[source] =
        tensor::InsertOp::create(b, loc, g, base, extract.getIndices());
    return success();
  }
  if (op->getNumResults() == 1 && isa<FloatType>(op->getResult(0).getType())) {
    if (!hasScalarVJP(op))
      return op->emitOpError("ttt-reverse-mode: no derivative rule");
    return emitScalarVJP(b, op, resultGrad(0), [&](Value v, Value g) {
      accumulate(b, v, g);
    });
  }
  return op->emitOpError("ttt-reverse-mode: no derivative rule");
}

LogicalResult ReverseMode::run() {
  if (!primal.getBody().hasOneBlock())
    return primal.emitOpError("ttt-reverse-mode: the function must have one "
                              "block");
  FunctionType type = primal.getFunctionType();
  SmallVector<Type> inputs(type.getInputs());
  SmallVector<unsigned> differentiableResults;
  for (auto [i, t] : llvm::enumerate(type.getResults()))
    if (isDifferentiable(t)) {
      inputs.push_back(t);
      differentiableResults.push_back(i);
    }
  SmallVector<Type> results;
  for (Type t : type.getInputs())
    if (isDifferentiable(t))
      results.push_back(t);

  OpBuilder b(primal);
  b.setInsertionPointAfter(primal);
  auto vjp = func::FuncOp::create(b, primal.getLoc(),
                                  (primal.getSymName() + "_vjp").str(),
                                  b.getFunctionType(inputs, results));
  vjp.setVisibility(primal.getVisibility());
  Block *entry = vjp.addEntryBlock();
  b.setInsertionPointToStart(entry);

  // The primal, recomputed; every float value depending on a float
  // argument is active.
  IRMapping map;
  Block &body = primal.getBody().front();
  for (auto [from, to] : llvm::zip(body.getArguments(), entry->getArguments()))
    map.map(from, to);
  for (BlockArgument arg : entry->getArguments().take_front(
           type.getNumInputs()))
    if (isDifferentiable(arg.getType()))
      active.insert(arg);
  SmallVector<Operation *> forward = cloneActive(b, body, map);

  // Seed with the results' cotangents, then walk the ops backward.
  Operation *ret = body.getTerminator();
  SmallVector<Value> seeded, seeds;
  for (auto [k, i] : llvm::enumerate(differentiableResults)) {
    seeded.push_back(map.lookup(ret->getOperand(i)));
    seeds.push_back(entry->getArgument(type.getNumInputs() + k));
  }
  if (failed(sweep(b, forward, seeded, seeds))) {
    vjp.erase();
    return failure();
  }

  SmallVector<Value> grads;
  for (BlockArgument arg : entry->getArguments().take_front(
           type.getNumInputs()))
    if (isDifferentiable(arg.getType()))
      grads.push_back(adjointOf(arg) ? adjointOf(arg)
                                     : zerosLike(b, primal.getLoc(), arg));
  func::ReturnOp::create(b, primal.getLoc(), grads);
  auto tapedFrom = primal->getAttrOfType<DenseI64ArrayAttr>(kTapedAttrName);
  if (!tapedFrom)
    return success();
  SmallVector<Value> primalResults = llvm::map_to_vector(
      ret->getOperands(), [&](Value v) { return map.lookupOrDefault(v); });
  return addTapedFunctions(vjp, primal.getSymName(), forward,
                           type.getNumInputs(), primalResults,
                           tapedFrom.asArrayRef());
}

namespace {
struct TTTReverseModePass
    : mlir::ttt::impl::TTTReverseModeBase<TTTReverseModePass> {
  void runOnOperation() override {
    SmallVector<func::FuncOp> marked;
    getOperation().walk([&](func::FuncOp f) {
      if (f->hasAttr(kDifferentiate))
        marked.push_back(f);
    });
    for (func::FuncOp f : marked) {
      if (failed(ReverseMode(f).run()))
        return signalPassFailure();
      f->removeAttr(kDifferentiate);
      f->removeAttr(kTapedAttrName);
    }
  }
};
} // namespace
