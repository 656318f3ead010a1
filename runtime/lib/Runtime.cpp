//===- Runtime.cpp - the C API (ttt/runtime.h) ----------------------------===//
//
// Thin wrappers: argument checks, then the pieces in Manifest, Loader, Binding
// and Call. No C++ exception crosses the C boundary: every entry point that
// can allocate catches and reports through the last error.
//
//===----------------------------------------------------------------------===//

#include "ttt/runtime.h"

#include "Abi.h"
#include "Artifact.h"
#include "Call.h"
#include "Files.h"
#include "LastError.h"
#include "Staging.h"

#include <algorithm>
#include <chrono>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <new>
#include <sys/stat.h>
#include <unistd.h>

using namespace ttt::rt;

namespace {

// Runs `body` and turns an escaping exception into a status: the C API must
// never throw, and std::bad_alloc is the realistic case.
template <typename Body> ttt_status guarded(Body body) {
  clearError();
  try {
    return body();
  } catch (const std::bad_alloc &) {
    return fail(TTT_ERROR_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception &e) {
    return fail(TTT_ERROR_INVALID, std::string("internal error: ") + e.what());
  }
}

ttt_status readFile(const std::string &path, std::string &text) {
  std::string error;
  if (!readRegularFile(path, text, error))
    return fail(TTT_ERROR_IO, error);
  return TTT_OK;
}

ttt_status openArtifact(const char *dir, std::unique_ptr<ttt_artifact> &a) {
  struct stat st;
  if (stat(dir, &st) != 0) {
    int err = errno;
    return fail(TTT_ERROR_IO, "artifact directory '" + std::string(dir) +
                                  "': " + std::strerror(err));
  }
  if (!S_ISDIR(st.st_mode))
    return fail(TTT_ERROR_IO,
                "artifact '" + std::string(dir) + "' is not a directory");
  a->dir = dir;
  std::string manifestPath = a->dir + "/manifest.json";
  if (ttt_status s = readFile(manifestPath, a->manifestText))
    return s;
  std::string error;
  if (readManifest(manifestPath, a->manifestText, a->manifest, error))
    return fail(TTT_ERROR_MANIFEST, error);

  if (a->manifest.isGpu()) {
    if (ttt_status s = openCudaDriver(a->cuda, error))
      return fail(s, a->dir + ": target " + a->manifest.target + ": " + error);
    if (ttt_status s =
            openCudaModule(a->cuda, a->dir, a->manifest, a->device, error))
      return fail(s, a->dir + ": target " + a->manifest.target + ": " + error);
    a->deviceText = "compute capability " + std::to_string(a->device.major) +
                    "." + std::to_string(a->device.minor) + ", " +
                    a->device.loadedFrom;
    return TTT_OK;
  }

  a->libraryPath = a->dir + "/" + a->manifest.library;
  if (ttt_status s = openLibrary(a->libraryPath, a->library, error))
    return fail(s, a->dir + ": " + error);
  // The library's code was compiled for the manifest it was built with; a
  // manifest that disagrees would make the runtime bind and call it wrongly.
  if (ttt_status s = checkLibraryAbi(a->library, a->libraryPath, manifestPath,
                                     a->manifestText, error))
    return fail(s, error);
  for (const KernelDesc &k : a->manifest.kernels) {
    void *address = nullptr;
    if (ttt_status s =
            findSymbol(a->library, k.symbol, a->libraryPath, address, error))
      return fail(s, "kernel '" + k.name + "': " + error);
    a->symbols.push_back(address);
  }
  return TTT_OK;
}

void destroyArtifact(ttt_artifact *a) {
  closeLibrary(a->library);
  if (a->cuda.handle)
    closeCudaModule(a->cuda, a->device);
  closeCudaDriver(a->cuda);
  delete a;
}

/// Runs `body` with the artifact's context current, for the ttt_device_*
/// helpers of GPU artifacts.
template <typename Body>
ttt_status onDevice(ttt_artifact *a, const char *what, Body body) {
  return guarded([&]() -> ttt_status {
    if (!a)
      return fail(TTT_ERROR_INVALID, std::string(what) + ": artifact is NULL");
    if (!a->manifest.isGpu())
      return fail(TTT_ERROR_INVALID,
                  std::string(what) + ": '" + a->dir +
                      "' is a CPU artifact (host memory needs no copies)");
    CudaContextGuard guard(a->cuda, a->device);
    std::string error;
    if (ttt_status s = guard.status(error))
      return fail(s, std::string(what) + ": " + error);
    return body(a->cuda);
  });
}

/// Drops one reference (the caller's handle or a kernel's); the last one
/// unloads the artifact.
void releaseArtifact(ttt_artifact *a) {
  if (a && a->references.fetch_sub(1, std::memory_order_acq_rel) == 1)
    destroyArtifact(a);
}

bool validArg(const ttt_kernel *k, int index) {
  return k && index >= 0 && index < static_cast<int>(k->desc().args.size());
}

} // namespace

extern "C" {

int ttt_runtime_version(void) { return TTT_RUNTIME_VERSION; }

const char *ttt_last_error(void) { return lastError(); }

const char *ttt_status_name(ttt_status status) {
  switch (status) {
  case TTT_OK:
    return "TTT_OK";
  case TTT_ERROR_IO:
    return "TTT_ERROR_IO";
  case TTT_ERROR_MANIFEST:
    return "TTT_ERROR_MANIFEST";
  case TTT_ERROR_LOAD:
    return "TTT_ERROR_LOAD";
  case TTT_ERROR_NOT_FOUND:
    return "TTT_ERROR_NOT_FOUND";
  case TTT_ERROR_SHAPE:
    return "TTT_ERROR_SHAPE";
  case TTT_ERROR_DTYPE:
    return "TTT_ERROR_DTYPE";
  case TTT_ERROR_UNBOUND:
    return "TTT_ERROR_UNBOUND";
  case TTT_ERROR_NO_DEVICE:
    return "TTT_ERROR_NO_DEVICE";
  case TTT_ERROR_DEVICE:
    return "TTT_ERROR_DEVICE";
  case TTT_ERROR_INVALID:
    return "TTT_ERROR_INVALID";
  case TTT_ERROR_OUT_OF_MEMORY:
    return "TTT_ERROR_OUT_OF_MEMORY";
  }
  return "TTT_ERROR_UNKNOWN";
}

size_t ttt_dtype_size(ttt_dtype dtype) {
  switch (dtype) {
  case TTT_F32:
    return 4;
  case TTT_F16:
    return 2;
  case TTT_BF16:
    return 2;
  case TTT_I64:
    return 8;
  case TTT_F64:
    return 8;
  }
  return 0;
}

ttt_status ttt_artifact_open(const char *dir, ttt_artifact **out) {
  return guarded([&]() -> ttt_status {
    if (!out)
      return fail(TTT_ERROR_INVALID, "ttt_artifact_open: out is NULL");
    *out = nullptr;
    if (!dir || !*dir)
      return fail(TTT_ERROR_INVALID,
                  "ttt_artifact_open: directory is NULL or empty");
    std::unique_ptr<ttt_artifact> a(new ttt_artifact());
    if (ttt_status s = openArtifact(dir, a)) {
      destroyArtifact(a.release());
      return s;
    }
    *out = a.release();
    return TTT_OK;
  });
}

void ttt_artifact_close(ttt_artifact *artifact) { releaseArtifact(artifact); }

const char *ttt_artifact_target(const ttt_artifact *artifact) {
  return artifact ? artifact->manifest.target.c_str() : nullptr;
}

const char *ttt_artifact_manifest(const ttt_artifact *artifact) {
  return artifact ? artifact->manifestText.c_str() : nullptr;
}

int ttt_artifact_num_kernels(const ttt_artifact *artifact) {
  return artifact ? static_cast<int>(artifact->manifest.kernels.size()) : 0;
}

const char *ttt_artifact_kernel_name(const ttt_artifact *artifact, int index) {
  if (!artifact || index < 0 ||
      index >= static_cast<int>(artifact->manifest.kernels.size()))
    return nullptr;
  return artifact->manifest.kernels[index].name.c_str();
}

ttt_status ttt_kernel_create(ttt_artifact *artifact, const char *name,
                             ttt_kernel **out) {
  return guarded([&]() -> ttt_status {
    if (!out)
      return fail(TTT_ERROR_INVALID, "ttt_kernel_create: out is NULL");
    *out = nullptr;
    if (!artifact || !name)
      return fail(TTT_ERROR_INVALID,
                  "ttt_kernel_create: artifact or name is NULL");
    const auto &kernels = artifact->manifest.kernels;
    std::string known;
    for (size_t i = 0; i < kernels.size(); ++i) {
      if (kernels[i].name == name) {
        *out = new ttt_kernel(artifact, static_cast<int>(i));
        artifact->references.fetch_add(1, std::memory_order_relaxed);
        return TTT_OK;
      }
      known += (i ? ", " : "") + kernels[i].name;
    }
    return fail(TTT_ERROR_NOT_FOUND, "no kernel '" + std::string(name) +
                                         "' in artifact '" + artifact->dir +
                                         "' (kernels: " + known + ")");
  });
}

void ttt_kernel_destroy(ttt_kernel *kernel) {
  if (!kernel)
    return;
  ttt_artifact *artifact = kernel->artifact;
  delete kernel;
  releaseArtifact(artifact);
}

int ttt_kernel_num_args(const ttt_kernel *kernel) {
  return kernel ? static_cast<int>(kernel->desc().args.size()) : 0;
}

const char *ttt_kernel_arg_name(const ttt_kernel *kernel, int index) {
  return validArg(kernel, index) ? kernel->desc().args[index].name.c_str()
                                 : nullptr;
}

ttt_role ttt_kernel_arg_role(const ttt_kernel *kernel, int index) {
  return validArg(kernel, index) ? kernel->desc().args[index].role : TTT_INPUT;
}

ttt_dtype ttt_kernel_arg_dtype(const ttt_kernel *kernel, int index) {
  return validArg(kernel, index) ? kernel->desc().args[index].dtype : TTT_F32;
}

int ttt_kernel_arg_rank(const ttt_kernel *kernel, int index) {
  return validArg(kernel, index)
             ? static_cast<int>(kernel->desc().args[index].shape.size())
             : -1;
}

ttt_status ttt_kernel_arg_shape(const ttt_kernel *kernel, int index, int64_t B,
                                int64_t H, int64_t T, int64_t *shape) {
  return guarded([&]() -> ttt_status {
    if (!validArg(kernel, index))
      return fail(TTT_ERROR_INVALID,
                  "ttt_kernel_arg_shape: invalid argument index " +
                      std::to_string(index));
    const auto &dims = kernel->desc().args[index].shape;
    if (!shape && !dims.empty())
      return fail(TTT_ERROR_INVALID, "ttt_kernel_arg_shape: shape is NULL");
    if (B < 0 || H < 0 || T < 0)
      return fail(TTT_ERROR_INVALID,
                  "ttt_kernel_arg_shape: negative B, H or T");
    for (size_t d = 0; d < dims.size(); ++d)
      shape[d] = dims[d].value(B, H, T); // "T/16+2" too
    return TTT_OK;
  });
}

ttt_status ttt_kernel_bind(ttt_kernel *kernel, ttt_role role, const char *name,
                           void *data, ttt_dtype dtype, int rank,
                           const int64_t *shape) {
  return guarded([&]() -> ttt_status {
    if (!kernel)
      return fail(TTT_ERROR_INVALID, "ttt_kernel_bind: kernel is NULL");
    std::string error;
    if (ttt_status s =
            kernel->bindings.bind(role, name, data, dtype, rank, shape, error))
      return fail(s, error);
    return TTT_OK;
  });
}

ttt_status ttt_kernel_bind_all(ttt_kernel *kernel, int64_t B, int64_t H,
                               int64_t T, void *const *data) {
  if (!kernel || !data) {
    clearError();
    return fail(TTT_ERROR_INVALID, "ttt_kernel_bind_all: kernel or data is NULL");
  }
  const KernelDesc &desc = kernel->desc();
  // Earlier bindings (another B, H or T) must not constrain these.
  ttt_kernel_reset(kernel);
  int64_t shape[16];
  for (size_t i = 0; i < desc.args.size(); ++i) {
    const ArgDesc &arg = desc.args[i];
    if (arg.shape.size() > 16)
      return fail(TTT_ERROR_INVALID, "argument '" + arg.name + "': rank > 16");
    if (ttt_status s = ttt_kernel_arg_shape(kernel, static_cast<int>(i), B, H,
                                            T, shape))
      return s;
    if (ttt_status s = ttt_kernel_bind(kernel, arg.role, arg.name.c_str(),
                                       data[i], arg.dtype,
                                       static_cast<int>(arg.shape.size()),
                                       shape))
      return s;
  }
  return TTT_OK;
}

ttt_status ttt_kernel_bind_strided(ttt_kernel *kernel, ttt_role role,
                                   const char *name, void *data,
                                   ttt_dtype dtype, int rank,
                                   const int64_t *shape,
                                   const int64_t *strides) {
  return guarded([&]() -> ttt_status {
    if (!kernel)
      return fail(TTT_ERROR_INVALID, "ttt_kernel_bind_strided: kernel is NULL");
    std::string error;
    // GPU buffers are device memory, which the host-side stage cannot read.
    bool allowStage = !kernel->artifact->manifest.isGpu();
    if (ttt_status s = kernel->bindings.bindStrided(
            role, name, data, dtype, rank, shape, strides, allowStage, error))
      return fail(s, error);
    return TTT_OK;
  });
}

ttt_status ttt_kernel_run(ttt_kernel *kernel, void *stream) {
  return guarded([&]() -> ttt_status {
    if (!kernel)
      return fail(TTT_ERROR_INVALID, "ttt_kernel_run: kernel is NULL");
    const ttt_artifact &a = *kernel->artifact;
    const KernelDesc &desc = kernel->desc();
    std::string error;
    if (a.manifest.isGpu()) {
      if (needsStaging(desc, kernel->bindings))
        return fail(TTT_ERROR_INVALID,
                    "kernel '" + desc.name +
                        "': strided buffers and in-place state are supported "
                        "for CPU artifacts only");
      if (ttt_status s = checkReadyToRun(desc, kernel->bindings, error))
        return fail(s, error);
      if (ttt_status s = launchCudaKernel(a.cuda, a.device, kernel->index, desc,
                                          kernel->bindings, kernel->workspace,
                                          kernel->scratch, stream, error))
        return fail(s, error);
      return TTT_OK;
    }
    if (stream)
      return fail(TTT_ERROR_INVALID, "kernel '" + desc.name +
                                         "': stream must be NULL for a CPU "
                                         "artifact");
    StagedRun &staged = kernel->staged;
    if (ttt_status s = staged.begin(desc, kernel->bindings, error))
      return fail(s, error);
    if (ttt_status s = checkPosition(desc, kernel->bindings, error)) {
      staged.abandon();
      return fail(s, error);
    }
    if (ttt_status s = callCpuKernel(desc, a.symbols[kernel->index],
                                     kernel->bindings, kernel->cpu, error)) {
      staged.abandon();
      return fail(s, error);
    }
    staged.finish();
    return TTT_OK;
  });
}

ttt_status ttt_kernel_set_threads(ttt_kernel *kernel, int threads) {
  return guarded([&]() -> ttt_status {
    if (!kernel)
      return fail(TTT_ERROR_INVALID, "ttt_kernel_set_threads: kernel is NULL");
    if (threads < 0)
      return fail(TTT_ERROR_INVALID,
                  "ttt_kernel_set_threads: negative thread count " +
                      std::to_string(threads));
    if (kernel->artifact->manifest.isGpu())
      return fail(TTT_ERROR_INVALID,
                  "ttt_kernel_set_threads: kernel '" + kernel->desc().name +
                      "' runs on a GPU");
    std::string error;
    if (!kernel->cpu.setThreads(threads, error))
      return fail(TTT_ERROR_OUT_OF_MEMORY, "kernel '" + kernel->desc().name +
                                               "': " + error);
    return TTT_OK;
  });
}

int ttt_kernel_threads(const ttt_kernel *kernel) {
  if (!kernel || kernel->artifact->manifest.isGpu())
    return 0;
  int64_t n = kernel->cpu.requestedThreads > 0 ? kernel->cpu.requestedThreads
                                               : defaultThreadCount();
  return static_cast<int>(n);
}

const char *ttt_kernel_name(const ttt_kernel *kernel) {
  return kernel ? kernel->desc().name.c_str() : nullptr;
}

const char *ttt_kernel_kind(const ttt_kernel *kernel) {
  return kernel ? kernel->desc().kind.c_str() : nullptr;
}

int ttt_kernel_arg_index(const ttt_kernel *kernel, ttt_role role,
                         const char *name) {
  if (!kernel || !name)
    return -1;
  const auto &args = kernel->desc().args;
  for (size_t i = 0; i < args.size(); ++i)
    if (args[i].role == role && args[i].name == name)
      return static_cast<int>(i);
  return -1;
}

ttt_status ttt_kernel_bound_dim(const ttt_kernel *kernel, const char *symbol,
                                int64_t *value) {
  return guarded([&]() -> ttt_status {
    if (!kernel || !symbol || !value)
      return fail(TTT_ERROR_INVALID, "ttt_kernel_bound_dim: NULL argument");
    if (std::strcmp(symbol, "B") && std::strcmp(symbol, "H") &&
        std::strcmp(symbol, "T"))
      return fail(TTT_ERROR_INVALID, "ttt_kernel_bound_dim: unknown symbol '" +
                                         std::string(symbol) +
                                         "' (expected B, H or T)");
    if (!kernel->bindings.symbolValue(symbol[0], *value))
      return fail(TTT_ERROR_UNBOUND,
                  std::string("no bound argument fixes ") + symbol);
    return TTT_OK;
  });
}

void ttt_kernel_reset(ttt_kernel *kernel) {
  if (kernel)
    kernel->bindings = Bindings(kernel->desc());
}

const char *ttt_artifact_device(const ttt_artifact *artifact) {
  return artifact ? artifact->deviceText.c_str() : nullptr;
}

ttt_status ttt_device_alloc(ttt_artifact *artifact, size_t bytes, void **out) {
  return onDevice(artifact, "ttt_device_alloc", [&](const CudaDriver &cu) {
    if (!out)
      return fail(TTT_ERROR_INVALID, "ttt_device_alloc: out is NULL");
    CudaDriver::CUdeviceptr p = 0;
    // A zero-byte request still gets a distinct, freeable pointer.
    if (int r = cu.cuMemAlloc(&p, std::max<size_t>(bytes, 1)))
      return fail(TTT_ERROR_DEVICE, "ttt_device_alloc(" +
                                        std::to_string(bytes) + " bytes): " +
                                        cu.describe("cuMemAlloc", r));
    *out = reinterpret_cast<void *>(static_cast<uintptr_t>(p));
    return TTT_OK;
  });
}

ttt_status ttt_device_free(ttt_artifact *artifact, void *ptr) {
  return onDevice(artifact, "ttt_device_free", [&](const CudaDriver &cu) {
    if (!ptr)
      return TTT_OK;
    if (int r = cu.cuMemFree(reinterpret_cast<uintptr_t>(ptr)))
      return fail(TTT_ERROR_DEVICE,
                  "ttt_device_free: " + cu.describe("cuMemFree", r));
    return TTT_OK;
  });
}

ttt_status ttt_device_upload(ttt_artifact *artifact, void *device,
                             const void *host, size_t bytes) {
  return onDevice(artifact, "ttt_device_upload", [&](const CudaDriver &cu) {
    if (bytes == 0)
      return TTT_OK;
    if (!device || !host)
      return fail(TTT_ERROR_INVALID, "ttt_device_upload: NULL pointer");
    if (int r = cu.cuMemcpyHtoD(reinterpret_cast<uintptr_t>(device), host,
                                bytes))
      return fail(TTT_ERROR_DEVICE, "ttt_device_upload(" +
                                        std::to_string(bytes) + " bytes): " +
                                        cu.describe("cuMemcpyHtoD", r));
    return TTT_OK;
  });
}

ttt_status ttt_device_download(ttt_artifact *artifact, void *host,
                               const void *device, size_t bytes) {
  return onDevice(artifact, "ttt_device_download", [&](const CudaDriver &cu) {
    if (bytes == 0)
      return TTT_OK;
    if (!device || !host)
      return fail(TTT_ERROR_INVALID, "ttt_device_download: NULL pointer");
    if (int r = cu.cuMemcpyDtoH(host, reinterpret_cast<uintptr_t>(device),
                                bytes))
      return fail(TTT_ERROR_DEVICE, "ttt_device_download(" +
                                        std::to_string(bytes) + " bytes): " +
                                        cu.describe("cuMemcpyDtoH", r));
    return TTT_OK;
  });
}

ttt_status ttt_device_synchronize(ttt_artifact *artifact) {
  return onDevice(artifact, "ttt_device_synchronize", [&](const CudaDriver &cu) {
    if (int r = cu.cuCtxSynchronize())
      return fail(TTT_ERROR_DEVICE, "the device reported an error (in this or "
                                    "an earlier kernel run): " +
                                        cu.describe("cuCtxSynchronize", r));
    return TTT_OK;
  });
}

ttt_status ttt_kernel_time(ttt_kernel *kernel, void *stream, int warmup,
                           int repeats, double *times_ms) {
  if (!kernel || warmup < 0 || repeats < 0 || (repeats > 0 && !times_ms)) {
    clearError();
    return fail(TTT_ERROR_INVALID, "ttt_kernel_time: invalid argument");
  }
  for (int k = 0; k < warmup; ++k)
    if (ttt_status s = ttt_kernel_run(kernel, stream))
      return s;
  ttt_artifact *a = kernel->artifact;
  if (!a->manifest.isGpu()) {
    using Clock = std::chrono::steady_clock;
    for (int k = 0; k < repeats; ++k) {
      auto start = Clock::now();
      if (ttt_status s = ttt_kernel_run(kernel, stream))
        return s;
      times_ms[k] = std::chrono::duration<double, std::milli>(Clock::now() -
                                                              start)
                        .count();
    }
    return TTT_OK;
  }
  return guarded([&]() -> ttt_status {
    const CudaDriver &cu = a->cuda;
    CudaContextGuard guard(cu, a->device);
    std::string error;
    if (ttt_status s = guard.status(error))
      return fail(s, error);
    CudaDriver::Handle start = nullptr, stop = nullptr;
    auto cleanup = [&] {
      if (start)
        cu.cuEventDestroy(start);
      if (stop)
        cu.cuEventDestroy(stop);
    };
    int r = cu.cuEventCreate(&start, 0);
    if (!r)
      r = cu.cuEventCreate(&stop, 0);
    if (r) {
      cleanup();
      return fail(TTT_ERROR_DEVICE, cu.describe("cuEventCreate", r));
    }
    for (int k = 0; k < repeats; ++k) {
      if ((r = cu.cuEventRecord(start, stream))) {
        cleanup();
        return fail(TTT_ERROR_DEVICE, cu.describe("cuEventRecord", r));
      }
      if (ttt_status s = ttt_kernel_run(kernel, stream)) {
        std::string message = ttt_last_error();
        cleanup();
        return fail(s, message);
      }
      float ms = 0;
      if ((r = cu.cuEventRecord(stop, stream)) ||
          (r = cu.cuEventSynchronize(stop)) ||
          (r = cu.cuEventElapsedTime(&ms, start, stop))) {
        cleanup();
        return fail(TTT_ERROR_DEVICE, "timing run " + std::to_string(k) +
                                          ": " +
                                          cu.describe("cuEvent*", r));
      }
      times_ms[k] = ms;
    }
    cleanup();
    return TTT_OK;
  });
}

} // extern "C"
