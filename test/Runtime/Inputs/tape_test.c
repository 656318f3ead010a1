/* Sizes derived from T ("T/4+2", a tape's segments) through the C API: they
 * never bind T, are checked against T when they are bound after it, and by
 * ttt_kernel_run when T is bound after them or by nothing at all.
 * usage: tape_test ARTIFACT_DIR   (an artifact built from tape.json) */
#include "expect_status.h"
#include "ttt/runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { B = 2, H = 3, T = 6, MAX_ARGS = 32 };

int main(int argc, char **argv) {
  ttt_artifact *a = NULL;
  ttt_kernel *k = NULL, *noT = NULL;
  void *data[MAX_ARGS] = {0};
  int64_t shape[8], value = 0;
  int n, tape, i;
  if (argc != 2) {
    fprintf(stderr, "usage: tape_test ARTIFACT_DIR\n");
    return 2;
  }
  if (ttt_artifact_open(argv[1], &a) != TTT_OK ||
      ttt_kernel_create(a, "ttt_linear_backward_from_tape", &k) != TTT_OK ||
      ttt_kernel_create(a, "ttt_tape_no_t", &noT) != TTT_OK) {
    printf("FAIL: setup: %s\n", ttt_last_error());
    return 1;
  }
  n = ttt_kernel_num_args(k);
  tape = ttt_kernel_arg_index(k, TTT_INPUT, "tape");
  if (n > MAX_ARGS || tape < 0) {
    printf("FAIL: unexpected manifest\n");
    return 1;
  }

  /* The derived size at B, H, T: T/4 + 2 = 3. */
  expectStatus(ttt_kernel_arg_shape(k, tape, B, H, T, shape), TTT_OK,
               "arg shape", NULL);
  printf("tape shape at B=%d H=%d T=%d: [%lld, %lld, %lld, %lld]\n", B, H, T,
         (long long)shape[0], (long long)shape[1], (long long)shape[2],
         (long long)shape[3]);

  /* Zeroed buffers of every argument at B, H, T (position 0). */
  for (i = 0; i < n; ++i) {
    int64_t count = 1;
    int d, rank = ttt_kernel_arg_rank(k, i);
    ttt_kernel_arg_shape(k, i, B, H, T, shape);
    for (d = 0; d < rank; ++d)
      count *= shape[d];
    data[i] =
        calloc((size_t)count + 1, ttt_dtype_size(ttt_kernel_arg_dtype(k, i)));
  }

  /* A tape of 5 segments bound first: nothing fixes T yet, so nothing to
   * check it against, and it fixes no T itself. */
  {
    const int64_t wrong[] = {B, H, 5, 2};
    expectStatus(
        ttt_kernel_bind(k, TTT_INPUT, "tape", data[tape], TTT_F32, 4, wrong),
        TTT_OK, "tape before T", NULL);
  }
  expectStatus(ttt_kernel_bound_dim(k, "T", &value), TTT_ERROR_UNBOUND,
               "T from the tape", "no bound argument fixes T");
  expectStatus(ttt_kernel_bound_dim(k, "B", &value), TTT_OK, "B from the tape",
               NULL);
  for (i = 0; i < n; ++i) {
    if (i == tape)
      continue;
    ttt_kernel_arg_shape(k, i, B, H, T, shape);
    expectStatus(ttt_kernel_bind(k, ttt_kernel_arg_role(k, i),
                                 ttt_kernel_arg_name(k, i), data[i],
                                 ttt_kernel_arg_dtype(k, i),
                                 ttt_kernel_arg_rank(k, i), shape),
                 TTT_OK, ttt_kernel_arg_name(k, i), NULL);
  }
  /* T is bound now (by XQ): the run checks the tape. */
  expectStatus(ttt_kernel_run(k, NULL), TTT_ERROR_SHAPE, "run, T after tape",
               "argument 'tape': dimension 2 is 5 but T/4+2 is 3 (T bound by "
               "'XQ')");

  /* Bound after T, a disagreeing tape is refused at once (the old binding
   * stays), an agreeing one runs. */
  {
    const int64_t wrong[] = {B, H, 4, 2}, right[] = {B, H, 3, 2};
    expectStatus(
        ttt_kernel_bind(k, TTT_INPUT, "tape", data[tape], TTT_F32, 4, wrong),
        TTT_ERROR_SHAPE, "tape after T",
        "argument 'tape': dimension 2 is 4 but T/4+2 is 3 (T bound by "
        "'XQ')");
    expectStatus(
        ttt_kernel_bind(k, TTT_INPUT, "tape", data[tape], TTT_F32, 4, right),
        TTT_OK, "right tape", NULL);
  }
  expectStatus(ttt_kernel_run(k, NULL), TTT_OK, "run", NULL);

  /* ttt_kernel_bind_all sizes the tape from T. */
  expectStatus(ttt_kernel_bind_all(k, B, H, T, data), TTT_OK, "bind_all", NULL);
  expectStatus(ttt_kernel_run(k, NULL), TTT_OK, "run after bind_all", NULL);

  /* A kernel whose only T-sized argument is derived: no T to check against. */
  {
    const int64_t tapeShape[] = {1, 1, 3, 2}, outShape[] = {1, 1};
    static float tapeData[6], out[1];
    expectStatus(ttt_kernel_bind(noT, TTT_INPUT, "tape", tapeData, TTT_F32, 4,
                                 tapeShape),
                 TTT_OK, "no T: tape", NULL);
    expectStatus(
        ttt_kernel_bind(noT, TTT_OUTPUT, "out", out, TTT_F32, 2, outShape),
        TTT_OK, "no T: out", NULL);
    expectStatus(ttt_kernel_run(noT, NULL), TTT_ERROR_UNBOUND, "run, no T",
                 "argument 'tape': dimension 2 is T/4+2, but no bound "
                 "argument fixes T");
  }

  ttt_kernel_destroy(noT);
  ttt_kernel_destroy(k);
  ttt_artifact_close(a);
  for (i = 0; i < n; ++i)
    free(data[i]);
  printf("%d of %d checks passed\n", checks - failures, checks);
  return failures != 0;
}
