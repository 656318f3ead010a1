//===- Backward.cpp - float64 VJP of a prefill by finite differences ------===//
//
// docs/Semantics.md section 6: the backward of one prefill call is the
// vector-Jacobian product of runPrefill. This oracle computes it from the
// primal reference alone, by central finite differences of the scalar
// L(x) = sum over outputs o of <o.grad, o(x)>, one input element at a time,
// so it shares nothing with any derivation (the compiler's or a hand-written
// one). It costs two prefills per input element: small shapes only.
//
//===----------------------------------------------------------------------===//

#include "reference/Internal.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace ttt::reference {

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

} // namespace

TensorMap finiteDifferenceBackward(const Model &model,
                                   const TensorMap &inputsAndCotangents,
                                   double step) {
  if (!(step > 0))
    fail("finite-difference step must be positive");
  // The prefill's outputs, from one run on the primal inputs; the names of
  // the cotangents follow from them. Inputs and outputs share the state's
  // names ("W1"), so "W1.grad" is the cotangent of the final W1.
  TensorMap primal;
  for (const auto &[name, t] : inputsAndCotangents)
    if (name.size() < 5 || name.compare(name.size() - 5, 5, ".grad") != 0)
      primal[name] = t;
  // A state parameter P and its running sum P.grad_sum are both inputs and
  // outputs; "P.grad_sum.grad" ends in ".grad" but is a cotangent, and
  // "P.grad_sum" is not. The filter above keeps exactly the prefill inputs.
  TensorMap outputs = runPrefill(model, primal);
  std::set<std::string> outNames;
  for (const auto &[name, t] : outputs)
    if (name != "position")
      outNames.insert(name);

  TensorMap cotangents;
  for (const std::string &name : outNames) {
    auto it = inputsAndCotangents.find(name + ".grad");
    if (it == inputsAndCotangents.end())
      fail("missing cotangent '" + name + ".grad'");
    if (it->second.shape != outputs.at(name).shape ||
        it->second.data.size() != outputs.at(name).data.size())
      fail("cotangent '" + name + ".grad' does not have the shape of '" +
           name + "'");
    cotangents[name] = it->second;
  }
  for (const auto &[name, t] : inputsAndCotangents)
    if (!primal.count(name) && !isCotangent(name, outNames))
      fail("unexpected input '" + name + "'");

  // L(x + h) - L(x - h), summed from the two runs' outputs element by
  // element: summing each run first would round both totals at the scale
  // of the largest output (the final state, O(1)), which swamps the change
  // of an output that is itself tiny (Z after a deep chain of activations,
  // whose gradient then fell below that rounding).
  auto objectiveChange = [&](const TensorMap &up, const TensorMap &down) {
    double s = 0;
    for (const auto &[name, cot] : cotangents) {
      const std::vector<double> &a = up.at(name).data;
      const std::vector<double> &b = down.at(name).data;
      for (size_t i = 0; i < cot.data.size(); ++i)
        s += cot.data[i] * (a[i] - b[i]);
    }
    return s;
  };

  TensorMap grads;
  TensorMap x = primal;
  for (auto &[name, tensor] : x) {
    if (name == "position")
      continue; // an integer: no gradient
    Tensor g{tensor.shape, std::vector<double>(tensor.data.size(), 0.0)};
    for (size_t e = 0; e < tensor.data.size(); ++e) {
      double saved = tensor.data[e];
      double h = step * std::max(1.0, std::fabs(saved));
      tensor.data[e] = saved + h;
      TensorMap up = runPrefill(model, x);
      tensor.data[e] = saved - h;
      TensorMap down = runPrefill(model, x);
      tensor.data[e] = saved;
      g.data[e] = objectiveChange(up, down) / (2 * h);
    }
    grads[name + ".grad"] = std::move(g);
  }
  return grads;
}

} // namespace ttt::reference
