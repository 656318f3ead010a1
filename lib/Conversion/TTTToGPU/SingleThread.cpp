//===- SingleThread.cpp - a region that thread 0 alone runs ---------------===//

#include "SingleThread.h"

#include "ttt/Conversion/GPUKernelAttrs.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"

using namespace mlir;

scf::IfOp mlir::ttt::createSingleThreadIf(OpBuilder &b, Location loc,
                                          Value also) {
  Value first =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                            gpu::ThreadIdOp::create(b, loc, gpu::Dimension::x),
                            arith::ConstantIndexOp::create(b, loc, 0));
  if (also)
    first = arith::AndIOp::create(b, loc, also, first);
  auto single = scf::IfOp::create(b, loc, TypeRange{}, first,
                                  /*withElseRegion=*/false);
  single->setAttr(gpu_attrs::kSingleThread, b.getUnitAttr());
  return single;
}
