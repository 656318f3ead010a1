/* A stand-in libcuda.so.1 for the runtime tests, so the driver-present paths
 * of the CUDA loader run on any machine: cuInit returns INIT_RESULT,
 * cuDeviceGetCount reports DEVICES. Put its directory first on
 * LD_LIBRARY_PATH. */
#ifndef INIT_RESULT
#define INIT_RESULT 0
#endif
#ifndef DEVICES
#define DEVICES 1
#endif

int cuInit(unsigned int flags) {
  (void)flags;
  return INIT_RESULT;
}

int cuDeviceGetCount(int *count) {
  *count = DEVICES;
  return 0;
}

int cuGetErrorName(int error, const char **name) {
  *name = error == 100 ? "CUDA_ERROR_NO_DEVICE"
        : error == 999 ? "CUDA_ERROR_UNKNOWN"
                       : "CUDA_ERROR_OTHER";
  return 0;
}
