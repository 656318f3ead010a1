/* A fake kernel for the runtime tests: implements the CPU kernel ABI of
 * docs/ArtifactFormat.md for the manifest identity.json, copying XQ into Z
 * and every state input to the matching state output. It checks each memref
 * descriptor (dense row-major, offset 0, allocated == aligned) and, on a bad
 * one, writes nothing, so the test sees the poisoned outputs.
 *
 * -DIO_BYTES=2 builds the variant for 16-bit io (bf16/f16 XQ and Z).
 * -DSKIP_B1 leaves the output b1 unwritten (tests output poisoning). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#ifndef IO_BYTES
#define IO_BYTES 4
#endif

/* Call order of identity.json. */
enum { XQ, XK, XV, LR, TOKEN_SCALE, LN_W, LN_B, W1, B1, W1_GS, B1_GS, POS,
       Z, W1_OUT, B1_OUT, W1_GS_OUT, B1_GS_OUT, POS_OUT, NUM_ARGS };
static const int ranks[NUM_ARGS] = {4, 4, 4, 3, 1, 2, 2, 4, 4, 4, 4, 0,
                                    4, 4, 4, 4, 4, 0};

/* The descriptor {T *allocated; T *aligned; int64_t offset;
 * int64_t sizes[rank]; int64_t strides[rank];} read as 8-byte words. */
static int64_t check(void **args, int i, char **data) {
  int64_t *d = (int64_t *)args[i];
  int rank = ranks[i];
  int64_t n = 1, stride = 1;
  if (d[0] != d[1] || d[2] != 0) {
    fprintf(stderr, "identity_kernel: argument %d: bad pointers/offset\n", i);
    return -1;
  }
  for (int k = rank - 1; k >= 0; --k) {
    if (d[3 + rank + k] != stride) {
      fprintf(stderr, "identity_kernel: argument %d: bad stride %d\n", i, k);
      return -1;
    }
    stride *= d[3 + k];
    n *= d[3 + k];
  }
  memcpy(data, &d[1], sizeof(char *));
  return n;
}

static int copy(void **args, int from, int to, int elemBytes) {
  char *src, *dst;
  int64_t n = check(args, from, &src), m = check(args, to, &dst);
  if (n < 0 || m != n) {
    fprintf(stderr, "identity_kernel: arguments %d -> %d disagree\n", from, to);
    return 1;
  }
  memcpy(dst, src, (size_t)n * elemBytes);
  return 0;
}

void ttt_identity_prefill(void **args) {
  char *unused;
  for (int i = 0; i < NUM_ARGS; ++i)
    if (check(args, i, &unused) < 0)
      return;
  copy(args, XQ, Z, IO_BYTES);
  copy(args, W1, W1_OUT, 4);
#ifndef SKIP_B1
  copy(args, B1, B1_OUT, 4);
#endif
  copy(args, W1_GS, W1_GS_OUT, 4);
  copy(args, B1_GS, B1_GS_OUT, 4);
  copy(args, POS, POS_OUT, 8);
}
