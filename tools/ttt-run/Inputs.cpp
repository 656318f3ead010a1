//===- Inputs.cpp - the kernel's inputs: from .npy files or seeded random -===//

#include "Error.h"
#include "Npy.h"
#include "Session.h"
#include "Tape.h"

#include <cmath>
#include <random>
#include <unistd.h>

namespace ttt::run {

void checkStatus(ttt_status status, const std::string &context) {
  if (status != TTT_OK)
    throw Error(context + ": " + ttt_last_error());
}

std::vector<int64_t> Session::argShape(int i) const {
  std::vector<int64_t> shape(std::max(ttt_kernel_arg_rank(kernel, i), 0));
  checkStatus(ttt_kernel_arg_shape(kernel, i, B, H, T, shape.data()),
              "argument '" + argName(i) + "'");
  return shape;
}

void Session::bind(int i, Buffer &b, const std::string &context) {
  ttt_role role = ttt_kernel_arg_role(kernel, i);
  void *data = device ? device->bindable(i, b, role == TTT_OUTPUT) : b.data();
  checkStatus(ttt_kernel_bind(kernel, role, argName(i).c_str(), data,
                              dtypeOf(b.elem()),
                              static_cast<int>(b.shape().size()),
                              b.shape().data()),
              context);
}

namespace {

void bindBuffer(Session &s, int i, const std::string &context) {
  s.bind(i, s.buffers[i], context);
}

// A kernel given a position outside its mini-batch would index out of
// bounds; refuse before calling it.
void checkPosition(const Session &s, int64_t p, const std::string &context) {
  int64_t b = s.info.miniBatch;
  if (p < 0 || (b > 0 && p >= b))
    throw Error(context + ": position " + std::to_string(p) +
                " is outside the mini-batch [0, " +
                (b > 0 ? std::to_string(b) : std::string("b")) + ")");
}

void fixSizes(Session &s) {
  int64_t *dims[] = {&s.B, &s.H, &s.T};
  const char *names[] = {"B", "H", "T"};
  for (int k = 0; k < 3; ++k)
    if (ttt_kernel_bound_dim(s.kernel, names[k], dims[k]) != TTT_OK)
      throw Error(std::string("no input fixes ") + names[k] +
                  ", so the output shapes are unknown");
}

// std::normal_distribution differs between standard libraries; Box-Muller on
// the raw engine output keeps --random reproducible wherever mt19937_64 is.
class Normal {
public:
  explicit Normal(uint64_t seed) : engine(seed) {}
  double operator()() {
    if (haveSpare) {
      haveSpare = false;
      return spare;
    }
    double u1 = uniform(), u2 = uniform();
    double r = std::sqrt(-2.0 * std::log(u1));
    const double twoPi = 6.283185307179586476925286766559;
    spare = r * std::sin(twoPi * u2);
    haveSpare = true;
    return r * std::cos(twoPi * u2);
  }

private:
  std::mt19937_64 engine;
  bool haveSpare = false;
  double spare = 0;
  double uniform() { // in (0, 1): never log(0)
    return (static_cast<double>(engine() >> 11) + 0.5) * 0x1p-53;
  }
};

bool endsWith(const std::string &s, const std::string &suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A call at position 0 starts a mini-batch, whose running sums are zero
// (docs/Semantics.md section 5); the prefill kernels rely on it (a whole
// first mini-batch does not read them), so other sums would give outputs
// that match no reference.
void checkSumsAtBoundary(const Session &s, const std::string &inputsDir) {
  int p = ttt_kernel_arg_index(s.kernel, TTT_INPUT, "position");
  if (p < 0 || s.buffers[p].count() != 1 || s.buffers[p].get(0) != 0)
    return;
  for (int i = 0; i < s.numArgs(); ++i) {
    if (!s.isInput(i) || !endsWith(s.argName(i), ".grad_sum"))
      continue;
    const Buffer &sums = s.buffers[i];
    for (size_t k = 0; k < sums.count(); ++k)
      if (sums.get(k) != 0)
        throw Error(inputsDir + "/" + s.argName(i) + ".npy: element " +
                    std::to_string(k) +
                    " is not zero, but a call at position 0 starts a "
                    "mini-batch, whose running sums are zero");
  }
}

} // namespace

void loadInputs(Session &s, const std::string &inputsDir) {
  int n = s.numArgs();
  s.buffers.resize(n);
  for (int i = 0; i < n; ++i) {
    if (!s.isInput(i))
      continue;
    std::string path = inputsDir + "/" + s.argName(i) + ".npy";
    // Without IN/tape.npy, ttt-run writes the tape itself (Tape.h).
    if (readsTape(s.info) && s.argName(i) == "tape" &&
        access(path.c_str(), F_OK) != 0)
      continue;
    Buffer file = readNpy(path);
    Elem want = elemOf(ttt_kernel_arg_dtype(s.kernel, i));
    s.buffers[i] = convert(file, want, path);
    bindBuffer(s, i, path);
    if (s.argName(i) == "position" && s.buffers[i].count() == 1)
      checkPosition(s, static_cast<int64_t>(s.buffers[i].get(0)), path);
  }
  checkSumsAtBoundary(s, inputsDir);
  fixSizes(s);
}

void randomInputs(Session &s, const Options &o) {
  s.B = o.B;
  s.H = o.H;
  s.T = o.T;
  if (o.position != 0)
    checkPosition(s, o.position, "--position");
  if (o.position != 0 && s.info.miniBatch <= 0)
    throw Error("--position needs the kernel's settings.mini_batch");
  Normal normal(o.seed);
  int n = s.numArgs();
  s.buffers.resize(n);
  int xq = ttt_kernel_arg_index(s.kernel, TTT_INPUT, "XQ");
  for (int i = 0; i < n; ++i) {
    if (!s.isInput(i))
      continue;
    std::string name = s.argName(i);
    // The tape is the train kernel's to write (Tape.h), not noise: 260 MB
    // of it at T = 2048 took seconds to draw.
    if (readsTape(s.info) && name == "tape")
      continue;
    Buffer &b = s.buffers[i] = Buffer(elemOf(ttt_kernel_arg_dtype(s.kernel, i)),
                                      s.argShape(i), "input '" + name + "'");
    const LinearLayer *linear = nullptr;
    for (const LinearLayer &l : s.info.linears)
      if (l.weight == name || l.bias == name)
        linear = &l;
    auto fill = [&](auto value) {
      for (size_t k = 0; k < b.count(); ++k)
        b.set(k, value(k));
    };
    if (endsWith(name, ".grad")) {
      // A backward kernel's cotangents (Z.grad, W1.grad, W1.grad_sum.grad).
      fill([&](size_t) { return normal(); });
    } else if (name == "token_scale") {
      fill([](size_t k) { return 1.0 / static_cast<double>(k + 1); });
    } else if (name == "position") {
      fill([&](size_t) { return static_cast<double>(o.position); });
    } else if (isLearningRate(name)) {
      int64_t d = s.info.dim;
      if (d <= 0 && xq >= 0 && !s.argShape(xq).empty())
        d = s.argShape(xq).back();
      if (d <= 0)
        throw Error("--random: cannot scale '" + name +
                    "' without the head dim "
                    "(settings.dim)");
      fill([&](size_t) { return 1.0 / (1.0 + std::exp(-normal())) / d; });
    } else if (name == "decay") { // alpha in (0.5, 1)
      fill([&](size_t) { return 1.0 - 0.5 / (1.0 + std::exp(-normal())); });
    } else if (name == "decay_product") { // 1 at a mini-batch boundary
      fill([&](size_t) {
        return o.position > 0 ? 1.0 - 0.5 / (1.0 + std::exp(-normal())) : 1.0;
      });
    } else if (endsWith(name, ".grad_sum")) {
      fill([&](size_t) { return o.position > 0 ? 0.01 * normal() : 0.0; });
    } else if (s.info.layerNormWeights.count(name)) {
      fill([&](size_t) { return 1.0 + 0.1 * normal(); });
    } else if (s.info.layerNormBiases.count(name)) {
      fill([&](size_t) { return 0.1 * normal(); });
    } else if (linear && linear->weight == name) {
      double scale = 1.0 / std::sqrt(static_cast<double>(linear->in));
      fill([&](size_t) { return scale * normal(); });
    } else if (linear) {
      fill([&](size_t) { return 0.1 * normal(); });
    } else if (isInteger(b.elem())) {
      fill([](size_t) { return 0.0; });
    } else { // XQ, XK, XV and anything unknown
      fill([&](size_t) { return normal(); });
    }
    bindBuffer(s, i, "input '" + name + "'");
  }
}

} // namespace ttt::run
