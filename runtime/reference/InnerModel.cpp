//===- InnerModel.cpp - the inner model as data: forward and backward -----===//
//
// Interprets the inner model's value list (docs/ArtifactFormat.md, "model")
// on one token row, and differentiates the token loss
// 1/2 ||values[loss](k) - v||^2 (or -<values[loss](k), v>, the dot loss) with
// respect to every Linear's weight and bias by reverse mode over the same
// list. Part of the float64 reference; shares no code with the compiler.
//
//===----------------------------------------------------------------------===//

#include "reference/Internal.h"

#include <cmath>
#include <set>

namespace ttt::reference {

using detail::Params;
using internal::fail;
using internal::linearInWidth;
using Row = std::vector<double>;
using Kind = Value::Kind;

namespace {

//===--- Elementwise pieces of the inner model ----------------------------===//

constexpr double kPi = 3.14159265358979323846;
constexpr double kGeluCubic = 0.044715;

double activate(Activation kind, double x) {
  switch (kind) {
  case Activation::Identity:
    return x;
  case Activation::Relu:
    return x > 0 ? x : 0;
  case Activation::Silu:
    return x / (1 + std::exp(-x));
  case Activation::GeluTanh: {
    double c = std::sqrt(2 / kPi);
    return 0.5 * x * (1 + std::tanh(c * (x + kGeluCubic * x * x * x)));
  }
  case Activation::GeluErf:
    return 0.5 * x * (1 + std::erf(x / std::sqrt(2.0)));
  }
  fail("unknown activation kind");
}

double activateDerivative(Activation kind, double x) {
  switch (kind) {
  case Activation::Identity:
    return 1;
  case Activation::Relu:
    return x > 0 ? 1 : 0; // subgradient 0 at the kink, as the frameworks use
  case Activation::Silu: {
    // d/dx x s(x) = s + x s (1 - s).
    double s = 1 / (1 + std::exp(-x));
    return s * (1 + x * (1 - s));
  }
  case Activation::GeluTanh: {
    // 0.5 (1 + t) + 0.5 x (1 - t^2) u'(x), t = tanh(u), u = c (x + a x^3).
    double c = std::sqrt(2 / kPi);
    double t = std::tanh(c * (x + kGeluCubic * x * x * x));
    return 0.5 * (1 + t) +
           0.5 * x * (1 - t * t) * c * (1 + 3 * kGeluCubic * x * x);
  }
  case Activation::GeluErf:
    // 0.5 (1 + erf(x / sqrt 2)) + x * phi(x), phi the standard normal pdf.
    return 0.5 * (1 + std::erf(x / std::sqrt(2.0))) +
           x * std::exp(-0.5 * x * x) / std::sqrt(2 * kPi);
  }
  fail("unknown activation kind");
}

/// Sets xhat = (y - mean) / sqrt(var + eps) and returns 1 / sqrt(var + eps);
/// biased variance, computed in two passes (mean first) for accuracy.
double normalize(const Row &y, double eps, Row &xhat) {
  double n = static_cast<double>(y.size()), mean = 0, var = 0;
  for (double e : y)
    mean += e;
  mean /= n;
  for (double e : y)
    var += (e - mean) * (e - mean);
  var /= n;
  double rstd = 1 / std::sqrt(var + eps);
  xhat.resize(y.size());
  for (size_t j = 0; j < y.size(); ++j)
    xhat[j] = (y[j] - mean) * rstd;
  return rstd;
}

} // namespace

//===--- The inner model: structure, forward, reverse mode ----------------===//

void detail::validateModel(const Model &model) {
  const auto &vals = model.values;
  if (vals.empty() || vals[0].kind != Kind::Input)
    fail("model: value 0 must be the input");
  if (model.miniBatch < 1)
    fail("model: mini-batch size must be >= 1, got " +
         std::to_string(model.miniBatch));
  if (model.decay && model.timing != Timing::Causal)
    fail("model: decay needs causal timing");
  if (model.decay && model.normalizeWeights)
    fail("model: decay and weight normalisation exclude each other");
  std::set<std::string> names = {"XQ", "XK", "XV",      "lr",
                                 "token_scale", "position", "Z",
                                 "decay",       "decay_product"};
  auto claim = [&](size_t i, const std::string &name) {
    std::string where = "model: value " + std::to_string(i) + ": ";
    if (name.empty())
      fail(where + "parameter name is empty");
    if (!names.insert(name).second)
      fail(where + "parameter name '" + name + "' is reserved or used twice");
  };
  for (size_t i = 0; i < vals.size(); ++i) {
    const Value &v = vals[i];
    std::string where = "model: value " + std::to_string(i) + ": ";
    if (v.width < 1)
      fail(where + "width must be >= 1");
    if (i == 0)
      continue;
    if (v.kind == Kind::Input)
      fail(where + "only value 0 may be the input");
    auto operand = [&](int o, const char *which) {
      if (o < 0 || static_cast<size_t>(o) >= i)
        fail(where + "operand " + which + " = " + std::to_string(o) +
             " must name an earlier value");
      return vals[o].width;
    };
    int64_t xw = operand(v.x, "x");
    switch (v.kind) {
    case Kind::Linear:
      claim(i, v.weight);
      claim(i, v.weight + ".grad_sum");
      if (!v.bias.empty()) { // a Linear without bias has no bias state
        claim(i, v.bias);
        claim(i, v.bias + ".grad_sum");
      }
      break;
    case Kind::LayerNorm:
      if (!(v.eps > 0))
        fail(where + "layer_norm eps must be positive");
      claim(i, v.weight);
      claim(i, v.bias);
      [[fallthrough]];
    case Kind::Activation:
      if (xw != v.width)
        fail(where + "width " + std::to_string(v.width) +
             " differs from its operand's " + std::to_string(xw));
      break;
    case Kind::Add:
    case Kind::Mul:
      if (xw != v.width || operand(v.y, "y") != v.width)
        fail(where + (v.kind == Kind::Add ? "add" : "mul") +
             " operands must both have width " + std::to_string(v.width));
      break;
    case Kind::Input:
      break;
    }
  }
  auto root = [&](int r, const char *what) {
    if (r < 0 || static_cast<size_t>(r) >= vals.size())
      fail(std::string("model: ") + what + " = " + std::to_string(r) +
           " is not a value");
    if (vals[r].width != vals[0].width)
      fail(std::string("model: ") + what + " value has width " +
           std::to_string(vals[r].width) + ", the input has " +
           std::to_string(vals[0].width));
  };
  root(model.loss, "loss");
  root(model.output, "output");
}

std::vector<Row> detail::forward(const Model &model, const Params &params,
                                 const Row &x) {
  std::vector<Row> out(model.values.size());
  for (size_t i = 0; i < model.values.size(); ++i) {
    const Value &v = model.values[i];
    Row &z = out[i];
    switch (v.kind) {
    case Kind::Input:
      z = x;
      break;
    case Kind::Linear: { // z = x W + c, W row-major [in, width]; c may be absent
      const Row &in = out[v.x], &w = params.weight[i];
      z = v.bias.empty() ? Row(v.width, 0.0) : params.bias[i];
      for (size_t a = 0; a < in.size(); ++a)
        for (int64_t o = 0; o < v.width; ++o)
          z[o] += in[a] * w[a * v.width + o];
      break;
    }
    case Kind::Activation:
      z = out[v.x];
      for (double &e : z)
        e = activate(v.activation, e);
      break;
    case Kind::LayerNorm: {
      normalize(out[v.x], v.eps, z);
      for (int64_t j = 0; j < v.width; ++j)
        z[j] = params.weight[i][j] * z[j] + params.bias[i][j];
      break;
    }
    case Kind::Add:
      z = out[v.x];
      for (int64_t j = 0; j < v.width; ++j)
        z[j] += out[v.y][j];
      break;
    case Kind::Mul:
      z = out[v.x];
      for (int64_t j = 0; j < v.width; ++j)
        z[j] *= out[v.y][j];
      break;
    }
  }
  return out;
}

double detail::loss(const Model &model, const Params &params, const Row &k,
                    const Row &v) {
  Row pred = forward(model, params, k)[model.loss];
  double l = 0;
  for (size_t j = 0; j < pred.size(); ++j)
    l += model.lossKind == LossKind::Dot
             ? -pred[j] * v[j]
             : 0.5 * (pred[j] - v[j]) * (pred[j] - v[j]);
  return l;
}

Params detail::lossGradient(const Model &model, const Params &params,
                            const Row &k, const Row &v) {
  const auto &vals = model.values;
  std::vector<Row> act = forward(model, params, k);
  // grad[i] = dL/d(values[i]); a value used by several later values
  // (fan-out) receives the sum of their contributions, hence the +=.
  std::vector<Row> grad(vals.size());
  for (size_t i = 0; i < vals.size(); ++i)
    grad[i].assign(vals[i].width, 0.0);
  // d/dp of 1/2 ||p - v||^2 is p - v; of -<p, v> it is -v.
  for (size_t j = 0; j < v.size(); ++j)
    grad[model.loss][j] = model.lossKind == LossKind::Dot
                              ? -v[j]
                              : act[model.loss][j] - v[j];

  // Every Linear gets an entry, zero if it does not reach the loss (e.g. a
  // layer only the output uses), so the gradient has the state's layout.
  Params g;
  g.weight.resize(vals.size());
  g.bias.resize(vals.size());
  for (size_t i = 0; i < vals.size(); ++i)
    if (vals[i].kind == Kind::Linear) {
      g.weight[i].assign(linearInWidth(model, vals[i]) * vals[i].width, 0.0);
      if (!vals[i].bias.empty())
        g.bias[i].assign(vals[i].width, 0.0);
    }

  // Operands precede their users (SSA order), so walking backwards from the
  // loss visits every value after all of its users have been processed.
  for (int i = model.loss; i > 0; --i) {
    const Value &val = vals[i];
    if (val.kind == Kind::Input) // only value 0 (validateModel); no operand
      continue;
    const Row &gz = grad[i];
    Row &gx = grad[val.x];
    const Row &x = act[val.x];
    switch (val.kind) {
    case Kind::Input:
      break;
    case Kind::Linear: { // dW = x^T gz, dc = gz, dx = gz W^T
      const Row &w = params.weight[i];
      for (size_t a = 0; a < x.size(); ++a)
        for (int64_t o = 0; o < val.width; ++o) {
          g.weight[i][a * val.width + o] = x[a] * gz[o];
          gx[a] += gz[o] * w[a * val.width + o];
        }
      if (!val.bias.empty())
        g.bias[i] = gz;
      break;
    }
    case Kind::Activation:
      for (int64_t j = 0; j < val.width; ++j)
        gx[j] += gz[j] * activateDerivative(val.activation, x[j]);
      break;
    case Kind::LayerNorm: {
      // out = w * xhat + b, xhat = (x - mean) * rstd. With gh = gz * w, the
      // mean and variance both depend on every x_j, which gives
      //   dx = rstd * (gh - mean(gh) - xhat * mean(gh * xhat)).
      Row xhat;
      double rstd = normalize(x, val.eps, xhat);
      double n = static_cast<double>(val.width), meanG = 0, meanGX = 0;
      Row gh(val.width);
      for (int64_t j = 0; j < val.width; ++j) {
        gh[j] = gz[j] * params.weight[i][j];
        meanG += gh[j] / n;
        meanGX += gh[j] * xhat[j] / n;
      }
      for (int64_t j = 0; j < val.width; ++j)
        gx[j] += rstd * (gh[j] - meanG - xhat[j] * meanGX);
      break;
    }
    case Kind::Add:
      // x and y may be the same value: both contributions then accumulate.
      for (int64_t j = 0; j < val.width; ++j) {
        grad[val.x][j] += gz[j];
        grad[val.y][j] += gz[j];
      }
      break;
    case Kind::Mul: {
      // d(x * y) = gz * y for x and gz * x for y, at the forward values;
      // x == y gives 2 gz x through the two accumulations.
      const Row &y = act[val.y];
      for (int64_t j = 0; j < val.width; ++j) {
        grad[val.x][j] += gz[j] * y[j];
        grad[val.y][j] += gz[j] * x[j];
      }
      break;
    }
    }
  }
  return g;
}

} // namespace ttt::reference
