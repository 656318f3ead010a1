//===- CudaModule.cpp - device, context and module of a GPU artifact -----===//

#include "Cuda.h"
#include "Files.h"

namespace ttt::rt {

namespace {

// Driver enum values (cuda.h), declared here as the runtime has no cuda.h.
constexpr int kAttrComputeMajor = 75;      // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR
constexpr int kAttrComputeMinor = 76;      // ..._MINOR
constexpr int kAttrMaxSharedOptin = 97;    // ..._MAX_SHARED_MEMORY_PER_BLOCK_OPTIN
constexpr int kFuncStaticShared = 1;       // CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES
constexpr int kFuncMaxDynamicShared = 8;   // CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES
constexpr int kJitErrorLogBuffer = 5;      // CU_JIT_ERROR_LOG_BUFFER
constexpr int kJitErrorLogBufferSize = 6;  // CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES
constexpr int kErrorInvalidImage = 200;    // CUDA_ERROR_INVALID_IMAGE
constexpr int kErrorNoBinaryForGpu = 209;  // CUDA_ERROR_NO_BINARY_FOR_GPU
constexpr int kDefaultSharedLimit = 48 * 1024;

} // namespace

CudaContextGuard::CudaContextGuard(const CudaDriver &driver,
                                   const CudaDevice &device)
    : driver(driver) {
  result = driver.cuCtxPushCurrent(device.context);
}

CudaContextGuard::~CudaContextGuard() {
  if (result == 0) {
    CudaDriver::Handle popped = nullptr;
    driver.cuCtxPopCurrent(&popped);
  }
}

ttt_status CudaContextGuard::status(std::string &error) const {
  if (result == 0)
    return TTT_OK;
  error = driver.describe("cuCtxPushCurrent", result);
  return TTT_ERROR_DEVICE;
}

ttt_status openCudaModule(const CudaDriver &driver, const std::string &dir,
                          const Manifest &manifest, CudaDevice &out,
                          std::string &error) {
  int r;
#define TTT_CU(call, name)                                                    \
  if ((r = (call)) != 0) {                                                     \
    error = driver.describe(name, r);                                          \
    return TTT_ERROR_DEVICE;                                                   \
  }
  TTT_CU(driver.cuDeviceGet(&out.device, 0), "cuDeviceGet");
  TTT_CU(driver.cuDeviceGetAttribute(&out.major, kAttrComputeMajor, out.device),
         "cuDeviceGetAttribute");
  TTT_CU(driver.cuDeviceGetAttribute(&out.minor, kAttrComputeMinor, out.device),
         "cuDeviceGetAttribute");
  TTT_CU(driver.cuDeviceGetAttribute(&out.maxSharedOptin, kAttrMaxSharedOptin,
                                     out.device),
         "cuDeviceGetAttribute");
  TTT_CU(driver.cuDevicePrimaryCtxRetain(&out.context, out.device),
         "cuDevicePrimaryCtxRetain");
  CudaContextGuard guard(driver, out);
  if (ttt_status s = guard.status(error))
    return s;

  GpuTarget target;
  if (!parseGpuTarget(manifest.target, target)) {
    error = "unsupported GPU target '" + manifest.target + "'";
    return TTT_ERROR_MANIFEST;
  }
  std::string device = "compute capability " + std::to_string(out.major) +
                       "." + std::to_string(out.minor);
  // A cubin runs on its major version from its minor up; an sm_NNa cubin or
  // PTX (wgmma, setmaxnreg) on exactly that version. Other PTX JITs forward.
  bool exact = out.major == target.major && out.minor == target.minor;
  bool cubinRuns =
      !manifest.library.empty() &&
      (target.archSpecific
           ? exact
           : out.major == target.major && out.minor >= target.minor);
  bool ptxRuns =
      !manifest.ptx.empty() &&
      (target.archSpecific ? exact
                           : out.major * 10 + out.minor >=
                                 target.major * 10 + target.minor);

  std::string cubinError;
  if (cubinRuns) {
    std::string image, path = dir + "/" + manifest.library;
    if (!readRegularFile(path, image, error))
      return TTT_ERROR_IO;
    r = driver.cuModuleLoadDataEx(&out.module, image.data(), 0, nullptr,
                                  nullptr);
    if (r == 0)
      out.loadedFrom = "cubin";
    else if ((r == kErrorNoBinaryForGpu || r == kErrorInvalidImage) && ptxRuns)
      cubinError = driver.describe("cuModuleLoadDataEx (cubin)", r) + "; ";
    else {
      error = "loading '" + path + "' on a device of " + device + ": " +
              driver.describe("cuModuleLoadDataEx", r);
      return TTT_ERROR_LOAD;
    }
  }
  if (!out.module && ptxRuns) {
    std::string ptx, path = dir + "/" + manifest.ptx;
    if (!readRegularFile(path, ptx, error)) {
      error = cubinError + error;
      return TTT_ERROR_IO;
    }
    std::vector<char> log(8192, '\0');
    int options[] = {kJitErrorLogBuffer, kJitErrorLogBufferSize};
    void *values[] = {log.data(),
                      reinterpret_cast<void *>(static_cast<uintptr_t>(log.size()))};
    r = driver.cuModuleLoadDataEx(&out.module, ptx.c_str(), 2, options, values);
    if (r != 0) {
      error = cubinError + "JIT compilation of '" + path + "' on a device of " +
              device + ": " + driver.describe("cuModuleLoadDataEx", r);
      if (log[0])
        error += "\n" + std::string(log.data());
      return TTT_ERROR_LOAD;
    }
    out.loadedFrom = "PTX (JIT)";
  }
  if (!out.module) {
    error = "the artifact is for " + manifest.target +
            " and cannot run on this GPU (" + device + ")";
    return TTT_ERROR_LOAD;
  }

  for (const KernelDesc &k : manifest.kernels) {
    CudaDriver::Handle function = nullptr;
    r = driver.cuModuleGetFunction(&function, out.module, k.symbol.c_str());
    if (r != 0) {
      error = "kernel '" + k.name + "': entry '" + k.symbol +
              "' not found in the module: " +
              driver.describe("cuModuleGetFunction", r);
      return TTT_ERROR_LOAD;
    }
    // A block's static shared memory (the kernel's own `.shared` variables,
    // none for ttt-compile's kernels) and its dynamic shared memory together
    // must fit the opt-in maximum; beyond 48 KiB in all, the kernel must opt
    // in to the dynamic part.
    int staticShared = 0;
    r = driver.cuFuncGetAttribute(&staticShared, kFuncStaticShared, function);
    if (r != 0) {
      error = "kernel '" + k.name + "': " +
              driver.describe("cuFuncGetAttribute(SHARED_SIZE_BYTES)", r);
      return TTT_ERROR_LOAD;
    }
    int64_t dynamicShared = k.launch.sharedMemoryBytes;
    int64_t shared = int64_t(staticShared) + dynamicShared;
    if (shared > out.maxSharedOptin) {
      error = "kernel '" + k.name + "' needs " + std::to_string(shared) +
              " bytes of shared memory per block (" +
              std::to_string(staticShared) + " static + " +
              std::to_string(dynamicShared) + " dynamic); this GPU (" +
              device + ") allows " + std::to_string(out.maxSharedOptin);
      return TTT_ERROR_LOAD;
    }
    if (shared > kDefaultSharedLimit) {
      r = driver.cuFuncSetAttribute(function, kFuncMaxDynamicShared,
                                    static_cast<int>(dynamicShared));
      if (r != 0) {
        error = "kernel '" + k.name + "': " +
                driver.describe("cuFuncSetAttribute(MAX_DYNAMIC_SHARED_SIZE_"
                                "BYTES)", r);
        return TTT_ERROR_LOAD;
      }
    }
    out.functions.push_back(function);
  }
#undef TTT_CU
  return TTT_OK;
}

void closeCudaModule(const CudaDriver &driver, CudaDevice &device) {
  if (device.context) {
    if (device.module) {
      CudaContextGuard guard(driver, device);
      driver.cuModuleUnload(device.module);
    }
    driver.cuDevicePrimaryCtxRelease(device.device);
  }
  device = CudaDevice();
}

} // namespace ttt::rt
