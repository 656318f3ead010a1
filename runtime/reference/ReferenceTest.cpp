//===- ReferenceTest.cpp - self-checks of the float64 reference -----------===//
//
// ttt-reference-test: checks the reference against things that are true
// independently of it (finite differences, naive online gradient descent, a
// hand-written dual form) and against the equalities of docs/Semantics.md
// section 5 (chunked prefill and decode equal one prefill). Prints one line
// per check and a final "N passed, M failed"; exits non-zero on failure.
//
//===----------------------------------------------------------------------===//

#include "reference/ReferenceTestSupport.h"

#include <stdexcept>

using namespace ttt::reference;
using namespace ttt::reference::test;

namespace {

constexpr int64_t kB = 2, kH = 2;

//===--- 1. Backprop vs central finite differences ------------------------===//

void checkGradient(const std::string &label, const Model &m, uint64_t seed) {
  Rng rng(seed);
  detail::Params p = randomParams(m, rng);
  int64_t d = m.values[0].width;
  Row k = rng.normals(d), v = rng.normals(d);
  detail::Params g = detail::lossGradient(m, p, k, v);
  const double h = 1e-5; // truncation ~h^2, rounding ~1e-16/h: both << 1e-6
  for (size_t i = 0; i < m.values.size(); ++i) {
    const Value &val = m.values[i];
    if (val.kind != Value::Kind::Linear)
      continue;
    for (bool weight : {true, false}) {
      if (!weight && val.bias.empty())
        continue; // no bias state
      Row &entries = weight ? p.weight[i] : p.bias[i];
      const Row &grad = weight ? g.weight[i] : g.bias[i];
      Tensor analytic{{0}, {}}, numeric{{0}, {}};
      for (int s = 0; s < (weight ? 6 : 3); ++s) {
        size_t e = rng.gen() % entries.size();
        double saved = entries[e];
        entries[e] = saved + h;
        double up = detail::loss(m, p, k, v);
        entries[e] = saved - h;
        double down = detail::loss(m, p, k, v);
        entries[e] = saved;
        numeric.data.push_back((up - down) / (2 * h));
        analytic.data.push_back(grad[e]);
      }
      analytic.shape[0] = numeric.shape[0] = analytic.data.size();
      reportErr("gradient " + label + " d/d" + (weight ? val.weight : val.bias),
                relErr(analytic, numeric), 1e-6);
    }
  }
}

//===--- 1b. The finite-difference backward (the VJP oracle) ---------------===//

/// Random cotangents "o.grad" for every output o of a prefill of `in`.
Inputs withCotangents(const Model &m, const Inputs &in, uint64_t seed) {
  Rng rng(seed);
  Inputs all = in;
  for (const auto &[name, t] : runPrefill(m, in))
    if (name != "position")
      all[name + ".grad"] = randomTensor(rng, t.shape);
  return all;
}

// Plain linear layer (no LayerNorm), one mini-batch that the call neither
// completes nor starts (p0 = 2, p0 + T < b): with e_j = k_j W0 + c0 - v_j,
//   W_i = W0 - ts_{p0+i} (S0_W + sum_{j<=i} lr_j k_j^T e_j),  z_i = q_i W_i + c_i,
//   S_W = S0_W + sum_j lr_j k_j^T e_j,  S_c = S0_c + sum_j lr_j e_j,
// and L = sum_i <Zg_i, z_i> + <SgW, S_W> + <Sgc, S_c> has, by hand,
//   dL/dq_i    = Zg_i W_i^T
//   dL/de_j    = -lr_j sum_{i>=j} ts_{p0+i} (q_i . k_j + 1) Zg_i + lr_j (k_j SgW + Sgc)
//   dL/dv_j    = -dL/de_j
//   dL/dlr_j   = <dL/de_j, e_j> / lr_j
//   dL/dS0_W   = SgW - sum_i ts_{p0+i} q_i^T Zg_i
void checkBackwardKnown() {
  const int64_t d = 4, T = 5, b = 8, p0 = 2, B = 1, H = 2;
  Model m = plainLinear(d, b);
  Inputs all = withCotangents(m, makeInputs(m, B, H, T, 31, p0), 32);
  Inputs fd = finiteDifferenceBackward(m, all);
  Inputs hand = {{"XQ.grad", Tensor{{B, H, T, d}, Row(B * H * T * d)}},
                 {"XV.grad", Tensor{{B, H, T, d}, Row(B * H * T * d)}},
                 {"lr.grad", Tensor{{B, H, T}, Row(B * H * T)}},
                 {"W1.grad_sum.grad", Tensor{{B, H, d, d}, Row(B * H * d * d)}}};
  const Row &ts = all["token_scale"].data;
  for (int64_t head = 0; head < B * H; ++head) {
    auto at = [&](const char *name, int64_t t, int64_t o) {
      return all[name].data[(head * T + t) * d + o];
    };
    auto mat = [&](const char *name, int64_t a, int64_t o) {
      return all[name].data[(head * d + a) * d + o];
    };
    auto vec = [&](const char *name, int64_t o) {
      return all[name].data[head * d + o];
    };
    std::vector<Row> e(T, Row(d));
    for (int64_t j = 0; j < T; ++j)
      for (int64_t o = 0; o < d; ++o) {
        e[j][o] = vec("b1", o) - at("XV", j, o);
        for (int64_t a = 0; a < d; ++a)
          e[j][o] += at("XK", j, a) * mat("W1", a, o);
      }
    auto lr = [&](int64_t t) { return all["lr"].data[head * T + t]; };
    for (int64_t i = 0; i < T; ++i) {
      double s = ts[p0 + i];
      for (int64_t a = 0; a < d; ++a) {
        double g = 0;
        for (int64_t o = 0; o < d; ++o) {
          double w = mat("W1", a, o) - s * mat("W1.grad_sum", a, o);
          for (int64_t j = 0; j <= i; ++j)
            w -= s * lr(j) * at("XK", j, a) * e[j][o];
          g += at("Z.grad", i, o) * w;
        }
        hand["XQ.grad"].data[(head * T + i) * d + a] = g;
      }
    }
    for (int64_t j = 0; j < T; ++j) {
      Row de(d, 0.0);
      for (int64_t i = j; i < T; ++i) {
        double qk = 1;
        for (int64_t a = 0; a < d; ++a)
          qk += at("XQ", i, a) * at("XK", j, a);
        for (int64_t o = 0; o < d; ++o)
          de[o] -= lr(j) * ts[p0 + i] * qk * at("Z.grad", i, o);
      }
      for (int64_t o = 0; o < d; ++o) {
        double kSg = vec("b1.grad_sum.grad", o);
        for (int64_t a = 0; a < d; ++a)
          kSg += at("XK", j, a) * mat("W1.grad_sum.grad", a, o);
        de[o] += lr(j) * kSg;
      }
      double dlr = 0;
      for (int64_t o = 0; o < d; ++o) {
        hand["XV.grad"].data[(head * T + j) * d + o] = -de[o];
        dlr += de[o] * e[j][o] / lr(j);
      }
      hand["lr.grad"].data[head * T + j] = dlr;
    }
    for (int64_t a = 0; a < d; ++a)
      for (int64_t o = 0; o < d; ++o) {
        double g = mat("W1.grad_sum.grad", a, o);
        for (int64_t i = 0; i < T; ++i)
          g -= ts[p0 + i] * at("XQ", i, a) * at("Z.grad", i, o);
        hand["W1.grad_sum.grad"].data[(head * d + a) * d + o] = g;
      }
  }
  for (const auto &[name, t] : hand)
    reportErr("finite-difference backward " + name +
                  " equals the hand-derived VJP (plain linear, p0=2)",
              relErr(fd.at(name), t), 1e-8);
}

// The oracle's own error: halving the step moves no gradient by more than
// the truncation and rounding errors of central differences (~1e-7 at
// worst here, 1000x below the 1e-4 a float32 kernel is held to),
// on models whose gradients have second-order terms (LayerNorm, MLP), over
// a mini-batch commit and a partial tail.
void checkBackwardStepConsistency(const std::string &label, const Model &m,
                                  uint64_t seed) {
  Inputs in = makeInputs(m, 2, 1, 7, seed, 1);
  Inputs all = withCotangents(m, in, seed + 1);
  Inputs coarse = finiteDifferenceBackward(m, all, {2e-5});
  Inputs fine = finiteDifferenceBackward(m, all, {1e-5});
  bool complete = coarse.size() == in.size() - 1 && // all but position
                  coarse.count("ln_weight.grad") && coarse.count("W1.grad");
  report("finite-difference backward " + label + " has one gradient per input",
         complete, std::to_string(coarse.size()) + " gradients");
  reportErr("finite-difference backward " + label + " step 2e-5 vs 1e-5",
            maxRelErr(coarse, fine), 1e-6);
}

// The oracle perturbs one (batch, head) sequence at a time and sums a shared
// input's gradient over the sequences that read it. Against the definition,
// central differences of L over the whole call (every sequence's outputs),
// for an element of each kind of input: one sequence's token, state and
// running sum, a LayerNorm parameter shared across the batch, token_scale
// shared by all, and with decay the product each sequence enters with.
void checkBackwardSequencesSum() {
  Model m = withDecay(tttLinear(4, 4));
  const int64_t B = 2, H = 3, T = 6;
  Inputs all = withCotangents(m, makeInputs(m, B, H, T, 61, 1), 62);
  Inputs fd = finiteDifferenceBackward(m, all);
  Inputs primal;
  for (const auto &[name, t] : all)
    if (name.size() < 5 || name.compare(name.size() - 5, 5, ".grad") != 0)
      primal[name] = t;
  auto objective = [&](const Inputs &x) {
    double s = 0;
    for (const auto &[name, t] : runPrefill(m, x))
      if (name != "position")
        for (size_t i = 0; i < t.data.size(); ++i)
          s += all.at(name + ".grad").data[i] * t.data[i];
    return s;
  };
  const std::pair<const char *, size_t> elements[] = {
      {"XK", (4 * T + 2) * 4 + 1}, // sequence 4, token 2
      {"W1", 5 * 16 + 7},          // the last sequence's state
      {"W1.grad_sum", 3 * 16 + 2}, {"lr", 1 * T + 5},
      {"ln_weight", 2 * 4 + 3}, // head 2, read by both batch entries
      {"token_scale", 2},       // read by every sequence
      {"decay_product", 3},
  };
  for (const auto &[name, e] : elements) {
    Inputs up = primal, down = primal;
    double h = 1e-5 * std::max(1.0, std::fabs(primal.at(name).data.at(e)));
    up.at(name).data.at(e) += h;
    down.at(name).data.at(e) -= h;
    double whole = (objective(up) - objective(down)) / (2 * h);
    double got = fd.at(std::string(name) + ".grad").data.at(e);
    reportErr(std::string("finite-difference backward ") + name + "[" +
                  std::to_string(e) +
                  "]: the sequences' sum equals the whole call's",
              std::fabs(got - whole) / std::max(1.0, std::fabs(whole)), 1e-7);
  }
}

// With `samples`, the oracle differentiates that many elements of each
// input larger than that per sequence, the same ones in every sequence, and
// leaves the others NaN: each sampled element equals the full oracle's (the
// same two prefills), a shared input's too (summed over the sequences), and
// another seed samples other elements.
void checkBackwardSampled() {
  Model m = tttLinear(4, 4);
  const int64_t B = 2, H = 2, T = 6;
  const size_t samples = 3; // fewer than every input has, shared ones too
  Inputs all = withCotangents(m, makeInputs(m, B, H, T, 71, 1), 72);
  Inputs full = finiteDifferenceBackward(m, all);
  Inputs sampled = finiteDifferenceBackward(m, all, {1e-5, samples, 3});
  Inputs reseeded = finiteDifferenceBackward(m, all, {1e-5, samples, 4});
  size_t moved = 0, elements = 0;
  for (const auto &[name, g] : full) {
    const Tensor &s = sampled.at(name);
    // Elements per sequence: [B, H, ...] inputs are split, the rest shared.
    bool split = g.shape.size() >= 3 && g.shape[0] == B && g.shape[1] == H;
    size_t perSequence = split ? g.data.size() / (B * H) : g.data.size();
    if (g.shape.size() == 2 && g.shape[0] == H) // [H, w]: one head's row
      perSequence = g.shape[1];
    elements += perSequence;
    size_t expected =
        std::min(perSequence, samples) * (g.data.size() / perSequence);
    size_t numbers = 0, equal = 0;
    for (size_t e = 0; e < g.data.size(); ++e) {
      if (std::isnan(s.data[e]))
        continue;
      ++numbers;
      equal += s.data[e] == g.data[e];
    }
    for (size_t e = 0; e < g.data.size(); ++e)
      moved += std::isnan(s.data[e]) != std::isnan(reseeded.at(name).data[e]);
    report("sampled finite differences of " + name + ": " +
               std::to_string(expected) + " elements, equal to the full ones",
           numbers == expected && equal == numbers,
           std::to_string(numbers) + " numbers, " + std::to_string(equal) +
               " equal");
  }
  report("sampled finite differences: another seed samples other elements",
         moved > 0, std::to_string(moved) + " elements differ");
  report("elementsPerSequence counts what one sequence's differences perturb",
         elementsPerSequence(all) == elements,
         std::to_string(elementsPerSequence(all)) + " against " +
             std::to_string(elements));
}

// The derivatives along random directions equal <g, v> of the full
// finite-difference gradient g, shared inputs and decay included (each
// sequence moves its own slice of the direction); a gradient one element off
// by a hundredth of its largest element is seen along some direction.
void checkBackwardDirectional() {
  Model m = withDecay(tttLinear(4, 4));
  const int64_t B = 2, H = 2, T = 6;
  Inputs all = withCotangents(m, makeInputs(m, B, H, T, 81, 1), 82);
  Inputs full = finiteDifferenceBackward(m, all);
  std::vector<DirectionalDerivative> along =
      directionalDerivatives(m, all, 2, 5);
  report("directional derivatives: two for every gradient",
         along.size() == 2 * full.size(), std::to_string(along.size()));
  auto error = [](const Tensor &g, const DirectionalDerivative &d) {
    double dot = 0, scale = 0;
    for (size_t e = 0; e < g.data.size(); ++e) {
      dot += g.data[e] * d.direction.data[e];
      scale += std::pow(g.data[e] * d.direction.data[e], 2);
    }
    return std::fabs(dot - d.derivative) / std::sqrt(scale);
  };
  double worst = 0;
  std::map<std::string, double> off; // per gradient, its worst direction's
  for (const DirectionalDerivative &d : along) {
    Tensor g = full.at(d.gradient);
    worst = std::max(worst, error(g, d));
    double largest = 0;
    for (double x : g.data)
      largest = std::max(largest, std::fabs(x));
    g.data[g.data.size() / 2] += 0.01 * largest;
    off[d.gradient] = std::max(off[d.gradient], error(g, d));
  }
  reportErr("directional derivatives equal <g, v> of the full differences",
            worst, 1e-7);
  for (const auto &[gradient, e] : off)
    report("directional derivatives see " + gradient +
               " one element off by 1% of its largest",
           e > 1e-4, std::to_string(e));
}

// A missing or misshapen cotangent is an error naming it.
void checkBackwardBadCotangents() {
  Model m = plainLinear(4, 4);
  Inputs all = withCotangents(m, makeInputs(m, 1, 1, 3, 51), 52);
  auto rejects = [&](const std::string &label, const std::string &needle,
                     Inputs in) {
    try {
      finiteDifferenceBackward(m, in);
      report("backward rejects " + label, false, "no exception");
    } catch (const std::runtime_error &e) {
      std::string msg = e.what();
      report("backward rejects " + label,
             msg.rfind("reference: ", 0) == 0 &&
                 msg.find(needle) != std::string::npos,
             msg);
    }
  };
  Inputs missing = all;
  missing.erase("b1.grad_sum.grad");
  rejects("missing b1.grad_sum.grad", "'b1.grad_sum.grad'", missing);
  Inputs misshapen = all;
  misshapen["Z.grad"] = misshapen["W1"];
  rejects("misshapen Z.grad", "'Z.grad'", misshapen);
  Inputs extra = all;
  extra["position.grad"] = extra["position"];
  rejects("a cotangent of position", "'position.grad'", extra);
}

//===--- 2. b = 1 is plain online gradient descent ------------------------===//

// The no-LayerNorm linear model with its gradient written by hand:
// l = 1/2 ||k W + c - v||^2, dW = k^T e, dc = e with e = k W + c - v.
// With decay, the step is theta <- alpha theta - step G(theta) (Semantics
// section 10): the gradient at the state before the decay. With the dot loss
// l = -<k W + c, v>, e = -v: W <- W + step k^T v (linear attention).
void checkOnlineGdPlain(bool decay, bool dot = false) {
  const int64_t d = 8, T = 23;
  Model m = plainLinear(d, 1);
  m.decay = decay;
  if (dot)
    m = withDotLoss(m);
  Inputs in = makeInputs(m, kB, kH, T, 21);
  Inputs out = runPrefill(m, in), naive = out;
  double step0 = in["token_scale"].data[0];
  for (int64_t head = 0; head < kB * kH; ++head) {
    Row W(in["W1"].data.begin() + head * d * d,
          in["W1"].data.begin() + (head + 1) * d * d);
    Row c(in["b1"].data.begin() + head * d,
          in["b1"].data.begin() + (head + 1) * d);
    for (int64_t t = 0; t < T; ++t) {
      const double *q = &in["XQ"].data[(head * T + t) * d];
      const double *k = &in["XK"].data[(head * T + t) * d];
      const double *v = &in["XV"].data[(head * T + t) * d];
      double step = step0 * in["lr"].data[head * T + t];
      double alpha = decay ? in["decay"].data[head * T + t] : 1.0;
      Row e(d);
      for (int64_t o = 0; o < d; ++o) {
        e[o] = c[o] - v[o];
        for (int64_t a = 0; a < d; ++a)
          e[o] += k[a] * W[a * d + o];
        if (dot)
          e[o] = -v[o];
      }
      for (int64_t a = 0; a < d; ++a)
        for (int64_t o = 0; o < d; ++o)
          W[a * d + o] = alpha * W[a * d + o] - step * k[a] * e[o];
      for (int64_t o = 0; o < d; ++o)
        c[o] = alpha * c[o] - step * e[o];
      for (int64_t o = 0; o < d; ++o) { // z = q W + c after the step
        double z = c[o];
        for (int64_t a = 0; a < d; ++a)
          z += q[a] * W[a * d + o];
        naive["Z"].data[(head * T + t) * d + o] = z;
      }
    }
    std::copy(W.begin(), W.end(), naive["W1"].data.begin() + head * d * d);
    std::copy(c.begin(), c.end(), naive["b1"].data.begin() + head * d);
  }
  for (const char *name : {"W1.grad_sum", "b1.grad_sum"})
    std::fill(naive[name].data.begin(), naive[name].data.end(), 0.0);
  naive["position"].data[0] = 0;
  if (decay) // A = 1 after every (b = 1) commit
    std::fill(naive["decay_product"].data.begin(),
              naive["decay_product"].data.end(), 1.0);
  reportErr(std::string("b=1 equals online GD (plain linear, hand-written "
                        "gradient") + (decay ? ", decay" : "") +
                (dot ? ", dot loss)" : ")"),
            maxRelErr(out, naive), 1e-12);
}

// TTT-Linear with b = 1: one SGD step per token using the backprop gradient,
// so this checks the schedule only.
void checkOnlineGdTttLinear() {
  const int64_t d = 8, T = 19;
  Model m = tttLinear(d, 1);
  Inputs in = makeInputs(m, kB, kH, T, 22);
  Inputs out = runPrefill(m, in);
  Tensor Z = out["Z"];
  for (int64_t n = 0; n < kB; ++n)
    for (int64_t h = 0; h < kH; ++h) {
      int64_t head = n * kH + h;
      detail::Params p;
      p.weight.resize(4), p.bias.resize(4);
      p.weight[1].assign(in["W1"].data.begin() + head * d * d,
                         in["W1"].data.begin() + (head + 1) * d * d);
      p.bias[1].assign(in["b1"].data.begin() + head * d,
                       in["b1"].data.begin() + (head + 1) * d);
      p.weight[2].assign(in["ln_weight"].data.begin() + h * d,
                         in["ln_weight"].data.begin() + (h + 1) * d);
      p.bias[2].assign(in["ln_bias"].data.begin() + h * d,
                       in["ln_bias"].data.begin() + (h + 1) * d);
      auto row = [&](const char *name, int64_t t) {
        auto first = in[name].data.begin() + (head * T + t) * d;
        return Row(first, first + d);
      };
      for (int64_t t = 0; t < T; ++t) {
        detail::Params g =
            detail::lossGradient(m, p, row("XK", t), row("XV", t));
        double step = in["token_scale"].data[0] * in["lr"].data[head * T + t];
        for (size_t e = 0; e < p.weight[1].size(); ++e)
          p.weight[1][e] -= step * g.weight[1][e];
        for (size_t e = 0; e < p.bias[1].size(); ++e)
          p.bias[1][e] -= step * g.bias[1][e];
        Row z = detail::forward(m, p, row("XQ", t))[3];
        std::copy(z.begin(), z.end(), Z.data.begin() + (head * T + t) * d);
      }
    }
  reportErr("b=1 equals online GD (TTT-Linear, backprop gradient)",
            relErr(out["Z"], Z), 1e-12);
}

// Decay 1 everywhere is the decay-free layer; a decay below 1 changes it.
void checkDecayOfOne() {
  const int64_t T = 29;
  Model plain = tttLinear(8, 4), gated = withDecay(plain);
  Inputs in = makeInputs(gated, kB, kH, T, 31, 2);
  for (const char *name : {"decay", "decay_product"})
    std::fill(in[name].data.begin(), in[name].data.end(), 1.0);
  Inputs withoutDecay = in;
  withoutDecay.erase("decay");
  withoutDecay.erase("decay_product");
  Inputs a = runPrefill(gated, in), b = runPrefill(plain, withoutDecay);
  double err = 0;
  for (const char *name : {"Z", "W1", "b1", "W1.grad_sum", "b1.grad_sum"})
    err = std::max(err, relErr(a[name], b[name]));
  reportErr("decay 1 equals no decay (TTT-Linear b=4 p0=2)", err, 1e-12);
  in["decay"].data[5] = 0.5;
  double change = relErr(runPrefill(gated, in)["Z"], b["Z"]);
  report("a decay below 1 changes Z", change > 1e-6,
         "rel change " + std::to_string(change));
}

// The dot loss is another loss: the same inputs give another Z (so a kernel
// that ignored `loss` could not pass --check against this reference).
void checkDotLossDiffers() {
  Model mse = tttLinear(8, 4), dot = withDotLoss(mse);
  Inputs in = makeInputs(mse, kB, kH, 13, 32, 1);
  double change = relErr(runPrefill(dot, in)["Z"], runPrefill(mse, in)["Z"]);
  report("the dot loss changes Z (TTT-Linear b=4 p0=1)", change > 1e-3,
         "rel change " + std::to_string(change));
}

// The three timings give three different Z and one final state: only
// what the outputs see differs, never the commit (T = 13 from p = 1 commits
// three mini-batches and leaves the running sums of a fourth, which no
// timing's outputs change).
void checkTimingsDiffer() {
  Model causal = tttLinear(8, 4);
  Inputs in = makeInputs(causal, kB, kH, 13, 33, 1);
  Inputs c = runPrefill(causal, in);
  for (Timing timing : {Timing::All, Timing::After}) {
    Inputs other = runPrefill(withTiming(causal, timing), in);
    std::string name = timing == Timing::All ? "all" : "after";
    double change = relErr(other["Z"], c["Z"]);
    report("timing " + name + " changes Z (TTT-Linear b=4 p0=1)",
           change > 1e-3, "rel change " + std::to_string(change));
    double stateErr = 0;
    for (const char *state : {"W1", "b1", "W1.grad_sum", "b1.grad_sum"})
      stateErr = std::max(stateErr, relErr(other[state], c[state]));
    reportErr("timing " + name + " keeps the causal state (TTT-Linear b=4 "
              "p0=1)", stateErr, 1e-15);
  }
}

// A learning rate per linear layer: all equal to the shared lr gives the
// shared-lr layer exactly; and, over one mini-batch from a boundary (every
// gradient at theta_0), a layer's final state depends on its own learning
// rate only: a new lr.W2 changes W2 and leaves W1 as it was.
void checkLrPerWeight() {
  Model shared = tttMlp(8, 4), perWeight = withLrPerWeight(shared);
  Inputs in = makeInputs(shared, kB, kH, 13, 34, 1);
  Inputs split = in;
  split["lr.W1"] = split["lr.W2"] = in["lr"];
  split.erase("lr");
  reportErr("lr per weight, all equal, is the shared lr (TTT-MLP b=4 p0=1)",
            maxRelErr(runPrefill(perWeight, split), runPrefill(shared, in)),
            1e-15);
  Inputs batch = makeInputs(perWeight, kB, kH, 4, 35);
  Inputs changed = batch;
  Rng rng(36);
  for (double &e : changed["lr.W2"].data)
    e = rng.uniform(0.1, 1.0) / 8;
  Inputs a = runPrefill(perWeight, batch), c = runPrefill(perWeight, changed);
  reportErr("lr.W2 leaves W1 after one mini-batch (TTT-MLP b=4)",
            std::max(relErr(a["W1"], c["W1"]), relErr(a["b1"], c["b1"])),
            1e-15);
  double change = relErr(a["W2"], c["W2"]);
  report("lr.W2 changes W2 after one mini-batch (TTT-MLP b=4)", change > 1e-3,
         "rel change " + std::to_string(change));
}

// Weight normalisation, over one mini-batch from a boundary: the outputs are
// those of the plain layer (they see the unnormalised states), the biases
// too, and each weight column W'[:, j] points along the plain commit's U[:, j]
// with the norm ||W_0[:, j]|| ||U[:, j]|| / (||U[:, j]|| + 1e-5).
void checkNormalizeWeights() {
  Model plain = tttMlp(8, 4), normalized = withNormalizeWeights(plain);
  Inputs in = makeInputs(plain, kB, kH, 4, 37);
  Inputs u = runPrefill(plain, in), w = runPrefill(normalized, in);
  reportErr("normalised weights: Z and biases as without (TTT-MLP b=4)",
            std::max({relErr(u["Z"], w["Z"]), relErr(u["b1"], w["b1"]),
                      relErr(u["b2"], w["b2"])}),
            1e-15);
  double normErr = 0, directionErr = 0, moved = 0;
  for (const char *name : {"W1", "W2"}) {
    const Tensor &w0 = in[name], &uw = u[name], &ww = w[name];
    const int64_t out = w0.shape.back(), rows = w0.shape[w0.shape.size() - 2];
    for (size_t m = 0; m < w0.data.size() / (rows * out); ++m)
      for (int64_t j = 0; j < out; ++j) {
        auto at = [&](const Tensor &t, int64_t i) {
          return t.data[m * rows * out + i * out + j];
        };
        double n0 = 0, nu = 0, nw = 0, dot = 0;
        for (int64_t i = 0; i < rows; ++i) {
          n0 += at(w0, i) * at(w0, i);
          nu += at(uw, i) * at(uw, i);
          nw += at(ww, i) * at(ww, i);
          dot += at(uw, i) * at(ww, i);
        }
        n0 = std::sqrt(n0), nu = std::sqrt(nu), nw = std::sqrt(nw);
        double expected = n0 * nu / (nu + 1e-5);
        normErr = std::max(normErr, std::abs(nw - expected) / expected);
        directionErr = std::max(directionErr, 1 - dot / (nu * nw));
        moved = std::max(moved, std::abs(nu - n0) / n0);
      }
  }
  reportErr("normalised weight columns keep their norms (TTT-MLP b=4)",
            normErr, 1e-14);
  reportErr("normalised weight columns keep their directions (TTT-MLP b=4)",
            directionErr, 1e-14);
  report("the plain commit moves the column norms (TTT-MLP b=4)", moved > 1e-3,
         "rel change " + std::to_string(moved));
}

//===--- 3, 4. Chunked prefill and decode equal one prefill ---------------===//

void checkChunking(const std::string &label, const Model &m, int64_t p0,
                   uint64_t seed, double lrScale = 1) {
  const int64_t T = 37;
  Inputs in = makeInputs(m, kB, kH, T, seed, p0, lrScale);
  Inputs whole = runPrefill(m, in);
  reportErr("chunked prefill " + label,
            maxRelErr(runChunked(m, in, {3, 7, 1, 5, 8, 2, 11}), whole), 1e-12);
  std::vector<int64_t> decode = {13};
  decode.resize(1 + (T - 13), 1);
  reportErr("prefill + decode " + label,
            maxRelErr(runChunked(m, in, decode), whole), 1e-12);
}

void checkEmptyPrefill() {
  Model m = tttMlp(8, 4);
  Inputs in = makeInputs(m, kB, kH, 0, 31, 3);
  Inputs out = runPrefill(m, in);
  double err = 0;
  for (const auto &[name, t] : out)
    err = std::max(err, name == "Z" ? double(t.data.size())
                                    : relErr(t, in[name]));
  reportErr("empty prefill leaves the state unchanged", err, 1e-300);
}

// Non-causal: chunks that end on mini-batch boundaries are exact (each
// mini-batch is then complete within one call).
void checkNonCausalAligned() {
  Model m = withTiming(tttLinear(8, 4), Timing::All);
  Inputs in = makeInputs(m, kB, kH, 38, 32);
  reportErr("non-causal chunked prefill, mini-batch aligned",
            maxRelErr(runChunked(m, in, {8, 4, 12, 14}), runPrefill(m, in)),
            1e-12);
}

//===--- 5. Hand-written dual form of TTT-Linear --------------------------===//

/// LN forward with affine (eps 1e-6); sets xhat and rstd for the backward.
Row layerNormRow(const Row &y, const double *w, const double *bias, Row &xhat,
                 double &rstd) {
  size_t n = y.size();
  double mean = 0, var = 0;
  for (double e : y)
    mean += e / n;
  for (double e : y)
    var += (e - mean) * (e - mean) / n;
  rstd = 1 / std::sqrt(var + 1e-6);
  Row out(n);
  xhat.resize(n);
  for (size_t j = 0; j < n; ++j) {
    xhat[j] = (y[j] - mean) * rstd;
    out[j] = w[j] * xhat[j] + bias[j];
  }
  return out;
}

/// docs/Semantics.md section 4 for TTT-Linear from position 0 and S = 0:
/// per mini-batch, Gz on the key side at (W0, c0); then
///   Zq = Xq W0 - (eta o A) Gz + (c0 - eta Gz),  z = q + LN(Zq),
///   W_last = W0 - (eta[r-1, :]^T o X)^T Gz,    c_last = c0 - eta[r-1, :] Gz.
/// A partial last mini-batch is returned as (W0, c0, S, r).
Inputs dualTttLinear(const Inputs &in, int64_t b, Timing timing) {
  const Tensor &XQ = in.at("XQ"), &XK = in.at("XK"), &XV = in.at("XV");
  const int64_t B = XQ.shape[0], H = XQ.shape[1], T = XQ.shape[2],
                d = XQ.shape[3];
  const double *ts = in.at("token_scale").data.data();
  Inputs out = in;
  for (const char *name :
       {"XQ", "XK", "XV", "lr", "token_scale", "ln_weight", "ln_bias"})
    out.erase(name);
  out["Z"] = XQ;
  for (int64_t head = 0; head < B * H; ++head) {
    const double *lnw = &in.at("ln_weight").data[(head % H) * d];
    const double *lnb = &in.at("ln_bias").data[(head % H) * d];
    double *W = &out["W1"].data[head * d * d], *c = &out["b1"].data[head * d];
    double *SW = &out["W1.grad_sum"].data[head * d * d];
    double *Sc = &out["b1.grad_sum"].data[head * d];
    const double *lr = &in.at("lr").data[head * T];
    for (int64_t start = 0; start < T; start += b) {
      const int64_t r = std::min(b, T - start);
      auto tok = [&](const Tensor &t, int64_t j) {
        return &t.data[(head * T + start + j) * d];
      };
      // What output i sees of token j's gradient; the commit sees every
      // token at position r - 1 whatever the timing.
      auto eta = [&](int64_t i, int64_t j) {
        bool sees = timing == Timing::All ||
                    (timing == Timing::Causal && j <= i);
        return sees ? ts[i] * lr[start + j] : 0.0;
      };
      auto etaCommit = [&](int64_t j) { return ts[r - 1] * lr[start + j]; };
      std::vector<Row> Gz(r);
      for (int64_t j = 0; j < r; ++j) { // key side: back through add and LN
        const double *k = tok(XK, j), *v = tok(XV, j);
        Row zk(c, c + d), xhat;
        for (int64_t a = 0; a < d; ++a)
          for (int64_t o = 0; o < d; ++o)
            zk[o] += k[a] * W[a * d + o];
        double rstd, meanG = 0, meanGX = 0;
        Row ln = layerNormRow(zk, lnw, lnb, xhat, rstd), gh(d);
        for (int64_t o = 0; o < d; ++o) {
          gh[o] = (k[o] + ln[o] - v[o]) * lnw[o];
          meanG += gh[o] / d;
          meanGX += gh[o] * xhat[o] / d;
        }
        Gz[j].resize(d);
        for (int64_t o = 0; o < d; ++o)
          Gz[j][o] = rstd * (gh[o] - meanG - xhat[o] * meanGX);
      }
      for (int64_t i = 0; i < r; ++i) { // query side
        const double *q = tok(XQ, i);
        Row zq(c, c + d), xhat;
        for (int64_t a = 0; a < d; ++a)
          for (int64_t o = 0; o < d; ++o)
            zq[o] += q[a] * W[a * d + o];
        for (int64_t j = 0; j < r; ++j) {
          double A = 0;
          for (int64_t a = 0; a < d; ++a)
            A += q[a] * tok(XK, j)[a];
          for (int64_t o = 0; o < d; ++o)
            zq[o] -= eta(i, j) * (A + 1) * Gz[j][o];
        }
        double rstd;
        Row ln = layerNormRow(zq, lnw, lnb, xhat, rstd);
        for (int64_t o = 0; o < d; ++o)
          out["Z"].data[(head * T + start + i) * d + o] = q[o] + ln[o];
      }
      bool commit = r == b;
      for (int64_t j = 0; j < r; ++j) {
        // Commit: theta_0 -= eta[r-1, j] G_j. Partial: S += lr_j G_j.
        double s = commit ? -etaCommit(j) : lr[start + j];
        double *dW = commit ? W : SW, *dc = commit ? c : Sc;
        for (int64_t a = 0; a < d; ++a)
          for (int64_t o = 0; o < d; ++o)
            dW[a * d + o] += s * tok(XK, j)[a] * Gz[j][o];
        for (int64_t o = 0; o < d; ++o)
          dc[o] += s * Gz[j][o];
      }
    }
  }
  out["position"].data[0] = double(T % b);
  return out;
}

void checkDualForm(int64_t T, int64_t b, Timing timing) {
  Model m = withTiming(tttLinear(16, b), timing);
  Inputs in = makeInputs(m, kB, kH, T, 50 + T + int(timing));
  const char *name[] = {"causal", "all", "after"};
  reportErr(std::string("dual form equals primal (TTT-Linear, ") +
                name[int(timing)] + ", T=" + std::to_string(T) +
                ", b=" + std::to_string(b) + ")",
            maxRelErr(runPrefill(m, in), dualTttLinear(in, b, timing)), 1e-10);
}

//===--- 6. Bad inputs throw with a message naming them -------------------===//

template <typename Mutate>
void checkThrows(const std::string &label, const std::string &needle,
                 Mutate mutate) {
  Model m = tttLinear(8, 4);
  Inputs in = makeInputs(m, kB, kH, 6, 60);
  mutate(m, in);
  try {
    runPrefill(m, in);
    report("rejects " + label, false, "no exception");
  } catch (const std::runtime_error &e) {
    std::string msg = e.what();
    bool ok = msg.rfind("reference: ", 0) == 0 &&
              msg.find(needle) != std::string::npos;
    report("rejects " + label, ok, msg);
  }
}

void checkBadInputs() {
  checkThrows("missing XQ", "'XQ'",
              [](Model &, Inputs &in) { in.erase("XQ"); });
  checkThrows("wrong shape of W1", "'W1'",
              [](Model &, Inputs &in) {
                in["W1"] = Tensor{{kB, kH, 8, 4}, Row(kB * kH * 32)};
              });
  checkThrows("position >= b", "'position'",
              [](Model &, Inputs &in) { in["position"].data[0] = 4; });
  checkThrows("non-integer position", "'position'",
              [](Model &, Inputs &in) { in["position"].data[0] = 1.5; });
  checkThrows("missing W1.grad_sum", "'W1.grad_sum'",
              [](Model &, Inputs &in) { in.erase("W1.grad_sum"); });
  checkThrows("wrong shape of ln_weight", "'ln_weight'",
              [](Model &, Inputs &in) {
                in["ln_weight"] = Tensor{{kH, 7}, Row(kH * 7)};
              });
  checkThrows("XK with another T", "'XK'",
              [](Model &, Inputs &in) {
                in["XK"] = sliceTokens(in["XK"], 0, 5);
              });
  checkThrows("wrong shape of lr", "'lr'",
              [](Model &, Inputs &in) {
                in["lr"] = Tensor{{kB, kH}, Row(kB * kH)};
              });
  checkThrows("short data of token_scale", "'token_scale'",
              [](Model &, Inputs &in) { in["token_scale"].data.pop_back(); });
  checkThrows("unexpected input", "'Z'",
              [](Model &, Inputs &in) { in["Z"] = in["XQ"]; });
  checkThrows("model operand not earlier", "model: value 1",
              [](Model &m, Inputs &) { m.values[1].x = 2; });
  checkThrows("model loss width", "model: loss",
              [](Model &m, Inputs &) {
                m.values.push_back(linear(0, 3, "W9", "b9"));
                m.loss = 4;
              });
}

template <typename F> void guarded(const std::string &section, F f) {
  try {
    f();
  } catch (const std::exception &e) {
    report(section, false, std::string("unexpected exception: ") + e.what());
  }
}

} // namespace

int main() {
  keepFreedMemory();
  guarded("gradients", [] {
    checkGradient("TTT-Linear", tttLinear(8, 4), 1);
    checkGradient("TTT-MLP gelu_tanh", tttMlp(8, 4), 2);
    checkGradient("plain linear", plainLinear(12, 4), 3);
    checkGradient("TTT-MLP relu", tttMlp(8, 4, Activation::Relu), 4);
    checkGradient("TTT-MLP silu", tttMlp(8, 4, Activation::Silu), 5);
    checkGradient("TTT-MLP gelu_erf", tttMlp(8, 4, Activation::GeluErf), 6);
    checkGradient("TTT-MLP identity", tttMlp(8, 4, Activation::Identity), 7);
    checkGradient("fan-out", fanOut(8, 4), 8);
    checkGradient("SwiGLU no bias (mul)", swiglu(8, 4), 9);
    checkGradient("TTT-Linear dot loss", withDotLoss(tttLinear(8, 4)), 51);
    checkGradient("TTT-MLP dot loss", withDotLoss(tttMlp(8, 4)), 52);
    checkGradient("SwiGLU no bias dot loss", withDotLoss(swiglu(8, 4)), 53);
  });
  guarded("finite-difference backward", [] {
    checkBackwardKnown();
    checkBackwardStepConsistency("TTT-Linear b=4", tttLinear(4, 4), 41);
    checkBackwardStepConsistency("TTT-MLP b=4", tttMlp(4, 4), 43);
    checkBackwardSequencesSum();
    checkBackwardSampled();
    checkBackwardDirectional();
    checkBackwardBadCotangents();
  });
  guarded("online GD", [] {
    checkOnlineGdPlain(false);
    checkOnlineGdPlain(true);
    checkOnlineGdPlain(false, /*dot=*/true);
    checkOnlineGdPlain(true, /*dot=*/true);
    checkOnlineGdTttLinear();
    checkDecayOfOne();
    checkDotLossDiffers();
    checkTimingsDiffer();
    checkLrPerWeight();
    checkNormalizeWeights();
  });
  guarded("chunking", [] {
    checkChunking("TTT-Linear b=4 p0=2", tttLinear(8, 4), 2, 11);
    checkChunking("TTT-MLP b=5 p0=0", tttMlp(8, 5), 0, 12);
    checkChunking("plain linear b=3 p0=1", plainLinear(12, 3), 1, 13);
    checkChunking("fan-out b=4 p0=3", fanOut(8, 4), 3, 14, 0.2);
    checkChunking("SwiGLU no bias b=4 p0=1", swiglu(8, 4), 1, 15);
    checkChunking("TTT-Linear decay b=4 p0=2", withDecay(tttLinear(8, 4)), 2, 16);
    checkChunking("TTT-MLP decay b=5 p0=0", withDecay(tttMlp(8, 5)), 0, 17);
    checkChunking("TTT-Linear dot loss b=4 p0=2",
                  withDotLoss(tttLinear(8, 4)), 2, 18);
    checkChunking("SwiGLU no bias dot loss b=4 p0=1",
                  withDotLoss(swiglu(8, 4)), 1, 19);
    // With `after` timing no output sees the running sums, so chunks that
    // split mini-batches are exact too.
    checkChunking("TTT-Linear after b=4 p0=2",
                  withTiming(tttLinear(8, 4), Timing::After), 2, 20);
    checkChunking("SwiGLU no bias dot loss after b=4 p0=1",
                  withTiming(withDotLoss(swiglu(8, 4)), Timing::After), 1, 21);
    checkChunking("SwiGLU lr per weight b=4 p0=1",
                  withLrPerWeight(swiglu(8, 4)), 1, 22);
    checkChunking("TTT-MLP normalised weights b=4 p0=1",
                  withNormalizeWeights(tttMlp(8, 4)), 1, 23);
    checkChunking("SwiGLU LaCT (dot, after, lr per weight, normalised) b=4 "
                  "p0=2",
                  withNormalizeWeights(withLrPerWeight(withTiming(
                      withDotLoss(swiglu(8, 4)), Timing::After))),
                  2, 24);
    checkEmptyPrefill();
    checkNonCausalAligned();
  });
  guarded("dual form", [] {
    for (Timing timing : {Timing::Causal, Timing::All, Timing::After}) {
      checkDualForm(32, 8, timing);
      checkDualForm(29, 8, timing);
    }
  });
  guarded("bad inputs", [] { checkBadInputs(); });
  std::printf("%d passed, %d failed\n", passedCount(), failedCount());
  return failedCount() == 0 ? 0 : 1;
}
