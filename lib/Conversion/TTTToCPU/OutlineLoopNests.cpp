//===- OutlineLoopNests.cpp - ttt-cpu-outline-loop-nests ------------------===//
//
// LLVM's loop rotation makes ScalarEvolution forget the loops around the one
// it rotates, and the mini-batch loop of a backward kernel holds all the
// others: its cost grows with the square of the number of loops in the
// function. A long inner model (a chain of 250 activations: 2,200 loops in
// one function) then spent most of its compile there. Moving runs of small
// nests into functions of their own bounds what every LLVM pass sees, and
// gives the code generator pieces to compile on several threads.
//
//===----------------------------------------------------------------------===//

#include "NoAliasPointers.h"
#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUOUTLINELOOPNESTS
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

namespace {
/// Splits one function: every block's runs of small loop nests, each with
/// the side-effect-free ops between them, go to new functions.
class FunctionSplitter {
public:
  FunctionSplitter(func::FuncOp func, SymbolTable &symbols, int64_t chunkLoops)
      : func(func), symbols(symbols), chunkLoops(chunkLoops) {
    if (auto marked = func->getAttrOfType<DenseI64ArrayAttr>(kNoAliasPointers))
      for (auto [argument, position] :
           llvm::zip_equal(func.getArguments(),
                           alignedPointerPositions(func.getArgumentTypes())))
        if (position >= 0 && llvm::is_contained(marked.asArrayRef(), position))
          noAliasArguments.insert(argument);
    // Post-order: a nest's count is complete before it is added to the
    // loop around it.
    func.walk([&](scf::ForOp loop) {
      int64_t count = ++loops[loop];
      if (auto outer = loop->getParentOfType<scf::ForOp>())
        loops[outer] += count;
    });
  }

  /// Every `scf.for` of the function.
  int64_t countLoops() const { return loops.size(); }

  void split(Block &block) {
    SmallVector<Operation *> run;
    int64_t runLoops = 0;
    for (Operation &op : llvm::make_early_inc_range(block)) {
      if (int64_t count = smallNestLoops(&op)) {
        if (runLoops + count > chunkLoops) {
          outline(run);
          runLoops = 0;
        }
        run.push_back(&op);
        runLoops += count;
      } else if (!run.empty() && op.getNumRegions() == 0 &&
                 !op.hasTrait<OpTrait::IsTerminator>() &&
                 isMemoryEffectFree(&op)) {
        run.push_back(&op);
      } else {
        outline(run);
        runLoops = 0;
        for (Region &region : op.getRegions())
          for (Block &inner : region)
            split(inner);
      }
    }
    outline(run);
  }

private:
  /// The loops of `op` if it is a nest to outline (an `scf.for` that
  /// returns nothing, of at most `chunkLoops` loops), else 0.
  int64_t smallNestLoops(Operation *op) {
    auto loop = dyn_cast<scf::ForOp>(op);
    if (!loop || loop.getNumResults() != 0)
      return 0;
    int64_t count = loops.lookup(loop);
    return count <= chunkLoops ? count : 0;
  }

  static bool isConstant(Operation *op) {
    return op && op->getNumOperands() == 0 &&
           op->hasTrait<OpTrait::ConstantLike>();
  }

  /// A side-effect-free op on the function's arguments and constants only
  /// (a temporary's view of the workspace, ttt-cpu-workspace).
  bool isOpOfArguments(Operation *op) {
    if (!op || op->getNumRegions() != 0 || !isMemoryEffectFree(op))
      return false;
    Block *entry = &func.getBody().front();
    return llvm::all_of(op->getOperands(), [&](Value operand) {
      auto argument = dyn_cast<BlockArgument>(operand);
      return (argument && argument.getOwner() == entry) ||
             isConstant(operand.getDefiningOp());
    });
  }

  /// The buffer `value` is a view of: a noalias argument of the function,
  /// an allocation, or something else.
  static Value viewedBuffer(Value value) {
    while (auto view = value.getDefiningOp<ViewLikeOpInterface>())
      value = view.getViewSource();
    return value;
  }

  /// Whether `buffer` is disjoint from every other buffer of the function.
  bool isDistinctBuffer(Value buffer) const {
    if (auto argument = dyn_cast<BlockArgument>(buffer))
      return noAliasArguments.contains(argument);
    return buffer.getDefiningOp<memref::AllocOp>() ||
           buffer.getDefiningOp<memref::AllocaOp>();
  }

  /// Marks the memref `arguments` of `nest` that view a buffer no other
  /// argument views, when that buffer is disjoint from all others (a noalias
  /// argument of the function or an allocation): LLVM then knows that the
  /// nest's stores to one leave the others alone, as it did in the function.
  /// TTT-MLP's kernels, split, ran 1.3-1.7x slower without it.
  void markNoAlias(func::FuncOp nest, ArrayRef<Value> arguments) {
    SmallVector<Value> buffers = llvm::map_to_vector(arguments, viewedBuffer);
    DenseMap<Value, int> views;
    for (auto [argument, buffer] : llvm::zip_equal(arguments, buffers))
      if (isa<MemRefType>(argument.getType()))
        ++views[buffer];
    SmallVector<int64_t> marked;
    for (auto [buffer, position] : llvm::zip_equal(
             buffers,
             alignedPointerPositions(ValueRange(arguments).getTypes())))
      if (position >= 0 && views.lookup(buffer) == 1 &&
          isDistinctBuffer(buffer))
        marked.push_back(position);
    if (!marked.empty())
      nest->setAttr(kNoAliasPointers,
                    DenseI64ArrayAttr::get(nest.getContext(), marked));
  }

  /// Moves `run` (consecutive ops of one block) into a new private function
  /// called in its place, and clears it. Side-effect-free ops whose results
  /// are also used after the run are cloned into the function and stay.
  /// Constants the run uses are cloned too, and so are side-effect-free ops
  /// of the function's arguments and constants; every other value from
  /// outside becomes an argument.
  void outline(SmallVector<Operation *> &run) {
    while (!run.empty() && !isa<scf::ForOp>(run.back()))
      run.pop_back();
    if (run.empty())
      return;
    llvm::SmallPtrSet<Operation *, 16> inRun(run.begin(), run.end());
    llvm::SetVector<Value> captured;
    for (Operation *op : run) {
      for (Value operand : op->getOperands())
        captured.insert(operand);
      getUsedValuesDefinedAbove(op->getRegions(), captured);
    }
    llvm::SetVector<Value> arguments;
    llvm::SetVector<Operation *> constants;
    SmallVector<Operation *> recomputed;
    for (Value value : captured) {
      Operation *def = value.getDefiningOp();
      if (def && inRun.contains(def))
        continue;
      if (isConstant(def))
        constants.insert(def);
      else if (isOpOfArguments(def)) {
        // A temporary's view of the workspace, say: cloned, so that a
        // thousand temporaries are not a thousand arguments.
        recomputed.push_back(def);
        for (Value operand : def->getOperands())
          if (isConstant(operand.getDefiningOp()))
            constants.insert(operand.getDefiningOp());
          else
            arguments.insert(operand);
      } else {
        arguments.insert(value);
      }
    }

    Location loc = run.front()->getLoc();
    OpBuilder builder(func);
    auto nest = func::FuncOp::create(
        builder, loc, (func.getSymName() + "_nests").str(),
        builder.getFunctionType(ValueRange(arguments.getArrayRef()).getTypes(),
                                {}));
    nest.setPrivate();
    // Inlined back, the nests would put the function's size back (LLVM's
    // `noinline`, which convert-func-to-llvm passes through).
    nest->setAttr("passthrough",
                  builder.getArrayAttr({builder.getStringAttr("noinline")}));
    // Internal to the LLVM module, as private is to MLIR: LLVM may then drop
    // the descriptor fields the nests never read.
    nest->setAttr(
        "llvm.linkage",
        LLVM::LinkageAttr::get(nest.getContext(), LLVM::Linkage::Internal));
    symbols.insert(nest); // Renamed to be unique.
    markNoAlias(nest, arguments.getArrayRef());
    Block *entry = nest.addEntryBlock();
    builder.setInsertionPointToStart(entry);
    IRMapping mapping;
    mapping.map(arguments.getArrayRef(), entry->getArguments());
    for (Operation *op : llvm::concat<Operation *const>(constants, recomputed))
      builder.clone(*op, mapping);
    for (Operation *op : run)
      builder.clone(*op, mapping);
    func::ReturnOp::create(builder, loc);

    builder.setInsertionPointAfter(run.back());
    func::CallOp::create(builder, loc, nest, arguments.getArrayRef());
    for (Operation *op : llvm::reverse(run))
      if (op->use_empty())
        op->erase();
    run.clear();
    // Ops every user of which now has a clone of its own.
    for (Operation *op : recomputed)
      if (op->use_empty())
        op->erase();
  }

  func::FuncOp func;
  SymbolTable &symbols;
  int64_t chunkLoops;
  DenseMap<Operation *, int64_t> loops;
  /// The function's arguments that ttt-cpu-workspace marked noalias.
  DenseSet<Value> noAliasArguments;
};

/// A split function may be left with nothing but calls to its nests, each
/// with hundreds of descriptor fields, most of them on the stack: one
/// scheduling region of hundreds of stores per call, which the post-RA list
/// scheduler of AMD's Zen tunings orders in time quadratic in the region
/// (1.4 s of the three-layer MLP's backward, 0.3 s without it). Such a
/// function gets generic x86 tuning, which schedules once, before register
/// allocation; the nests keep the host's. A function that keeps vector code
/// of its own (a prefill's decode path) keeps the host's tuning too.
void tuneForCalls(func::FuncOp func) {
  bool computes = func.walk([](Operation *op) {
                        return isa<vector::VectorDialect>(op->getDialect())
                                   ? WalkResult::interrupt()
                                   : WalkResult::advance();
                      })
                      .wasInterrupted();
  if (computes)
    return;
  Builder builder(func.getContext());
  SmallVector<Attribute> passthrough;
  if (auto existing = func->getAttrOfType<ArrayAttr>("passthrough"))
    llvm::append_range(passthrough, existing);
  passthrough.push_back(builder.getArrayAttr(
      {builder.getStringAttr("tune-cpu"), builder.getStringAttr("generic")}));
  func->setAttr("passthrough", builder.getArrayAttr(passthrough));
}

struct TTTCPUOutlineLoopNestsPass
    : mlir::ttt::impl::TTTCPUOutlineLoopNestsBase<TTTCPUOutlineLoopNestsPass> {
  using Base::Base;

  void runOnOperation() override {
    SymbolTable symbols(getOperation());
    SmallVector<func::FuncOp> funcs(getOperation().getOps<func::FuncOp>());
    for (func::FuncOp func : funcs) {
      if (func.isExternal())
        continue;
      FunctionSplitter splitter(func, symbols, chunkLoops);
      if (splitter.countLoops() > minFunctionLoops) {
        splitter.split(func.getBody().front());
        tuneForCalls(func);
      }
    }
  }
};
} // namespace
