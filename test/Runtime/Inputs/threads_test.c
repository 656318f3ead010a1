/* The CPU threads of a kernel handle (ttt_kernel_set_threads), with
 * threads_kernel.c, which stamps every sequence's Z with the index of the
 * thread that ran it:
 *  - runs reuse the same workers (no thread is created per run);
 *  - a run too small to split stays on the calling thread;
 *  - a thread that cannot be started is an error status, not a crash.
 * pthread_create is interposed (link with -rdynamic) to make it fail.
 * usage: threads_test ARTIFACT_DIR */
#define _GNU_SOURCE
#include "ttt/runtime.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failCreate = 0;

int pthread_create(pthread_t *thread, const pthread_attr_t *attr,
                   void *(*start)(void *), void *arg) {
  typedef int (*Create)(pthread_t *, const pthread_attr_t *,
                        void *(*)(void *), void *);
  static Create real = NULL;
  if (failCreate)
    return EAGAIN;
  if (!real)
    real = (Create)dlsym(RTLD_NEXT, "pthread_create");
  return real(thread, attr, start, arg);
}

static int failures = 0, checks = 0;

static void expect(int ok, const char *what) {
  ++checks;
  if (!ok) {
    ++failures;
    printf("FAIL: %s (last error: %s)\n", what, ttt_last_error());
  }
}

enum { B = 2, H = 3, D = 4, BIG_T = 16384 };
static float *tokens[4]; /* XQ, XK, XV, Z */
static float lr[B * H * BIG_T], ts[2], lnw[H * D], lnb[H * D];
static float state[4][B * H * D * D], stateOut[4][B * H * D * D];
static int64_t pos = 0, posOut = -1;

/* Binds every argument for B x H sequences of T tokens. */
static void bindAll(ttt_kernel *k, int64_t T) {
  static const char *io[] = {"XQ", "XK", "XV"};
  static const char *st[] = {"W1", "b1", "W1.grad_sum", "b1.grad_sum"};
  int64_t tok[] = {B, H, T, D}, lrs[] = {B, H, T}, tss[] = {2},
          lns[] = {H, D}, ws[] = {B, H, D, D}, bs[] = {B, H, 1, D};
  ttt_status s = TTT_OK;
  ttt_kernel_reset(k);
  for (int i = 0; i < 3; ++i)
    s |= ttt_kernel_bind(k, TTT_INPUT, io[i], tokens[i], TTT_F32, 4, tok);
  s |= ttt_kernel_bind(k, TTT_OUTPUT, "Z", tokens[3], TTT_F32, 4, tok);
  s |= ttt_kernel_bind(k, TTT_INPUT, "lr", lr, TTT_F32, 3, lrs);
  s |= ttt_kernel_bind(k, TTT_INPUT, "token_scale", ts, TTT_F32, 1, tss);
  s |= ttt_kernel_bind(k, TTT_INPUT, "ln_weight", lnw, TTT_F32, 2, lns);
  s |= ttt_kernel_bind(k, TTT_INPUT, "ln_bias", lnb, TTT_F32, 2, lns);
  for (int i = 0; i < 4; ++i) {
    const int64_t *shape = i % 2 ? bs : ws;
    s |= ttt_kernel_bind(k, TTT_INPUT, st[i], state[i], TTT_F32, 4, shape);
    s |= ttt_kernel_bind(k, TTT_OUTPUT, st[i], stateOut[i], TTT_F32, 4, shape);
  }
  s |= ttt_kernel_bind(k, TTT_INPUT, "position", &pos, TTT_I64, 0, NULL);
  s |= ttt_kernel_bind(k, TTT_OUTPUT, "position", &posOut, TTT_I64, 0, NULL);
  expect(s == TTT_OK, "bind");
}

/* The distinct thread indices stamped into Z (a bit set), and the largest. */
static unsigned stamped(int64_t T, int *largest) {
  unsigned set = 0;
  *largest = -1;
  for (int64_t i = 0; i < B * H * T * D; ++i) {
    int t = (int)tokens[3][i];
    set |= 1u << (t & 31);
    if (t > *largest)
      *largest = t;
  }
  return set;
}

int main(int argc, char **argv) {
  ttt_artifact *a = NULL;
  ttt_kernel *k = NULL, *fresh = NULL;
  int largest = -1, caller = -1;
  ttt_status s;
  if (argc != 2) {
    fprintf(stderr, "usage: threads_test ARTIFACT_DIR\n");
    return 2;
  }
  for (int i = 0; i < 4; ++i)
    tokens[i] = calloc((size_t)B * H * BIG_T * D, sizeof(float));
  expect(ttt_artifact_open(argv[1], &a) == TTT_OK, "open");
  expect(ttt_kernel_create(a, "ttt_identity", &k) == TTT_OK, "create");

  expect(ttt_kernel_set_threads(k, -1) == TTT_ERROR_INVALID, "negative count");
  printf("negative: %s\n", ttt_last_error());
  expect(ttt_kernel_set_threads(k, 3) == TTT_OK, "set 3 threads");
  expect(ttt_kernel_threads(k) == 3, "threads() reads it back");

  /* Large runs: 6 sequences over 3 threads, the same 3 every time. */
  bindAll(k, BIG_T);
  for (int run = 0; run < 20; ++run) {
    expect(ttt_kernel_run(k, NULL) == TTT_OK, "big run");
    unsigned set = stamped(BIG_T, &largest);
    expect(set == 7u, "a big run uses threads 0, 1, 2");
  }
  expect(largest == 2, "20 runs started no new thread");
  printf("big runs: threads 0..%d\n", largest);
  /* The caller runs share 0, which starts with sequence 0. */
  caller = (int)tokens[3][0];

  /* A decode-sized run: not worth a hand-off, stays on the caller. */
  bindAll(k, 1);
  expect(ttt_kernel_run(k, NULL) == TTT_OK, "small run");
  expect(stamped(1, &largest) == 1u << caller,
         "a small run stays on the caller");

  /* Starting a thread fails: an error status from set_threads and from a
   * run that needs a thread, then a recovery once threads start again. */
  expect(ttt_kernel_create(a, "ttt_identity", &fresh) == TTT_OK, "create 2");
  failCreate = 1;
  s = ttt_kernel_set_threads(fresh, 3);
  expect(s == TTT_ERROR_OUT_OF_MEMORY && strstr(ttt_last_error(), "cannot start"),
         "set_threads reports the failure");
  printf("set_threads: %s: %s\n", ttt_status_name(s), ttt_last_error());
  bindAll(fresh, BIG_T);
  s = ttt_kernel_run(fresh, NULL);
  expect(s == TTT_ERROR_OUT_OF_MEMORY, "run reports the failure");
  printf("run: %s: %s\n", ttt_status_name(s), ttt_last_error());
  failCreate = 0;
  expect(ttt_kernel_run(fresh, NULL) == TTT_OK, "run after recovery");
  expect(stamped(BIG_T, &largest) != 0 && largest >= 1,
         "the recovered run uses workers");

  ttt_kernel_destroy(fresh);
  ttt_kernel_destroy(k);
  ttt_artifact_close(a);
  for (int i = 0; i < 4; ++i)
    free(tokens[i]);
  printf("%d of %d checks passed\n", checks - failures, checks);
  return failures != 0;
}
