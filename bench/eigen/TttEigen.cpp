//===- TttEigen.cpp - hand-written fused dual-form TTT on Eigen -----------===//
//
// Per mini-batch of b tokens (docs/Semantics.md section 4), with
// eta = tril(token_scale ⊗ lr) and M = eta ∘ (Xq X^T + 1), so that the
// causal attention-like term and the bias term are one product:
//
//   Zq = Xq W0 + c0 - (eta ∘ A) G - eta G = Xq W0 + c0 - M G
//   W  -= X^T diag(eta[b-1, :]) G,   c -= eta[b-1, :] G
//
// where G is the loss gradient with respect to the layer's key-side output at
// the mini-batch's starting state. TTT-MLP applies this layer by layer.
//
// A token of a mini-batch in progress (Semantics section 5) at position p
// adds lr_p G_p to the running sums S, outputs f(q; theta_0 - scale[p] S)
// (for a layer, q W0 + c0 - scale[p] (q S_W + S_c): no parameter copy) and,
// at p = b-1, commits theta_0 -= scale[b-1] S, S = 0.
//
//===----------------------------------------------------------------------===//

#include "TttEigen.h"

#include <Eigen/Dense>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

namespace ttt::bench {

namespace {

template <int R, int C>
using Mat = Eigen::Matrix<float, R, C, (C == 1 ? Eigen::ColMajor : Eigen::RowMajor)>;
template <int C> using RowV = Eigen::Matrix<float, 1, C, Eigen::RowMajor>;
template <int R> using ColV = Eigen::Matrix<float, R, 1>;

template <int R, int C> Eigen::Map<const Mat<R, C>> view(const float *p) {
  return Eigen::Map<const Mat<R, C>>(p);
}
template <int R, int C> Eigen::Map<Mat<R, C>> view(float *p) {
  return Eigen::Map<Mat<R, C>>(p);
}

/// One token block's LayerNorm: y = w * xhat + bias, keeping xhat and
/// 1/sqrt(var + eps) per row for the backward pass.
template <int R, int D> struct LayerNorm {
  Mat<R, D> xhat, y;
  ColV<R> rstd;

  void forward(const Mat<R, D> &z, const RowV<D> &w, const RowV<D> &bias,
               float eps) {
    ColV<R> mean = z.rowwise().mean();
    xhat = z.colwise() - mean;
    ColV<R> var = xhat.array().square().rowwise().mean();
    rstd = (var.array() + eps).rsqrt();
    xhat.array().colwise() *= rstd.array();
    y.array() = (xhat.array().rowwise() * w.array()).rowwise() + bias.array();
  }

  /// d loss / d z from d loss / d y.
  Mat<R, D> backward(const Mat<R, D> &gy, const RowV<D> &w) const {
    Mat<R, D> gx = gy.array().rowwise() * w.array();
    ColV<R> s1 = gx.rowwise().sum();
    ColV<R> s2 = (gx.array() * xhat.array()).rowwise().sum();
    Mat<R, D> g = (float(D) * gx).colwise() - s1;
    g.array() -= xhat.array().colwise() * s2.array();
    g.array().colwise() *= rstd.array() * (1.0f / float(D));
    return g;
  }
};

constexpr float kGeluC = 0.7978845608028654f; // sqrt(2/pi)
constexpr float kGeluA = 0.044715f;

/// gelu_tanh of every element.
template <int R, int C> Mat<R, C> gelu(const Mat<R, C> &x) {
  auto a = x.array();
  Mat<R, C> out;
  out.array() = 0.5f * a * (1.0f + (kGeluC * (a + kGeluA * a.cube())).tanh());
  return out;
}

/// gelu_tanh and its derivative of every element.
template <int R, int C>
void geluAndGrad(const Mat<R, C> &x, Mat<R, C> &out, Mat<R, C> &grad) {
  auto a = x.array();
  Mat<R, C> t;
  t.array() = (kGeluC * (a + kGeluA * a.cube())).tanh();
  out.array() = 0.5f * a * (1.0f + t.array());
  grad.array() = 0.5f * (1.0f + t.array()) +
                 0.5f * a * (1.0f - t.array().square()) * kGeluC *
                     (1.0f + 3.0f * kGeluA * a.square());
}

/// eta ∘ (A + 1) with eta[i, j] = scale[i] * lr[j] for j <= i, else 0.
template <int B>
Mat<B, B> causalWeights(const Mat<B, B> &A, const ColV<B> &scale,
                        const ColV<B> &lr) {
  Mat<B, B> m;
  for (int i = 0; i < B; ++i)
    for (int j = 0; j < B; ++j)
      m(i, j) = j <= i ? scale(i) * lr(j) * (A(i, j) + 1.0f) : 0.0f;
  return m;
}

/// The pointers of one (batch, head) sequence.
struct Sequence {
  const float *xq, *xk, *xv, *lr, *lnW, *lnB;
  const float *state[4], *gradSum[4];
  float *z;
  float *stateOut[4], *gradSumOut[4];
};

/// One linear layer (W0 [In, Out], c0 [1, Out]) of a mini-batch in
/// progress, on the state outputs of slots `w` (weight) and `w + 1` (bias):
/// a token adds its scaled gradient to the running sums S, is evaluated at
/// theta_0 - scale[p] S without forming that parameter, and the last
/// position commits.
template <int In, int Out> struct TokenLayer {
  Eigen::Map<Mat<In, Out>> W0, SW;
  Eigen::Map<RowV<Out>> c0, Sc;

  TokenLayer(const Sequence &s, int w)
      : W0(s.stateOut[w]), SW(s.gradSumOut[w]), c0(s.stateOut[w + 1]),
        Sc(s.gradSumOut[w + 1]) {}

  /// S += x^T lg, S_c += lg, with lg = lr G the token's scaled gradient.
  void accumulate(const RowV<In> &x, const RowV<Out> &lg) {
    SW.noalias() += x.transpose() * lg;
    Sc += lg;
  }

  /// x (W0 - sp S_W) + c0 - sp S_c.
  RowV<Out> query(const RowV<In> &x, float sp) const {
    RowV<Out> z = x * W0 + c0;
    z.noalias() -= sp * (x * SW);
    z -= sp * Sc;
    return z;
  }

  /// theta_0 -= sp S, S = 0.
  void commit(float sp) {
    W0 -= sp * SW;
    c0 -= sp * Sc;
    SW.setZero();
    Sc.setZero();
  }
};

/// Runs a call's T tokens from position p: the tokens of a mini-batch in
/// progress through Model::token (on the state outputs, in place), the full
/// mini-batches through model->miniBatches (its fixed-size state is too big
/// for a stack and allocated on first use: a decode step allocates
/// nothing). The outputs start as copies of the inputs, unless they are the
/// inputs (a decode that updates its state in place).
template <class Model>
void runCall(std::unique_ptr<Model> &model, const Sequence &s,
             const float *scale, int64_t T, int64_t p, int b, float eps) {
  for (int i = 0; i < Model::numState; ++i) {
    if (s.stateOut[i] != s.state[i])
      std::copy_n(s.state[i], Model::stateSize[i], s.stateOut[i]);
    if (s.gradSumOut[i] != s.gradSum[i])
      std::copy_n(s.gradSum[i], Model::stateSize[i], s.gradSumOut[i]);
  }
  for (int64_t t = 0; t < T;) {
    if (p == 0 && T - t >= b) {
      int64_t n = (T - t) / b;
      if (!model)
        model = std::make_unique<Model>();
      model->miniBatches(s, scale, t, n, eps);
      t += n * b;
    } else {
      Model::token(s, scale, t, p, eps);
      ++t;
      p = (p + 1) % b;
    }
  }
}

template <int D, int B> struct LinearModel {
  static constexpr int numState = 2;
  static constexpr int64_t stateSize[numState] = {D * D, D};
  Mat<D, D> W;
  RowV<D> c;

  /// n full mini-batches from token t, starting at a boundary (S = 0).
  void miniBatches(const Sequence &s, const float *scalePtr, int64_t t,
                   int64_t n, float eps) {
    W = view<D, D>(s.stateOut[0]);
    c = view<1, D>(s.stateOut[1]);
    const RowV<D> lnW = view<1, D>(s.lnW), lnB = view<1, D>(s.lnB);
    const ColV<B> scale = view<B, 1>(scalePtr);
    LayerNorm<B, D> ln;
    for (int64_t t0 = t; t0 < t + n * B; t0 += B) {
      const Mat<B, D> xq = view<B, D>(s.xq + t0 * D);
      const Mat<B, D> xk = view<B, D>(s.xk + t0 * D);
      const ColV<B> lr = view<B, 1>(s.lr + t0);
      // Key side at the mini-batch's starting state: G = dl/dZk.
      Mat<B, D> zk = xk * W;
      zk.rowwise() += c;
      ln.forward(zk, lnW, lnB, eps);
      Mat<B, D> gy = ln.y - (view<B, D>(s.xv + t0 * D) - xk);
      Mat<B, D> g = ln.backward(gy, lnW);
      // Query side: Zq = Xq W + c - (eta ∘ (Xq Xk^T + 1)) G.
      Mat<B, B> m = causalWeights<B>(xq * xk.transpose(), scale, lr);
      Mat<B, D> zq = xq * W;
      zq.noalias() -= m * g;
      zq.rowwise() += c;
      ln.forward(zq, lnW, lnB, eps);
      view<B, D>(s.z + t0 * D) = xq + ln.y;
      // Commit the mini-batch: the state of its last position.
      ColV<B> etaLast = scale(B - 1) * lr;
      Mat<B, D> gs = etaLast.asDiagonal() * g;
      W.noalias() -= xk.transpose() * gs;
      c -= gs.colwise().sum();
    }
    view<D, D>(s.stateOut[0]) = W;
    view<1, D>(s.stateOut[1]) = c;
  }

  /// Token t at position p of the mini-batch in progress.
  static void token(const Sequence &s, const float *scale, int64_t t, int64_t p,
             float eps) {
    TokenLayer<D, D> layer(s, 0);
    const RowV<D> lnW = view<1, D>(s.lnW), lnB = view<1, D>(s.lnB);
    const RowV<D> xq = view<1, D>(s.xq + t * D);
    const RowV<D> xk = view<1, D>(s.xk + t * D);
    LayerNorm<1, D> ln;
    RowV<D> zk = xk * layer.W0 + layer.c0;
    ln.forward(zk, lnW, lnB, eps);
    RowV<D> gy = ln.y - (view<1, D>(s.xv + t * D) - xk);
    layer.accumulate(xk, s.lr[t] * ln.backward(gy, lnW));
    const float sp = scale[p];
    ln.forward(layer.query(xq, sp), lnW, lnB, eps);
    view<1, D>(s.z + t * D) = xq + ln.y;
    if (p == B - 1)
      layer.commit(sp);
  }
};

template <int D, int B> struct MlpModel {
  static constexpr int Hd = 4 * D;
  static constexpr int numState = 4;
  static constexpr int64_t stateSize[numState] = {D * Hd, Hd, Hd * D, D};
  Mat<D, Hd> W1;
  RowV<Hd> c1;
  Mat<Hd, D> W2;
  RowV<D> c2;

  /// n full mini-batches from token t, starting at a boundary (S = 0).
  void miniBatches(const Sequence &s, const float *scalePtr, int64_t t,
                   int64_t n, float eps) {
    W1 = view<D, Hd>(s.stateOut[0]);
    c1 = view<1, Hd>(s.stateOut[1]);
    W2 = view<Hd, D>(s.stateOut[2]);
    c2 = view<1, D>(s.stateOut[3]);
    const RowV<D> lnW = view<1, D>(s.lnW), lnB = view<1, D>(s.lnB);
    const ColV<B> scale = view<B, 1>(scalePtr);
    LayerNorm<B, D> ln;
    for (int64_t t0 = t; t0 < t + n * B; t0 += B) {
      const Mat<B, D> xq = view<B, D>(s.xq + t0 * D);
      const Mat<B, D> xk = view<B, D>(s.xk + t0 * D);
      const ColV<B> lr = view<B, 1>(s.lr + t0);
      // Key side forward and backward at the starting state.
      Mat<B, Hd> z1k = xk * W1;
      z1k.rowwise() += c1;
      Mat<B, Hd> x2k, geluGrad;
      geluAndGrad<B, Hd>(z1k, x2k, geluGrad);
      Mat<B, D> z2k = x2k * W2;
      z2k.rowwise() += c2;
      ln.forward(z2k, lnW, lnB, eps);
      Mat<B, D> gy = ln.y - (view<B, D>(s.xv + t0 * D) - xk);
      Mat<B, D> g2 = ln.backward(gy, lnW);
      Mat<B, Hd> g1 = g2 * W2.transpose();
      g1.array() *= geluGrad.array();
      // Query side, layer by layer.
      Mat<B, B> m1 = causalWeights<B>(xq * xk.transpose(), scale, lr);
      Mat<B, Hd> z1q = xq * W1;
      z1q.noalias() -= m1 * g1;
      z1q.rowwise() += c1;
      Mat<B, Hd> x2q = gelu<B, Hd>(z1q);
      Mat<B, B> m2 = causalWeights<B>(x2q * x2k.transpose(), scale, lr);
      Mat<B, D> z2q = x2q * W2;
      z2q.noalias() -= m2 * g2;
      z2q.rowwise() += c2;
      ln.forward(z2q, lnW, lnB, eps);
      view<B, D>(s.z + t0 * D) = xq + ln.y;
      // Commit the mini-batch.
      ColV<B> etaLast = scale(B - 1) * lr;
      Mat<B, Hd> g1s = etaLast.asDiagonal() * g1;
      Mat<B, D> g2s = etaLast.asDiagonal() * g2;
      W1.noalias() -= xk.transpose() * g1s;
      c1 -= g1s.colwise().sum();
      W2.noalias() -= x2k.transpose() * g2s;
      c2 -= g2s.colwise().sum();
    }
    view<D, Hd>(s.stateOut[0]) = W1;
    view<1, Hd>(s.stateOut[1]) = c1;
    view<Hd, D>(s.stateOut[2]) = W2;
    view<1, D>(s.stateOut[3]) = c2;
  }

  /// Token t at position p of the mini-batch in progress.
  static void token(const Sequence &s, const float *scale, int64_t t, int64_t p,
             float eps) {
    TokenLayer<D, Hd> layer1(s, 0);
    TokenLayer<Hd, D> layer2(s, 2);
    const RowV<D> lnW = view<1, D>(s.lnW), lnB = view<1, D>(s.lnB);
    const RowV<D> xq = view<1, D>(s.xq + t * D);
    const RowV<D> xk = view<1, D>(s.xk + t * D);
    const float lr = s.lr[t], sp = scale[p];
    // Key side at theta_0: the gradients of both layers.
    RowV<Hd> z1k = xk * layer1.W0 + layer1.c0;
    RowV<Hd> x2k, geluGrad;
    geluAndGrad<1, Hd>(z1k, x2k, geluGrad);
    RowV<D> z2k = x2k * layer2.W0 + layer2.c0;
    LayerNorm<1, D> ln;
    ln.forward(z2k, lnW, lnB, eps);
    RowV<D> gy = ln.y - (view<1, D>(s.xv + t * D) - xk);
    RowV<D> g2 = lr * ln.backward(gy, lnW);
    RowV<Hd> g1 = g2 * layer2.W0.transpose();
    g1.array() *= geluGrad.array();
    layer1.accumulate(xk, g1);
    layer2.accumulate(x2k, g2);
    // Query side at theta_0 - scale[p] S.
    RowV<Hd> x2q = gelu<1, Hd>(layer1.query(xq, sp));
    ln.forward(layer2.query(x2q, sp), lnW, lnB, eps);
    view<1, D>(s.z + t * D) = xq + ln.y;
    if (p == B - 1) {
      layer1.commit(sp);
      layer2.commit(sp);
    }
  }
};

// A macro, so that the message is built only on failure: every decode step
// checks its call.
#define TTT_BENCH_REQUIRE(ok, what)                                            \
  do {                                                                         \
    if (!(ok))                                                                 \
      throw std::invalid_argument(std::string("eigen baseline: ") + (what));   \
  } while (false)

template <class Model, int D>
void runAll(const EigenPrefill &p, int threads) {
  const int64_t sequences = p.B * p.H;
  std::atomic<int64_t> next{0};
  auto worker = [&] {
    std::unique_ptr<Model> model;
    for (int64_t q; (q = next.fetch_add(1)) < sequences;) {
      Sequence s;
      int64_t tok = q * (p.seqLen > 0 ? p.seqLen : p.T);
      s.xq = p.XQ + tok * D;
      s.xk = p.XK + tok * D;
      s.xv = p.XV + tok * D;
      s.lr = p.lr + tok;
      s.z = p.Z + tok * D;
      s.lnW = p.lnWeight + (q % p.H) * D;
      s.lnB = p.lnBias + (q % p.H) * D;
      for (int i = 0; i < Model::numState; ++i) {
        int64_t at = q * Model::stateSize[i];
        s.state[i] = p.state[i] + at;
        s.stateOut[i] = p.stateOut[i] + at;
        s.gradSum[i] = p.gradSum[i] + at;
        s.gradSumOut[i] = p.gradSumOut[i] + at;
      }
      runCall(model, s, p.tokenScale, p.T, p.position,
              static_cast<int>(p.miniBatch), static_cast<float>(p.eps));
    }
  };
  int n = static_cast<int>(
      std::max<int64_t>(1, std::min<int64_t>(threads, sequences)));
  std::vector<std::thread> pool;
  for (int i = 1; i < n; ++i)
    pool.emplace_back(worker);
  worker();
  for (std::thread &t : pool)
    t.join();
  *p.positionOut = (p.position + p.T) % p.miniBatch;
}

} // namespace

int eigenThreadCount() {
  if (const char *env = std::getenv("TTT_NUM_THREADS")) {
    long n = std::strtol(env, nullptr, 10);
    if (n > 0)
      return static_cast<int>(n);
  }
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void checkEigenPrefill(InnerModel model, const EigenPrefill &p) {
  TTT_BENCH_REQUIRE(p.dim == 64 && p.miniBatch == 16,
          "built for d = 64, b = 16 only (got d = " + std::to_string(p.dim) +
              ", b = " + std::to_string(p.miniBatch) + ")");
  TTT_BENCH_REQUIRE(p.B >= 0 && p.H >= 0 && p.T >= 0, "negative size");
  TTT_BENCH_REQUIRE(p.position >= 0 && p.position < p.miniBatch,
          "position " + std::to_string(p.position) + " outside [0, " +
              std::to_string(p.miniBatch) + ")");
  TTT_BENCH_REQUIRE(p.seqLen == 0 || p.seqLen >= p.T,
          "a window of T = " + std::to_string(p.T) +
              " tokens in sequences of " + std::to_string(p.seqLen));
  TTT_BENCH_REQUIRE(p.XQ && p.XK && p.XV && p.lr && p.tokenScale && p.lnWeight &&
              p.lnBias && p.Z && p.positionOut,
          "null input or output buffer");
  size_t numState = model == InnerModel::Linear
                        ? LinearModel<64, 16>::numState
                        : MlpModel<64, 16>::numState;
  TTT_BENCH_REQUIRE(p.state.size() == numState && p.stateOut.size() == numState &&
              p.gradSum.size() == numState &&
              p.gradSumOut.size() == numState,
          "expected " + std::to_string(numState) +
              " state and running-sum buffers (weight and bias per linear "
              "layer)");
  for (size_t i = 0; i < numState; ++i)
    TTT_BENCH_REQUIRE(p.state[i] && p.stateOut[i] && p.gradSum[i] && p.gradSumOut[i],
            "null state buffer");
}

void runEigenPrefill(InnerModel model, const EigenPrefill &p, int threads) {
  checkEigenPrefill(model, p);
  if (model == InnerModel::Linear)
    runAll<LinearModel<64, 16>, 64>(p, threads);
  else
    runAll<MlpModel<64, 16>, 64>(p, threads);
}

} // namespace ttt::bench
