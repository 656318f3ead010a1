/* short_buffer ARTIFACT: runs the artifact's first kernel with B = H = 1,
 * T = 4 and every argument bound as its manifest says, except that the
 * buffer bound as XQ holds one element fewer than its shape claims. The
 * runtime cannot see a buffer's size, so the kernel reads one element past
 * the end of XQ: asan-kernels.test checks that ASan reports it, i.e. that
 * the kernels ttt-compile --asan-kernels writes are instrumented. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ttt/runtime.h"

int main(int argc, char **argv) {
  ttt_artifact *artifact;
  ttt_kernel *kernel;
  if (argc != 2 || ttt_artifact_open(argv[1], &artifact) != TTT_OK ||
      ttt_kernel_create(artifact, ttt_artifact_kernel_name(artifact, 0),
                        &kernel) != TTT_OK) {
    fprintf(stderr, "short_buffer: %s\n", ttt_last_error());
    return 2;
  }
  for (int i = 0; i < ttt_kernel_num_args(kernel); ++i) {
    int64_t shape[8];
    int rank = ttt_kernel_arg_rank(kernel, i);
    ttt_kernel_arg_shape(kernel, i, 1, 1, 4, shape);
    size_t count = 1;
    for (int d = 0; d < rank; ++d)
      count *= (size_t)shape[d];
    const char *name = ttt_kernel_arg_name(kernel, i);
    ttt_role role = ttt_kernel_arg_role(kernel, i);
    ttt_dtype dtype = ttt_kernel_arg_dtype(kernel, i);
    int isXQ = role == TTT_INPUT && strcmp(name, "XQ") == 0;
    size_t bytes = (count - (isXQ ? 1 : 0)) * ttt_dtype_size(dtype);
    void *data = calloc(1, bytes);
    if (ttt_kernel_bind(kernel, role, name, data, dtype, rank, shape) !=
        TTT_OK) {
      fprintf(stderr, "short_buffer: %s\n", ttt_last_error());
      return 2;
    }
  }
  ttt_status status = ttt_kernel_run(kernel, NULL);
  printf("short_buffer: ran, %s\n", ttt_status_name(status));
  return 0;
}
