/* A kernel library with one wrong gradient element, to show that --check
 * sees it. It is linked against the real library (renamed
 * real_kernels.so), so every symbol it does not define, the ABI's too, is
 * the real library's; its own `ttt_linear_backward` runs the real one
 * (the next definition in its lookup scope) and then adds 1 to element 5
 * of XQ.grad (args[17]; docs/ArtifactFormat.md, "Kernel ABI"). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef void (*Kernel)(void **);

struct Memref4 {
  float *allocated, *aligned;
  int64_t offset, sizes[4], strides[4];
};

void ttt_linear_backward(void **args) {
  Kernel real = (Kernel)dlsym(RTLD_NEXT, "ttt_linear_backward");
  if (!real) {
    fprintf(stderr, "wrong_gradient: %s\n", dlerror());
    abort();
  }
  real(args);
  struct Memref4 *xqGrad = (struct Memref4 *)args[17];
  xqGrad->aligned[xqGrad->offset + 5] += 1.0f;
}
