//===- ReferenceTestSupport.h - helpers for ttt-reference-test --*- C++ -*-===//
//
// Header-only helpers of ReferenceTest.cpp: models built in C++, seeded
// random inputs, slicing along the token axis, error measures, reporting.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_REFERENCE_REFERENCETESTSUPPORT_H
#define TTT_REFERENCE_REFERENCETESTSUPPORT_H

#include "reference/Reference.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>

namespace ttt::reference::test {

using Inputs = std::map<std::string, Tensor>;
using Row = std::vector<double>;
using Kind = Value::Kind;

//===--- Reporting --------------------------------------------------------===//

inline int &passedCount() { static int n = 0; return n; }
inline int &failedCount() { static int n = 0; return n; }

inline void report(const std::string &name, bool ok, const std::string &what) {
  std::printf("%s: %s (%s)\n", ok ? "PASS" : "FAIL", name.c_str(),
              what.c_str());
  ++(ok ? passedCount() : failedCount());
}

/// Reports `err < tol` (NaN fails).
inline void reportErr(const std::string &name, double err, double tol) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "rel err %.2e, tol %.0e", err, tol);
  report(name, err < tol, buf);
}

//===--- Models -----------------------------------------------------------===//

inline Value inputValue(int64_t w) {
  Value v;
  v.kind = Kind::Input;
  v.width = w;
  return v;
}
inline Value linear(int x, int64_t w, std::string weight, std::string bias) {
  Value v;
  v.kind = Kind::Linear;
  v.x = x, v.width = w, v.weight = std::move(weight), v.bias = std::move(bias);
  return v;
}
inline Value activation(int x, int64_t w, Activation a) {
  Value v;
  v.kind = Kind::Activation;
  v.x = x, v.width = w, v.activation = a;
  return v;
}
inline Value layerNorm(int x, int64_t w, std::string weight, std::string bias) {
  Value v;
  v.kind = Kind::LayerNorm;
  v.x = x, v.width = w, v.weight = std::move(weight), v.bias = std::move(bias);
  v.eps = 1e-6;
  return v;
}
inline Value add(int x, int y, int64_t w) {
  Value v;
  v.kind = Kind::Add;
  v.x = x, v.y = y, v.width = w;
  return v;
}

inline Value mul(int x, int y, int64_t w) {
  Value v = add(x, y, w);
  v.kind = Kind::Mul;
  return v;
}

inline Model finish(std::vector<Value> values, int loss, int output,
                    int64_t b) {
  Model m;
  m.values = std::move(values);
  m.loss = loss, m.output = output, m.miniBatch = b;
  return m;
}

/// TTT-Linear: x + LN(x W1 + b1).
inline Model tttLinear(int64_t d, int64_t b) {
  return finish({inputValue(d), linear(0, d, "W1", "b1"),
                 layerNorm(1, d, "ln_weight", "ln_bias"), add(0, 2, d)},
                3, 3, b);
}

/// TTT-MLP: x + LN(act(x W1 + b1) W2 + b2), hidden width 4d.
inline Model tttMlp(int64_t d, int64_t b,
                    Activation act = Activation::GeluTanh) {
  return finish({inputValue(d), linear(0, 4 * d, "W1", "b1"),
                 activation(1, 4 * d, act), linear(2, d, "W2", "b2"),
                 layerNorm(3, d, "ln_weight", "ln_bias"), add(0, 4, d)},
                5, 5, b);
}

/// No LayerNorm: x W1 + b1 is both the loss's and the output's value.
inline Model plainLinear(int64_t d, int64_t b) {
  return finish({inputValue(d), linear(0, d, "W1", "b1")}, 1, 1, b);
}

/// Fan-out everywhere: h = x W1 + b1, u = silu(h) W2 + b2, s = u + h, and
/// loss = h + (u + (s + LN(s))). Reverse mode reaches every operand of s
/// and of LN(s) when it already holds a gradient from a later user, so a
/// "=" instead of "+=" anywhere shows. The output s skips the LayerNorm
/// (loss != output).
inline Model fanOut(int64_t d, int64_t b) {
  return finish({inputValue(d), linear(0, d, "W1", "b1"),
                 activation(1, d, Activation::Silu), linear(2, d, "W2", "b2"),
                 add(3, 1, d), layerNorm(4, d, "ln_weight", "ln_bias"),
                 add(4, 5, d), add(3, 6, d), add(1, 7, d)},
                8, 4, b);
}

/// SwiGLU without biases (LaCT's fast weights): (silu(x W1) * (x W3)) W2,
/// hidden width 2d; the biasless linears have no bias state at all.
inline Model swiglu(int64_t d, int64_t b) {
  int64_t h = 2 * d;
  return finish({inputValue(d), linear(0, h, "W1", ""),
                 activation(1, h, Activation::Silu), linear(0, h, "W3", ""),
                 mul(2, 3, h), linear(4, d, "W2", "")},
                5, 5, b);
}

/// `m` with per-token decay (Semantics section 10).
inline Model withDecay(Model m) {
  m.decay = true;
  return m;
}

/// The same model with one learning rate per linear layer (`lr.<weight>`).
inline Model withLrPerWeight(Model m) {
  m.lrPerWeight = true;
  return m;
}

/// The same model with LaCT's weight normalisation after every commit.
inline Model withNormalizeWeights(Model m) {
  m.normalizeWeights = true;
  return m;
}

/// The same model with another update timing.
inline Model withTiming(Model m, Timing timing) {
  m.timing = timing;
  return m;
}

/// The same model with LaCT's dot-product loss -<values[loss](k), v>.
inline Model withDotLoss(Model m) {
  m.lossKind = LossKind::Dot;
  return m;
}

//===--- Random data ------------------------------------------------------===//

struct Rng {
  std::mt19937_64 gen;
  explicit Rng(uint64_t seed) : gen(seed) {}
  double normal(double sd = 1) {
    return std::normal_distribution<>(0, sd)(gen);
  }
  double uniform(double lo, double hi) {
    return std::uniform_real_distribution<>(lo, hi)(gen);
  }
  Row normals(size_t n, double sd = 1, double mean = 0) {
    Row r(n);
    for (double &e : r)
      e = mean + normal(sd);
    return r;
  }
};

inline int64_t numElements(const std::vector<int64_t> &shape) {
  int64_t n = 1;
  for (int64_t s : shape)
    n *= s;
  return n;
}

inline Tensor randomTensor(Rng &rng, std::vector<int64_t> shape,
                           double sd = 1, double mean = 0) {
  Row data = rng.normals(numElements(shape), sd, mean);
  return Tensor{std::move(shape), std::move(data)};
}

/// Every input of one prefill of T tokens, starting at in-mini-batch
/// position p0 (with a random incoming S when p0 > 0, zero S otherwise).
/// lrScale keeps models whose loss has several paths to a parameter (a
/// larger curvature) from diverging over the sequence.
inline Inputs makeInputs(const Model &m, int64_t B, int64_t H, int64_t T,
                         uint64_t seed, int64_t p0 = 0, double lrScale = 1) {
  Rng rng(seed);
  int64_t d = m.values[0].width, b = m.miniBatch;
  Inputs in;
  for (const char *name : {"XQ", "XK", "XV"})
    in[name] = randomTensor(rng, {B, H, T, d});
  in["lr"] = Tensor{{B, H, T}, Row(B * H * T)};
  for (double &e : in["lr"].data) // as in the paper: base_lr * sigmoid / d
    e = lrScale * rng.uniform(0.1, 1.0) / d;
  in["token_scale"] = Tensor{{b}, Row(b)};
  for (int64_t i = 0; i < b; ++i)
    in["token_scale"].data[i] = 1.0 / (i + 1);
  for (const Value &v : m.values) {
    if (v.kind == Kind::LayerNorm) {
      in[v.weight] = randomTensor(rng, {H, v.width}, 0.2, 1.0);
      in[v.bias] = randomTensor(rng, {H, v.width}, 0.2);
    } else if (v.kind == Kind::Linear) {
      int64_t fanIn = m.values[v.x].width;
      in[v.weight] = randomTensor(rng, {B, H, fanIn, v.width},
                                  1 / std::sqrt(double(fanIn)));
      double sd = p0 > 0 ? 0.05 : 0.0;
      in[v.weight + ".grad_sum"] =
          randomTensor(rng, {B, H, fanIn, v.width}, sd);
      if (!v.bias.empty()) {
        in[v.bias] = randomTensor(rng, {B, H, 1, v.width}, 0.1);
        in[v.bias + ".grad_sum"] = randomTensor(rng, {B, H, 1, v.width}, sd);
      }
    }
  }
  if (m.decay) { // alpha in (0.5, 1); A of the mini-batch in progress
    in["decay"] = Tensor{{B, H, T}, Row(B * H * T)};
    for (double &e : in["decay"].data)
      e = rng.uniform(0.5, 1.0);
    in["decay_product"] = Tensor{{B, H, 1, 1}, Row(B * H, 1.0)};
    if (p0 > 0)
      for (double &e : in["decay_product"].data)
        e = rng.uniform(0.5, 1.0);
  }
  if (m.lrPerWeight) { // lr.<weight> per linear layer instead of lr
    for (const Value &v : m.values)
      if (v.kind == Kind::Linear) {
        Tensor lr{{B, H, T}, Row(B * H * T)};
        for (double &e : lr.data)
          e = lrScale * rng.uniform(0.1, 1.0) / d;
        in["lr." + v.weight] = std::move(lr);
      }
    in.erase("lr");
  }
  in["position"] = Tensor{{}, {double(p0)}};
  return in;
}

/// Random per-head parameters (Linear and LayerNorm entries) for `m`.
inline detail::Params randomParams(const Model &m, Rng &rng) {
  detail::Params p;
  p.weight.resize(m.values.size());
  p.bias.resize(m.values.size());
  for (size_t i = 0; i < m.values.size(); ++i) {
    const Value &v = m.values[i];
    if (v.kind == Kind::Linear) {
      int64_t fanIn = m.values[v.x].width;
      p.weight[i] = rng.normals(fanIn * v.width, 1 / std::sqrt(double(fanIn)));
      if (!v.bias.empty())
        p.bias[i] = rng.normals(v.width, 0.1);
    } else if (v.kind == Kind::LayerNorm) {
      p.weight[i] = rng.normals(v.width, 0.2, 1.0);
      p.bias[i] = rng.normals(v.width, 0.2);
    }
  }
  return p;
}

//===--- Token-axis slicing (axis 2 of [B, H, T, ...]) --------------------===//

inline Tensor sliceTokens(const Tensor &t, int64_t t0, int64_t t1) {
  int64_t outer = t.shape[0] * t.shape[1], T = t.shape[2];
  int64_t inner = numElements(t.shape) / (outer * T);
  Tensor r{t.shape, {}};
  r.shape[2] = t1 - t0;
  for (int64_t o = 0; o < outer; ++o)
    r.data.insert(r.data.end(), t.data.begin() + (o * T + t0) * inner,
                  t.data.begin() + (o * T + t1) * inner);
  return r;
}

inline Tensor concatTokens(const Tensor &a, const Tensor &b) {
  int64_t outer = a.shape[0] * a.shape[1], Ta = a.shape[2], Tb = b.shape[2];
  int64_t inner = a.shape[3];
  Tensor r{a.shape, {}};
  r.shape[2] = Ta + Tb;
  for (int64_t o = 0; o < outer; ++o) {
    r.data.insert(r.data.end(), a.data.begin() + o * Ta * inner,
                  a.data.begin() + (o + 1) * Ta * inner);
    r.data.insert(r.data.end(), b.data.begin() + o * Tb * inner,
                  b.data.begin() + (o + 1) * Tb * inner);
  }
  return r;
}

/// The inputs of tokens [t0, t1) of `in`, with the state taken from `state`.
inline Inputs tokenRange(const Inputs &in, const Inputs &state, int64_t t0,
                         int64_t t1) {
  Inputs r = in;
  for (const auto &[name, t] : state)
    if (name != "Z")
      r[name] = t;
  for (const auto &[name, t] : in) // after: state may be `in`
    if (name == "XQ" || name == "XK" || name == "XV" || name == "lr" ||
        name.rfind("lr.", 0) == 0 || name == "decay")
      r[name] = sliceTokens(t, t0, t1);
  return r;
}

/// Runs `in` as consecutive prefills of the given sizes (summing to T),
/// threading the state; returns Z concatenated and the final state.
inline Inputs runChunked(const Model &m, const Inputs &in,
                         const std::vector<int64_t> &sizes) {
  Inputs state = in, out;
  Tensor Z = sliceTokens(in.at("XQ"), 0, 0);
  int64_t t = 0;
  for (int64_t n : sizes) {
    out = runPrefill(m, tokenRange(in, state, t, t + n));
    Z = concatTokens(Z, out.at("Z"));
    state = out;
    t += n;
  }
  out["Z"] = Z;
  return out;
}

//===--- Errors -----------------------------------------------------------===//

/// ||a - b|| / ||b|| (||a - b|| when b is 0); infinite on a shape mismatch.
inline double relErr(const Tensor &a, const Tensor &b) {
  if (a.shape != b.shape || a.data.size() != b.data.size())
    return std::numeric_limits<double>::infinity();
  double diff = 0, ref = 0;
  for (size_t i = 0; i < a.data.size(); ++i) {
    diff += (a.data[i] - b.data[i]) * (a.data[i] - b.data[i]);
    ref += b.data[i] * b.data[i];
  }
  return ref > 0 ? std::sqrt(diff / ref) : std::sqrt(diff);
}

/// The largest relErr over all outputs; infinite if the names differ.
inline double maxRelErr(const Inputs &a, const Inputs &b) {
  if (a.size() != b.size())
    return std::numeric_limits<double>::infinity();
  double worst = 0;
  for (const auto &[name, t] : a) {
    auto it = b.find(name);
    if (it == b.end())
      return std::numeric_limits<double>::infinity();
    double e = relErr(t, it->second);
    if (std::isnan(e))
      return e;
    worst = std::max(worst, e);
  }
  return worst;
}

} // namespace ttt::reference::test

#endif // TTT_REFERENCE_REFERENCETESTSUPPORT_H
