//===- Loader.h - dlopen of kernel libraries, the CUDA driver ---*- C++ -*-===//
//
// Both loaders go through dlopen so the runtime has no link-time dependency on
// a kernel library or on CUDA: a CPU-only machine can load CPU artifacts, and
// a GPU artifact on a machine without a driver fails with a clear message
// instead of a loader error at program start.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_LOADER_H
#define TTT_RUNTIME_LOADER_H

#include "ttt/runtime.h"

#include <string>

namespace ttt::rt {

/// dlopen(path, RTLD_NOW | RTLD_LOCAL). TTT_ERROR_LOAD with dlerror's text.
ttt_status openLibrary(const std::string &path, void *&handle,
                       std::string &error);
/// dlsym; TTT_ERROR_LOAD naming the symbol and the library.
ttt_status findSymbol(void *handle, const std::string &symbol,
                      const std::string &libraryPath, void *&address,
                      std::string &error);
void closeLibrary(void *handle);

/// The few CUDA driver entry points the runtime uses, resolved with dlsym.
/// The types are declared here (no cuda.h): CUresult is an int enum.
struct CudaDriver {
  using CUresult = int;
  void *handle = nullptr;
  CUresult (*cuInit)(unsigned int flags) = nullptr;
  CUresult (*cuDeviceGetCount)(int *count) = nullptr;
  CUresult (*cuGetErrorName)(CUresult error, const char **name) = nullptr;
};

/// Loads libcuda.so.1, initialises it and checks that a GPU is visible.
/// TTT_ERROR_NO_DEVICE without a driver or a GPU; TTT_ERROR_DEVICE when a
/// driver call fails otherwise.
ttt_status openCudaDriver(CudaDriver &driver, std::string &error);
void closeCudaDriver(CudaDriver &driver);

} // namespace ttt::rt

#endif // TTT_RUNTIME_LOADER_H
