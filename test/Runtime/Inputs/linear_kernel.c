/* A small but real TTT kernel for the runtime tests: the primal form of
 * docs/Semantics.md section 3 (with the chunked state of section 5) for the
 * inner model of linear.json, g(x) = x W + c with loss 1/2 ||g(k) - v||^2 and
 * output g(q). Written directly from the semantics, with float64 sums, so
 * `ttt-run --check` passes against the reference at f32 rounding. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Call order of linear.json. */
enum { XQ, XK, XV, LR, TOKEN_SCALE, W, C, W_GS, C_GS, POS,
       Z, W_OUT, C_OUT, W_GS_OUT, C_GS_OUT, POS_OUT, NUM_ARGS };

/* Descriptor words: allocated, aligned, offset, sizes..., strides... */
static void *data(void **args, int i) {
  void *p;
  memcpy(&p, &((int64_t *)args[i])[1], sizeof p);
  return p;
}
static int64_t size(void **args, int i, int dim) {
  return ((int64_t *)args[i])[3 + dim];
}

void ttt_linear_prefill(void **args) {
  const int64_t B = size(args, XQ, 0), H = size(args, XQ, 1),
                T = size(args, XQ, 2), d = size(args, XQ, 3),
                b = size(args, TOKEN_SCALE, 0);
  const float *xq = data(args, XQ), *xk = data(args, XK), *xv = data(args, XV);
  const float *lr = data(args, LR), *ts = data(args, TOKEN_SCALE);
  const float *w_in = data(args, W), *c_in = data(args, C);
  const float *ws_in = data(args, W_GS), *cs_in = data(args, C_GS);
  const int64_t pos_in = *(const int64_t *)data(args, POS);
  float *z = data(args, Z), *w_out = data(args, W_OUT), *c_out = data(args, C_OUT);
  float *ws_out = data(args, W_GS_OUT), *cs_out = data(args, C_GS_OUT);
  int64_t *pos_out = data(args, POS_OUT);

  double *w0 = malloc(sizeof(double) * d * d), *c0 = malloc(sizeof(double) * d);
  double *s = malloc(sizeof(double) * d * d), *sc = malloc(sizeof(double) * d);
  double *g = malloc(sizeof(double) * d);
  int64_t p = pos_in;
  for (int64_t nh = 0; nh < B * H; ++nh) {
    for (int64_t k = 0; k < d * d; ++k) {
      w0[k] = w_in[nh * d * d + k];
      s[k] = ws_in[nh * d * d + k];
    }
    for (int64_t k = 0; k < d; ++k) {
      c0[k] = c_in[nh * d + k];
      sc[k] = cs_in[nh * d + k];
    }
    p = pos_in;
    for (int64_t t = 0; t < T; ++t) {
      const float *q = xq + (nh * T + t) * d, *kk = xk + (nh * T + t) * d,
                  *v = xv + (nh * T + t) * d;
      double eta = lr[nh * T + t];
      /* g = k W0 + c0 - v: the gradient at the mini-batch's start state. */
      for (int64_t o = 0; o < d; ++o) {
        double acc = c0[o] - v[o];
        for (int64_t i = 0; i < d; ++i)
          acc += kk[i] * w0[i * d + o];
        g[o] = acc;
      }
      for (int64_t i = 0; i < d; ++i)
        for (int64_t o = 0; o < d; ++o)
          s[i * d + o] += eta * kk[i] * g[o];
      for (int64_t o = 0; o < d; ++o)
        sc[o] += eta * g[o];
      /* z = q (W0 - ts[p] S) + (c0 - ts[p] Sc) */
      double scale = ts[p];
      for (int64_t o = 0; o < d; ++o) {
        double acc = c0[o] - scale * sc[o];
        for (int64_t i = 0; i < d; ++i)
          acc += q[i] * (w0[i * d + o] - scale * s[i * d + o]);
        z[(nh * T + t) * d + o] = (float)acc;
      }
      if (++p == b) { /* commit the mini-batch */
        for (int64_t k = 0; k < d * d; ++k) {
          w0[k] -= ts[b - 1] * s[k];
          s[k] = 0;
        }
        for (int64_t k = 0; k < d; ++k) {
          c0[k] -= ts[b - 1] * sc[k];
          sc[k] = 0;
        }
        p = 0;
      }
    }
    for (int64_t k = 0; k < d * d; ++k) {
      w_out[nh * d * d + k] = (float)w0[k];
      ws_out[nh * d * d + k] = (float)s[k];
    }
    for (int64_t k = 0; k < d; ++k) {
      c_out[nh * d + k] = (float)c0[k];
      cs_out[nh * d + k] = (float)sc[k];
    }
  }
  *pos_out = p;
  free(w0);
  free(c0);
  free(s);
  free(sc);
  free(g);
}

#ifdef TAPE
/* -DTAPE: the kernels of tape.json. ttt_linear_train is the prefill plus an
 * output `tape` [B, H, T/4+2, 2] after its arguments: every row of a
 * sequence's tape holds that sequence's first XQ element and the tape's
 * length, so a test sees that each call got its own sequences' slice at the
 * derived size. ttt_linear_backward_from_tape (the prefill's arguments plus
 * an input `tape`) computes the prefill only when its tape is the one
 * ttt_linear_train wrote for the same XQ, and otherwise writes nothing (its
 * outputs stay poisoned). ttt_tape_no_t has no argument that fixes T. */
/* The tape's rows, or -1 when its descriptor is not [B, H, T/4+2, 2] of
 * this call's sequences. */
static int64_t tapeRows(void **args, int tape) {
  const int64_t rows = size(args, tape, 2);
  if (size(args, tape, 0) != size(args, XQ, 0) ||
      size(args, tape, 1) != size(args, XQ, 1) ||
      rows != size(args, XQ, 2) / 4 + 2 || size(args, tape, 3) != 2)
    return -1;
  return rows;
}

void ttt_linear_train(void **args) {
  const int64_t sequences = size(args, XQ, 0) * size(args, XQ, 1),
                T = size(args, XQ, 2), d = size(args, XQ, 3);
  const int64_t rows = tapeRows(args, NUM_ARGS);
  const float *xq = data(args, XQ);
  float *tape = data(args, NUM_ARGS);
  ttt_linear_prefill(args);
  if (rows < 0)
    return;
  for (int64_t nh = 0; nh < sequences; ++nh)
    for (int64_t r = 0; r < rows; ++r) {
      tape[(nh * rows + r) * 2] = xq[nh * T * d];
      tape[(nh * rows + r) * 2 + 1] = (float)rows;
    }
}

void ttt_linear_backward_from_tape(void **args) {
  const int64_t sequences = size(args, XQ, 0) * size(args, XQ, 1),
                T = size(args, XQ, 2), d = size(args, XQ, 3);
  const int64_t rows = tapeRows(args, NUM_ARGS);
  const float *xq = data(args, XQ), *tape = data(args, NUM_ARGS);
  if (rows < 0)
    return;
  for (int64_t nh = 0; nh < sequences; ++nh)
    for (int64_t r = 0; r < rows; ++r)
      if (tape[(nh * rows + r) * 2] != xq[nh * T * d] ||
          tape[(nh * rows + r) * 2 + 1] != (float)rows)
        return;
  ttt_linear_prefill(args);
}

void ttt_tape_no_t(void **args) { (void)args; }
#endif
