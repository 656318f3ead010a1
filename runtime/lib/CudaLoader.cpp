//===- CudaLoader.cpp - the CUDA driver, loaded at run time ---------------===//
//
// The driver is opened with dlopen("libcuda.so.1") and its entry points are
// resolved with dlsym, so nothing of CUDA is needed to build or to link the
// runtime, and a machine without a GPU can still run CPU artifacts.
//
//===----------------------------------------------------------------------===//

#include "Loader.h"

#include <dlfcn.h>

namespace ttt::rt {

namespace {

constexpr int kCudaSuccess = 0;
constexpr int kCudaErrorNoDevice = 100; // CUDA_ERROR_NO_DEVICE

std::string resultText(const CudaDriver &driver, int result) {
  const char *name = nullptr;
  if (driver.cuGetErrorName && driver.cuGetErrorName(result, &name) == 0 &&
      name)
    return std::string(name) + " (" + std::to_string(result) + ")";
  return "CUresult " + std::to_string(result);
}

template <typename Fn>
bool resolve(void *handle, const char *name, Fn &out, std::string &missing) {
  out = reinterpret_cast<Fn>(dlsym(handle, name));
  if (!out)
    missing = name;
  return out != nullptr;
}

} // namespace

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
    error = "no CUDA GPU visible (cuInit: " + resultText(driver, result) + ")";
    closeCudaDriver(driver);
    return TTT_ERROR_NO_DEVICE;
  }
  if (result != kCudaSuccess) {
    error = "cuInit failed: " + resultText(driver, result);
    closeCudaDriver(driver);
    return TTT_ERROR_DEVICE;
  }
  int count = 0;
  result = driver.cuDeviceGetCount(&count);
  if (result != kCudaSuccess) {
    error = "cuDeviceGetCount failed: " + resultText(driver, result);
    closeCudaDriver(driver);
    return TTT_ERROR_DEVICE;
  }
  if (count == 0) {
    error = "no CUDA GPU visible";
    closeCudaDriver(driver);
    return TTT_ERROR_NO_DEVICE;
  }
  return TTT_OK;
}

void closeCudaDriver(CudaDriver &driver) {
  if (driver.handle)
    dlclose(driver.handle);
  driver = CudaDriver();
}

} // namespace ttt::rt
