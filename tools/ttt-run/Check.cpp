//===- Check.cpp - --check: outputs against the float64 reference ---------===//

#include "Check.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace ttt::run {

double defaultTolerance(const Session &s) {
  // The io type is that of the token tensors; state is always f32.
  for (const char *name : {"XQ", "Z"}) {
    for (ttt_role role : {TTT_INPUT, TTT_OUTPUT}) {
      int i = ttt_kernel_arg_index(s.kernel, role, name);
      if (i < 0)
        continue;
      ttt_dtype d = ttt_kernel_arg_dtype(s.kernel, i);
      return d == TTT_BF16 || d == TTT_F16 ? 2e-2 : 1e-4;
    }
  }
  return 1e-4;
}

namespace {

reference::Tensor toTensor(const Buffer &b) {
  reference::Tensor t;
  t.shape = b.shape();
  t.data.resize(b.count());
  for (size_t k = 0; k < b.count(); ++k)
    t.data[k] = b.get(k);
  return t;
}

bool checkExact(const std::string &name, const Buffer &out,
                const reference::Tensor &ref) {
  for (size_t k = 0; k < out.count(); ++k) {
    double got = out.get(k);
    if (got != ref.data[k]) {
      std::printf("check %s: element %zu is %.0f, reference %.17g FAIL\n",
                  name.c_str(), k, got, ref.data[k]);
      return false;
    }
  }
  if (out.count() == 1)
    std::printf("check %s: exact (%.0f) ok\n", name.c_str(), out.get(0));
  else
    std::printf("check %s: exact ok\n", name.c_str());
  return true;
}

/// rel_err of `out` against `ref` on the elements where `ref` is a number;
/// a NaN of `ref` is an element the finite differences did not sample when
/// `sampled`, and fails otherwise. A NaN of `out` always fails.
bool checkNorm(const std::string &name, const Buffer &out,
               const reference::Tensor &ref, double tol, bool sampled) {
  double diff = 0, norm = 0;
  size_t nans = 0, compared = 0;
  for (size_t k = 0; k < out.count(); ++k) {
    double o = out.get(k), r = ref.data[k];
    if (std::isnan(o) || (std::isnan(r) && !sampled)) {
      ++nans;
      continue;
    }
    if (std::isnan(r))
      continue;
    ++compared;
    diff += (o - r) * (o - r);
    norm += r * r;
  }
  diff = std::sqrt(diff);
  norm = std::sqrt(norm);
  // A zero reference (a grad sum after a full mini-batch) has no relative
  // error; the absolute error is then the meaningful measure.
  bool relative = norm > 0;
  double err = relative ? diff / norm : diff;
  bool ok = nans == 0 && err <= tol;
  std::string of = compared == out.count()
                       ? ""
                       : ", " + std::to_string(compared) + " of " +
                             std::to_string(out.count()) + " elements";
  std::printf("check %s: %s=%.1e (tol %.0e%s%s)%s %s\n", name.c_str(),
              relative ? "rel_err" : "abs_err", nans ? NAN : err, tol,
              relative ? "" : ", reference is zero", of.c_str(),
              nans ? (" " + std::to_string(nans) + " NaN").c_str() : "",
              ok ? "ok" : "FAIL");
  return ok;
}

/// The worst, over the directions of `name`, of |<out, v> - derivative|
/// against the larger of ||out o v|| and |derivative| (so that a gradient of
/// zeros fails where the reference's is not; the absolute error where both
/// are zero, as checkNorm does for a zero reference): every element of
/// `out` at once.
bool checkDirections(const std::string &name, const Buffer &out,
                     const std::vector<reference::DirectionalDerivative> &along,
                     double tol) {
  double worst = 0;
  size_t directions = 0;
  bool relative = true;
  for (const reference::DirectionalDerivative &d : along) {
    if (d.gradient != name)
      continue;
    double dot = 0, scale = 0;
    for (size_t k = 0; k < out.count(); ++k) {
      double o = out.get(k) * d.direction.data[k];
      dot += o;
      scale += o * o;
    }
    scale = std::max(std::sqrt(scale), std::fabs(d.derivative));
    relative = relative && scale > 0;
    double err = std::fabs(dot - d.derivative) / (scale > 0 ? scale : 1.0);
    // A NaN error (a NaN element) must fail, so not std::max.
    worst = err > worst || std::isnan(err) ? err : worst;
    ++directions;
  }
  bool ok = directions > 0 && worst <= tol;
  std::printf("check %s along %zu random directions (every element): "
              "%s=%.1e (tol %.0e) %s\n",
              name.c_str(), directions, relative ? "rel_err" : "abs_err", worst,
              tol, ok ? "ok" : "FAIL");
  return ok;
}

} // namespace

void requireCheckable(const KernelInfo &info) {
  if (info.kind != "prefill" && info.kind != "decode" &&
      info.kind != "backward" && info.kind != "train" &&
      info.kind != "backward_from_tape")
    throw Error("--check compares prefill, decode, backward, train and "
                "backward_from_tape kernels with the reference; kernel '" +
                info.name + "' is a '" + info.kind + "' kernel");
  requireModel(info, "--check");
}

bool checkOutputs(const Session &s, const CheckOptions &options) {
  requireCheckable(s.info);
  // A backward from the tape computes the backward's gradients, given the
  // tape of its inputs (Tape.h), which the reference does not take.
  bool backward =
      s.info.kind == "backward" || s.info.kind == "backward_from_tape";

  std::map<std::string, reference::Tensor> inputs;
  for (int i = 0; i < s.numArgs(); ++i)
    if (s.isInput(i) && s.argName(i) != "tape")
      inputs[s.argName(i)] = toTensor(s.buffers[i]);
  std::map<std::string, reference::Tensor> expected;
  std::vector<reference::DirectionalDerivative> along;
  reference::FiniteDifferenceOptions fd;
  fd.seed = options.seed;
  try {
    if (backward) {
      if (options.fdSamples >= 0)
        fd.samples = static_cast<size_t>(options.fdSamples);
      else if (static_cast<int64_t>(reference::elementsPerSequence(inputs)) *
                   s.T >
               kAllElementsWork)
        fd.samples = kDefaultSamples;
      if (fd.samples > 0) {
        std::printf("check: finite differences at %zu elements of each "
                    "input larger than that, chosen at random "
                    "(--fd-samples), and along %zu random directions of "
                    "each input\n",
                    fd.samples, kDirections);
        std::fflush(stdout);
      }
    }
    // A backward kernel's gradients against central finite differences of
    // the float64 primal reference (two prefills per input element).
    expected =
        backward ? reference::finiteDifferenceBackward(s.info.model, inputs, fd)
                 : reference::runPrefill(s.info.model, inputs);
    // Where the differences sample, every element is still compared, along
    // random directions (two prefills each instead of two per element).
    if (fd.samples > 0)
      along = reference::directionalDerivatives(s.info.model, inputs,
                                                kDirections, options.seed);
  } catch (const std::exception &e) {
    throw Error(std::string("reference: ") + e.what());
  }

  bool allOk = true;
  for (int i = 0; i < s.numArgs(); ++i) {
    // A train kernel is the prefill plus the tape its backward reads.
    if (s.isInput(i) || s.isTrainTape(i))
      continue;
    std::string name = s.argName(i);
    const Buffer &out = s.buffers[i];
    auto it = expected.find(name);
    if (it == expected.end()) {
      std::printf("check %s: the reference has no such output FAIL\n",
                  name.c_str());
      allOk = false;
      continue;
    }
    if (it->second.data.size() != out.count() ||
        it->second.shape != out.shape()) {
      std::printf("check %s: shape %s but the reference gives %s FAIL\n",
                  name.c_str(), shapeString(out.shape()).c_str(),
                  shapeString(it->second.shape).c_str());
      allOk = false;
      continue;
    }
    bool ok = isInteger(out.elem())
                  ? checkExact(name, out, it->second)
                  : checkNorm(name, out, it->second, options.tolerance,
                              fd.samples > 0);
    if (!along.empty())
      ok = checkDirections(name, out, along, options.tolerance) && ok;
    allOk = allOk && ok;
  }
  std::fflush(stdout);
  return allOk;
}

} // namespace ttt::run
