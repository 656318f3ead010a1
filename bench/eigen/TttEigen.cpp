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
  const float *state[4];
  float *z;
  float *stateOut[4];
};

template <int D, int B> struct LinearModel {
  static constexpr int numState = 2;
  static constexpr int64_t stateSize[numState] = {D * D, D};
  Mat<D, D> W;
  RowV<D> c;

  void run(const Sequence &s, const float *scalePtr, int64_t T, float eps) {
    W = view<D, D>(s.state[0]);
    c = view<1, D>(s.state[1]);
    const RowV<D> lnW = view<1, D>(s.lnW), lnB = view<1, D>(s.lnB);
    const ColV<B> scale = view<B, 1>(scalePtr);
    LayerNorm<B, D> ln;
    for (int64_t t0 = 0; t0 < T; t0 += B) {
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
};

template <int D, int B> struct MlpModel {
  static constexpr int Hd = 4 * D;
  static constexpr int numState = 4;
  static constexpr int64_t stateSize[numState] = {D * Hd, Hd, Hd * D, D};
  Mat<D, Hd> W1;
  RowV<Hd> c1;
  Mat<Hd, D> W2;
  RowV<D> c2;

  void run(const Sequence &s, const float *scalePtr, int64_t T, float eps) {
    W1 = view<D, Hd>(s.state[0]);
    c1 = view<1, Hd>(s.state[1]);
    W2 = view<Hd, D>(s.state[2]);
    c2 = view<1, D>(s.state[3]);
    const RowV<D> lnW = view<1, D>(s.lnW), lnB = view<1, D>(s.lnB);
    const ColV<B> scale = view<B, 1>(scalePtr);
    LayerNorm<B, D> ln;
    for (int64_t t0 = 0; t0 < T; t0 += B) {
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
};

void require(bool ok, const std::string &what) {
  if (!ok)
    throw std::invalid_argument("eigen baseline: " + what);
}

template <class Model, int D>
void runAll(const EigenPrefill &p, int threads) {
  const int64_t sequences = p.B * p.H;
  std::atomic<int64_t> next{0};
  auto worker = [&] {
    auto model = std::make_unique<Model>(); // the state: too big for a stack
    for (int64_t q; (q = next.fetch_add(1)) < sequences;) {
      Sequence s;
      int64_t tok = q * p.T;
      s.xq = p.XQ + tok * D;
      s.xk = p.XK + tok * D;
      s.xv = p.XV + tok * D;
      s.lr = p.lr + tok;
      s.z = p.Z + tok * D;
      s.lnW = p.lnWeight + (q % p.H) * D;
      s.lnB = p.lnBias + (q % p.H) * D;
      for (int i = 0; i < Model::numState; ++i) {
        s.state[i] = p.state[i] + q * Model::stateSize[i];
        s.stateOut[i] = p.stateOut[i] + q * Model::stateSize[i];
      }
      model->run(s, p.tokenScale, p.T, static_cast<float>(p.eps));
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
  require(p.dim == 64 && p.miniBatch == 16,
          "built for d = 64, b = 16 only (got d = " + std::to_string(p.dim) +
              ", b = " + std::to_string(p.miniBatch) + ")");
  require(p.B >= 0 && p.H >= 0 && p.T >= 0, "negative size");
  require(p.T % p.miniBatch == 0,
          "T = " + std::to_string(p.T) +
              " is not a multiple of the mini-batch size " +
              std::to_string(p.miniBatch) +
              " (a mini-batch in progress is not supported)");
  require(p.XQ && p.XK && p.XV && p.lr && p.tokenScale && p.lnWeight &&
              p.lnBias && p.Z,
          "null input or output buffer");
  size_t numState = model == InnerModel::Linear
                        ? LinearModel<64, 16>::numState
                        : MlpModel<64, 16>::numState;
  require(p.state.size() == numState && p.stateOut.size() == numState,
          "expected " + std::to_string(numState) +
              " state buffers (weight and bias per linear layer)");
  for (size_t i = 0; i < numState; ++i)
    require(p.state[i] && p.stateOut[i], "null state buffer");
}

void runEigenPrefill(InnerModel model, const EigenPrefill &p, int threads) {
  checkEigenPrefill(model, p);
  if (model == InnerModel::Linear)
    runAll<LinearModel<64, 16>, 64>(p, threads);
  else
    runAll<MlpModel<64, 16>, 64>(p, threads);
}

} // namespace ttt::bench
