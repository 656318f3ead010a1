//===- CudaLaunch.cpp - launching a GPU kernel ----------------------------===//
//
// Kernel parameters (docs/ArtifactFormat.md): every argument in call order as
// an expanded memref descriptor, one 8-byte parameter per field
//   allocated, aligned, offset, sizes[rank], strides[rank]
// (dense row-major, offset 0), then a backward kernel's scratch (its
// manifest shape), then, when the kernel has a workspace, the descriptor of
// a memref<?xi8> of grid_x * grid_y * workspace bytes.
//
//===----------------------------------------------------------------------===//

#include "CudaLaunch.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace ttt::rt {

namespace {

constexpr int64_t kMaxGridX = 2147483647, kMaxGridYZ = 65535;

void appendDescriptor(std::vector<int64_t> &words, uint64_t pointer,
                      const std::vector<int64_t> &shape) {
  int64_t p;
  std::memcpy(&p, &pointer, sizeof(p));
  words.push_back(p); // allocated
  words.push_back(p); // aligned
  words.push_back(0); // offset
  size_t rank = shape.size();
  std::vector<int64_t> strides(rank);
  int64_t stride = 1;
  for (size_t k = rank; k-- > 0;) {
    strides[k] = stride;
    stride *= shape[k];
  }
  words.insert(words.end(), shape.begin(), shape.end());
  words.insert(words.end(), strides.begin(), strides.end());
}

/// Grows `buffer` to at least `bytes` (never shrinks it: runs alternate
/// between shapes without reallocating).
ttt_status reserve(const CudaDriver &driver, const KernelDesc &desc,
                   const char *what, size_t bytes, CudaWorkspace &buffer,
                   std::string &error) {
  if (buffer.bytes >= bytes)
    return TTT_OK;
  if (buffer.pointer)
    driver.cuMemFree(buffer.pointer);
  buffer = CudaWorkspace();
  if (int r = driver.cuMemAlloc(&buffer.pointer, bytes)) {
    error = "kernel '" + desc.name + "': allocating its " +
            std::to_string(bytes) + "-byte " + what + ": " +
            driver.describe("cuMemAlloc", r);
    return TTT_ERROR_DEVICE;
  }
  buffer.bytes = bytes;
  return TTT_OK;
}

} // namespace

ttt_status launchCudaKernel(const CudaDriver &driver, const CudaDevice &device,
                            int index, const KernelDesc &desc,
                            const Bindings &bindings, CudaWorkspace &workspace,
                            CudaWorkspace &scratch, void *stream,
                            std::string &error) {
  const LaunchDesc &launch = desc.launch;
  int64_t grid[3];
  for (int i = 0; i < 3; ++i) {
    const Dim &d = launch.grid[i];
    int64_t value = d.size;
    if (d.symbol && !bindings.symbolValue(d.symbol, value)) {
      error = "kernel '" + desc.name + "': no bound argument fixes " +
              std::string(1, d.symbol) + " for the grid";
      return TTT_ERROR_UNBOUND;
    }
    grid[i] = std::max<int64_t>(value, 1); // an empty call still runs once
  }
  if (grid[0] > kMaxGridX || grid[1] > kMaxGridYZ || grid[2] > kMaxGridYZ) {
    error = "kernel '" + desc.name + "': grid (" + std::to_string(grid[0]) +
            ", " + std::to_string(grid[1]) + ", " + std::to_string(grid[2]) +
            ") exceeds the CUDA limits (2^31-1, 65535, 65535)";
    return TTT_ERROR_INVALID;
  }

  CudaContextGuard guard(driver, device);
  if (ttt_status s = guard.status(error))
    return s;
  int r;
  std::vector<int64_t> words;
  const std::vector<BoundArg> &bound = bindings.bound();
  for (const BoundArg &arg : bound)
    appendDescriptor(words, reinterpret_cast<uintptr_t>(arg.data), arg.shape);
  // A backward kernel's tapes, [B, H, T/b+2+F, N+R]: written before they are
  // read, so never cleared.
  if (desc.scratch.present) {
    std::vector<int64_t> shape;
    size_t bytes = 0;
    if (ttt_status s = scratchSize(desc, bindings, shape, bytes, error))
      return s;
    if (ttt_status s = reserve(driver, desc, "scratch", bytes, scratch, error))
      return s;
    appendDescriptor(words, bytes ? scratch.pointer : 0, shape);
  }
  if (launch.workspaceBytesPerBlock > 0) {
    size_t bytes = static_cast<size_t>(grid[0] * grid[1] * grid[2]) *
                   static_cast<size_t>(launch.workspaceBytesPerBlock);
    if (ttt_status s =
            reserve(driver, desc, "workspace", bytes, workspace, error))
      return s;
    appendDescriptor(words, workspace.pointer,
                     {static_cast<int64_t>(workspace.bytes)});
  }
  // A sum over sequences ("reduce": "sum") is added into by every
  // block (ttt-gpu-atomic-sequence-sums): zero first, on the same stream.
  for (size_t i = 0; i < bound.size(); ++i) {
    if (!desc.args[i].reduceSum || bound[i].bytes == 0)
      continue;
    if ((r = driver.cuMemsetD8Async(reinterpret_cast<uintptr_t>(bound[i].data),
                                    0, bound[i].bytes, stream)) != 0) {
      error = "kernel '" + desc.name + "': clearing '" + desc.args[i].name +
              "': " + driver.describe("cuMemsetD8Async", r);
      return TTT_ERROR_DEVICE;
    }
  }
  std::vector<void *> params(words.size());
  for (size_t k = 0; k < words.size(); ++k)
    params[k] = &words[k];
  r = driver.cuLaunchKernel(
      device.functions[index], static_cast<unsigned>(grid[0]),
      static_cast<unsigned>(grid[1]), static_cast<unsigned>(grid[2]),
      static_cast<unsigned>(launch.block[0]),
      static_cast<unsigned>(launch.block[1]),
      static_cast<unsigned>(launch.block[2]),
      static_cast<unsigned>(launch.sharedMemoryBytes), stream, params.data(),
      nullptr);
  if (r != 0) {
    error = "kernel '" + desc.name + "': " +
            driver.describe("cuLaunchKernel", r);
    return TTT_ERROR_DEVICE;
  }
  return TTT_OK;
}

void freeCudaWorkspace(const CudaDriver &driver, const CudaDevice &device,
                       CudaWorkspace &workspace) {
  if (workspace.pointer) {
    CudaContextGuard guard(driver, device);
    driver.cuMemFree(workspace.pointer);
  }
  workspace = CudaWorkspace();
}

} // namespace ttt::rt
