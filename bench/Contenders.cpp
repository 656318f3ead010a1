//===- Contenders.cpp - the compiled kernel, Eigen, PyTorch, the reference ===//

#include "Contenders.h"

#include "Error.h"
#include "Npy.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <sys/wait.h>

namespace ttt::bench {

using run::Buffer;
using run::Elem;
using run::Session;

namespace {

using Clock = std::chrono::steady_clock;
using VKind = reference::Value::Kind;

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

/// A poisoned buffer shaped like the kernel's output `name`.
Buffer &newOutput(const Session &s, Outputs &outputs, const std::string &name,
                  Elem elem = Elem::F32) {
  int i = ttt_kernel_arg_index(s.kernel, TTT_OUTPUT, name.c_str());
  if (i < 0)
    throw run::Error("the kernel has no output '" + name + "'");
  Buffer &b = outputs[name] =
      Buffer(elem, s.argShape(i), "output '" + name + "'");
  b.poison();
  return b;
}

/// The linear layers' weight and bias names in model order.
std::vector<std::string> paramNames(const Session &s) {
  std::vector<std::string> names;
  for (const run::LinearLayer &l : s.info.linears)
    for (const std::string &name : {l.weight, l.bias})
      if (!name.empty())
        names.push_back(name);
  return names;
}

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

// The axis of argument `i` whose size is T, or -1 when its shape has no T
// (as ttt-run --chunks finds it: the one dimension that changes with T).
int tokenAxis(const Session &s, int i) {
  std::vector<int64_t> other(std::max(ttt_kernel_arg_rank(s.kernel, i), 0));
  run::checkStatus(ttt_kernel_arg_shape(s.kernel, i, s.B, s.H, s.T + 1,
                                        other.data()),
                   "argument '" + s.argName(i) + "'");
  std::vector<int64_t> shape = s.argShape(i);
  for (size_t a = 0; a < shape.size(); ++a)
    if (shape[a] != other[a])
      return static_cast<int>(a);
  return -1;
}

// Copies tokens [srcT0, srcT0 + n) of `src` to [dstT0, dstT0 + n) of `dst`
// along `axis`; the two differ in that axis only.
void copyTokens(const Buffer &src, int64_t srcT0, Buffer &dst, int64_t dstT0,
                int64_t n, int axis) {
  const std::vector<int64_t> &ss = src.shape(), &ds = dst.shape();
  size_t outer = 1, row = run::elemSize(src.elem());
  for (int a = 0; a < axis; ++a)
    outer *= ss[a];
  for (size_t a = axis + 1; a < ss.size(); ++a)
    row *= ss[a];
  auto *from = static_cast<const unsigned char *>(src.data());
  auto *to = static_cast<unsigned char *>(dst.data());
  for (size_t o = 0; o < outer; ++o)
    std::memcpy(to + (o * ds[axis] + dstT0) * row,
                from + (o * ss[axis] + srcT0) * row, n * row);
}

/// `b` with tokens [t0, t0 + n) of its `axis` only.
Buffer sliceTokens(const Buffer &b, int64_t t0, int64_t n, int axis,
                   const std::string &what) {
  std::vector<int64_t> shape = b.shape();
  shape[axis] = n;
  Buffer out(b.elem(), shape, what);
  copyTokens(b, t0, out, 0, n, axis);
  return out;
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
  if (!info.causal) {
    k.why = "a non-causal layer";
    return k;
  }
  if (info.model.decay) {
    k.why = "a layer with decay";
    return k;
  }
  bool residual = n >= 4 && info.model.loss == n - 1 &&
                  info.model.output == n - 1 && v[n - 1].kind == VKind::Add &&
                  v[n - 1].x == 0 && v[n - 1].y == n - 2 &&
                  v[n - 2].kind == VKind::LayerNorm && v[n - 2].x == n - 3;
  int64_t d = v.empty() ? 0 : v[0].width;
  auto linear = [&](int i, int x, int64_t width) {
    return v[i].kind == VKind::Linear && v[i].x == x && v[i].width == width;
  };
  if (n == 2 && linear(1, 0, d) && v[1].bias.empty() &&
      info.model.loss == 1 && info.model.output == 1 && info.miniBatch == 1) {
    k.model = InnerModel::DeltaNet; // Semantics section 10
    k.known = true;
    return k;
  }
  if (residual && n == 4 && linear(1, 0, d)) {
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
  k.eps = v[n - 2].eps;
  k.lnWeight = v[n - 2].weight;
  k.lnBias = v[n - 2].bias;
  k.known = true;
  return k;
}

static double median(std::vector<double> ms) {
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

void timeDecodeSideBySide(const std::vector<Result *> &contenders, int warmup,
                          int repeats) {
  std::vector<Result *> runnable;
  for (Result *r : contenders)
    if (r->decode)
      runnable.push_back(r);
  for (int k = 0; k < warmup; ++k)
    for (Result *r : runnable)
      r->decode(nullptr);
  std::vector<std::vector<double>> ms(runnable.size());
  for (int k = 0; k < std::max(repeats, 1); ++k)
    for (size_t c = 0; c < runnable.size(); ++c)
      runnable[c]->decode(&ms[c]);
  for (size_t c = 0; c < runnable.size(); ++c) {
    Result &r = *runnable[c];
    r.ms = median(std::move(ms[c]));
    r.ran = true;
    r.outputs = r.collect();
    r.decode = nullptr; // they borrow the session's buffers
    r.collect = nullptr;
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

/// Why the Eigen baseline cannot run this kernel at all, or "".
static std::string eigenRefusal(const ModelKind &kind) {
  if (!kind.known)
    return kind.why;
  if (kind.model == InnerModel::DeltaNet)
    return "the Eigen baseline is TTT-Linear and TTT-MLP only";
  return "";
}

/// The Eigen call on the session's inputs: every token, from the session's
/// state, into outputs allocated (poisoned) in `out`.
static EigenPrefill eigenCall(const Session &s, const ModelKind &kind,
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

namespace {

/// The state of a decode: every state input by argument index.
using StateSet = std::map<int, Buffer>;

/// What the compiled decode steps bind; shared by the step closure.
struct CompiledDecode {
  Session *s = nullptr;
  int64_t P = 0, N = 0;
  std::vector<int> axis, stateOut;  // by argument index
  std::vector<std::map<int, Buffer>> stepIn; // token inputs of each step
  std::vector<std::map<int, Buffer>> stepOut; // token outputs (Z) of each
  StateSet prefilled, ping, pong;
  const StateSet *final = nullptr; // the state after the last step

  void bindStep(int64_t k, const StateSet &in, StateSet &out) {
    ttt_kernel_reset(s->kernel);
    std::string context = "decode step " + std::to_string(k);
    for (int i = 0; i < s->numArgs(); ++i) {
      std::string what = context + ": argument '" + s->argName(i) + "'";
      if (s->isInput(i)) {
        Buffer &b = axis[i] >= 0 ? stepIn[k].at(i)
                    : stateOut[i] >= 0
                        ? const_cast<Buffer &>(in.at(i))
                        : s->buffers[i];
        s->bind(i, b, what);
      } else if (axis[i] >= 0) {
        s->bind(i, stepOut[k].at(i), what);
      }
    }
    for (auto &[i, b] : out)
      s->bind(stateOut[i], b, context + ": state output");
  }

  void steps(std::vector<double> *ms) {
    const StateSet *in = &prefilled;
    for (int64_t k = 0; k < N; ++k) {
      StateSet &out = in == &ping ? pong : ping;
      bindStep(k, *in, out);
      auto start = Clock::now();
      run::checkStatus(ttt_kernel_run(s->kernel, nullptr),
                       "decode step " + std::to_string(k));
      double t = std::chrono::duration<double, std::milli>(Clock::now() -
                                                           start)
                     .count();
      if (ms)
        ms->push_back(t);
      in = &out;
    }
    final = in;
    ttt_kernel_reset(s->kernel);
  }
};

} // namespace

Result prepareCompiledDecode(Session &s, int64_t P) {
  Result r;
  auto d = std::make_shared<CompiledDecode>();
  d->s = &s;
  d->P = P;
  d->N = s.T - P;
  int n = s.numArgs();
  d->axis.resize(n);
  d->stateOut.assign(n, -1);
  for (int i = 0; i < n; ++i) {
    d->axis[i] = tokenAxis(s, i);
    if (s.isInput(i))
      d->stateOut[i] = ttt_kernel_arg_index(s.kernel, TTT_OUTPUT,
                                            s.argName(i).c_str());
  }
  // The prefill of the first P tokens, from the session's state.
  for (int i = 0; i < n; ++i)
    if (d->stateOut[i] >= 0) {
      const Buffer &b = s.buffers[i];
      for (StateSet *set : {&d->prefilled, &d->ping, &d->pong}) {
        (*set)[i] = Buffer(b.elem(), b.shape(), "state '" + s.argName(i) + "'");
        set->at(i).poison();
      }
      if (P == 0)
        std::memcpy(d->prefilled[i].data(), b.data(), b.bytes());
    }
  if (P > 0) {
    std::map<int, Buffer> in, out;
    ttt_kernel_reset(s.kernel);
    for (int i = 0; i < n; ++i) {
      std::string what = "decode prefill: argument '" + s.argName(i) + "'";
      if (d->axis[i] >= 0) {
        Buffer &b = (s.isInput(i) ? in : out)[i] =
            sliceTokens(s.buffers[i], 0, P, d->axis[i], what);
        if (!s.isInput(i))
          b.poison();
        s.bind(i, b, what);
      } else if (s.isInput(i)) {
        s.bind(i, s.buffers[i], what);
        if (d->stateOut[i] >= 0)
          s.bind(d->stateOut[i], d->prefilled[i], what);
      }
    }
    run::checkStatus(ttt_kernel_run(s.kernel, nullptr), "decode prefill");
    ttt_kernel_reset(s.kernel);
    for (auto &[i, b] : out)
      copyTokens(b, 0, s.buffers[i], 0, P, d->axis[i]);
  }
  // Each step's token inputs and outputs.
  d->stepIn.resize(d->N);
  d->stepOut.resize(d->N);
  for (int64_t k = 0; k < d->N; ++k)
    for (int i = 0; i < n; ++i)
      if (d->axis[i] >= 0) {
        std::string what = "decode step " + std::to_string(k) +
                           ": argument '" + s.argName(i) + "'";
        Buffer b = sliceTokens(s.buffers[i], P + k, 1, d->axis[i], what);
        if (!s.isInput(i))
          b.poison();
        (s.isInput(i) ? d->stepIn : d->stepOut)[k][i] = std::move(b);
      }
  r.decode = [d](std::vector<double> *ms) { d->steps(ms); };
  r.collect = [d] {
    Session &s = *d->s;
    Outputs out;
    for (int64_t k = 0; k < d->N; ++k)
      for (auto &[i, b] : d->stepOut[k])
        copyTokens(b, 0, s.buffers[i], d->P + k, 1, d->axis[i]);
    for (int i = 0; i < s.numArgs(); ++i)
      if (!s.isInput(i) && d->axis[i] >= 0)
        out[s.argName(i)] = std::move(s.buffers[i]);
    for (auto &[i, b] : const_cast<StateSet &>(*d->final))
      out[s.argName(i)] = std::move(b);
    return out;
  };
  return r;
}

namespace {

struct EigenDecode {
  EigenPrefill call; // the prefill of the first P tokens; steps reuse it
  InnerModel model = InnerModel::Linear;
  int threads = 1;
  int64_t P = 0, N = 0, dim = 0;
  Outputs prefilled, ping, pong; // states (weights, grad sums, position)
  Buffer Z;                      // [B,H,T,d]: every token's output
  std::vector<std::string> params;
  Outputs *final = nullptr;

  /// Points `c`'s state inputs at `in` and its outputs at `out`.
  void wire(EigenPrefill &c, Outputs &in, Outputs &out) const {
    c.state.clear();
    c.stateOut.clear();
    c.gradSum.clear();
    c.gradSumOut.clear();
    for (const std::string &name : params) {
      c.state.push_back(static_cast<const float *>(in.at(name).data()));
      c.stateOut.push_back(static_cast<float *>(out.at(name).data()));
      std::string sum = name + ".grad_sum";
      c.gradSum.push_back(static_cast<const float *>(in.at(sum).data()));
      c.gradSumOut.push_back(static_cast<float *>(out.at(sum).data()));
    }
    c.position = static_cast<int64_t>(in.at("position").get(0));
    c.positionOut = static_cast<int64_t *>(out.at("position").data());
  }

  void steps(std::vector<double> *ms) {
    Outputs *in = &prefilled;
    for (int64_t k = 0; k < N; ++k) {
      Outputs *out = in == &ping ? &pong : &ping;
      EigenPrefill c = call;
      c.T = 1;
      int64_t t = P + k;
      c.XQ += t * dim;
      c.XK += t * dim;
      c.XV += t * dim;
      c.lr += t;
      c.Z += t * dim;
      wire(c, *in, *out);
      auto start = Clock::now();
      runEigenPrefill(model, c, threads);
      double step = std::chrono::duration<double, std::milli>(Clock::now() -
                                                              start)
                        .count();
      if (ms)
        ms->push_back(step);
      in = out;
    }
    final = in;
  }
};

} // namespace

Result prepareEigenDecode(const Session &s, const ModelKind &kind,
                          int threads, int64_t P) {
  Result r;
  r.note = eigenRefusal(kind);
  if (!r.note.empty())
    return r;
  try {
    auto d = std::make_shared<EigenDecode>();
    d->model = kind.model;
    d->threads = threads;
    d->P = P;
    d->N = s.T - P;
    d->dim = s.info.dim;
    d->params = paramNames(s);
    Outputs whole; // Z of every token, the session's state as a template
    d->call = eigenCall(s, kind, whole);
    d->call.seqLen = s.T;
    for (Outputs *set : {&d->prefilled, &d->ping, &d->pong})
      for (const auto &[name, b] : whole)
        if (name != "Z") {
          (*set)[name] = Buffer(b.elem(), b.shape(), "state '" + name + "'");
          set->at(name).poison();
        }
    // The prefill of the first P tokens from the session's state.
    Outputs initial;
    for (const auto &[name, b] : d->prefilled) {
      const Buffer &from = inputBuffer(s, name);
      initial[name] = Buffer(from.elem(), from.shape(), "state '" + name + "'");
      std::memcpy(initial[name].data(), from.data(), from.bytes());
    }
    EigenPrefill pre = d->call;
    pre.T = P;
    d->wire(pre, initial, d->prefilled);
    checkEigenPrefill(d->model, pre);
    runEigenPrefill(d->model, pre, threads);
    d->Z = std::move(whole["Z"]); // heap storage: call.Z stays valid
    r.decode = [d](std::vector<double> *ms) { d->steps(ms); };
    r.collect = [d] {
      Outputs out;
      out["Z"] = std::move(d->Z);
      for (auto &[name, b] : *d->final)
        out[name] = std::move(b);
      return out;
    };
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
  if (decodeFrom >= 0 && kind.model == InnerModel::DeltaNet) {
    r.note = "the torch decode steps are TTT-Linear and TTT-MLP only";
    return r;
  }
  // The script reads and writes the paper's names; map ours onto them.
  std::vector<std::pair<std::string, std::string>> inputs = {
      {"XQ", "XQ"}, {"XK", "XK"}, {"XV", "XV"}, {"lr", "lr"},
      {"token_scale", "token_scale"}};
  if (kind.model != InnerModel::DeltaNet)
    inputs.insert(inputs.end(),
                  {{"ln_weight", kind.lnWeight}, {"ln_bias", kind.lnBias}});
  std::vector<std::pair<std::string, std::string>> params;
  std::vector<std::string> names = paramNames(s);
  const char *paper[] = {"W1", "b1", "W2", "b2"};
  for (size_t i = 0; i < names.size() && i < 4; ++i)
    params.push_back({paper[i], names[i]});
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
      modelFlag(kind.model) + " --eps " + eps +
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
