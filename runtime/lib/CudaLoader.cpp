//===- CudaLoader.cpp - the CUDA driver, loaded at run time ---------------===//
//
// The driver is opened with dlopen("libcuda.so.1") and its entry points are
// resolved with dlsym, so nothing of CUDA is needed to build or to link the
// runtime, and a machine without a GPU can still run CPU artifacts. Symbols
// are the versioned names that cuda.h maps the API to (cuMemAlloc_v2, ...).
//
//===----------------------------------------------------------------------===//

#include "Cuda.h"

#include <dlfcn.h>

namespace ttt::rt {

namespace {

constexpr int kCudaSuccess = 0;
constexpr int kCudaErrorNoDevice = 100; // CUDA_ERROR_NO_DEVICE

template <typename Fn>
bool resolve(void *handle, const char *name, Fn &out, std::string &missing) {
  out = reinterpret_cast<Fn>(dlsym(handle, name));
  if (!out && missing.empty())
    missing = name;
  return out != nullptr;
}

/// Every entry point but the three openCudaDriver needs first; false names
/// the first missing one.
bool resolveAll(CudaDriver &d, std::string &missing) {
  void *h = d.handle;
#define TTT_CUDA_RESOLVE_ENTRY_POINT(member, symbol, params)                 \
  resolve(h, symbol, d.member, missing);
  TTT_CUDA_DRIVER_ENTRY_POINTS(TTT_CUDA_RESOLVE_ENTRY_POINT)
#undef TTT_CUDA_RESOLVE_ENTRY_POINT
  // cuda.h maps cuEventElapsedTime to _v2 since CUDA 12.8; older drivers
  // have the first version only (same signature).
  std::string noV2;
  if (!resolve(h, "cuEventElapsedTime_v2", d.cuEventElapsedTime, noV2))
    resolve(h, "cuEventElapsedTime", d.cuEventElapsedTime, missing);
  return missing.empty();
}

} // namespace

std::string CudaDriver::resultName(CUresult result) const {
  const char *name = nullptr;
  if (cuGetErrorName && cuGetErrorName(result, &name) == 0 && name)
    return std::string(name) + " (" + std::to_string(result) + ")";
  return "CUresult " + std::to_string(result);
}

std::string CudaDriver::describe(const char *call, CUresult result) const {
  return std::string(call) + " failed: " + resultName(result);
}

ttt_status openCudaDriver(CudaDriver &driver, std::string &error) {
  driver = CudaDriver();
  dlerror();
  driver.handle = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
  if (!driver.handle) {
    const char *e = dlerror();
    error = std::string("no CUDA driver: libcuda.so.1 could not be loaded (") +
            (e ? e : "unknown error") + ")";
    return TTT_ERROR_NO_DEVICE;
  }
  std::string missing;
  if (!resolve(driver.handle, "cuInit", driver.cuInit, missing) ||
      !resolve(driver.handle, "cuDeviceGetCount", driver.cuDeviceGetCount,
               missing)) {
    closeCudaDriver(driver);
    error = "CUDA driver libcuda.so.1 lacks '" + missing + "'";
    return TTT_ERROR_NO_DEVICE;
  }
  // Optional: only used to name errors.
  driver.cuGetErrorName = reinterpret_cast<decltype(driver.cuGetErrorName)>(
      dlsym(driver.handle, "cuGetErrorName"));

  int result = driver.cuInit(0);
  if (result == kCudaErrorNoDevice) {
    error = "no CUDA GPU visible (cuInit: " + driver.resultName(result) + ")";
    closeCudaDriver(driver);
    return TTT_ERROR_NO_DEVICE;
  }
  if (result != kCudaSuccess) {
    error = driver.describe("cuInit", result);
    closeCudaDriver(driver);
    return TTT_ERROR_DEVICE;
  }
  int count = 0;
  result = driver.cuDeviceGetCount(&count);
  if (result != kCudaSuccess) {
    error = driver.describe("cuDeviceGetCount", result);
    closeCudaDriver(driver);
    return TTT_ERROR_DEVICE;
  }
  if (count == 0) {
    error = "no CUDA GPU visible";
    closeCudaDriver(driver);
    return TTT_ERROR_NO_DEVICE;
  }
  if (!resolveAll(driver, missing)) {
    error = "CUDA driver libcuda.so.1 lacks '" + missing +
            "' (a driver for CUDA 12 or later is needed)";
    closeCudaDriver(driver);
    return TTT_ERROR_DEVICE;
  }
  return TTT_OK;
}

void closeCudaDriver(CudaDriver &driver) {
  if (driver.handle)
    dlclose(driver.handle);
  driver = CudaDriver();
}

} // namespace ttt::rt
