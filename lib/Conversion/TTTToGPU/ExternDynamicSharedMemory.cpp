//===- ExternDynamicSharedMemory.cpp - extern dynamic shared memory -------===//
//
// convert-gpu-to-nvvm declares dynamic shared memory as
//   llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3} : !llvm.array<0 x i8>
// which NVPTX, having to define an internal symbol, emits as a 1-byte static
// `.shared .b8 __dynamic_shmem__0;`. With external linkage the global is a
// declaration and NVPTX emits what the CUDA compiler does for
// `extern __shared__ char x[];`: `.extern .shared .align 16 .b8 x[];`, which
// takes no static shared memory and spans the launch's dynamic allocation.
//
//===----------------------------------------------------------------------===//

#include "ttt/Conversion/GPUPasses.h"

namespace mlir::ttt {
#define GEN_PASS_DEF_TTTGPUEXTERNDYNAMICSHAREDMEMORY
#include "ttt/Conversion/GPUPasses.h.inc"
} // namespace mlir::ttt

using namespace mlir;
using namespace mlir::ttt;

/// NVVM's shared address space (NVVM::NVVMMemorySpace::Shared).
static constexpr unsigned kSharedAddressSpace = 3;

/// An uninitialised `[0 x T]` global in shared memory: the form
/// convert-gpu-to-nvvm gives `gpu.dynamic_shared_memory`.
static bool isDynamicSharedMemory(LLVM::GlobalOp global) {
  auto array = dyn_cast<LLVM::LLVMArrayType>(global.getGlobalType());
  return array && array.getNumElements() == 0 &&
         global.getAddrSpace() == kSharedAddressSpace && !global.getValue() &&
         global.getInitializerRegion().empty();
}

namespace {
struct TTTGPUExternDynamicSharedMemoryPass
    : mlir::ttt::impl::TTTGPUExternDynamicSharedMemoryBase<
          TTTGPUExternDynamicSharedMemoryPass> {
  void runOnOperation() override {
    for (auto global : getOperation().getOps<LLVM::GlobalOp>())
      if (isDynamicSharedMemory(global))
        global.setLinkage(LLVM::Linkage::External);
  }
};
} // namespace
