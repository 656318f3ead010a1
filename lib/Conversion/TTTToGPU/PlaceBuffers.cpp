//===- PlaceBuffers.cpp - the ttt-gpu-place-buffers pass ------------------===//
//
// A kernel cannot allocate: every memref.alloc becomes a fixed byte range of
// dynamic shared memory or of a per-block slice of a global workspace.
//
// 1. Size: static dimensions times upper bounds of the dynamic ones (integer
//    range analysis, else the ops that compute the size, SizeBounds.h: the
//    analysis sees no bound through the size of a reshaped view), rounded
//    up to kAlignment bytes.
// 2. Lifetime: an interval over the ops' pre-order numbering, from the alloc
//    to the last use of any alias (views, selects, scf.if results). A use
//    inside a loop that does not contain the alloc extends the lifetime to
//    the end of that loop. Loop-carried memrefs must be gone
//    (ttt-gpu-loop-carried-buffers).
// 3. Placement: smallest first, each at the lowest offset that overlaps no
//    placed buffer of an overlapping lifetime; shared memory while it fits
//    the budget, the workspace otherwise.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/GPUPasses.h"
#include "ttt/Conversion/SizeBounds.h"
#include "ttt/Dialect/TTT/IR/TTTOps.h"

#include "mlir/Analysis/DataFlow/IntegerRangeAnalysis.h"
#include "mlir/Analysis/DataFlow/Utils.h"
#include "mlir/Analysis/DataFlowFramework.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUPLACEBUFFERS
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

static constexpr int64_t kAlignment = 16;
/// Larger bounds mean the analysis found none (e.g. a size that depends on T).
static constexpr uint64_t kMaxBufferBytes = uint64_t(1) << 32;

namespace {
struct Buffer {
  memref::AllocOp alloc;
  int64_t bytes = 0;
  int64_t start = 0, end = 0; // lifetime, in pre-order op numbers
  bool shared = false;
  int64_t offset = 0;
};

/// Pre-order numbers of every op and the last number inside each op.
class OpNumbering {
public:
  explicit OpNumbering(Operation *root) { visit(root); }
  int64_t index(Operation *op) const { return first.lookup(op); }
  int64_t end(Operation *op) const { return last.lookup(op); }

private:
  void visit(Operation *op) {
    first[op] = counter++;
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (Operation &nested : block)
          visit(&nested);
    last[op] = counter - 1;
  }
  llvm::DenseMap<Operation *, int64_t> first, last;
  int64_t counter = 0;
};
} // namespace

static bool isLoop(Operation *op) {
  return isa<LoopLikeOpInterface>(op);
}

/// The point until which a use at `user` keeps a buffer defined at `def`
/// alive: the end of the outermost loop around the use that does not
/// contain the definition, else the use itself.
static int64_t liveUntil(Operation *user, Operation *def,
                         const OpNumbering &numbering) {
  Operation *point = user;
  for (Operation *p = user->getParentOp(); p; p = p->getParentOp()) {
    if (p->isAncestor(def))
      break;
    if (isLoop(p))
      point = p;
  }
  return numbering.end(point);
}

static LogicalResult computeLifetime(Buffer &buffer,
                                     const OpNumbering &numbering) {
  Operation *def = buffer.alloc;
  buffer.start = numbering.index(def);
  buffer.end = buffer.start;
  SmallVector<Value> worklist = {buffer.alloc.getResult()};
  llvm::DenseSet<Value> seen(worklist.begin(), worklist.end());
  auto push = [&](Value v) {
    if (seen.insert(v).second)
      worklist.push_back(v);
  };
  while (!worklist.empty()) {
    Value v = worklist.pop_back_val();
    for (OpOperand &use : v.getUses()) {
      Operation *user = use.getOwner();
      buffer.end = std::max(buffer.end, liveUntil(user, def, numbering));
      if (auto view = dyn_cast<ViewLikeOpInterface>(user)) {
        if (view.getViewSource() == v)
          for (Value r : user->getResults())
            push(r);
      } else if (isa<arith::SelectOp>(user)) {
        push(user->getResult(0));
      } else if (isa<scf::YieldOp>(user)) {
        Operation *parent = user->getParentOp();
        if (!isa<scf::IfOp>(parent))
          return user->emitOpError(
                     "yields a buffer out of a loop; run "
                     "ttt-gpu-loop-carried-buffers before placing buffers");
        push(parent->getResult(use.getOperandNumber()));
      } else if (isLoop(user)) {
        return user->emitOpError(
            "carries a buffer; run ttt-gpu-loop-carried-buffers before "
            "placing buffers");
      }
    }
  }
  return success();
}

static FailureOr<int64_t> boundBytes(memref::AllocOp alloc,
                                     DataFlowSolver &solver) {
  MemRefType type = alloc.getType();
  uint64_t elements = 1;
  unsigned dynamicIndex = 0;
  for (int64_t d = 0; d < type.getRank(); ++d) {
    uint64_t size;
    if (!type.isDynamicDim(d)) {
      size = type.getDimSize(d);
    } else {
      Value v = alloc.getDynamicSizes()[dynamicIndex++];
      auto *lattice = solver.lookupState<dataflow::IntegerValueRangeLattice>(v);
      std::optional<uint64_t> bound;
      if (lattice && !lattice->getValue().isUninitialized()) {
        const APInt &umax = lattice->getValue().getValue().umax();
        if (umax.getActiveBits() <= 32)
          bound = umax.getZExtValue();
      }
      if (!bound)
        if (std::optional<int64_t> fromOps = constantUpperBound(v))
          bound = uint64_t(std::max<int64_t>(*fromOps, 0));
      if (!bound)
        return alloc.emitOpError("has a dynamic size without an upper bound "
                                 "(it may depend on the sequence length)");
      size = *bound;
    }
    elements *= size;
    if (elements > kMaxBufferBytes)
      return alloc.emitOpError("is too large for a kernel buffer");
  }
  unsigned bits = type.getElementTypeBitWidth();
  uint64_t bytes = elements * ((bits + 7) / 8);
  return int64_t(llvm::alignTo(bytes, kAlignment));
}

/// The lowest aligned offset where `buffer` overlaps none of `placed` that
/// is alive at the same time.
static int64_t firstFit(const Buffer &buffer, ArrayRef<const Buffer *> placed) {
  SmallVector<std::pair<int64_t, int64_t>> busy;
  for (const Buffer *other : placed)
    if (other->start <= buffer.end && buffer.start <= other->end)
      busy.push_back({other->offset, other->offset + other->bytes});
  llvm::sort(busy);
  int64_t offset = 0;
  for (auto [lo, hi] : busy) {
    if (offset + buffer.bytes <= lo)
      break;
    offset = std::max(offset, hi);
  }
  return offset;
}

namespace {
struct Placement {
  SmallVector<Buffer> buffers;
  int64_t sharedBytes = 0, workspaceBytes = 0;
};
} // namespace

/// First fit of `buffers` in their order: shared memory while the budget
/// allows, the workspace otherwise. Sets each buffer's place.
static Placement placeInOrder(MutableArrayRef<Buffer> buffers,
                              int64_t budget) {
  Placement p;
  SmallVector<const Buffer *> inShared, inWorkspace;
  for (Buffer &buffer : buffers) {
    int64_t offset = firstFit(buffer, inShared);
    if (offset + buffer.bytes <= budget) {
      buffer.shared = true;
      buffer.offset = offset;
      p.sharedBytes = std::max(p.sharedBytes, offset + buffer.bytes);
      inShared.push_back(&buffer);
      continue;
    }
    buffer.shared = false;
    buffer.offset = firstFit(buffer, inWorkspace);
    p.workspaceBytes = std::max(p.workspaceBytes, buffer.offset + buffer.bytes);
    inWorkspace.push_back(&buffer);
  }
  return p;
}

static void rewrite(func::FuncOp func, MutableArrayRef<Buffer> buffers,
                    int64_t workspaceBytes) {
  MLIRContext *ctx = func.getContext();
  Block &entry = func.getBody().front();
  OpBuilder b = OpBuilder::atBlockBegin(&entry);
  Location loc = func.getLoc();
  auto workgroup = gpu::AddressSpaceAttr::get(ctx, gpu::AddressSpace::Workgroup);
  auto bytesType = MemRefType::get({ShapedType::kDynamic}, b.getI8Type());
  auto sharedBytesType = MemRefType::get({ShapedType::kDynamic}, b.getI8Type(),
                                         MemRefLayoutAttrInterface{}, workgroup);

  Value shared, workspace, workspaceBase;
  if (llvm::any_of(buffers, [](const Buffer &buf) { return buf.shared; }))
    shared = gpu::DynamicSharedMemoryOp::create(b, loc, sharedBytesType);
  if (workspaceBytes > 0) {
    unsigned index = func.getNumArguments();
    // The grid's blocks, workspace_bytes each (the launch data of
    // ttt-compile), provided by the caller.
    auto description = KernelArgAttr::get(
        ctx, ArgDirection::scratch, ArgRole::workspace, "workspace",
        b.getArrayAttr({b.getStringAttr("blocks * workspace_bytes")}));
    (void)func.insertArgument(
        index, bytesType,
        b.getDictionaryAttr(
            b.getNamedAttr(KernelArgAttr::getAttrName(), description)),
        loc);
    workspace = func.getArgument(index);
    // This block's slice: (block_id.y * grid_dim.x + block_id.x) * bytes.
    Value bx = gpu::BlockIdOp::create(b, loc, gpu::Dimension::x);
    Value by = gpu::BlockIdOp::create(b, loc, gpu::Dimension::y);
    Value gx = gpu::GridDimOp::create(b, loc, gpu::Dimension::x);
    Value block = arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, by, gx), bx);
    workspaceBase = arith::MulIOp::create(
        b, loc, block, arith::ConstantIndexOp::create(b, loc, workspaceBytes));
  }
  for (Buffer &buffer : buffers) {
    memref::AllocOp alloc = buffer.alloc;
    b.setInsertionPoint(alloc);
    Value offset = arith::ConstantIndexOp::create(b, loc, buffer.offset);
    MemRefType type = alloc.getType();
    Value replacement;
    if (buffer.shared) {
      auto viewType = MemRefType::get(type.getShape(), type.getElementType(),
                                      MemRefLayoutAttrInterface{}, workgroup);
      Value view = memref::ViewOp::create(b, alloc.getLoc(), viewType, shared,
                                          offset, alloc.getDynamicSizes());
      replacement =
          memref::MemorySpaceCastOp::create(b, alloc.getLoc(), type, view);
    } else {
      offset = arith::AddIOp::create(b, loc, workspaceBase, offset);
      replacement = memref::ViewOp::create(b, alloc.getLoc(), type, workspace,
                                           offset, alloc.getDynamicSizes());
    }
    alloc.replaceAllUsesWith(replacement);
    alloc.erase();
  }
}

namespace {
struct TTTGPUPlaceBuffersPass
    : mlir::ttt::impl::TTTGPUPlaceBuffersBase<TTTGPUPlaceBuffersPass> {
  using Base::Base;

  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func->hasAttr(gpu_attrs::kKernel) && failed(place(func)))
        return signalPassFailure();
  }

  LogicalResult place(func::FuncOp func) {
    DataFlowSolver solver;
    dataflow::loadBaselineAnalyses(solver);
    solver.load<dataflow::IntegerRangeAnalysis>();
    if (failed(solver.initializeAndRun(func)))
      return func.emitOpError("integer range analysis failed");

    OpNumbering numbering(func);
    SmallVector<Buffer> buffers;
    WalkResult walk = func.walk([&](memref::AllocOp alloc) {
      Buffer buffer;
      buffer.alloc = alloc;
      FailureOr<int64_t> bytes = boundBytes(alloc, solver);
      if (failed(bytes) || failed(computeLifetime(buffer, numbering)))
        return WalkResult::interrupt();
      buffer.bytes = *bytes;
      buffers.push_back(buffer);
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();

    // First fit in three orders; the placement with the least workspace,
    // then the least shared memory, wins. Smallest first keeps the many
    // per-token temporaries in shared memory when not everything fits
    // (state-sized buffers of wide models spill); largest first and program
    // order often pack tighter when everything fits.
    Placement best;
    for (int order = 0; order < 3; ++order) {
      // Ties go in program order: `start` numbers each allocation apart.
      SmallVector<Buffer> trial(buffers);
      llvm::sort(trial, [&](const Buffer &a, const Buffer &b) {
        int64_t keyA = order == 0 ? a.bytes : order == 1 ? -a.bytes : 0;
        int64_t keyB = order == 0 ? b.bytes : order == 1 ? -b.bytes : 0;
        return std::tie(keyA, a.start) < std::tie(keyB, b.start);
      });
      Placement p = placeInOrder(trial, sharedMemoryBytes);
      if (order == 0 || p.workspaceBytes < best.workspaceBytes ||
          (p.workspaceBytes == best.workspaceBytes &&
           p.sharedBytes < best.sharedBytes)) {
        best = p;
        best.buffers = std::move(trial);
      }
    }
    int64_t sharedBytes = best.sharedBytes, workspaceBytes = best.workspaceBytes;
    buffers = std::move(best.buffers);
    rewrite(func, buffers, workspaceBytes);
    Builder b(func.getContext());
    func->setAttr(gpu_attrs::kSharedMemoryBytes,
                  b.getI64IntegerAttr(sharedBytes));
    func->setAttr(gpu_attrs::kWorkspaceBytes,
                  b.getI64IntegerAttr(workspaceBytes));
    return success();
  }
};
} // namespace
