//===- abi-test.cpp - strided views and in-place state vs float64 ---------===//
//
// Runs a compiled prefill kernel the way a framework holding `[B, T, H, d]`
// tensors calls it: XQ, XK, XV, lr and Z bound as strided views of
// token-major buffers (ttt_kernel_bind_strided, no copy by the caller), and
// the state (weights, running sums, position) bound to one buffer as input
// and as output, updated in place. A prefill of T tokens, then one decode
// step, are checked against the float64 reference's single prefill of T + 1
// tokens. Then the binding errors. Used by test/Runtime/abi.test.
//
//   ttt-abi-test ARTIFACT_DIR B H T
//
//===----------------------------------------------------------------------===//

#include "KernelInfo.h"

#include <ttt/runtime.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace ttt;

namespace {

int failures = 0;

void expect(bool ok, const std::string &what) {
  std::printf("%s: %s\n", ok ? "ok" : "FAIL", what.c_str());
  failures += !ok;
}

void must(ttt_status s, const std::string &what) {
  if (s != TTT_OK) {
    std::printf("FAIL: %s: %s: %s\n", what.c_str(), ttt_status_name(s),
                ttt_last_error());
    std::exit(1);
  }
}

struct Arg {
  std::string name;
  ttt_role role;
  ttt_dtype dtype;
  bool tokens = false; // [B, H, T, ...]: bound as a view of [B, T, H, ...]
  std::vector<int64_t> shape; // kernel order, for the current T
};

int64_t product(const std::vector<int64_t> &s, size_t from = 0) {
  int64_t p = 1;
  for (size_t i = from; i < s.size(); ++i)
    p *= s[i];
  return p;
}

/// Strides of the [B, H, T, rest] view of a [B, T, H, rest] buffer.
std::vector<int64_t> tokenMajorStrides(const std::vector<int64_t> &shape) {
  int64_t H = shape[1], T = shape[2], R = product(shape, 3);
  std::vector<int64_t> strides(shape.size(), 0);
  strides[0] = T * H * R;
  strides[1] = R;
  strides[2] = H * R;
  for (size_t d = shape.size(); d-- > 3;)
    strides[d] = d + 1 < shape.size() ? strides[d + 1] * shape[d + 1] : 1;
  return strides;
}

double relErr(const std::vector<double> &got, const std::vector<double> &want) {
  double num = 0, den = 0;
  for (size_t i = 0; i < got.size(); ++i) {
    if (std::isnan(got[i]))
      return INFINITY;
    num += (got[i] - want[i]) * (got[i] - want[i]);
    den += want[i] * want[i];
  }
  return std::sqrt(num / (den > 0 ? den : 1));
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: ttt-abi-test ARTIFACT_DIR B H T\n");
    return 2;
  }
  int64_t B = std::atoll(argv[2]), H = std::atoll(argv[3]),
          T = std::atoll(argv[4]);
  ttt_artifact *a = nullptr;
  must(ttt_artifact_open(argv[1], &a), "open");
  const char *name = ttt_artifact_kernel_name(a, 0);
  run::KernelInfo info = run::readKernelInfo(ttt_artifact_manifest(a), name);
  run::requireModel(info, "ttt-abi-test");
  ttt_kernel *k = nullptr;
  must(ttt_kernel_create(a, name, &k), "create");

  std::vector<Arg> args(ttt_kernel_num_args(k));
  for (int i = 0; i < static_cast<int>(args.size()); ++i) {
    Arg &g = args[i];
    g.name = ttt_kernel_arg_name(k, i);
    g.role = ttt_kernel_arg_role(k, i);
    g.dtype = ttt_kernel_arg_dtype(k, i);
    if (g.dtype != TTT_F32 && g.dtype != TTT_I64) {
      std::fprintf(stderr, "ttt-abi-test: f32 artifacts only\n");
      return 2;
    }
    std::vector<int64_t> s1(ttt_kernel_arg_rank(k, i)), s2(s1.size());
    must(ttt_kernel_arg_shape(k, i, 1, 1, 1, s1.data()), "shape");
    must(ttt_kernel_arg_shape(k, i, 1, 1, 2, s2.data()), "shape");
    g.tokens = s1.size() >= 3 && s1[2] != s2[2];
  }

  // Inputs for all T + 1 tokens in float64, kernel order [B, H, T+1, ...]:
  // the reference's inputs. The kernels see them rounded to f32.
  std::mt19937_64 rng(7);
  std::normal_distribution<double> normal;
  std::map<std::string, reference::Tensor> inputs;
  auto round = [](double x) { return double(float(x)); };
  for (int i = 0; i < static_cast<int>(args.size()); ++i) {
    Arg &g = args[i];
    if (g.role != TTT_INPUT)
      continue;
    reference::Tensor t;
    t.shape.resize(ttt_kernel_arg_rank(k, i));
    must(ttt_kernel_arg_shape(k, i, B, H, T + 1, t.shape.data()), "shape");
    t.data.resize(product(t.shape));
    for (size_t e = 0; e < t.data.size(); ++e) {
      double x = normal(rng);
      if (run::isLearningRate(g.name))
        x = 1 / (1 + std::exp(-x)) / info.dim;
      else if (g.name == "token_scale")
        x = 1.0 / (e + 1);
      else if (g.name == "position" || g.name.find(".grad_sum") !=
                                           std::string::npos)
        x = 0;
      else if (info.layerNormWeights.count(g.name))
        x = 1 + 0.1 * x;
      else if (info.layerNormBiases.count(g.name))
        x = 0.1 * x;
      else if (!g.tokens && t.shape.size() == 4)
        x = t.shape[2] > 1 ? x / std::sqrt(double(t.shape[2])) : 0.1 * x;
      t.data[e] = round(x);
    }
    inputs[g.name] = std::move(t);
  }
  std::map<std::string, reference::Tensor> want =
      reference::runPrefill(info.model, inputs);

  // The caller's buffers: token arguments token-major [B, T+1, H, ...] f32;
  // one f32/i64 buffer per state argument, shared by its input and output.
  std::map<std::string, std::vector<float>> tokenBuf, stateF;
  int64_t position = 0;
  for (const Arg &g : args) {
    if (g.tokens) {
      std::vector<int64_t> s = g.role == TTT_INPUT ? inputs[g.name].shape
                                                   : want[g.name].shape;
      std::vector<float> &buf = tokenBuf[g.name];
      buf.assign(product(s), NAN); // outputs poisoned
      if (g.role == TTT_INPUT) {
        int64_t R = product(s, 3), Tt = s[2];
        for (int64_t n = 0; n < B; ++n)
          for (int64_t h = 0; h < H; ++h)
            for (int64_t t = 0; t < Tt; ++t)
              for (int64_t r = 0; r < R; ++r)
                buf[((n * Tt + t) * H + h) * R + r] =
                    float(inputs[g.name].data[((n * H + h) * Tt + t) * R + r]);
      }
    } else if (g.role == TTT_INPUT && g.dtype == TTT_F32 &&
               ttt_kernel_arg_index(k, TTT_OUTPUT, g.name.c_str()) >= 0) {
      const std::vector<double> &d = inputs[g.name].data;
      stateF[g.name].assign(d.begin(), d.end());
    }
  }

  // Two calls: tokens [0, T) (prefill), then token T (a decode step). The
  // token views start at token t0 of the full buffers: no copy by us.
  for (int64_t t0 : {int64_t(0), T}) {
    int64_t len = t0 == 0 ? T : 1;
    ttt_kernel_reset(k);
    for (int i = 0; i < static_cast<int>(args.size()); ++i) {
      Arg &g = args[i];
      std::vector<int64_t> shape(ttt_kernel_arg_rank(k, i));
      must(ttt_kernel_arg_shape(k, i, B, H, len, shape.data()), "shape");
      std::string what = "bind " + g.name;
      if (g.tokens) {
        std::vector<int64_t> full = shape;
        full[2] = T + 1; // the buffer holds every token
        std::vector<int64_t> strides = tokenMajorStrides(full);
        float *base = tokenBuf[g.name].data() + t0 * strides[2];
        must(ttt_kernel_bind_strided(k, g.role, g.name.c_str(), base,
                                     g.dtype, int(shape.size()), shape.data(),
                                     strides.data()),
             what);
      } else if (g.name == "position") {
        must(ttt_kernel_bind(k, g.role, "position", &position, TTT_I64, 0,
                             nullptr),
             what);
      } else if (stateF.count(g.name)) {
        must(ttt_kernel_bind(k, g.role, g.name.c_str(),
                             stateF[g.name].data(), TTT_F32,
                             int(shape.size()), shape.data()),
             what);
      } else { // outer parameters: lr is a token argument, token_scale, LN
        std::vector<float> &buf = stateF[g.name];
        if (buf.empty())
          buf.assign(inputs[g.name].data.begin(), inputs[g.name].data.end());
        must(ttt_kernel_bind(k, g.role, g.name.c_str(), buf.data(), TTT_F32,
                             int(shape.size()), shape.data()),
             what);
      }
    }
    must(ttt_kernel_run(k, nullptr), t0 == 0 ? "prefill" : "decode");
  }

  const double tolerance = 1e-4;
  for (const Arg &g : args) {
    if (g.role != TTT_OUTPUT)
      continue;
    std::vector<double> got;
    if (g.tokens) { // back to [B, H, T+1, ...]
      const std::vector<int64_t> &s = want[g.name].shape;
      int64_t R = product(s, 3), Tt = s[2];
      got.resize(product(s));
      for (int64_t n = 0; n < B; ++n)
        for (int64_t h = 0; h < H; ++h)
          for (int64_t t = 0; t < Tt; ++t)
            for (int64_t r = 0; r < R; ++r)
              got[((n * H + h) * Tt + t) * R + r] =
                  tokenBuf[g.name][((n * Tt + t) * H + h) * R + r];
    } else if (g.name == "position") {
      got = {double(position)};
    } else {
      got.assign(stateF[g.name].begin(), stateF[g.name].end());
    }
    double err = relErr(got, want[g.name].data);
    char line[200];
    std::snprintf(line, sizeof line,
                  "%s (%s) after prefill + decode vs float64: rel err %.1e",
                  g.name.c_str(), g.tokens ? "strided" : "in place", err);
    expect(err <= tolerance, line);
  }

  // Errors: what must still be refused.
  auto expectError = [&](ttt_status got, ttt_status wantStatus,
                         const char *what) {
    std::printf("%s: %s: %s\n", got == wantStatus ? "ok" : "FAIL", what,
                ttt_last_error());
    failures += got != wantStatus;
  };
  ttt_kernel *fresh = nullptr;
  must(ttt_kernel_create(a, name, &fresh), "create");
  int64_t one[] = {1, 1, 2, info.dim}, zero[] = {0, 0, 0, 1},
          neg[] = {4, 4, -2, 1};
  std::vector<float> small(2 * info.dim);
  expectError(ttt_kernel_bind_strided(fresh, TTT_OUTPUT, "Z", small.data(),
                                      TTT_F32, 4, one, zero),
              TTT_ERROR_INVALID, "output with overlapping strides");
  expectError(ttt_kernel_bind_strided(fresh, TTT_INPUT, "XQ", small.data(),
                                      TTT_F32, 4, one, neg),
              TTT_ERROR_INVALID, "negative stride");
  ttt_kernel_destroy(fresh);
  // An output overlapping an input other than its own state input.
  int wIn = -1;
  for (int i = 0; i < int(args.size()); ++i)
    if (args[i].role == TTT_INPUT && stateF.count(args[i].name) &&
        args[i].name.find("grad_sum") == std::string::npos &&
        ttt_kernel_arg_index(k, TTT_OUTPUT, args[i].name.c_str()) >= 0) {
      wIn = i;
      break;
    }
  const std::string &w = args[wIn].name;
  std::vector<int64_t> ws(ttt_kernel_arg_rank(k, wIn));
  must(ttt_kernel_arg_shape(k, wIn, B, H, 1, ws.data()), "shape");
  std::vector<float> shifted(product(ws) + 1);
  must(ttt_kernel_bind(k, TTT_INPUT, w.c_str(), shifted.data(), TTT_F32,
                       int(ws.size()), ws.data()),
       "rebind");
  must(ttt_kernel_bind(k, TTT_OUTPUT, w.c_str(), shifted.data() + 1, TTT_F32,
                       int(ws.size()), ws.data()),
       "rebind");
  expectError(ttt_kernel_run(k, nullptr), TTT_ERROR_INVALID,
              "state output shifted by one element from its input");

  ttt_kernel_destroy(k);
  ttt_artifact_close(a);
  std::printf("%s\n", failures ? "FAILED" : "all passed");
  return failures ? 1 : 0;
}
