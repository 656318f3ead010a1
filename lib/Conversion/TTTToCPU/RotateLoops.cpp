//===- RotateLoops.cpp - ttt-cpu-rotate-loops -----------------------------===//
//
// `convert-scf-to-cf` lowers an `scf.for` to a loop tested at its top, and
// LLVM's LoopRotate pass then turns every such loop into a guarded loop
// tested at its bottom. Each rotation makes ScalarEvolution forget the loops
// around the rotated one, so the pass costs the square of the loop count of
// a function: 16% of the TTT-MLP artifact's LLVM time, all of it spent
// recomputing what the loop bounds already say. Emitting the loops rotated
// leaves LoopRotate nothing to do; the code LLVM generates is the same.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTCPUROTATELOOPS
#include "ttt/Conversion/Passes.h.inc"
} // namespace mlir::ttt

using namespace mlir;

/// True when `lower < upper` holds for constant bounds: the loop runs at
/// least once and needs no guard.
static bool runsAtLeastOnce(scf::ForOp loop) {
  std::optional<APInt> tripCount = loop.getStaticTripCount();
  return tripCount && !tripCount->isZero();
}

/// Rewrites `loop` as an `scf.while` whose `before` region holds the body
/// and the test of the next iteration (its `after` region only forwards
/// the values), inside an `scf.if` on `lower < upper` unless the bounds
/// show the loop runs.
static void rotate(scf::ForOp loop, IRRewriter &rewriter) {
  Location loc = loop.getLoc();
  rewriter.setInsertionPoint(loop);
  arith::CmpIPredicate lessThan = loop.getUnsignedCmp()
                                      ? arith::CmpIPredicate::ult
                                      : arith::CmpIPredicate::slt;
  Value lower = loop.getLowerBound(), upper = loop.getUpperBound();
  Value step = loop.getStep();

  // The body moves (not copies) into the `before` region, whose block
  // takes the induction variable and the iteration values in the order
  // the loop's body block does.
  auto buildWhile = [&](OpBuilder &builder, Location loc) {
    SmallVector<Value> inits{lower};
    llvm::append_range(inits, loop.getInitArgs());
    SmallVector<Type> types{lower.getType()};
    llvm::append_range(types, loop.getResultTypes());
    auto whileOp = scf::WhileOp::create(
        builder, loc, types, inits, [](OpBuilder &, Location, ValueRange) {},
        [](OpBuilder &after, Location loc, ValueRange args) {
          scf::YieldOp::create(after, loc, args);
        });
    Block *before = whileOp.getBeforeBody();
    rewriter.mergeBlocks(loop.getBody(), before, before->getArguments());
    auto yield = cast<scf::YieldOp>(before->getTerminator());
    OpBuilder::InsertionGuard insertionGuard(rewriter);
    rewriter.setInsertionPoint(yield);
    Value next =
        arith::AddIOp::create(rewriter, loc, before->getArgument(0), step);
    Value more = arith::CmpIOp::create(rewriter, loc, lessThan, next, upper);
    SmallVector<Value> carried{next};
    llvm::append_range(carried, yield.getResults());
    rewriter.replaceOpWithNewOp<scf::ConditionOp>(yield, more, carried);
    return whileOp.getResults().drop_front();
  };

  if (runsAtLeastOnce(loop)) {
    rewriter.replaceOp(loop, buildWhile(rewriter, loc));
    return;
  }
  Value runs = arith::CmpIOp::create(rewriter, loc, lessThan, lower, upper);
  auto guard = scf::IfOp::create(
      rewriter, loc, runs,
      [&](OpBuilder &builder, Location loc) {
        scf::YieldOp::create(builder, loc,
                             SmallVector<Value>(buildWhile(builder, loc)));
      },
      [&](OpBuilder &builder, Location loc) {
        scf::YieldOp::create(builder, loc, loop.getInitArgs());
      });
  rewriter.replaceOp(loop, guard.getResults());
}

namespace {
struct TTTCPURotateLoopsPass
    : mlir::ttt::impl::TTTCPURotateLoopsBase<TTTCPURotateLoopsPass> {
  void runOnOperation() override {
    // Any order works: a body moves into its `scf.while` with the loops it
    // holds. A loop with discardable attributes (an `llvm.loop_annotation`,
    // which `convert-scf-to-cf` puts on an `scf.for`'s back edge and not on
    // an `scf.while`'s) stays as it is.
    SmallVector<scf::ForOp> loops;
    getOperation()->walk([&](scf::ForOp loop) {
      if (loop->getDiscardableAttrDictionary().empty())
        loops.push_back(loop);
    });
    IRRewriter rewriter(&getContext());
    for (scf::ForOp loop : loops)
      rotate(loop, rewriter);
  }
};
} // namespace
