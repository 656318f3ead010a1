//===- Cuda.h - the CUDA driver, loaded at run time -------------*- C++ -*-===//
//
// The driver API is reached through dlopen("libcuda.so.1") and dlsym: no
// cuda.h, no link-time dependency. The few types used are declared here with
// the driver's ABI (handles are pointers, CUresult an int, CUdeviceptr a
// 64-bit integer). Every call's result is checked by the callers and turned
// into a message naming the call and cuGetErrorName's text.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_CUDA_H
#define TTT_RUNTIME_CUDA_H

#include "Manifest.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ttt::rt {

/// The driver entry points the runtime uses, resolved with dlsym.
struct CudaDriver {
  using CUresult = int;
  using CUdevice = int;
  using CUdeviceptr = unsigned long long;
  using Handle = void *; // CUcontext, CUmodule, CUfunction, CUstream, CUevent

  void *handle = nullptr;
  CUresult (*cuInit)(unsigned) = nullptr;
  CUresult (*cuDeviceGetCount)(int *) = nullptr;
  CUresult (*cuGetErrorName)(CUresult, const char **) = nullptr;
  CUresult (*cuDeviceGet)(CUdevice *, int) = nullptr;
  CUresult (*cuDeviceGetAttribute)(int *, int, CUdevice) = nullptr;
  CUresult (*cuDevicePrimaryCtxRetain)(Handle *, CUdevice) = nullptr;
  CUresult (*cuDevicePrimaryCtxRelease)(CUdevice) = nullptr;
  CUresult (*cuCtxPushCurrent)(Handle) = nullptr;
  CUresult (*cuCtxPopCurrent)(Handle *) = nullptr;
  CUresult (*cuCtxSynchronize)() = nullptr;
  CUresult (*cuModuleLoadDataEx)(Handle *, const void *, unsigned, int *,
                                 void **) = nullptr;
  CUresult (*cuModuleUnload)(Handle) = nullptr;
  CUresult (*cuModuleGetFunction)(Handle *, Handle, const char *) = nullptr;
  CUresult (*cuFuncGetAttribute)(int *, int, Handle) = nullptr;
  CUresult (*cuFuncSetAttribute)(Handle, int, int) = nullptr;
  CUresult (*cuLaunchKernel)(Handle, unsigned, unsigned, unsigned, unsigned,
                             unsigned, unsigned, unsigned, Handle, void **,
                             void **) = nullptr;
  CUresult (*cuMemAlloc)(CUdeviceptr *, size_t) = nullptr;
  CUresult (*cuMemFree)(CUdeviceptr) = nullptr;
  CUresult (*cuMemcpyHtoD)(CUdeviceptr, const void *, size_t) = nullptr;
  CUresult (*cuMemcpyDtoH)(void *, CUdeviceptr, size_t) = nullptr;
  CUresult (*cuMemsetD8)(CUdeviceptr, unsigned char, size_t) = nullptr;
  CUresult (*cuStreamSynchronize)(Handle) = nullptr;
  CUresult (*cuEventCreate)(Handle *, unsigned) = nullptr;
  CUresult (*cuEventRecord)(Handle, Handle) = nullptr;
  CUresult (*cuEventSynchronize)(Handle) = nullptr;
  CUresult (*cuEventElapsedTime)(float *, Handle, Handle) = nullptr;
  CUresult (*cuEventDestroy)(Handle) = nullptr;

  /// "CUDA_ERROR_NO_DEVICE (100)", from cuGetErrorName when it knows.
  std::string resultName(CUresult result) const;
  /// "<call> failed: CUDA_ERROR_... (n)".
  std::string describe(const char *call, CUresult result) const;
};

/// Loads libcuda.so.1, resolves every entry point, initialises the driver and
/// checks that a GPU is visible. TTT_ERROR_NO_DEVICE without a driver or a
/// GPU; TTT_ERROR_DEVICE when a driver call fails otherwise.
ttt_status openCudaDriver(CudaDriver &driver, std::string &error);
void closeCudaDriver(CudaDriver &driver);

/// Device 0, its primary context and the artifact's module, loaded once per
/// artifact.
struct CudaDevice {
  CudaDriver::CUdevice device = 0;
  CudaDriver::Handle context = nullptr;
  CudaDriver::Handle module = nullptr;
  int major = 0, minor = 0;   // compute capability
  int maxSharedOptin = 0;     // bytes of shared memory a block may opt into
  std::string loadedFrom;     // "cubin" or "PTX (JIT)"
  std::vector<CudaDriver::Handle> functions; // per manifest kernel
};

/// Retains device 0's primary context, loads the artifact's cubin when the
/// device can run it (else JIT-compiles its PTX), resolves every kernel and
/// raises its dynamic shared memory limit when it needs more than 48 KiB.
ttt_status openCudaModule(const CudaDriver &driver, const std::string &dir,
                          const Manifest &manifest, CudaDevice &out,
                          std::string &error);
void closeCudaModule(const CudaDriver &driver, CudaDevice &device);

/// Makes the artifact's context current for the lifetime of the guard.
class CudaContextGuard {
public:
  CudaContextGuard(const CudaDriver &driver, const CudaDevice &device);
  ~CudaContextGuard();
  /// TTT_OK, or the failure of cuCtxPushCurrent.
  ttt_status status(std::string &error) const;

private:
  const CudaDriver &driver;
  int result = 0;
};

} // namespace ttt::rt

#endif // TTT_RUNTIME_CUDA_H
