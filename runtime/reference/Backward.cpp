//===- Backward.cpp - float64 VJP of a prefill by finite differences ------===//
//
// docs/Semantics.md section 6: the backward of one prefill call is the
// vector-Jacobian product of runPrefill. This oracle computes it from the
// primal reference alone, by central finite differences of the scalar
// L(x) = sum over outputs o of <o.grad, o(x)>, one input element at a time,
// so it shares nothing with any derivation (the compiler's or a hand-written
// one). It costs two prefills of one sequence per input element (each
// sequence perturbed on its own, on threads): every element on small shapes,
// a random sample of each large input's elements on large ones. On large
// shapes the derivatives along a few random directions of each input (two
// prefills each) check every element at once.
//
//===----------------------------------------------------------------------===//

#include "reference/Internal.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <functional>
#include <mutex>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace ttt::reference {

void keepFreedMemory() {
#ifdef __GLIBC__
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
#endif
}

using internal::fail;
using TensorMap = std::map<std::string, Tensor>;

namespace {

bool isCotangent(const std::string &name, const std::set<std::string> &outs) {
  const std::string suffix = ".grad";
  if (name.size() <= suffix.size() ||
      name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
    return false;
  return outs.count(name.substr(0, name.size() - suffix.size())) != 0;
}

/// The prefill inputs among a backward's inputs: every name that does not
/// end in ".grad". A state parameter P and its running sum P.grad_sum are
/// both inputs and outputs; "P.grad_sum.grad" ends in ".grad" but is a
/// cotangent, and "P.grad_sum" is not, so this keeps exactly the prefill
/// inputs.
TensorMap prefillInputs(const TensorMap &inputsAndCotangents) {
  TensorMap primal;
  for (const auto &[name, t] : inputsAndCotangents)
    if (name.size() < 5 || name.compare(name.size() - 5, 5, ".grad") != 0)
      primal[name] = t;
  return primal;
}

/// Where the part of an input that one (batch, head) sequence reads lies
/// in it: its first element and its shape.
struct Slice {
  size_t offset;
  std::vector<int64_t> shape;

  size_t size() const {
    size_t size = 1;
    for (int64_t extent : shape)
      size *= extent;
    return size;
  }
};

/// The slice of `t` that sequence (n, h) of a call of `numBatch` x
/// `numHeads` sequences reads (`t` whole for an input every sequence reads).
Slice sliceOf(const Tensor &t, int64_t numBatch, int64_t numHeads, int64_t n,
              int64_t h) {
  const std::vector<int64_t> &shape = t.shape;
  // checkInputs' layouts: [B, H, ...] of rank 3 or 4 per sequence, a
  // LayerNorm parameter [H, w] per head, token_scale [b] and position.
  if (shape.size() >= 3 && shape[0] == numBatch && shape[1] == numHeads) {
    std::vector<int64_t> one(shape);
    one[0] = one[1] = 1;
    return {(n * numHeads + h) * (t.data.size() / (numBatch * numHeads)), one};
  }
  if (shape.size() == 2 && shape[0] == numHeads) // [H, w]: this head's
    return {static_cast<size_t>(h * shape[1]), {1, shape[1]}};
  return {0, shape}; // read by every sequence (token_scale, position)
}

/// The call's batch and head counts, from XQ [B, H, T, d].
std::pair<int64_t, int64_t> sequencesOf(const TensorMap &primal) {
  auto xq = primal.find("XQ");
  if (xq == primal.end() || xq->second.shape.size() != 4)
    fail("missing or misshapen input 'XQ'");
  return {xq->second.shape[0], xq->second.shape[1]};
}

} // namespace

size_t elementsPerSequence(const TensorMap &inputsAndCotangents) {
  TensorMap primal = prefillInputs(inputsAndCotangents);
  auto [numBatch, numHeads] = sequencesOf(primal);
  size_t total = 0;
  for (const auto &[name, t] : primal)
    if (name != "position")
      total += sliceOf(t, numBatch, numHeads, 0, 0).size();
  return total;
}

namespace {

/// One prefill call split for the differences: the primal inputs, the
/// cotangent of every output but `position` (by output name), and the
/// call's batch and head counts. Each (batch, head) sequence is its own
/// prefill: an input element moves the outputs of the sequences that read it
/// only. So the differences run one sequence at a time, on its slice of
/// every input (B = H = 1), and a shared input's gradient (a LayerNorm
/// parameter [H, w], token_scale) sums those of the sequences that read it:
/// B * H times fewer prefill steps than perturbing the whole call, and the
/// sequences run on threads of their own.
struct Call {
  TensorMap primal, cotangents;
  int64_t numBatch = 0, numHeads = 0;

  int64_t numSequences() const { return numBatch * numHeads; }

  Slice slice(const std::string &input, int64_t sequence) const {
    return sliceOf(primal.at(input), numBatch, numHeads, sequence / numHeads,
                   sequence % numHeads);
  }

  /// Sequence `sequence`'s part of every primal input and cotangent.
  std::pair<TensorMap, TensorMap> sequenceSlices(int64_t sequence) const {
    auto copy = [&](const Tensor &t) {
      Slice where = sliceOf(t, numBatch, numHeads, sequence / numHeads,
                            sequence % numHeads);
      auto first = t.data.begin() + where.offset;
      return Tensor{where.shape,
                    std::vector<double>(first, first + where.size())};
    };
    TensorMap x, cotangents;
    for (const auto &[name, t] : primal)
      x[name] = copy(t);
    for (const auto &[name, t] : this->cotangents)
      cotangents[name] = copy(t);
    return {std::move(x), std::move(cotangents)};
  }
};

/// Splits a backward's inputs into a Call, checking every cotangent.
Call prepareCall(const Model &model, const TensorMap &inputsAndCotangents) {
  // The prefill's outputs, from one run on the primal inputs; the names of
  // the cotangents follow from them. Inputs and outputs share the state's
  // names ("W1"), so "W1.grad" is the cotangent of the final W1.
  Call call;
  call.primal = prefillInputs(inputsAndCotangents);
  TensorMap outputs = runPrefill(model, call.primal);
  std::set<std::string> outNames;
  for (const auto &[name, t] : outputs)
    if (name != "position")
      outNames.insert(name);
  for (const std::string &name : outNames) {
    auto it = inputsAndCotangents.find(name + ".grad");
    if (it == inputsAndCotangents.end())
      fail("missing cotangent '" + name + ".grad'");
    if (it->second.shape != outputs.at(name).shape ||
        it->second.data.size() != outputs.at(name).data.size())
      fail("cotangent '" + name + ".grad' does not have the shape of '" +
           name + "'");
    call.cotangents[name] = it->second;
  }
  for (const auto &[name, t] : inputsAndCotangents)
    if (!call.primal.count(name) && !isCotangent(name, outNames))
      fail("unexpected input '" + name + "'");
  std::tie(call.numBatch, call.numHeads) = sequencesOf(call.primal);
  return call;
}

/// L(x + h) - L(x - h) of one sequence, summed from the two runs' outputs
/// element by element: summing each run first would round both totals at
/// the scale of the largest output (the final state, O(1)), which swamps
/// the change of an output that is itself tiny (Z after a deep chain of
/// activations, whose gradient then fell below that rounding).
double objectiveChange(const TensorMap &cotangents, const TensorMap &up,
                       const TensorMap &down) {
  double s = 0;
  for (const auto &[name, cot] : cotangents) {
    const std::vector<double> &a = up.at(name).data;
    const std::vector<double> &b = down.at(name).data;
    for (size_t i = 0; i < cot.data.size(); ++i)
      s += cot.data[i] * (a[i] - b[i]);
  }
  return s;
}

/// Runs work(i) for i in [0, count) on up to hardware_concurrency threads;
/// rethrows the first exception any of them threw.
void onThreads(int64_t count, const std::function<void(int64_t)> &work) {
  std::atomic<int64_t> next{0};
  std::exception_ptr error;
  std::mutex errorMutex;
  auto loop = [&] {
    for (int64_t i; (i = next++) < count;) {
      try {
        work(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(errorMutex);
        if (!error)
          error = std::current_exception();
      }
    }
  };
  unsigned numThreads = std::max<int64_t>(
      1, std::min<int64_t>(count, std::thread::hardware_concurrency()));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < numThreads; ++t)
    threads.emplace_back(loop);
  loop();
  for (std::thread &thread : threads)
    thread.join();
  if (error)
    std::rethrow_exception(error);
}

} // namespace

TensorMap finiteDifferenceBackward(const Model &model,
                                   const TensorMap &inputsAndCotangents,
                                   const FiniteDifferenceOptions &options) {
  const double step = options.step;
  if (!(step > 0))
    fail("finite-difference step must be positive");
  const Call call = prepareCall(model, inputsAndCotangents);

  // The elements of each input's sequence slice to differentiate, in
  // increasing order: all of them, or options.samples of them drawn once
  // for every sequence (a shared input's per-sequence gradients are
  // summed, so every sequence must leave the same elements out).
  std::map<std::string, std::vector<size_t>> differentiated;
  std::mt19937_64 rng(options.seed);
  for (const auto &[name, t] : call.primal) {
    if (name == "position")
      continue; // an integer: no gradient
    size_t size = call.slice(name, 0).size();
    std::vector<size_t> elements(size);
    std::iota(elements.begin(), elements.end(), size_t{0});
    if (options.samples > 0 && size > options.samples) {
      // The first `samples` of a partial Fisher-Yates shuffle.
      for (size_t i = 0; i < options.samples; ++i)
        std::swap(
            elements[i],
            elements[std::uniform_int_distribution<size_t>(i, size - 1)(rng)]);
      elements.resize(options.samples);
      std::sort(elements.begin(), elements.end());
    }
    differentiated[name] = std::move(elements);
  }

  // One sequence's gradients, each laid out like its input slice (NaN
  // where not differentiated).
  std::vector<TensorMap> perSequence(call.numSequences());
  onThreads(call.numSequences(), [&](int64_t sequence) {
    auto [x, cotangents] = call.sequenceSlices(sequence);
    TensorMap &grads = perSequence[sequence];
    for (auto &[name, tensor] : x) {
      if (name == "position")
        continue; // an integer: no gradient
      Tensor g{tensor.shape,
               std::vector<double>(tensor.data.size(), std::nan(""))};
      for (size_t e : differentiated.at(name)) {
        double saved = tensor.data[e];
        double delta = step * std::max(1.0, std::fabs(saved));
        tensor.data[e] = saved + delta;
        TensorMap up = runPrefill(model, x);
        tensor.data[e] = saved - delta;
        TensorMap down = runPrefill(model, x);
        tensor.data[e] = saved;
        g.data[e] = objectiveChange(cotangents, up, down) / (2 * delta);
      }
      grads[name] = std::move(g);
    }
  });

  TensorMap grads;
  for (const auto &[name, t] : call.primal)
    if (name != "position")
      grads[name + ".grad"] =
          Tensor{t.shape, std::vector<double>(t.data.size(), 0.0)};
  for (int64_t sequence = 0; sequence < call.numSequences(); ++sequence)
    for (const auto &[name, g] : perSequence[sequence]) {
      Tensor &whole = grads[name + ".grad"];
      size_t offset = call.slice(name, sequence).offset;
      for (size_t e = 0; e < g.data.size(); ++e)
        whole.data[offset + e] += g.data[e];
    }
  return grads;
}

std::vector<DirectionalDerivative>
directionalDerivatives(const Model &model, const TensorMap &inputsAndCotangents,
                       size_t perInput, uint64_t seed, double step) {
  if (!(step > 0))
    fail("finite-difference step must be positive");
  const Call call = prepareCall(model, inputsAndCotangents);

  // Each direction's element e is uniform in [-1, 1] times max(1, |x_e|),
  // so no element moves further than the elementwise differences move it
  // (an input with a range, such as decay in (0, 1], stays inside it where
  // they do).
  std::vector<DirectionalDerivative> result;
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> uniform(-1.0, 1.0);
  for (const auto &[name, t] : call.primal) {
    if (name == "position")
      continue; // an integer: no gradient
    for (size_t k = 0; k < perInput; ++k) {
      Tensor direction{t.shape, std::vector<double>(t.data.size())};
      for (size_t e = 0; e < t.data.size(); ++e)
        direction.data[e] = uniform(rng) * std::max(1.0, std::fabs(t.data[e]));
      result.push_back({name + ".grad", std::move(direction)});
    }
  }

  // Each sequence moves its slice of the input along its slice of the
  // direction; the derivative along the whole direction is the sum of the
  // sequences' (a shared input's slice is the same in every sequence that
  // reads it, and its gradient their sum).
  std::vector<std::vector<double>> perSequence(call.numSequences());
  onThreads(call.numSequences(), [&](int64_t sequence) {
    auto [x, cotangents] = call.sequenceSlices(sequence);
    for (const DirectionalDerivative &d : result) {
      std::string input = d.gradient.substr(0, d.gradient.size() - 5);
      Tensor &tensor = x.at(input);
      const Tensor saved = tensor;
      const double *v =
          d.direction.data.data() + call.slice(input, sequence).offset;
      for (size_t e = 0; e < tensor.data.size(); ++e)
        tensor.data[e] = saved.data[e] + step * v[e];
      TensorMap up = runPrefill(model, x);
      for (size_t e = 0; e < tensor.data.size(); ++e)
        tensor.data[e] = saved.data[e] - step * v[e];
      TensorMap down = runPrefill(model, x);
      tensor = saved;
      perSequence[sequence].push_back(objectiveChange(cotangents, up, down) /
                                      (2 * step));
    }
  });
  for (size_t k = 0; k < result.size(); ++k)
    for (const std::vector<double> &values : perSequence)
      result[k].derivative += values[k];
  return result;
}

} // namespace ttt::reference
