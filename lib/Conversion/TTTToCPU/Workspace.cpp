//===- Workspace.cpp - the ttt-cpu-workspace pass -------------------------===//
//
// A kernel call used to malloc and free every temporary buffer (the b x d
// tiles of the dual form, the inner model's activations, the committed
// parameters): on a decode step that cost more than the arithmetic, mostly
// in page faults on fresh pages. This pass serves those allocations from one
// caller-provided workspace, which the runtime allocates once and reuses,
// while each temporary stays a distinct noalias argument of the code that
// uses it.
//
//===----------------------------------------------------------------------===//

#include "Fills.h"
#include "NoAliasPointers.h"
#include "ttt/Conversion/Passes.h"
#include "ttt/Conversion/SizeBounds.h"

#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/SymbolTable.h"
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

/// The bytes a buffer of this identity-layout, int or float type can take at
/// most: its own when statically shaped, else with each dynamic size at its
/// constant upper bound (`dynamicSizes` are the allocation's operands).
/// nullopt when some size has no such bound.
static std::optional<int64_t> maxBytes(MemRefType type,
                                       ValueRange dynamicSizes) {
  if (!type.getLayout().isIdentity() || type.getMemorySpace() ||
      !type.getElementType().isIntOrFloat())
    return std::nullopt;
  int64_t elements = 1;
  auto size = dynamicSizes.begin();
  for (int64_t dim : type.getShape()) {
    if (ShapedType::isDynamic(dim)) {
      std::optional<int64_t> bound = constantUpperBound(*size++);
      if (!bound || *bound < 0)
        return std::nullopt;
      dim = *bound;
    }
    elements *= dim;
  }
  return elements * ((type.getElementTypeBitWidth() + 7) / 8);
}

/// The body's argument for a served allocation: the allocation's own type
/// when static, else a flat buffer of its largest size.
static MemRefType temporaryType(memref::AllocOp alloc, int64_t bytes) {
  MemRefType type = alloc.getType();
  if (type.hasStaticShape())
    return type;
  int64_t elementBytes = (type.getElementTypeBitWidth() + 7) / 8;
  return MemRefType::get({bytes / elementBytes}, type.getElementType());
}

/// Refills, as a whole, the flat `temporary` of at most one cache line that
/// `alloc` gets: its fills then have a static size, one vector store,
/// where the dynamic one was a `memset` call for a few bytes (a backward
/// segment's row reductions start from a dozen filled `[r]` vectors). The
/// slot is the allocation's alone, so what lies beyond its sizes is never
/// read.
static void fillWholeSlots(memref::AllocOp alloc, Value temporary) {
  auto type = cast<MemRefType>(temporary.getType());
  if (type.getNumElements() * type.getElementTypeBitWidth() > 8 * kAlignment)
    return;
  for (Operation *user : llvm::make_early_inc_range(alloc->getUsers())) {
    auto fill = dyn_cast<linalg::LinalgOp>(user);
    Value value = fill ? getFilledValue(fill) : Value();
    if (!value || fill->getNumResults() != 0 ||
        fill.getDpsInitOperand(0)->get() != alloc.getResult())
      continue;
    OpBuilder b(fill);
    linalg::FillOp::create(b, fill.getLoc(), value, temporary);
    fill->erase();
  }
}

/// Replaces a dynamically sized allocation by a dense row-major view of the
/// flat `temporary` with the allocation's sizes.
static void replaceByView(memref::AllocOp alloc, Value temporary) {
  fillWholeSlots(alloc, temporary);
  OpBuilder b(alloc);
  Location loc = alloc.getLoc();
  MemRefType type = alloc.getType();
  SmallVector<OpFoldResult> sizes = getMixedValues(
      type.getShape(), alloc.getDynamicSizes(), b);
  auto multiply = [&](OpFoldResult x, OpFoldResult y) -> OpFoldResult {
    std::optional<int64_t> cx = getConstantIntValue(x);
    std::optional<int64_t> cy = getConstantIntValue(y);
    if (cx && cy)
      return b.getIndexAttr(*cx * *cy);
    if (cx == 1)
      return y;
    return arith::MulIOp::create(b, loc,
                                 getValueOrCreateConstantIndexOp(b, loc, x),
                                 getValueOrCreateConstantIndexOp(b, loc, y))
        .getResult();
  };
  SmallVector<OpFoldResult> strides(sizes.size(), b.getIndexAttr(1));
  for (int64_t i = static_cast<int64_t>(sizes.size()) - 2; i >= 0; --i)
    strides[i] = multiply(strides[i + 1], sizes[i + 1]);
  Value view = memref::ReinterpretCastOp::create(
      b, loc, type, temporary, b.getIndexAttr(0), sizes, strides);
  alloc.replaceAllUsesWith(view);
}

/// Moves `entry`'s body into a new private function that takes every served
/// temporary as an argument of its own, marked `llvm.noalias`, and makes
/// `entry` carve those arguments out of the workspace and call it. Views of
/// one buffer would hide from LLVM that the temporaries are disjoint (what
/// `malloc` told it), and TTT-Linear's prefill ran 2x slower; distinct
/// noalias arguments keep that fact, and survive inlining as alias scopes.
static void serveFromWorkspace(func::FuncOp entry, size_t maxArguments) {
  // Each served allocation with its offset in the workspace and its type in
  // the body.
  struct Served {
    memref::AllocOp alloc;
    int64_t offset;
    MemRefType type;
  };
  SmallVector<Served> served;
  int64_t total = 0;
  entry.walk([&](memref::AllocOp alloc) {
    std::optional<int64_t> bytes =
        maxBytes(alloc.getType(), alloc.getDynamicSizes());
    if (!bytes)
      return;
    bool inLoop = alloc->getParentOfType<LoopLikeOpInterface>() != nullptr;
    if (inLoop && mayLeaveIteration(alloc.getResult()))
      return;
    served.push_back({alloc, total, temporaryType(alloc, *bytes)});
    total += llvm::alignTo(std::max<int64_t>(*bytes, 1), kAlignment);
  });
  if (served.empty())
    return;

  MLIRContext *ctx = entry.getContext();
  Location loc = entry.getLoc();
  FunctionType entryType = entry.getFunctionType();
  SmallVector<Type> bodyInputs(entryType.getInputs());
  for (const Served &s : served)
    bodyInputs.push_back(s.type);

  // The entry point's new last argument, before its body moves out.
  auto workspaceType =
      MemRefType::get({ShapedType::kDynamic}, IntegerType::get(ctx, 8));
  unsigned workspaceIndex = entry.getNumArguments();
  (void)entry.insertArgument(workspaceIndex, workspaceType, DictionaryAttr(),
                             loc);
  entry->setAttr(kWorkspaceBytes,
                 IntegerAttr::get(IntegerType::get(ctx, 64), total));

  // Each temporary's view of `workspace`, built by `b`.
  auto viewsOf = [&](OpBuilder &b, Value workspace) {
    SmallVector<Value> views;
    for (const Served &s : served) {
      Value at = arith::ConstantIndexOp::create(b, loc, s.offset);
      views.push_back(memref::ViewOp::create(b, loc, s.type, workspace, at,
                                             ValueRange{}));
    }
    return views;
  };
  auto replaceAllocation = [](Served &s, Value temporary) {
    if (s.type == s.alloc.getType())
      s.alloc.replaceAllUsesWith(temporary);
    else
      replaceByView(s.alloc, temporary);
    s.alloc.erase();
  };

  // Past `maxArguments` temporaries, the code selector's time for the calls
  // that pass them grows faster than their number (a chain of 250
  // activations: 1,066 temporaries, 4.5 s). They are views of the workspace
  // in the entry point itself then, which LLVM cannot tell apart.
  if (served.size() > maxArguments) {
    // Every view first: the insertion point may be an allocation.
    OpBuilder builder = OpBuilder::atBlockBegin(&entry.getBody().front());
    SmallVector<Value> views =
        viewsOf(builder, entry.getArgument(workspaceIndex));
    for (auto [s, view] : llvm::zip_equal(served, views))
      replaceAllocation(s, view);
    return;
  }

  // The body, with the temporaries as arguments.
  auto body = func::FuncOp::create(
      loc, (entry.getSymName() + "_body").str(),
      FunctionType::get(ctx, bodyInputs, entryType.getResults()));
  body.setPrivate();
  // convert-func-to-llvm gives a private function external linkage unless
  // this attribute says otherwise.
  body->setAttr("llvm.linkage",
                LLVM::LinkageAttr::get(ctx, LLVM::Linkage::Internal));
  SymbolTable(entry->getParentOp()).insert(body, std::next(entry->getIterator()));
  body.getBody().takeBody(entry.getBody());
  Block &bodyBlock = body.getBody().front();
  bodyBlock.eraseArgument(workspaceIndex);
  for (unsigned i = 0, e = entryType.getNumInputs(); i < e; ++i)
    if (DictionaryAttr attrs = entry.getArgAttrDict(i))
      body.setArgAttrs(i, attrs);
  for (Served &s : served) {
    BlockArgument temporary = bodyBlock.addArgument(s.type, s.alloc.getLoc());
    body.setArgAttr(temporary.getArgNumber(),
                    LLVM::LLVMDialect::getNoAliasAttrName(),
                    UnitAttr::get(ctx));
    replaceAllocation(s, temporary);
  }

  // convert-func-to-llvm drops `llvm.noalias` from memref arguments, which it
  // expands into (allocated, aligned, offset, sizes..., strides...): record
  // where each aligned pointer lands for ttt-cpu-noalias-temporaries, which
  // marks it after the conversion. The kernel's own arguments are disjoint
  // too, by the runtime's aliasing contract (docs/ArtifactFormat.md: no
  // output overlaps another argument; inputs are only read): the kernel
  // updates its state in its outputs, and LLVM must know that those writes
  // leave the inputs alone.
  SmallVector<int64_t> alignedPointers;
  for (int64_t position : alignedPointerPositions(bodyInputs))
    if (position >= 0)
      alignedPointers.push_back(position);
  body->setAttr(kNoAliasPointers,
                DenseI64ArrayAttr::get(ctx, alignedPointers));

  // The entry point: views of the workspace, then the call.
  OpBuilder builder(ctx);
  SmallVector<Type> entryInputs(entry.getFunctionType().getInputs());
  SmallVector<Location> entryLocs(entryInputs.size(), loc);
  Block *entryBlock =
      builder.createBlock(&entry.getBody(), {}, entryInputs, entryLocs);
  SmallVector<Value> operands(entryBlock->getArguments().drop_back());
  llvm::append_range(operands,
                     viewsOf(builder, entryBlock->getArguments().back()));
  auto call = func::CallOp::create(builder, loc, body, operands);
  func::ReturnOp::create(builder, loc, call.getResults());
}

namespace {
struct TTTCPUWorkspacePass
    : mlir::ttt::impl::TTTCPUWorkspaceBase<TTTCPUWorkspacePass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<func::FuncOp> entries;
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (!func.isExternal() &&
          func->hasAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName()))
        entries.push_back(func);
    for (func::FuncOp entry : entries)
      serveFromWorkspace(entry, maxTemporaryArguments);
  }
};
} // namespace
