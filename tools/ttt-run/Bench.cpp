//===- Bench.cpp - --bench: timing and dual-form FLOPs --------------------===//

#include "Bench.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

namespace ttt::run {

namespace {

// FLOPs of the query side of one linear layer over r tokens: Xq W0, and
// with the dual form (all timings but `after`, whose query side is the
// plain model) Xq X^T, (eta o A) Gz and, with a bias, eta Gz.
double querySideFlops(const LinearLayer &linear, double r, bool dual) {
  double in = static_cast<double>(linear.in);
  double out = static_cast<double>(linear.out);
  double total = 2 * r * in * out; // Xq W0
  if (dual) {
    total += 2 * r * r * in     // Xq X^T
             + 2 * r * r * out; // (eta o A) Gz
    if (!linear.bias.empty())
      total += 2 * r * r * out; // eta Gz (bias)
  }
  return total;
}

bool isDual(const KernelInfo &info) {
  return info.model.timing != reference::Timing::After;
}

// FLOPs of one mini-batch of r tokens for one (n, h): see --help.
double miniBatchFlops(const KernelInfo &info, double r) {
  double total = 0;
  for (size_t l = 0; l < info.linears.size(); ++l) {
    const LinearLayer &linear = info.linears[l];
    double in = static_cast<double>(linear.in);
    double out = static_cast<double>(linear.out);
    total += 2 * r * in * out; // key-side forward
    if (l != 0)
      total += 2 * r * in * out; // backward to the layer's input
    total += querySideFlops(linear, r, isDual(info));
    total += 2 * in * r * out; // state update
  }
  return total;
}

// FLOPs of the products a backward recomputes for one mini-batch beside
// the two of each forward product's vector-Jacobian product: the query
// side, which the tape does not hold, and S' = X^T G (the commit's VJP,
// the rebuilt weights). See --help.
double recomputedFlops(const KernelInfo &info, double r) {
  double total = 0;
  for (const LinearLayer &linear : info.linears)
    total += querySideFlops(linear, r, isDual(info)) +
             2 * static_cast<double>(linear.in) * r *
                 static_cast<double>(linear.out); // S'
  return total;
}

// FLOPs of one mini-batch of a kernel of `info.kind`: a prefill's (a train
// kernel computes the same products, and writes the tape), twice that plus
// the recomputed products for a backward from the tape, and a forward
// sweep more for a backward.
double kernelMiniBatchFlops(const KernelInfo &info, double r) {
  double forward = miniBatchFlops(info, r);
  if (info.kind == "backward_from_tape")
    return 2 * forward + recomputedFlops(info, r);
  if (info.kind == "backward")
    return 3 * forward + recomputedFlops(info, r);
  return forward;
}

} // namespace

double dualFormFlops(const KernelInfo &info, int64_t B, int64_t H, int64_t T) {
  if (!info.hasModel || info.miniBatch <= 0)
    return 0;
  int64_t b = info.miniBatch;
  double perHead = static_cast<double>(T / b) * kernelMiniBatchFlops(info, b);
  if (T % b)
    perHead += kernelMiniBatchFlops(info, static_cast<double>(T % b));
  return static_cast<double>(B) * static_cast<double>(H) * perHead;
}

void runBench(Session &s, int repeats, bool inPlace) {
  // With --in-place every state input and its output are bound to one copy
  // of the input, which the runs update as a decode loop does.
  std::vector<Buffer> states;
  states.reserve(s.numArgs());
  if (inPlace)
    for (int o = 0; o < s.numArgs(); ++o) {
      if (s.isInput(o))
        continue;
      int i = ttt_kernel_arg_index(s.kernel, TTT_INPUT, s.argName(o).c_str());
      if (i < 0)
        continue;
      const Buffer &in = s.buffers[i];
      std::string what = "--in-place: state '" + s.argName(o) + "'";
      states.emplace_back(in.elem(), in.shape(), what);
      std::memcpy(states.back().data(), in.data(), in.bytes());
      s.bind(i, states.back(), what);
      s.bind(o, states.back(), what);
    }
  // One warm-up run, then `repeats` timed ones: a steady clock around each
  // call for a CPU kernel, CUDA events around each launch for a GPU one.
  std::vector<double> ms(repeats);
  checkStatus(ttt_kernel_time(s.kernel, nullptr, 1, repeats, ms.data()),
              "bench");
  s.fetchOutputs();
  std::sort(ms.begin(), ms.end());
  size_t n = ms.size();
  double median = n % 2 ? ms[n / 2] : 0.5 * (ms[n / 2 - 1] + ms[n / 2]);
  double seconds = median / 1e3;
  double tokens = static_cast<double>(s.B) * static_cast<double>(s.T);
  double flops = dualFormFlops(s.info, s.B, s.H, s.T);
  std::printf("bench %s: B=%lld H=%lld T=%lld%s median %.4f ms, %.0f tokens/s, ",
              s.info.name.c_str(), static_cast<long long>(s.B),
              static_cast<long long>(s.H), static_cast<long long>(s.T),
              inPlace ? " (state in place)" : "", median,
              seconds > 0 ? tokens / seconds : 0.0);
  if (flops > 0)
    std::printf("%.3f GFLOP/s (dual-form FLOPs: %.0f)\n",
                seconds > 0 ? flops / seconds / 1e9 : 0.0, flops);
  else
    std::printf("GFLOP/s n/a (dual-form FLOPs unknown: %s)\n",
                s.info.modelError.c_str());
  // The spread: on a shared machine other tenants slow some runs down and
  // never speed one up, so the fastest run is the least disturbed one.
  std::printf("bench %s: fastest %.4f ms, slowest %.4f ms of %zu timed runs\n",
              s.info.name.c_str(), ms.front(), ms.back(), n);
  std::fflush(stdout);
}

} // namespace ttt::run
