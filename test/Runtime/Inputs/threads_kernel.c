/* A fake kernel for threads.test, on the ABI of identity.json: writes, into
 * every element of Z in its view, the index of the thread that runs it (0
 * for the first thread that ever called it, 1 for the next new one, ...),
 * and copies the state through. The test reads which threads a run used. */
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

enum { XQ, XK, XV, LR, TOKEN_SCALE, LN_W, LN_B, W1, B1, W1_GS, B1_GS, POS,
       Z, W1_OUT, B1_OUT, W1_GS_OUT, B1_GS_OUT, POS_OUT, NUM_ARGS };
static const int ranks[NUM_ARGS] = {4, 4, 4, 3, 1, 2, 2, 4, 4, 4, 4, 0,
                                    4, 4, 4, 4, 4, 0};

static atomic_int threadsSeen;
static _Thread_local int threadIndex = -1;

/* The aligned pointer and element count of a dense descriptor. */
static int64_t view(void **args, int i, char **data) {
  int64_t *d = (int64_t *)args[i], n = 1;
  for (int k = 0; k < ranks[i]; ++k)
    n *= d[3 + k];
  memcpy(data, &d[1], sizeof(char *));
  return n;
}

static void copy(void **args, int from, int to, size_t elemBytes) {
  char *src, *dst;
  int64_t n = view(args, from, &src);
  view(args, to, &dst);
  memcpy(dst, src, (size_t)n * elemBytes);
}

void ttt_identity_prefill(void **args) {
  char *z;
  int64_t n = view(args, Z, &z);
  if (threadIndex < 0)
    threadIndex = atomic_fetch_add(&threadsSeen, 1);
  for (int64_t i = 0; i < n; ++i)
    ((float *)z)[i] = (float)threadIndex;
  copy(args, W1, W1_OUT, 4);
  copy(args, B1, B1_OUT, 4);
  copy(args, W1_GS, W1_GS_OUT, 4);
  copy(args, B1_GS, B1_GS_OUT, 4);
  copy(args, POS, POS_OUT, 8);
}
