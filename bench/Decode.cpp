//===- Decode.cpp - decode mode: a prefill, then single-token steps -------===//
//
// Semantics section 5: a call may start and end inside a mini-batch, and a
// prefill followed by single-token calls carrying the state (weights,
// running sums, position) equals one prefill. Each contender here runs its
// prefill of the first P tokens once, untimed, then every decode() runs the
// remaining tokens one call each from that prefilled state, timing each
// call, with the state updated in place in one buffer, as a decode loop
// keeps it.
//
//===----------------------------------------------------------------------===//

#include "ContenderSupport.h"
#include "Contenders.h"

#include "Error.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <limits>
#include <memory>

namespace ttt::bench {

using run::Buffer;
using run::Session;

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
  StateSet prefilled, live; // live: the state every step updates in place

  void bindStep(int64_t k) {
    ttt_kernel_reset(s->kernel);
    std::string context = "decode step " + std::to_string(k);
    for (int i = 0; i < s->numArgs(); ++i) {
      std::string what = context + ": argument '" + s->argName(i) + "'";
      if (s->isInput(i)) {
        Buffer &b = axis[i] >= 0      ? stepIn[k].at(i)
                    : stateOut[i] >= 0 ? live.at(i)
                                       : s->buffers[i];
        s->bind(i, b, what);
      } else if (axis[i] >= 0) {
        s->bind(i, stepOut[k].at(i), what);
      }
    }
    // The state output is the input's buffer, as in a decode loop that
    // keeps one state: the kernel updates it where it is (its manifest
    // marks it "in_place"; the runtime stages any other).
    for (auto &[i, b] : live)
      s->bind(stateOut[i], b, context + ": state output");
  }

  void steps(std::vector<double> *ms) {
    // Every run starts from the prefilled state, and writes into poison: a
    // token output a step leaves unwritten is caught even when an earlier
    // run wrote it.
    for (auto &[i, b] : live)
      std::memcpy(b.data(), prefilled.at(i).data(), b.bytes());
    for (auto &outputs : stepOut)
      for (auto &[i, b] : outputs)
        b.poison();
    for (int64_t k = 0; k < N; ++k) {
      bindStep(k);
      auto start = Clock::now();
      run::checkStatus(ttt_kernel_run(s->kernel, nullptr),
                       "decode step " + std::to_string(k));
      double t = std::chrono::duration<double, std::milli>(Clock::now() -
                                                           start)
                     .count();
      if (ms)
        ms->push_back(t);
    }
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
      for (StateSet *set : {&d->prefilled, &d->live}) {
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
    for (auto &[i, b] : d->live)
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
  Outputs prefilled, live; // states (weights, grad sums, position)
  Buffer Z;                 // [B,H,T,d]: every token's output
  std::vector<std::string> params;

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
    // Every run starts from the prefilled state, updated in place as the
    // compiled kernel's is, and writes into poison (the steps' tokens of Z).
    for (auto &[name, b] : live)
      std::memcpy(b.data(), prefilled.at(name).data(), b.bytes());
    for (int64_t q = 0; q < call.B * call.H; ++q)
      std::fill_n(static_cast<float *>(Z.data()) + (q * call.seqLen + P) * dim,
                  N * dim, std::numeric_limits<float>::quiet_NaN());
    for (int64_t k = 0; k < N; ++k) {
      EigenPrefill c = call;
      c.T = 1;
      int64_t t = P + k;
      c.XQ += t * dim;
      c.XK += t * dim;
      c.XV += t * dim;
      c.lr += t;
      c.Z += t * dim;
      wire(c, live, live);
      auto start = Clock::now();
      runEigenPrefill(model, c, threads);
      double step = std::chrono::duration<double, std::milli>(Clock::now() -
                                                              start)
                        .count();
      if (ms)
        ms->push_back(step);
    }
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
    for (Outputs *set : {&d->prefilled, &d->live})
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
      for (auto &[name, b] : d->live)
        out[name] = std::move(b);
      return out;
    };
  } catch (const std::invalid_argument &e) {
    r.outputs.clear();
    r.note = e.what();
  }
  return r;
}
} // namespace ttt::bench
