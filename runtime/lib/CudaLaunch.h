//===- CudaLaunch.h - launching a GPU kernel --------------------*- C++ -*-===//
#ifndef TTT_RUNTIME_CUDALAUNCH_H
#define TTT_RUNTIME_CUDALAUNCH_H

#include "Binding.h"
#include "Cuda.h"

namespace ttt::rt {

/// A kernel's global workspace, kept between runs and grown when needed.
/// Runs of one ttt_kernel on different streams must therefore not overlap.
struct CudaWorkspace {
  CudaDriver::CUdeviceptr pointer = 0;
  size_t bytes = 0;
};

/// Launches manifest kernel `index` with the bound device buffers on
/// `stream` (asynchronously): grid from the manifest's symbols (at least one
/// block each), block and dynamic shared memory from the manifest, the
/// parameters of docs/ArtifactFormat.md. A backward kernel's scratch lives
/// in `scratch`, kept like the workspace; its summed outputs are zeroed on
/// `stream` first.
ttt_status launchCudaKernel(const CudaDriver &driver, const CudaDevice &device,
                            int index, const KernelDesc &desc,
                            const Bindings &bindings, CudaWorkspace &workspace,
                            CudaWorkspace &scratch, void *stream,
                            std::string &error);

void freeCudaWorkspace(const CudaDriver &driver, const CudaDevice &device,
                       CudaWorkspace &workspace);

} // namespace ttt::rt

#endif // TTT_RUNTIME_CUDALAUNCH_H
