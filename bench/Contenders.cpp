//===- Contenders.cpp - the compiled kernel, Eigen, PyTorch, the reference ===//

#include "Contenders.h"
#include "ContenderSupport.h"

#include "Error.h"
#include "Npy.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <sys/wait.h>

namespace ttt::bench {

using run::Buffer;
using run::Elem;
using run::Session;

namespace {
using VKind = reference::Value::Kind;
} // namespace

const Buffer &inputBuffer(const Session &s, const std::string &name) {
  int i = ttt_kernel_arg_index(s.kernel, TTT_INPUT, name.c_str());
  if (i < 0)
    throw run::Error("the kernel has no input '" + name + "'");
  return s.buffers[i];
}

const float *f32(const Session &s, const std::string &name) {
  const Buffer &b = inputBuffer(s, name);
  if (b.elem() != Elem::F32)
    throw std::invalid_argument("input '" + name + "' is not f32");
  return static_cast<const float *>(b.data());
}

Buffer &newOutput(const Session &s, Outputs &outputs, const std::string &name,
                  Elem elem) {
  int i = ttt_kernel_arg_index(s.kernel, TTT_OUTPUT, name.c_str());
  if (i < 0)
    throw run::Error("the kernel has no output '" + name + "'");
  Buffer &b = outputs[name] =
      Buffer(elem, s.argShape(i), "output '" + name + "'");
  b.poison();
  return b;
}

std::vector<std::string> paramNames(const Session &s) {
  std::vector<std::string> names;
  for (const run::LinearLayer &l : s.info.linears)
    for (const std::string &name : {l.weight, l.bias})
      if (!name.empty())
        names.push_back(name);
  return names;
}

namespace {

reference::Tensor toTensor(const Buffer &b, int64_t T, int64_t tokens) {
  reference::Tensor t;
  t.shape = b.shape();
  // XQ, XK, XV [B,H,T,d] and lr [B,H,T]: keep the first `tokens` tokens.
  bool sliced = tokens < T && t.shape.size() >= 3 && t.shape[2] == T;
  if (sliced)
    t.shape[2] = tokens;
  size_t outer = sliced ? static_cast<size_t>(t.shape[0] * t.shape[1]) : 1;
  size_t from = b.count() / outer, keep = from;
  if (sliced)
    keep = from / static_cast<size_t>(T) * static_cast<size_t>(tokens);
  t.data.resize(outer * keep);
  for (size_t o = 0; o < outer; ++o)
    for (size_t k = 0; k < keep; ++k)
      t.data[o * keep + k] = b.get(o * from + k);
  return t;
}

/// ||out - ref|| / ||ref|| over the first ref.size()/outer elements of each
/// of `outer` equal slices of `out`.
double relError(const Buffer &out, const reference::Tensor &ref,
                size_t outer) {
  if (out.count() % outer || ref.data.size() % outer ||
      ref.data.size() / outer > out.count() / outer)
    return NAN;
  size_t n = ref.data.size() / outer, m = out.count() / outer;
  double diff = 0, norm = 0;
  for (size_t o = 0; o < outer; ++o)
    for (size_t k = 0; k < n; ++k) {
      double x = out.get(o * m + k), r = ref.data[o * n + k];
      if (std::isnan(x))
        return NAN;
      diff += (x - r) * (x - r);
      norm += r * r;
    }
  return norm > 0 ? std::sqrt(diff / norm) : std::sqrt(diff);
}

std::string quote(const std::string &s) {
  std::string q = "'";
  for (char c : s)
    q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

} // namespace

ModelKind classifyModel(const run::KernelInfo &info) {
  ModelKind k;
  const std::vector<reference::Value> &v = info.model.values;
  int n = static_cast<int>(v.size());
  if (!info.hasModel) {
    k.why = "the manifest has no usable model: " + info.modelError;
    return k;
  }
  int64_t d = v.empty() ? 0 : v[0].width;
  auto linear = [&](int i, int x, int64_t width) {
    return v[i].kind == VKind::Linear && v[i].x == x && v[i].width == width;
  };
  auto biaslessLinear = [&](int i, int x, int64_t width) {
    return linear(i, x, width) && v[i].bias.empty();
  };
  // LaCT: (silu(x W1) * (x W3)) W2, dot loss, after timing, lr per weight.
  if (n == 6 && info.model.loss == 5 && info.model.output == 5 &&
      info.model.lossKind == reference::LossKind::Dot &&
      info.model.timing == reference::Timing::After &&
      info.model.lrPerWeight && !info.model.decay &&
      biaslessLinear(1, 0, v[1].width) && v[2].kind == VKind::Activation &&
      v[2].x == 1 && v[2].activation == reference::Activation::Silu &&
      biaslessLinear(3, 0, v[1].width) && v[4].kind == VKind::Mul &&
      v[4].x == 2 && v[4].y == 3 && biaslessLinear(5, 4, d)) {
    k.model = InnerModel::Lact;
    k.normalizeWeights = info.model.normalizeWeights;
    k.known = true;
    return k;
  }
  if (info.model.lossKind != reference::LossKind::Mse) {
    k.why = "a layer with the dot loss (other than LaCT's model)";
    return k;
  }
  if (info.model.timing != reference::Timing::Causal) {
    k.why = "a layer whose timing is not causal";
    return k;
  }
  if (info.model.lrPerWeight) {
    k.why = "a layer with a learning rate per weight";
    return k;
  }
  if (info.model.normalizeWeights) {
    k.why = "a layer with weight normalisation (other than LaCT's model)";
    return k;
  }
  bool residual = n >= 4 && info.model.loss == n - 1 &&
                  info.model.output == n - 1 && v[n - 1].kind == VKind::Add &&
                  v[n - 1].x == 0 && v[n - 1].y == n - 2 &&
                  v[n - 2].kind == VKind::LayerNorm && v[n - 2].x == n - 3;
  if (n == 2 && biaslessLinear(1, 0, d) && info.model.loss == 1 &&
      info.model.output == 1 && info.miniBatch == 1) {
    k.model = InnerModel::DeltaNet; // Semantics section 10
  } else if (residual && n == 4 && linear(1, 0, d)) {
    k.model = InnerModel::Linear;
  } else if (residual && n == 6 && linear(1, 0, 4 * d) &&
             v[2].kind == VKind::Activation && v[2].x == 1 &&
             v[2].activation == reference::Activation::GeluTanh &&
             linear(3, 2, d)) {
    k.model = InnerModel::Mlp;
  } else {
    k.why = "neither TTT-Linear nor TTT-MLP (gelu_tanh, hidden 4d) with "
            "f(x) = x + LN(g(x)), nor DeltaNet";
    return k;
  }
  // The torch contender has decay for TTT-Linear only (--decay).
  if (info.model.decay && k.model != InnerModel::Linear) {
    k.why = "a layer with decay other than TTT-Linear";
    return k;
  }
  k.decay = info.model.decay;
  k.known = true;
  if (k.model == InnerModel::DeltaNet) // no LayerNorm
    return k;
  k.eps = v[n - 2].eps;
  k.lnWeight = v[n - 2].weight;
  k.lnBias = v[n - 2].bias;
  return k;
}

double median(std::vector<double> ms) {
  if (ms.empty())
    return 0;
  std::sort(ms.begin(), ms.end());
  size_t n = ms.size();
  return n % 2 ? ms[n / 2] : 0.5 * (ms[n / 2 - 1] + ms[n / 2]);
}

static double timeMs(const std::function<void()> &fn) {
  auto start = Clock::now();
  fn();
  return std::chrono::duration<double, std::milli>(Clock::now() - start)
      .count();
}

double medianMs(const std::function<void()> &fn, int warmup, int repeats) {
  for (int k = 0; k < warmup; ++k)
    fn();
  std::vector<double> ms;
  for (int k = 0; k < repeats; ++k)
    ms.push_back(timeMs(fn));
  return median(std::move(ms));
}

void timeSideBySide(const std::vector<Result *> &contenders, int warmup,
                    int repeats) {
  std::vector<Result *> runnable;
  for (Result *r : contenders)
    if (r->prefill)
      runnable.push_back(r);
  for (int k = 0; k < warmup; ++k)
    for (Result *r : runnable)
      r->prefill();
  std::vector<std::vector<double>> ms(runnable.size());
  for (int k = 0; k < std::max(repeats, 1); ++k)
    for (size_t c = 0; c < runnable.size(); ++c)
      ms[c].push_back(timeMs(runnable[c]->prefill));
  for (size_t c = 0; c < runnable.size(); ++c) {
    runnable[c]->ms = median(std::move(ms[c]));
    runnable[c]->ran = true;
    runnable[c]->prefill = nullptr; // it borrows the session's buffers
  }
}


Result prepareCompiled(Session &s) {
  Result r;
  r.prefill = [&s] {
    run::checkStatus(ttt_kernel_run(s.kernel, nullptr), "compiled kernel");
  };
  return r;
}

void collectCompiledOutputs(Session &s, Result &compiled) {
  for (int i = 0; i < s.numArgs(); ++i)
    if (!s.isInput(i))
      compiled.outputs[s.argName(i)] = std::move(s.buffers[i]);
}

std::string eigenRefusal(const ModelKind &kind) {
  if (!kind.known)
    return kind.why;
  if (kind.model == InnerModel::DeltaNet || kind.model == InnerModel::Lact)
    return "the Eigen baseline is TTT-Linear and TTT-MLP only";
  if (kind.decay)
    return "the Eigen baseline has no decay";
  return "";
}

EigenPrefill eigenCall(const Session &s, const ModelKind &kind,
                       Outputs &out) {
  EigenPrefill p;
  p.B = s.B;
  p.H = s.H;
  p.T = s.T;
  p.dim = s.info.dim;
  p.miniBatch = s.info.miniBatch;
  p.position = static_cast<int64_t>(inputBuffer(s, "position").get(0));
  p.eps = kind.eps;
  p.XQ = f32(s, "XQ");
  p.XK = f32(s, "XK");
  p.XV = f32(s, "XV");
  p.lr = f32(s, "lr");
  p.tokenScale = f32(s, "token_scale");
  p.lnWeight = f32(s, kind.lnWeight);
  p.lnBias = f32(s, kind.lnBias);
  // The outputs' storage is on the heap: moving `out` keeps these pointers.
  p.Z = static_cast<float *>(newOutput(s, out, "Z").data());
  for (const std::string &name : paramNames(s)) {
    p.state.push_back(f32(s, name));
    p.stateOut.push_back(
        static_cast<float *>(newOutput(s, out, name).data()));
    p.gradSum.push_back(f32(s, name + ".grad_sum"));
    p.gradSumOut.push_back(static_cast<float *>(
        newOutput(s, out, name + ".grad_sum").data()));
  }
  p.positionOut = static_cast<int64_t *>(
      newOutput(s, out, "position", Elem::I64).data());
  return p;
}

Result prepareEigen(const Session &s, const ModelKind &kind, int threads) {
  Result r;
  r.note = eigenRefusal(kind);
  if (!r.note.empty())
    return r;
  try {
    EigenPrefill p = eigenCall(s, kind, r.outputs);
    InnerModel model = kind.model;
    checkEigenPrefill(model, p);
    r.prefill = [p, model, threads] { runEigenPrefill(model, p, threads); };
  } catch (const std::invalid_argument &e) {
    r.outputs.clear();
    r.note = e.what();
  }
  return r;
}


/// The torch script's --model.
static const char *modelFlag(InnerModel model) {
  switch (model) {
  case InnerModel::Linear:
    return "linear";
  case InnerModel::Mlp:
    return "mlp";
  case InnerModel::DeltaNet:
    return "deltanet";
  case InnerModel::Lact:
    return "lact";
  }
  return "linear";
}

bool torchAvailable(const std::string &python) {
  std::string cmd = quote(python) + " -c 'import torch' >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0;
}

Result runTorch(const Session &s, const ModelKind &kind,
                const TorchConfig &config, int warmup, int repeats,
                int64_t decodeFrom) {
  namespace fs = std::filesystem;
  Result r;
  if (!kind.known) {
    r.note = kind.why;
    return r;
  }
  if (decodeFrom >= 0 && (kind.model == InnerModel::DeltaNet ||
                          kind.model == InnerModel::Lact || kind.decay)) {
    r.note = "the torch decode steps are TTT-Linear and TTT-MLP only, "
             "without decay";
    return r;
  }
  // The script reads and writes the paper's names; map ours onto them.
  std::vector<std::pair<std::string, std::string>> inputs = {
      {"XQ", "XQ"}, {"XK", "XK"}, {"XV", "XV"},
      {"token_scale", "token_scale"}};
  std::vector<std::pair<std::string, std::string>> params;
  std::vector<std::string> names = paramNames(s);
  // LaCT's weights in model order are W1, W3, W2 (classifyModel), each
  // with its own learning rate.
  const char *paper[] = {"W1", "b1", "W2", "b2"};
  const char *lact[] = {"W1", "W3", "W2"};
  bool isLact = kind.model == InnerModel::Lact;
  for (size_t i = 0; i < names.size() && i < (isLact ? 3u : 4u); ++i) {
    params.push_back({isLact ? lact[i] : paper[i], names[i]});
    if (isLact)
      inputs.push_back({std::string("lr.") + lact[i], "lr." + names[i]});
  }
  if (!isLact)
    inputs.push_back({"lr", "lr"});
  if (kind.model == InnerModel::Linear || kind.model == InnerModel::Mlp)
    inputs.insert(inputs.end(),
                  {{"ln_weight", kind.lnWeight}, {"ln_bias", kind.lnBias}});
  if (kind.decay)
    inputs.push_back({"decay", "decay"});
  inputs.insert(inputs.end(), params.begin(), params.end());

  std::string dir = config.workDir + "/" + s.info.name + "-T" +
                    std::to_string(s.T) +
                    (decodeFrom >= 0 ? "-decode" + std::to_string(decodeFrom)
                                    : std::string());
  fs::create_directories(dir + "/in");
  fs::create_directories(dir + "/out");
  for (const auto &[file, name] : inputs)
    run::writeNpy(dir + "/in/" + file + ".npy", inputBuffer(s, name));

  char eps[32];
  std::snprintf(eps, sizeof(eps), "%.17g", kind.eps);
  std::string cmd =
      quote(config.python) + " " + quote(config.script) + " --model " +
      modelFlag(kind.model) + (kind.decay ? " --decay" : "") +
      (kind.normalizeWeights ? " --normalize-weights" : "") + " --eps " +
      eps +
      " --threads " + std::to_string(config.threads) + " --warmup " +
      std::to_string(warmup) + " --repeats " +
      std::to_string(std::max(repeats, 1)) +
      (decodeFrom >= 0 ? " --decode-from " + std::to_string(decodeFrom)
                      : std::string()) +
      " --inputs " +
      quote(dir + "/in") + " --outputs " + quote(dir + "/out");
  std::fflush(stdout);
  FILE *pipe = popen(cmd.c_str(), "r");
  if (!pipe)
    throw run::Error("cannot start " + config.python);
  std::string text;
  char chunk[4096];
  for (size_t n; (n = std::fread(chunk, 1, sizeof(chunk), pipe)) > 0;)
    text.append(chunk, n);
  int status = pclose(pipe);
  size_t at = text.rfind("median_ms ");
  if (status != 0 || at == std::string::npos) {
    r.note = "the torch script failed (exit status " +
             std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) +
             "; its errors are above)";
    return r;
  }
  r.ms = std::strtod(text.c_str() + at + 10, nullptr);
  r.outputs["Z"] = run::readNpy(dir + "/out/Z.npy");
  for (const auto &[file, name] : params) {
    r.outputs[name] = run::readNpy(dir + "/out/" + file + ".npy");
    if (decodeFrom >= 0) // the state triple: running sums and position too
      r.outputs[name + ".grad_sum"] =
          run::readNpy(dir + "/out/" + file + ".grad_sum.npy");
  }
  if (decodeFrom >= 0)
    r.outputs["position"] = run::readNpy(dir + "/out/position.npy");
  r.ran = true;
  return r;
}

Reference runReference(const Session &s, int64_t tokens) {
  Reference ref;
  ref.tokens = std::min(tokens, s.T);
  std::map<std::string, reference::Tensor> inputs;
  for (int i = 0; i < s.numArgs(); ++i)
    if (s.isInput(i))
      inputs[s.argName(i)] = toTensor(s.buffers[i], s.T, ref.tokens);
  auto start = Clock::now();
  try {
    ref.outputs = reference::runPrefill(s.info.model, inputs);
  } catch (const std::exception &e) {
    throw run::Error(std::string("reference: ") + e.what());
  }
  ref.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return ref;
}

double maxRelError(const Session &s, const Outputs &outputs,
                   const Reference &ref, bool runningSums) {
  std::vector<std::string> names = {"Z"};
  if (ref.tokens == s.T)
    for (const std::string &name : paramNames(s)) {
      names.push_back(name);
      if (runningSums)
        names.push_back(name + ".grad_sum");
    }
  if (ref.tokens == s.T && runningSums)
    names.push_back("position");
  double worst = 0;
  for (const std::string &name : names) {
    auto out = outputs.find(name);
    auto expected = ref.outputs.find(name);
    if (out == outputs.end() || expected == ref.outputs.end())
      return NAN;
    size_t outer = name == "Z" ? static_cast<size_t>(s.B * s.H) : 1;
    double err = relError(out->second, expected->second, outer);
    if (std::isnan(err))
      return NAN;
    worst = std::max(worst, err);
  }
  return worst;
}

} // namespace ttt::bench
