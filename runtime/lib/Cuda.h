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

/// The driver entry points resolved once a GPU is known to be visible:
/// X(member of CudaDriver, symbol in libcuda.so.1, parameter list). The
/// symbols are the versioned names cuda.h maps the API to. One table, so a
/// new call is one line here (as IREE's dynamic_symbol_tables.h).
#define TTT_CUDA_DRIVER_ENTRY_POINTS(X)                                        \
  X(cuDeviceGet, "cuDeviceGet", (CUdevice *, int))                             \
  X(cuDeviceGetAttribute, "cuDeviceGetAttribute", (int *, int, CUdevice))      \
  X(cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain",                      \
    (Handle *, CUdevice))                                                      \
  X(cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2", (CUdevice))     \
  X(cuCtxPushCurrent, "cuCtxPushCurrent_v2", (Handle))                         \
  X(cuCtxPopCurrent, "cuCtxPopCurrent_v2", (Handle *))                         \
  X(cuCtxSynchronize, "cuCtxSynchronize", ())                                  \
  X(cuModuleLoadDataEx, "cuModuleLoadDataEx",                                  \
    (Handle *, const void *, unsigned, int *, void **))                        \
  X(cuModuleUnload, "cuModuleUnload", (Handle))                                \
  X(cuModuleGetFunction, "cuModuleGetFunction",                                \
    (Handle *, Handle, const char *))                                          \
  X(cuFuncGetAttribute, "cuFuncGetAttribute", (int *, int, Handle))            \
  X(cuFuncSetAttribute, "cuFuncSetAttribute", (Handle, int, int))              \
  X(cuLaunchKernel, "cuLaunchKernel",                                          \
    (Handle, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned,       \
     unsigned, Handle, void **, void **))                                      \
  X(cuMemAlloc, "cuMemAlloc_v2", (CUdeviceptr *, size_t))                      \
  X(cuMemFree, "cuMemFree_v2", (CUdeviceptr))                                  \
  X(cuMemcpyHtoD, "cuMemcpyHtoD_v2", (CUdeviceptr, const void *, size_t))      \
  X(cuMemcpyDtoH, "cuMemcpyDtoH_v2", (void *, CUdeviceptr, size_t))            \
  X(cuMemsetD8, "cuMemsetD8_v2", (CUdeviceptr, unsigned char, size_t))         \
  X(cuMemsetD8Async, "cuMemsetD8Async",                                        \
    (CUdeviceptr, unsigned char, size_t, Handle))                              \
  X(cuStreamSynchronize, "cuStreamSynchronize", (Handle))                      \
  X(cuEventCreate, "cuEventCreate", (Handle *, unsigned))                      \
  X(cuEventRecord, "cuEventRecord", (Handle, Handle))                          \
  X(cuEventSynchronize, "cuEventSynchronize", (Handle))                        \
  X(cuEventDestroy, "cuEventDestroy_v2", (Handle))

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
#define TTT_CUDA_DECLARE_ENTRY_POINT(member, symbol, params)                 \
  CUresult(*member) params = nullptr;
  TTT_CUDA_DRIVER_ENTRY_POINTS(TTT_CUDA_DECLARE_ENTRY_POINT)
#undef TTT_CUDA_DECLARE_ENTRY_POINT
  /// cuEventElapsedTime_v2, or on drivers before CUDA 12.8 the first
  /// version (same signature).
  CUresult (*cuEventElapsedTime)(float *, Handle, Handle) = nullptr;

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
