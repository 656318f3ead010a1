/* A stand-in libcuda.so.1 for the runtime tests, so the driver-present paths
 * of the CUDA loader run on any machine. Put its directory first on
 * LD_LIBRARY_PATH.
 *
 * Compile-time: cuInit returns INIT_RESULT, cuDeviceGetCount reports DEVICES.
 * Run time (environment):
 *   FAKE_CUDA_CC          compute capability as major*10+minor (default 90)
 *   FAKE_CUDA_OPTIN       opt-in shared memory per block (default 232448)
 *   FAKE_CUDA_STATIC_SHARED static shared memory of every kernel of a cubin
 *                           (default 0); for PTX, the sum of the sizes of
 *                           its non-extern `.shared` variables, as ptxas
 *                           would allocate them
 *   FAKE_CUDA_CUBIN_RESULT  result of loading a cubin (default 0): the
 *                           stand-in "FAKECUBIN" or an ELF image
 *   FAKE_CUDA_PTX_RESULT    result of JIT-compiling PTX (default 0; on error
 *                           the JIT log says "fake JIT log: ...")
 *   FAKE_CUDA_LAUNCH_RESULT result of cuLaunchKernel (default 0)
 *   FAKE_CUDA_SYNC_RESULT   result of cuCtxSynchronize (default 0)
 *   FAKE_CUDA_TRACE         print module loads and launches to stderr, with
 *                           the first FAKE_CUDA_TRACE kernel parameters
 * Shared memory follows the driver's rules: cuFuncGetAttribute reports the
 * static size, cuFuncSetAttribute(MAX_DYNAMIC_SHARED_SIZE_BYTES) fails when
 * static + dynamic exceeds the opt-in maximum, and a launch fails when its
 * dynamic shared memory exceeds the kernel's limit (48 KiB - static unless
 * raised).
 * "Device" memory is host memory; a launch computes nothing, so outputs keep
 * the poison the tools upload. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef INIT_RESULT
#define INIT_RESULT 0
#endif
#ifndef DEVICES
#define DEVICES 1
#endif

static int env(const char *name, int fallback) {
  const char *v = getenv(name);
  return v ? atoi(v) : fallback;
}

static int trace(void) { return env("FAKE_CUDA_TRACE", -1); }

int cuInit(unsigned int flags) {
  (void)flags;
  return INIT_RESULT;
}

int cuDeviceGetCount(int *count) {
  *count = DEVICES;
  return 0;
}

int cuGetErrorName(int error, const char **name) {
  switch (error) {
  case 1: *name = "CUDA_ERROR_INVALID_VALUE"; break;
  case 2: *name = "CUDA_ERROR_OUT_OF_MEMORY"; break;
  case 100: *name = "CUDA_ERROR_NO_DEVICE"; break;
  case 209: *name = "CUDA_ERROR_NO_BINARY_FOR_GPU"; break;
  case 218: *name = "CUDA_ERROR_INVALID_PTX"; break;
  case 700: *name = "CUDA_ERROR_ILLEGAL_ADDRESS"; break;
  case 719: *name = "CUDA_ERROR_LAUNCH_FAILED"; break;
  case 999: *name = "CUDA_ERROR_UNKNOWN"; break;
  default: *name = "CUDA_ERROR_OTHER"; break;
  }
  return 0;
}

int cuDeviceGet(int *device, int ordinal) {
  *device = ordinal;
  return 0;
}

int cuDeviceGetAttribute(int *value, int attribute, int device) {
  (void)device;
  int cc = env("FAKE_CUDA_CC", 90);
  switch (attribute) {
  case 75: *value = cc / 10; return 0;
  case 76: *value = cc % 10; return 0;
  case 97: *value = env("FAKE_CUDA_OPTIN", 232448); return 0;
  default: *value = 0; return 0;
  }
}

static int fakeContext;
int cuDevicePrimaryCtxRetain(void **ctx, int device) {
  (void)device;
  *ctx = &fakeContext;
  return 0;
}
int cuDevicePrimaryCtxRelease_v2(int device) {
  (void)device;
  return 0;
}
int cuCtxPushCurrent_v2(void *ctx) {
  (void)ctx;
  return 0;
}
int cuCtxPopCurrent_v2(void **ctx) {
  *ctx = &fakeContext;
  return 0;
}
int cuCtxSynchronize(void) { return env("FAKE_CUDA_SYNC_RESULT", 0); }

/* Bytes of one PTX variable declaration "<.shared> [.align N] .bT name[a][b];"
 * (a scalar when it has no brackets). */
static long declarationBytes(const char *line) {
  const char *type = strstr(line, " .b");
  if (!type)
    type = strstr(line, " .u");
  if (!type)
    type = strstr(line, " .s");
  if (!type)
    type = strstr(line, " .f");
  long bytes = type ? atol(type + 3) / 8 : 1;
  if (bytes < 1)
    bytes = 1;
  for (const char *p = strchr(line, '['); p && p[1] != ']'; p = strchr(p + 1, '['))
    bytes *= atol(p + 1);
  return bytes;
}

/* Static shared memory of a PTX module: every declaration whose first word
 * is .shared (an .extern one starts with .extern). */
static long ptxStaticShared(const char *ptx) {
  long total = 0;
  for (const char *line = ptx; line && *line;) {
    while (*line == ' ' || *line == '\t')
      ++line;
    if (strncmp(line, ".shared", 7) == 0 && isspace((unsigned char)line[7])) {
      const char *end = strchr(line, '\n');
      char buffer[512];
      size_t n = end ? (size_t)(end - line) : strlen(line);
      if (n >= sizeof buffer)
        n = sizeof buffer - 1;
      memcpy(buffer, line, n);
      buffer[n] = 0;
      total += declarationBytes(buffer);
    }
    line = strchr(line, '\n');
    if (line)
      ++line;
  }
  return total;
}

#define MAX_FUNCTIONS 64
struct FakeFunction {
  char name[128];
  int maxDynamicShared;
};
static struct FakeFunction functions[MAX_FUNCTIONS];
static int numFunctions;
static long staticShared; /* of the loaded module's kernels */

static int fakeModule;
int cuModuleLoadDataEx(void **module, const void *image, unsigned numOptions,
                       int *options, void **values) {
  /* A cubin is the tests' stand-in or an ELF image (ptxas's); else PTX. */
  int ptx = strncmp((const char *)image, "FAKECUBIN", 9) != 0 &&
            memcmp(image, "\177ELF", 4) != 0;
  if (trace() >= 0)
    fprintf(stderr, "fake cuModuleLoadDataEx: %s\n", ptx ? "PTX" : "cubin");
  int result = env(ptx ? "FAKE_CUDA_PTX_RESULT" : "FAKE_CUDA_CUBIN_RESULT", 0);
  if (result && ptx) {
    for (unsigned i = 0; i < numOptions; ++i)
      if (options[i] == 5) /* CU_JIT_ERROR_LOG_BUFFER */
        strcpy((char *)values[i], "fake JIT log: ptxas fatal: bad PTX");
  }
  if (!result) {
    *module = &fakeModule;
    staticShared = ptx ? ptxStaticShared((const char *)image)
                       : env("FAKE_CUDA_STATIC_SHARED", 0);
    numFunctions = 0;
  }
  return result;
}
int cuModuleUnload(void *module) {
  (void)module;
  return 0;
}
int cuModuleGetFunction(void **function, void *module, const char *name) {
  (void)module;
  if (trace() >= 0)
    fprintf(stderr, "fake cuModuleGetFunction: %s\n", name);
  struct FakeFunction *f = 0;
  for (int i = 0; i < numFunctions && !f; ++i)
    if (strcmp(functions[i].name, name) == 0)
      f = &functions[i];
  if (!f) {
    if (numFunctions == MAX_FUNCTIONS)
      return 2;
    f = &functions[numFunctions++];
    snprintf(f->name, sizeof f->name, "%s", name);
    f->maxDynamicShared = 48 * 1024 - (int)staticShared;
  }
  *function = f;
  return 0;
}
int cuFuncGetAttribute(int *value, int attribute, void *function) {
  (void)function;
  *value = attribute == 1 /* SHARED_SIZE_BYTES */ ? (int)staticShared : 0;
  return 0;
}
int cuFuncSetAttribute(void *function, int attribute, int value) {
  struct FakeFunction *f = function;
  if (trace() >= 0)
    fprintf(stderr, "fake cuFuncSetAttribute: %d = %d\n", attribute, value);
  if (attribute == 8 /* MAX_DYNAMIC_SHARED_SIZE_BYTES */) {
    if (value < 0 || staticShared + value > env("FAKE_CUDA_OPTIN", 232448))
      return 1; /* CUDA_ERROR_INVALID_VALUE */
    f->maxDynamicShared = value;
  }
  return 0;
}

int cuLaunchKernel(void *f, unsigned gx, unsigned gy, unsigned gz, unsigned bx,
                   unsigned by, unsigned bz, unsigned shared, void *stream,
                   void **params, void **extra) {
  (void)stream;
  (void)extra;
  int n = trace();
  if (n >= 0) {
    fprintf(stderr,
            "fake cuLaunchKernel: grid=(%u,%u,%u) block=(%u,%u,%u) shared=%u "
            "params:",
            gx, gy, gz, bx, by, bz, shared);
    for (int i = 0; i < n; ++i)
      fprintf(stderr, " %lld", (long long)*(int64_t *)params[i]);
    fprintf(stderr, "\n");
  }
  if ((int)shared > ((struct FakeFunction *)f)->maxDynamicShared)
    return 1; /* CUDA_ERROR_INVALID_VALUE */
  return env("FAKE_CUDA_LAUNCH_RESULT", 0);
}

int cuMemAlloc_v2(unsigned long long *ptr, size_t bytes) {
  void *p = malloc(bytes ? bytes : 1);
  if (!p)
    return 2;
  *ptr = (unsigned long long)(uintptr_t)p;
  return 0;
}
int cuMemFree_v2(unsigned long long ptr) {
  free((void *)(uintptr_t)ptr);
  return 0;
}
int cuMemcpyHtoD_v2(unsigned long long dst, const void *src, size_t bytes) {
  memcpy((void *)(uintptr_t)dst, src, bytes);
  return 0;
}
int cuMemcpyDtoH_v2(void *dst, unsigned long long src, size_t bytes) {
  memcpy(dst, (const void *)(uintptr_t)src, bytes);
  return 0;
}
int cuMemsetD8_v2(unsigned long long dst, unsigned char value, size_t bytes) {
  memset((void *)(uintptr_t)dst, value, bytes);
  return 0;
}
int cuMemsetD8Async(unsigned long long dst, unsigned char value, size_t bytes,
                    void *stream) {
  (void)stream;
  if (trace() >= 0)
    fprintf(stderr, "fake cuMemsetD8Async: %llu %u %zu\n", dst, value, bytes);
  memset((void *)(uintptr_t)dst, value, bytes);
  return 0;
}
int cuStreamSynchronize(void *stream) {
  (void)stream;
  return 0;
}

static int fakeEvent;
int cuEventCreate(void **event, unsigned flags) {
  (void)flags;
  *event = &fakeEvent;
  return 0;
}
int cuEventRecord(void *event, void *stream) {
  (void)event;
  (void)stream;
  return 0;
}
int cuEventSynchronize(void *event) {
  (void)event;
  return 0;
}
int cuEventElapsedTime_v2(float *ms, void *start, void *stop) {
  (void)start;
  (void)stop;
  *ms = 1.5f;
  return 0;
}
int cuEventDestroy_v2(void *event) {
  (void)event;
  return 0;
}
