/* Exercises the runtime's C API directly (compiled as C, so it also checks
 * that ttt/runtime.h is plain C): introspection, every binding error, the
 * unbound, aliasing and position checks, out-of-range enum values, a
 * successful run, reset, that the last error is per thread, and that kernels
 * keep their artifact loaded (destroy and close in any order).
 * usage: api_test ARTIFACT_DIR   (an artifact built from identity.json) */
#include "expect_status.h"
#include "ttt/runtime.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void expect(int ok, const char *what) {
  ++checks;
  if (!ok) {
    ++failures;
    printf("FAIL: %s (last error: %s)\n", what, ttt_last_error());
  }
}

enum { B = 2, H = 3, T = 5, D = 4 };
static float xq[B][H][T][D], xk[B][H][T][D], xv[B][H][T][D], z[B][H][T][D];
static float lr[B][H][T], ts[2], lnw[H][D], lnb[H][D];
static float w1[B][H][D][D], b1[B][H][1][D], w1gs[B][H][D][D], b1gs[B][H][1][D];
static float w1o[B][H][D][D], b1o[B][H][1][D], w1gso[B][H][D][D],
    b1gso[B][H][1][D];
static int64_t pos = 1, poso = -1;

static const int64_t tok[] = {B, H, T, D}, lrs[] = {B, H, T}, tss[] = {2},
                     lns[] = {H, D}, ws[] = {B, H, D, D}, bs[] = {B, H, 1, D};

static ttt_status bindIn(ttt_kernel *k, const char *name, void *data,
                         int rank, const int64_t *shape) {
  return ttt_kernel_bind(k, TTT_INPUT, name, data, TTT_F32, rank, shape);
}

static void *otherThread(void *arg) {
  ttt_artifact *a = NULL;
  (void)arg;
  ttt_artifact_open("/nonexistent/ttt-artifact", &a);
  return NULL;
}

int main(int argc, char **argv) {
  ttt_artifact *a = NULL;
  ttt_kernel *k = NULL;
  int64_t shape[4], value = 0;
  size_t i;
  pthread_t thread;

  if (argc != 2) {
    fprintf(stderr, "usage: api_test ARTIFACT_DIR\n");
    return 2;
  }
  expect(ttt_runtime_version() == TTT_RUNTIME_VERSION,
         "library version equals the header's");
  expect(TTT_RUNTIME_VERSION / 10000 == TTT_RUNTIME_VERSION_MAJOR,
         "version macro encodes the major version");
  expectStatus(ttt_artifact_open(argv[1], NULL), TTT_ERROR_INVALID,
               "open with NULL out", "out is NULL");
  expectStatus(ttt_artifact_open(argv[1], &a), TTT_OK, "open", NULL);
  expect(strcmp(ttt_last_error(), "") == 0, "no error after success");
  expect(strcmp(ttt_artifact_target(a), "cpu") == 0, "target");
  expect(strstr(ttt_artifact_manifest(a), "ttt_identity_prefill") != NULL,
         "manifest text");
  expect(ttt_artifact_num_kernels(a) == 1, "one kernel");
  expect(strcmp(ttt_artifact_kernel_name(a, 0), "ttt_identity") == 0,
         "kernel name");
  expect(ttt_artifact_kernel_name(a, 1) == NULL, "kernel name out of range");

  expectStatus(ttt_kernel_create(a, "nope", &k), TTT_ERROR_NOT_FOUND,
               "unknown kernel", "no kernel 'nope'");
  expectStatus(ttt_kernel_create(a, "ttt_identity", &k), TTT_OK, "create",
               NULL);
  expect(strcmp(ttt_kernel_kind(k), "prefill") == 0, "kind");
  expect(ttt_kernel_num_args(k) == 18, "18 arguments");
  expect(strcmp(ttt_kernel_arg_name(k, 0), "XQ") == 0, "arg 0 is XQ");
  expect(ttt_kernel_arg_rank(k, 11) == 0, "position is 0-d");
  expect(ttt_kernel_arg_dtype(k, 11) == TTT_I64, "position is i64");
  expect(ttt_kernel_arg_role(k, 12) == TTT_OUTPUT, "arg 12 is an output");
  expect(ttt_kernel_arg_rank(k, 99) == -1, "rank out of range");
  expect(ttt_kernel_arg_index(k, TTT_INPUT, "W1") == 7, "input W1 at 7");
  expect(ttt_kernel_arg_index(k, TTT_OUTPUT, "W1") == 13, "output W1 at 13");
  expect(ttt_kernel_arg_index(k, TTT_INPUT, "Z") == -1, "Z is no input");
  expectStatus(ttt_kernel_arg_shape(k, 3, 7, 8, 9, shape), TTT_OK, "shape",
               NULL);
  expect(shape[0] == 7 && shape[1] == 8 && shape[2] == 9, "lr is [B,H,T]");
  expect(ttt_dtype_size(TTT_BF16) == 2 && ttt_dtype_size(TTT_I64) == 8,
         "dtype sizes");

  /* Enum values no enumerator names: an error, never undefined behaviour. */
  expect(ttt_dtype_size((ttt_dtype)9) == 0 && ttt_dtype_size((ttt_dtype)-3) == 0,
         "size of an invalid dtype");
  expect(strcmp(ttt_status_name((ttt_status)99), "TTT_ERROR_UNKNOWN") == 0,
         "name of an invalid status");
  expect(strcmp(ttt_status_name(TTT_ERROR_OUT_OF_MEMORY),
                "TTT_ERROR_OUT_OF_MEMORY") == 0 &&
             TTT_ERROR_OUT_OF_MEMORY == 11 && TTT_ERROR_INVALID == 10,
         "out of memory is status 11");
  expect(ttt_kernel_arg_index(k, (ttt_role)5, "XQ") == -1,
         "index with an invalid role");
  expectStatus(ttt_kernel_bind(k, (ttt_role)7, "XQ", xq, TTT_F32, 4, tok),
               TTT_ERROR_INVALID, "invalid role", "invalid role 7");
  expectStatus(ttt_kernel_bind(k, (ttt_role)-1, "XQ", xq, TTT_F32, 4, tok),
               TTT_ERROR_INVALID, "negative role", "invalid role -1");
  expectStatus(ttt_kernel_bind(k, TTT_INPUT, "XQ", xq, (ttt_dtype)9, 4, tok),
               TTT_ERROR_INVALID, "invalid dtype", "invalid dtype 9");

  /* Binding errors. */
  expectStatus(ttt_kernel_run(k, NULL), TTT_ERROR_UNBOUND, "run unbound",
               "18 argument(s) not bound: input 'XQ'");
  expectStatus(ttt_kernel_bind(k, TTT_INPUT, "XQ", xq, TTT_BF16, 4, tok),
               TTT_ERROR_DTYPE, "wrong dtype",
               "argument 'XQ': dtype is bf16 but the manifest says f32");
  expectStatus(bindIn(k, "XQ", xq, 3, tok), TTT_ERROR_SHAPE, "wrong rank",
               "argument 'XQ': rank is 3 but the manifest says 4");
  expectStatus(bindIn(k, "XQQ", xq, 4, tok), TTT_ERROR_NOT_FOUND,
               "unknown name", "has no input argument 'XQQ'");
  expectStatus(bindIn(k, "Z", z, 4, tok), TTT_ERROR_NOT_FOUND,
               "output as input", "('Z' is an output)");
  expectStatus(bindIn(k, "XQ", NULL, 4, tok), TTT_ERROR_INVALID, "NULL data",
               "data is NULL");
  expectStatus(ttt_kernel_bound_dim(k, "T", &value), TTT_ERROR_UNBOUND,
               "T not bound yet", "no bound argument fixes T");
  expectStatus(bindIn(k, "XQ", xq, 4, tok), TTT_OK, "bind XQ", NULL);
  expectStatus(ttt_kernel_bound_dim(k, "T", &value), TTT_OK, "T bound", NULL);
  expect(value == T, "T is 5");
  {
    int64_t wrongT[] = {B, H, T + 1, D};
    int64_t wrongB[] = {B + 1, H, T};
    expectStatus(bindIn(k, "XK", xk, 4, wrongT), TTT_ERROR_SHAPE,
                 "T disagrees",
                 "argument 'XK': dimension 2 is 6 but T is 5 (bound by 'XQ')");
    expectStatus(bindIn(k, "lr", lr, 3, wrongB), TTT_ERROR_SHAPE,
                 "B disagrees",
                 "argument 'lr': dimension 0 is 3 but B is 2 (bound by 'XQ')");
  }
  /* Rebinding XQ alone with another T is checked against nothing else. */
  {
    int64_t otherT[] = {B, H, 2, D};
    expectStatus(bindIn(k, "XQ", xq, 4, otherT), TTT_OK, "rebind XQ", NULL);
    expectStatus(bindIn(k, "XQ", xq, 4, tok), TTT_OK, "rebind XQ back", NULL);
  }

  for (i = 0; i < sizeof xq / sizeof(float); ++i)
    ((float *)xq)[i] = (float)i * 0.5f;
  expect(bindIn(k, "XK", xk, 4, tok) == TTT_OK &&
             bindIn(k, "XV", xv, 4, tok) == TTT_OK &&
             bindIn(k, "lr", lr, 3, lrs) == TTT_OK &&
             bindIn(k, "token_scale", ts, 1, tss) == TTT_OK &&
             bindIn(k, "ln_weight", lnw, 2, lns) == TTT_OK &&
             bindIn(k, "ln_bias", lnb, 2, lns) == TTT_OK &&
             bindIn(k, "W1", w1, 4, ws) == TTT_OK &&
             bindIn(k, "b1", b1, 4, bs) == TTT_OK &&
             bindIn(k, "W1.grad_sum", w1gs, 4, ws) == TTT_OK &&
             bindIn(k, "b1.grad_sum", b1gs, 4, bs) == TTT_OK &&
             ttt_kernel_bind(k, TTT_INPUT, "position", &pos, TTT_I64, 0,
                             NULL) == TTT_OK,
         "bind every input");
  expectStatus(ttt_kernel_run(k, NULL), TTT_ERROR_UNBOUND,
               "run without outputs", "6 argument(s) not bound: output 'Z'");
  expect(ttt_kernel_bind(k, TTT_OUTPUT, "W1", w1o, TTT_F32, 4, ws) == TTT_OK &&
             ttt_kernel_bind(k, TTT_OUTPUT, "b1", b1o, TTT_F32, 4, bs) ==
                 TTT_OK &&
             ttt_kernel_bind(k, TTT_OUTPUT, "W1.grad_sum", w1gso, TTT_F32, 4,
                             ws) == TTT_OK &&
             ttt_kernel_bind(k, TTT_OUTPUT, "b1.grad_sum", b1gso, TTT_F32, 4,
                             bs) == TTT_OK &&
             ttt_kernel_bind(k, TTT_OUTPUT, "position", &poso, TTT_I64, 0,
                             NULL) == TTT_OK,
         "bind the state outputs");

  /* Z aliasing XK is refused. */
  expectStatus(ttt_kernel_bind(k, TTT_OUTPUT, "Z", xk, TTT_F32, 4, tok),
               TTT_OK, "bind Z onto XK", NULL);
  expectStatus(ttt_kernel_run(k, NULL), TTT_ERROR_INVALID, "aliasing",
               "output 'Z' overlaps input 'XK'");
  expectStatus(ttt_kernel_bind(k, TTT_OUTPUT, "Z", z, TTT_F32, 4, tok), TTT_OK,
               "bind Z", NULL);
  expectStatus(ttt_kernel_run(k, (void *)&a), TTT_ERROR_INVALID,
               "stream for a CPU artifact", "stream must be NULL");

  /* position indexes the mini-batch (settings.mini_batch = 2): the runtime
   * reads the bound value at run time, so a later write is seen too. */
  pos = 2;
  expectStatus(ttt_kernel_run(k, NULL), TTT_ERROR_INVALID, "position = b",
               "kernel 'ttt_identity': input 'position' is 2, outside the "
               "mini-batch [0, 2)");
  pos = -1;
  expectStatus(ttt_kernel_run(k, NULL), TTT_ERROR_INVALID, "position < 0",
               "input 'position' is -1, outside the mini-batch [0, 2)");
  pos = 1;
  expect(poso == -1, "nothing ran for a bad position");
  expectStatus(ttt_kernel_run(k, NULL), TTT_OK, "run", NULL);
  expect(memcmp(z, xq, sizeof z) == 0, "Z == XQ");
  expect(poso == 1, "position copied");

  /* The kernel keeps its artifact loaded: it still runs after the close. */
  ttt_artifact_close(a);
  a = NULL;
  memset(z, 0, sizeof z);
  expectStatus(ttt_kernel_run(k, NULL), TTT_OK, "run after close", NULL);
  expect(memcmp(z, xq, sizeof z) == 0, "Z == XQ after close");
  expect(strcmp(ttt_kernel_name(k), "ttt_identity") == 0,
         "name after close");

  /* The last error is per thread. */
  ttt_kernel_bound_dim(k, "Q", &value);
  pthread_create(&thread, NULL, otherThread, NULL);
  pthread_join(thread, NULL);
  expect(strstr(ttt_last_error(), "unknown symbol 'Q'") != NULL,
         "error kept across threads");

  ttt_kernel_reset(k);
  expectStatus(ttt_kernel_run(k, NULL), TTT_ERROR_UNBOUND, "run after reset",
               "18 argument(s) not bound");

  /* Every argument at once, in call order; the state in place (the same
   * buffers as input and output). */
  {
    void *all[] = {xq, xk, xv, lr, ts, lnw, lnb, w1, b1, w1gs, b1gs, &pos,
                   z, w1, b1, w1gs, b1gs, &pos};
    memset(z, 0, sizeof z);
    pos = 1;
    expectStatus(ttt_kernel_bind_all(k, B, H, T, all), TTT_OK, "bind all",
                 NULL);
    expectStatus(ttt_kernel_run(k, NULL), TTT_OK, "run in place", NULL);
    expect(memcmp(z, xq, sizeof z) == 0, "Z == XQ after bind all");
    expect(pos == 1, "position in place");
    all[0] = NULL;
    expectStatus(ttt_kernel_bind_all(k, B, H, T, all), TTT_ERROR_INVALID,
                 "bind all with a NULL buffer", "argument 'XQ': data is NULL");
    all[0] = xq;
    all[15] = w1;
    expectStatus(ttt_kernel_bind_all(k, B, H, T, all), TTT_OK, "bind all",
                 NULL);
    expectStatus(ttt_kernel_run(k, NULL), TTT_ERROR_INVALID,
                 "an output on another state input",
                 "output 'W1' overlaps output 'W1.grad_sum'");
  }

  /* XQ as a strided view of a token-major [B, T, H, D] buffer: Z (the
   * identity kernel copies XQ) comes out in [B, H, T, D] order. */
  {
    static float tokenMajor[B][T][H][D];
    const int64_t strides[] = {T * H * D, D, H * D, 1};
    const int64_t badRank[] = {1, 1, 1};
    int n, h, t, e, same = 1;
    for (i = 0; i < sizeof tokenMajor / sizeof(float); ++i)
      ((float *)tokenMajor)[i] = (float)i;
    expectStatus(ttt_kernel_bind_strided(k, TTT_INPUT, "XQ", tokenMajor,
                                         TTT_F32, 4, tok, NULL),
                 TTT_ERROR_INVALID, "NULL strides", "strides are NULL");
    expectStatus(ttt_kernel_bind_strided(k, TTT_INPUT, "XQ", tokenMajor,
                                         TTT_F32, 3, badRank, strides),
                 TTT_ERROR_SHAPE, "strided with a wrong rank",
                 "rank is 3 but the manifest says 4");
    expectStatus(ttt_kernel_bind_strided(k, TTT_INPUT, "XQ", tokenMajor,
                                         TTT_F32, 4, tok, strides),
                 TTT_OK, "bind XQ strided", NULL);
    expectStatus(ttt_kernel_bind(k, TTT_OUTPUT, "W1.grad_sum", w1gs, TTT_F32,
                                 4, ws),
                 TTT_OK, "W1.grad_sum in place", NULL);
    expectStatus(ttt_kernel_run(k, NULL), TTT_OK, "run strided", NULL);
    for (n = 0; n < B; ++n)
      for (h = 0; h < H; ++h)
        for (t = 0; t < T; ++t)
          for (e = 0; e < D; ++e)
            same &= z[n][h][t][e] == tokenMajor[n][t][h][e];
    expect(same, "Z is the [B, H, T, D] view of XQ");
  }
  ttt_kernel_destroy(k); /* the last reference: unloads the artifact */

  /* Any order: kernel, artifact, kernel. */
  {
    ttt_kernel *k1 = NULL, *k2 = NULL;
    expect(ttt_artifact_open(argv[1], &a) == TTT_OK &&
               ttt_kernel_create(a, "ttt_identity", &k1) == TTT_OK &&
               ttt_kernel_create(a, "ttt_identity", &k2) == TTT_OK,
           "open, two kernels");
    ttt_kernel_destroy(k1);
    ttt_artifact_close(a);
    expect(ttt_kernel_num_args(k2) == 18, "kernel usable after close");
    ttt_kernel_destroy(k2);
    ttt_kernel_destroy(NULL);
    ttt_artifact_close(NULL);
  }
  printf("%d of %d checks passed\n", checks - failures, checks);
  return failures ? 1 : 0;
}
