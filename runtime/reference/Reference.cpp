//===- Reference.cpp - float64 primal-form TTT reference ------------------===//
//
// docs/Semantics.md sections 3 (primal form), 5 (state threading) and 8
// (non-causal mini-batches), written literally: one token at a time, float64.
// The inner model is interpreted and differentiated in InnerModel.cpp; this
// file checks the inputs and runs the mini-batch schedule. It shares no code
// with the compiler so that it can serve as an independent oracle; clarity
// beats speed here.
//
//===----------------------------------------------------------------------===//

#include "reference/Internal.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>
#include <tuple>

namespace ttt::reference {

using detail::Params;
using Row = std::vector<double>;
using Kind = Value::Kind;
using internal::fail;
using internal::linearInWidth;

namespace {

std::string shapeString(const std::vector<int64_t> &shape) {
  std::ostringstream os;
  os << '[';
  for (size_t i = 0; i < shape.size(); ++i)
    os << (i ? ", " : "") << shape[i];
  os << ']';
  return os.str();
}

std::string formatNumber(double x) {
  std::ostringstream os;
  os << x;
  return os.str();
}

int64_t numElements(const std::vector<int64_t> &shape) {
  int64_t n = 1;
  for (int64_t s : shape)
    n *= s;
  return n;
}

//===--- Inputs -----------------------------------------------------------===//

using TensorMap = std::map<std::string, Tensor>;

struct Dims {
  int64_t B, H, T, d;
};

const Tensor &require(const TensorMap &inputs, const std::string &name,
                      const std::vector<int64_t> &shape) {
  auto it = inputs.find(name);
  if (it == inputs.end())
    fail("missing input '" + name + "'");
  const Tensor &t = it->second;
  if (t.shape != shape)
    fail("input '" + name + "' has shape " + shapeString(t.shape) +
         ", expected " + shapeString(shape));
  if (static_cast<int64_t>(t.data.size()) != numElements(shape))
    fail("input '" + name + "' holds " + std::to_string(t.data.size()) +
         " elements, its shape " + shapeString(shape) + " needs " +
         std::to_string(numElements(shape)));
  return t;
}

/// The state inputs in the order of docs/ArtifactFormat.md.
std::vector<std::string> stateNames(const Model &model) {
  std::vector<std::string> params, sums;
  for (const Value &v : model.values)
    if (v.kind == Kind::Linear) {
      params.push_back(v.weight);
      sums.push_back(v.weight + ".grad_sum");
      if (!v.bias.empty()) {
        params.push_back(v.bias);
        sums.push_back(v.bias + ".grad_sum");
      }
    }
  params.insert(params.end(), sums.begin(), sums.end());
  if (model.decay)
    params.push_back("decay_product");
  params.push_back("position");
  return params;
}

/// Checks presence and shape of every input (and that nothing else is
/// passed); returns the sizes and the incoming in-mini-batch position.
std::pair<Dims, int64_t> checkInputs(const Model &model,
                                     const TensorMap &inputs) {
  auto xq = inputs.find("XQ");
  if (xq == inputs.end())
    fail("missing input 'XQ'");
  const auto &s = xq->second.shape;
  if (s.size() != 4)
    fail("input 'XQ' has shape " + shapeString(s) +
         ", expected rank 4 [B, H, T, d]");
  Dims dm{s[0], s[1], s[2], s[3]};
  if (dm.d != model.values[0].width)
    fail("input 'XQ' has feature size " + std::to_string(dm.d) +
         ", the model's input width is " +
         std::to_string(model.values[0].width));
  std::set<std::string> expected;
  auto need = [&](const std::string &name, std::vector<int64_t> shape) {
    expected.insert(name);
    return &require(inputs, name, shape);
  };
  for (const char *name : {"XQ", "XK", "XV"})
    need(name, {dm.B, dm.H, dm.T, dm.d});
  if (model.lrPerWeight) {
    for (const Value &v : model.values)
      if (v.kind == Kind::Linear)
        need("lr." + v.weight, {dm.B, dm.H, dm.T});
  } else {
    need("lr", {dm.B, dm.H, dm.T});
  }
  if (model.decay) {
    for (double a : need("decay", {dm.B, dm.H, dm.T})->data)
      if (!(a > 0 && a <= 1))
        fail("input 'decay' holds " + formatNumber(a) +
             ", every decay must lie in (0, 1]");
    need("decay_product", {dm.B, dm.H, 1, 1});
  }
  need("token_scale", {model.miniBatch});
  for (const Value &v : model.values) {
    if (v.kind == Kind::LayerNorm) {
      need(v.weight, {dm.H, v.width});
      need(v.bias, {dm.H, v.width});
    } else if (v.kind == Kind::Linear) {
      int64_t in = linearInWidth(model, v);
      for (const char *suffix : {"", ".grad_sum"}) {
        need(v.weight + suffix, {dm.B, dm.H, in, v.width});
        if (!v.bias.empty())
          need(v.bias + suffix, {dm.B, dm.H, 1, v.width});
      }
    }
  }
  double p = need("position", {})->data[0];
  if (!(p >= 0 && p < static_cast<double>(model.miniBatch)) ||
      p != std::floor(p))
    fail("input 'position' is " + formatNumber(p) +
         ", must be an integer in [0, " + std::to_string(model.miniBatch) +
         ") (the mini-batch size)");
  for (const auto &entry : inputs)
    if (!expected.count(entry.first))
      fail("unexpected input '" + entry.first + "'");
  return {dm, static_cast<int64_t>(p)};
}

/// y[i] += a * x[i], weight and bias of value i.
void addScaledAt(Params &y, size_t i, double a, const Params &x) {
  for (size_t e = 0; e < x.weight[i].size(); ++e)
    y.weight[i][e] += a * x.weight[i][e];
  for (size_t e = 0; e < x.bias[i].size(); ++e)
    y.bias[i][e] += a * x.bias[i][e];
}

/// y = a * x + s * z, weight and bias of value i (rounded as scaling a
/// copy of x by a and then addScaledAt(y, i, s, z) would).
void combineAt(Params &y, size_t i, double a, const Params &x, double s,
               const Params &z) {
  for (auto [out, in, add] :
       {std::tuple(&y.weight[i], &x.weight[i], &z.weight[i]),
        std::tuple(&y.bias[i], &x.bias[i], &z.bias[i])})
    for (size_t e = 0; e < out->size(); ++e) {
      (*out)[e] = a * (*in)[e];
      (*out)[e] += s * (*add)[e];
    }
}

/// y += a * x over the entries x holds. Gradients and grad sums hold only
/// the Linear entries, so LayerNorm parameters in y are never touched.
void addScaled(Params &y, double a, const Params &x) {
  for (size_t i = 0; i < x.weight.size(); ++i)
    addScaledAt(y, i, a, x);
}

/// LaCT's weight normalisation: column j of the weight [in, out] in
/// `updated` scaled by ||before[:, j]|| / (||updated[:, j]|| + 1e-5).
void normalizeColumns(Row &updated, const Row &before, int64_t out) {
  const int64_t in = static_cast<int64_t>(updated.size()) / out;
  for (int64_t j = 0; j < out; ++j) {
    double target = 0, norm = 0;
    for (int64_t i = 0; i < in; ++i) {
      target += before[i * out + j] * before[i * out + j];
      norm += updated[i * out + j] * updated[i * out + j];
    }
    const double ratio = std::sqrt(target) / (std::sqrt(norm) + 1e-5);
    for (int64_t i = 0; i < in; ++i)
      updated[i * out + j] *= ratio;
  }
}

void setZero(Params &p) {
  for (auto *list : {&p.weight, &p.bias})
    for (Row &r : *list)
      std::fill(r.begin(), r.end(), 0.0);
}

Row rowOf(const Tensor &t, int64_t index, int64_t size) {
  auto first = t.data.begin() + index * size;
  return Row(first, first + size);
}

void storeRow(Tensor &t, int64_t index, const Row &row) {
  std::copy(row.begin(), row.end(), t.data.begin() + index * row.size());
}

} // namespace

//===--- The primal schedule ----------------------------------------------===//

TensorMap runPrefill(const Model &model, const TensorMap &inputs) {
  detail::validateModel(model);
  // Named variables rather than a structured binding: the lambdas below
  // capture them, which C++17 does not allow for bindings.
  const std::pair<Dims, int64_t> checked = checkInputs(model, inputs);
  const Dims &dm = checked.first;
  const int64_t position = checked.second;
  const int64_t b = model.miniBatch, nv = model.values.size();
  const Tensor &XQ = inputs.at("XQ"), &XK = inputs.at("XK"),
               &XV = inputs.at("XV"), &scale = inputs.at("token_scale");
  // The learning rate of every value (linear layers only use theirs).
  std::vector<const Tensor *> lrOf(nv, nullptr);
  for (int64_t i = 0; i < nv; ++i)
    if (model.values[i].kind == Kind::Linear)
      lrOf[i] = &inputs.at(model.lrPerWeight
                               ? "lr." + model.values[i].weight
                               : std::string("lr"));

  TensorMap out;
  out["Z"] = Tensor{XQ.shape, Row(XQ.data.size(), 0.0)};
  for (const std::string &name : stateNames(model))
    out[name] = Tensor{inputs.at(name).shape,
                       Row(inputs.at(name).data.size(), 0.0)};
  // Every head starts at the same position and sees T tokens.
  out["position"].data[0] = static_cast<double>((position + dm.T) % b);

  for (int64_t n = 0; n < dm.B; ++n)
    for (int64_t h = 0; h < dm.H; ++h) {
      const int64_t head = n * dm.H + h;
      // theta0: the mini-batch's starting parameters (plus this head's
      // LayerNorm parameters, which TTT never updates); sum: S.
      Params theta0, sum;
      for (auto *p : {&theta0.weight, &theta0.bias, &sum.weight, &sum.bias})
        p->resize(nv);
      for (int64_t i = 0; i < nv; ++i) {
        const Value &v = model.values[i];
        if (v.kind == Kind::LayerNorm) {
          theta0.weight[i] = rowOf(inputs.at(v.weight), h, v.width);
          theta0.bias[i] = rowOf(inputs.at(v.bias), h, v.width);
        } else if (v.kind == Kind::Linear) {
          int64_t wsize = linearInWidth(model, v) * v.width;
          theta0.weight[i] = rowOf(inputs.at(v.weight), head, wsize);
          sum.weight[i] = rowOf(inputs.at(v.weight + ".grad_sum"), head, wsize);
          if (!v.bias.empty()) {
            theta0.bias[i] = rowOf(inputs.at(v.bias), head, v.width);
            sum.bias[i] = rowOf(inputs.at(v.bias + ".grad_sum"), head, v.width);
          }
        }
      }
      auto token = [&](const Tensor &t, int64_t i) {
        return rowOf(t, head * dm.T + i, dm.d);
      };
      // With decay (Semantics section 10), position i sees
      //   theta_i = A_i theta0 - token_scale[i] S_i,
      //   A_i = alpha_i A_{i-1},  S_i = alpha_i S_{i-1} + lr_i G_i,
      // with every G at theta0; without decay alpha = A = 1.
      double product = model.decay
                           ? inputs.at("decay_product").data[head]
                           : 1.0;
      auto tokenDecay = [&](int64_t t) {
        return model.decay ? inputs.at("decay").data[head * dm.T + t] : 1.0;
      };
      // G_t at the mini-batch's start state, accumulated into S.
      auto accumulate = [&](int64_t t) {
        if (model.decay) {
          const double alpha = tokenDecay(t);
          for (auto *list : {&sum.weight, &sum.bias})
            for (Row &r : *list)
              for (double &e : r)
                e *= alpha;
          product *= alpha;
        }
        // S += lr_t G_t, each linear layer's gradient scaled by its own
        // learning rate.
        Params g = detail::lossGradient(model, theta0, token(XK, t),
                                        token(XV, t));
        for (int64_t i = 0; i < nv; ++i)
          if (lrOf[i])
            addScaledAt(sum, i, lrOf[i]->data[head * dm.T + t], g);
      };
      // theta0 scaled by the decay product, LayerNorm parameters untouched.
      auto decayedTheta0 = [&] {
        Params theta = theta0;
        for (int64_t i = 0; i < nv; ++i)
          if (model.values[i].kind == Kind::Linear) {
            for (double &e : theta.weight[i])
              e *= product;
            for (double &e : theta.bias[i])
              e *= product;
          }
        return theta;
      };
      // z_t = model(q_t; A theta0 - token_scale[i] * S), i = t's position;
      // model(q_t; theta0) with `after` timing. `theta` is one buffer per
      // head, rewritten for every token (the LayerNorm entries, which TTT
      // never updates, stay theta0's) rather than a fresh copy of every
      // parameter per token: the finite differences run thousands of
      // prefills (LaCT's sampled check: 4.0 -> 3.8 s).
      Params theta = theta0;
      auto emit = [&](int64_t t, int64_t i) {
        const double s = model.timing != Timing::After ? -scale.data[i] : 0;
        for (int64_t v = 0; v < nv; ++v)
          if (model.values[v].kind == Kind::Linear)
            combineAt(theta, v, product, theta0, s, sum);
        storeRow(out["Z"], head * dm.T + t,
                 detail::forward(model, theta, token(XQ, t))[model.output]);
      };

      // The tokens fall into segments: the rest of the mini-batch in
      // progress (positions p..b-1), then whole mini-batches, then possibly
      // a partial one, which is returned uncommitted as (theta0, S, p).
      int64_t p = position;
      for (int64_t t = 0; t < dm.T;) {
        int64_t len = std::min(b - p, dm.T - t);
        if (model.timing != Timing::All) {
          // Causal: position i sees S summed over j <= i only, so S grows
          // token by token and each output is emitted right after. After:
          // no output sees S, so the order does not matter.
          for (int64_t j = 0; j < len; ++j) {
            accumulate(t + j);
            emit(t + j, p + j);
          }
        } else {
          // Non-causal (semantics section 8): eta[i, j] = token_scale[i] *
          // lr_j for every j of the mini-batch *present in this call*, so
          // every position sees the S summed over the whole segment,
          // including the incoming S of a partially filled mini-batch.
          // Tokens of the same mini-batch that arrive in a later call are
          // not visible, so chunking mid-mini-batch changes the outputs of
          // a non-causal layer; only mini-batch-aligned chunks are exact.
          for (int64_t j = 0; j < len; ++j)
            accumulate(t + j);
          for (int64_t j = 0; j < len; ++j)
            emit(t + j, p + j);
        }
        t += len;
        p += len;
        if (p == b) { // commit: theta0 <- theta_{b-1}, S <- 0, A <- 1
          Params before = theta0;
          theta0 = decayedTheta0();
          addScaled(theta0, -scale.data[b - 1], sum);
          if (model.normalizeWeights)
            for (int64_t i = 0; i < nv; ++i)
              if (model.values[i].kind == Kind::Linear)
                normalizeColumns(theta0.weight[i], before.weight[i],
                                 model.values[i].width);
          setZero(sum);
          product = 1.0;
          p = 0;
        }
      }

      for (int64_t i = 0; i < nv; ++i) {
        const Value &v = model.values[i];
        if (v.kind != Kind::Linear)
          continue;
        storeRow(out[v.weight], head, theta0.weight[i]);
        storeRow(out[v.weight + ".grad_sum"], head, sum.weight[i]);
        if (!v.bias.empty()) {
          storeRow(out[v.bias], head, theta0.bias[i]);
          storeRow(out[v.bias + ".grad_sum"], head, sum.bias[i]);
        }
      }
      if (model.decay)
        out["decay_product"].data[head] = product;
    }
  return out;
}

} // namespace ttt::reference
