//===- LayerLowering.cpp - ttt.layer -> func.func plumbing ----------------===//

#include "LayerLowering.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::ttt;

ParameterMap mlir::ttt::bindParameters(LayerOp layer, ArrayRef<Value> theta,
                                       const ParameterMap &norms) {
  ParameterMap params;
  for (const auto &entry : norms)
    params[entry.getKey()] = entry.getValue();
  for (auto [linear, slots] :
       llvm::zip(getLinearOps(layer), getLinearSlots(layer))) {
    params[linear.getWeight()] = theta[slots.weight];
    if (slots.bias)
      params[*linear.getBias()] = theta[*slots.bias];
  }
  return params;
}

SmallVector<LinearSlots> mlir::ttt::getLinearSlots(LayerOp layer) {
  SmallVector<LinearSlots> slots;
  unsigned next = 0;
  for (LinearOp linear : getLinearOps(layer)) {
    LinearSlots s{next++, std::nullopt};
    if (linear.hasBias())
      s.bias = next++;
    slots.push_back(s);
  }
  return slots;
}

unsigned mlir::ttt::linearIndex(LayerOp layer, LinearOp linear) {
  auto linears = getLinearOps(layer);
  return std::distance(linears.begin(), llvm::find(linears, linear));
}

Value mlir::ttt::applyLinear(RowAlgebra &rows, LinearOp linear, Value x,
                             const ParameterMap &parameters) {
  Value xW = rows.matmul(x, parameters.lookup(linear.getWeight()));
  if (std::optional<StringRef> bias = linear.getBias())
    return rows.addRow(xW, parameters.lookup(*bias));
  return xW;
}

Value mlir::ttt::convertElements(ImplicitLocOpBuilder &b, Value x, Type to) {
  auto type = cast<RankedTensorType>(x.getType());
  if (type.getElementType() == to)
    return x;
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, b.getLoc(), x);
  Value init = tensor::EmptyOp::create(b, sizes, to);
  AffineMap id = AffineMap::getMultiDimIdentityMap(type.getRank(),
                                                   b.getContext());
  SmallVector<utils::IteratorType> iterators(type.getRank(),
                                             utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, TypeRange{init.getType()}, ValueRange{x}, ValueRange{init},
             {id, id}, iterators,
             [&](OpBuilder &nested, Location loc, ValueRange args) {
               Value converted =
                   to.getIntOrFloatBitWidth() >
                           type.getElementType().getIntOrFloatBitWidth()
                       ? arith::ExtFOp::create(nested, loc, to, args[0])
                             .getResult()
                       : arith::TruncFOp::create(nested, loc, to, args[0])
                             .getResult();
               linalg::YieldOp::create(nested, loc, converted);
             })
      .getResult(0);
}

/// Offsets [prefix..., 0...], sizes [1..., tail...], unit strides: the
/// slice of one sequence (or one head) of a batched tensor.
static SmallVector<OpFoldResult> zerosAfter(ImplicitLocOpBuilder &b,
                                            ArrayRef<Value> prefix,
                                            int64_t rank) {
  SmallVector<OpFoldResult> offsets(prefix.begin(), prefix.end());
  offsets.resize(rank, b.getIndexAttr(0));
  return offsets;
}

static SmallVector<OpFoldResult> unitThen(ImplicitLocOpBuilder &b,
                                          size_t units,
                                          ArrayRef<OpFoldResult> tail) {
  SmallVector<OpFoldResult> sizes(units, b.getIndexAttr(1));
  llvm::append_range(sizes, tail);
  return sizes;
}

Value mlir::ttt::sliceOf(ImplicitLocOpBuilder &b, Value source,
                         ArrayRef<Value> prefix, ArrayRef<OpFoldResult> tail,
                         RankedTensorType resultType) {
  int64_t rank = cast<RankedTensorType>(source.getType()).getRank();
  SmallVector<OpFoldResult> strides(rank, b.getIndexAttr(1));
  return tensor::ExtractSliceOp::create(
      b, resultType, source, zerosAfter(b, prefix, rank),
      unitThen(b, prefix.size(), tail), strides);
}

KernelArgs mlir::ttt::findPrefillArgs(FunctionOpInterface func) {
  auto one = [&](ArgRole role) { return findKernelArgument(func, role); };
  KernelArgs k;
  k.xq = one(ArgRole::xq), k.xk = one(ArgRole::xk), k.xv = one(ArgRole::xv);
  llvm::append_range(k.lrs, findKernelArguments(func, ArgRole::lr));
  k.decay = one(ArgRole::decay);
  k.tokenScale = one(ArgRole::token_scale);
  // In signature order, which is model order (KernelSignature).
  llvm::append_range(k.norms, findKernelArguments(func, ArgRole::norm_param));
  llvm::append_range(k.state, findKernelArguments(func, ArgRole::state));
  llvm::append_range(k.state, findKernelArguments(func, ArgRole::grad_sum));
  k.decayProduct = one(ArgRole::decay_product);
  k.position = one(ArgRole::position);
  return k;
}

SequenceInputs mlir::ttt::sliceSequence(ImplicitLocOpBuilder &body,
                                        LayerOp layer, const KernelArgs &args,
                                        Value n, Value h, Value length,
                                        Value position) {
  KernelSignature sig(layer);
  constexpr int64_t kDyn = ShapedType::kDynamic;
  int64_t dim = layer.getDim();
  Type io = layer.getIoElementType();
  Type f32 = body.getF32Type();
  size_t numState = sig.state.size();
  auto rowsType = RankedTensorType::get({kDyn, dim}, io);
  OpFoldResult len = length, d = body.getIndexAttr(dim);
  SequenceInputs seq;
  seq.xq = convertElements(body, sliceOf(body, args.xq, {n, h}, {len, d}, rowsType), f32);
  seq.xk = convertElements(body, sliceOf(body, args.xk, {n, h}, {len, d}, rowsType), f32);
  seq.xv = convertElements(body, sliceOf(body, args.xv, {n, h}, {len, d}, rowsType), f32);
  for (Value lr : args.lrs)
    seq.lrs.push_back(
        sliceOf(body, lr, {n, h}, {len}, RankedTensorType::get({kDyn}, f32)));
  seq.tokenScale = args.tokenScale;
  seq.length = length;
  seq.position = position;
  for (auto [name, width, arg] :
       llvm::zip(sig.normParams, sig.normWidths, args.norms))
    seq.norms[name] = sliceOf(body, arg, {h}, {body.getIndexAttr(width)},
                              RankedTensorType::get({width}, f32));
  for (auto [i, arg] : llvm::enumerate(args.state)) {
    const StateTensor &s = sig.state[i % numState];
    Value slice = sliceOf(
        body, arg, {n, h},
        {body.getIndexAttr(s.rows), body.getIndexAttr(s.cols)},
        RankedTensorType::get({s.rows, s.cols}, f32));
    (i < numState ? seq.theta : seq.sums).push_back(slice);
  }
  if (args.decay) {
    seq.decay = sliceOf(body, args.decay, {n, h}, {len},
                        RankedTensorType::get({kDyn}, f32));
    seq.decayProduct = sliceOf(
        body, args.decayProduct, {n, h},
        {body.getIndexAttr(1), body.getIndexAttr(1)},
        RankedTensorType::get({1, 1}, f32));
  }
  return seq;
}

Value mlir::ttt::headSegmentLength(ImplicitLocOpBuilder &b, int64_t miniBatch,
                                   Value position, Value length) {
  Value bMini = arith::ConstantIndexOp::create(b, miniBatch);
  Value rest = arith::MinUIOp::create(
      b, arith::SubIOp::create(b, bMini, position), length);
  return arith::MinUIOp::create(b, rest, bMini);
}

SegmentSchedule::SegmentSchedule(ImplicitLocOpBuilder &b, int64_t miniBatch,
                                 Value position, Value length)
    : miniBatch(miniBatch), position(position), length(length) {
  headLength = headSegmentLength(b, miniBatch, position, length);
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value later = arith::CeilDivUIOp::create(
      b, arith::SubIOp::create(b, length, headLength),
      arith::ConstantIndexOp::create(b, miniBatch));
  Value hasTokens =
      arith::CmpIOp::create(b, arith::CmpIPredicate::ugt, length, zero);
  count = arith::SelectOp::create(
      b, hasTokens,
      arith::AddIOp::create(b, later, arith::ConstantIndexOp::create(b, 1)),
      zero);
}

SegmentSchedule::Segment SegmentSchedule::locate(ImplicitLocOpBuilder &b,
                                                 Value k) const {
  Value zero = arith::ConstantIndexOp::create(b, 0);
  Value bMini = arith::ConstantIndexOp::create(b, miniBatch);
  Segment s;
  s.first = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, k, zero);
  Value later = arith::AddIOp::create(
      b, headLength,
      arith::MulIOp::create(
          b, arith::SubIOp::create(b, k, arith::ConstantIndexOp::create(b, 1)),
          bMini));
  s.start = arith::SelectOp::create(b, s.first, zero, later);
  // Both operands are at most b, the bound ttt-cpu-workspace reads.
  Value rest = arith::MinUIOp::create(
      b, bMini, arith::SubIOp::create(b, length, s.start));
  s.length = arith::SelectOp::create(b, s.first, headLength, rest);
  s.position = arith::SelectOp::create(b, s.first, position, zero);
  return s;
}

void mlir::ttt::insertSequence(ImplicitLocOpBuilder &body, Value source,
                               Value dest, ArrayRef<Value> prefix) {
  int64_t rank = cast<RankedTensorType>(dest.getType()).getRank();
  SmallVector<OpFoldResult> strides(rank, body.getIndexAttr(1));
  // Only parallel insertions may sit in the in_parallel region: the
  // source's dynamic sizes are taken before it.
  OpBuilder before(body.getInsertionBlock()->getParentOp());
  SmallVector<OpFoldResult> sizes =
      tensor::getMixedSizes(before, body.getLoc(), source);
  tensor::ParallelInsertSliceOp::create(
      body, source, dest, zerosAfter(body, prefix, rank),
      unitThen(body, prefix.size(), sizes), strides);
}

void mlir::ttt::lowerLayerToFunc(LayerOp layer,
                                 SequenceLowering lowerSequence,
                                 bool stateDestinations) {
  buildSequenceKernel(layer, layer.getSymName(), getPrefillKernelTypes(layer),
                      lowerSequence, stateDestinations);
  layer.erase();
}

Value mlir::ttt::getTapeRows(ImplicitLocOpBuilder &b, int64_t miniBatch,
                             Value length, const TapeShape &tape) {
  return arith::AddIOp::create(
      b,
      arith::DivUIOp::create(b, length,
                             arith::ConstantIndexOp::create(b, miniBatch)),
      arith::ConstantIndexOp::create(b, 2 + tape.finalStateRows));
}

func::FuncOp mlir::ttt::buildSequenceKernel(LayerOp layer, StringRef name,
                                            const KernelTypes &types,
                                            SequenceLowering lowerSequence,
                                            bool stateDestinations) {
  MLIRContext *ctx = layer.getContext();
  int64_t miniBatch = layer.getMiniBatch();
  Type io = layer.getIoElementType();
  Type f32 = Float32Type::get(ctx);
  int64_t dim = layer.getDim();
  KernelSignature sig(layer);
  bool tape = types.resultArgs.back().getRole() == ArgRole::tape;
  ArrayRef<Type> prefillResults =
      ArrayRef<Type>(types.results).drop_back(tape ? 1 : 0);
  auto tokensType = cast<RankedTensorType>(prefillResults.front());
  auto positionType = cast<RankedTensorType>(prefillResults.back());

  OpBuilder builder(layer);
  auto func = func::FuncOp::create(
      builder, layer.getLoc(), name,
      builder.getFunctionType(types.inputs, types.results));
  for (auto [i, arg] : llvm::enumerate(types.inputArgs))
    func.setArgAttr(i, KernelArgAttr::getAttrName(), arg);
  for (auto [i, arg] : llvm::enumerate(types.resultArgs))
    func.setResultAttr(i, KernelArgAttr::getAttrName(), arg);
  ImplicitLocOpBuilder b(layer.getLoc(), ctx);
  b.setInsertionPointToStart(func.addEntryBlock());
  KernelArgs args = findPrefillArgs(func);

  Value batch = tensor::DimOp::create(b, args.xq, 0);
  Value heads = tensor::DimOp::create(b, args.xq, 1);
  Value length = tensor::DimOp::create(b, args.xq, 2);
  Value position = arith::IndexCastOp::create(
      b, b.getIndexType(), tensor::ExtractOp::create(b, args.position));

  SmallVector<Value> outs = {tensor::EmptyOp::create(
      b, tokensType.getShape(), io, ValueRange{batch, heads, length})};
  for (Type type : prefillResults.drop_front().drop_back())
    outs.push_back(
        tensor::EmptyOp::create(b, cast<RankedTensorType>(type).getShape(), f32,
                                ValueRange{batch, heads}));
  auto tapeType = cast<RankedTensorType>(types.results.back());
  Value numSlots =
      tape ? getTapeRows(b, miniBatch, length, types.tape) : Value();
  if (tape)
    outs.push_back(tensor::EmptyOp::create(b, tapeType.getShape(), f32,
                                           ValueRange{batch, heads, numSlots}));

  auto forall = scf::ForallOp::create(
      b, ArrayRef<OpFoldResult>{batch, heads}, outs, std::nullopt,
      [&](OpBuilder &nested, Location loc, ValueRange blockArgs) {
        ImplicitLocOpBuilder body(loc, nested);
        Value n = blockArgs[0], h = blockArgs[1];
        ValueRange sharedOuts = blockArgs.drop_front(2);
        SequenceInputs seq =
            sliceSequence(body, layer, args, n, h, length, position);
        auto rowsType = RankedTensorType::get({ShapedType::kDynamic, dim}, f32);
        seq.zDestination =
            io == f32 ? sliceOf(body, sharedOuts[0], {n, h},
                                {length, body.getIndexAttr(dim)}, rowsType)
                      : tensor::EmptyOp::create(body, rowsType.getShape(),
                                                f32, ValueRange{length})
                            .getResult();
        if (stateDestinations) {
          for (auto [i, s] : llvm::enumerate(sig.state)) {
            auto stateType = RankedTensorType::get({s.rows, s.cols}, f32);
            SmallVector<OpFoldResult> sizes = {body.getIndexAttr(s.rows),
                                               body.getIndexAttr(s.cols)};
            seq.thetaDestination.push_back(
                sliceOf(body, sharedOuts[1 + i], {n, h}, sizes, stateType));
            seq.sumsDestination.push_back(sliceOf(
                body, sharedOuts[1 + sig.state.size() + i], {n, h}, sizes,
                stateType));
          }
          if (seq.decayProduct)
            seq.productDestination = sliceOf(
                body, sharedOuts[1 + 2 * sig.state.size()], {n, h},
                {body.getIndexAttr(1), body.getIndexAttr(1)},
                RankedTensorType::get({1, 1}, f32));
        }
        if (tape) {
          int64_t tapeWidth = tapeType.getDimSize(3);
          seq.tapeDestination = sliceOf(
              body, sharedOuts.back(), {n, h},
              {numSlots, body.getIndexAttr(tapeWidth)},
              RankedTensorType::get({ShapedType::kDynamic, tapeWidth}, f32));
        }

        SequenceResults res = lowerSequence(body, seq);

        Value z = convertElements(body, res.z, io);
        SmallVector<Value> stateResults(res.theta);
        llvm::append_range(stateResults, res.sums);
        if (res.decayProduct)
          stateResults.push_back(res.decayProduct);
        auto inParallel = scf::InParallelOp::create(body);
        body.setInsertionPointToStart(inParallel.getBody());
        insertSequence(body, z, sharedOuts[0], {n, h});
        for (auto [i, value] : llvm::enumerate(stateResults))
          insertSequence(body, value, sharedOuts[1 + i], {n, h});
        if (tape)
          insertSequence(body, res.tape, sharedOuts.back(), {n, h});
      });

  // Every sequence advances by the same T tokens: p' = (p + T) mod b.
  Value newPosition = arith::RemUIOp::create(
      b, arith::AddIOp::create(b, position, length),
      arith::ConstantIndexOp::create(b, miniBatch));
  Value newPositionTensor = tensor::FromElementsOp::create(
      b, positionType,
      ValueRange{arith::IndexCastOp::create(b, b.getI64Type(), newPosition)});
  ValueRange results = forall.getResults();
  SmallVector<Value> returned(results.drop_back(tape ? 1 : 0));
  returned.push_back(newPositionTensor);
  if (tape)
    returned.push_back(results.back());
  func::ReturnOp::create(b, returned);
  return func;
}

void mlir::ttt::normalizeCommittedWeights(LayerOp layer, RowAlgebra &rows,
                                          MutableArrayRef<Value> committed,
                                          ArrayRef<Value> before) {
  if (!layer.getNormalizeWeights())
    return;
  for (const LinearSlots &slot : getLinearSlots(layer))
    committed[slot.weight] =
        rows.normalizeColumns(committed[slot.weight], before[slot.weight]);
}

SmallVector<Value> mlir::ttt::commitState(LayerOp layer, RowAlgebra &rows,
                                          ArrayRef<Value> theta,
                                          ArrayRef<Value> sums, Value lastScale,
                                          Value product) {
  SmallVector<Value> committed;
  for (auto [t, sum] : llvm::zip_equal(theta, sums))
    committed.push_back(rows.sub(product ? rows.scale(t, product) : t,
                                 rows.scale(sum, lastScale)));
  normalizeCommittedWeights(layer, rows, committed, theta);
  return committed;
}

SegmentTokenLayout::SegmentTokenLayout(LayerOp layer)
    : numLr(layer.getLrPerWeight() ? getLinearOps(layer).size() : 1),
      numNorms(2 * getLayerNormOps(layer).size()) {}
