//===- embed.cpp - prefill, then decode steps, through the runtime C API --===//
//
// What an inference engine does with a compiled TTT layer: run a prefill of
// the prompt, then decode one token at a time, carrying the layer's state
// (weights, running gradient sums, position in the mini-batch) from call to
// call, updated in place. Checks that the outputs and the final state equal
// those of one prefill over every token.
//
//   embed ARTIFACT_DIR [B H T PREFILL]   (defaults 2 3 37 21)
//
// Works for any CPU artifact with f32 tokens: arguments are found by name
// and role through the runtime's introspection, not hard-coded.
//
//===----------------------------------------------------------------------===//

#include <ttt/runtime.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

[[noreturn]] void die(const std::string &what) {
  std::fprintf(stderr, "embed: %s\n", what.c_str());
  std::exit(1);
}

void check(ttt_status s, const char *what) {
  if (s != TTT_OK)
    die(std::string(what) + ": " + ttt_status_name(s) + ": " +
        ttt_last_error());
}

/// One argument of the kernel: its buffer for all T tokens, and where T is
/// in its shape (-1 if it has no token axis).
struct Arg {
  std::string name;
  ttt_role role;
  ttt_dtype dtype;
  std::vector<int64_t> shape;
  int tokenAxis = -1;
  std::vector<char> data;
  bool isState = false; // the same name is an input and an output

  size_t count() const {
    size_t n = 1;
    for (int64_t d : shape)
      n *= static_cast<size_t>(d);
    return n;
  }
  float *f32() { return reinterpret_cast<float *>(data.data()); }
};

std::vector<int64_t> argShape(ttt_kernel *k, int i, int64_t B, int64_t H,
                              int64_t T) {
  std::vector<int64_t> s(ttt_kernel_arg_rank(k, i));
  check(ttt_kernel_arg_shape(k, i, B, H, T, s.data()), "arg shape");
  return s;
}

/// Scales as `ttt-run --random` (tools/ttt-run/README.md) keep values O(1).
void fill(Arg &a, std::mt19937_64 &rng, int64_t dim) {
  std::normal_distribution<float> normal;
  size_t n = a.count();
  if (a.dtype == TTT_I64) { // position: start at a mini-batch boundary
    std::memset(a.data.data(), 0, a.data.size());
    return;
  }
  float *x = a.f32();
  const std::string &name = a.name;
  for (size_t i = 0; i < n; ++i) {
    if (name == "lr")
      x[i] = 1.0f / (1.0f + std::exp(-normal(rng))) / dim;
    else if (name == "token_scale")
      x[i] = 1.0f / static_cast<float>(i + 1);
    else if (name.find(".grad_sum") != std::string::npos)
      x[i] = 0.0f;
    else if (name.find("ln_weight") != std::string::npos)
      x[i] = 1.0f + 0.1f * normal(rng);
    else if (name.find("ln_bias") != std::string::npos)
      x[i] = 0.1f * normal(rng);
    else if (a.isState && a.shape.size() == 4 && a.shape[2] > 1) // weight
      x[i] = normal(rng) / std::sqrt(static_cast<float>(a.shape[2]));
    else if (a.isState) // bias
      x[i] = 0.1f * normal(rng);
    else
      x[i] = normal(rng);
  }
}

/// NaN (floats) or -1 (position): a value no kernel writes.
void poison(Arg &a) {
  if (a.dtype == TTT_I64)
    std::memset(a.data.data(), 0xff, a.data.size());
  else
    for (size_t i = 0; i < a.count(); ++i)
      a.f32()[i] = NAN;
}

/// Tokens [t0, t1) of `a` as a dense buffer of shape with T = t1 - t0.
std::vector<char> slice(const Arg &a, int64_t t0, int64_t t1) {
  size_t elem = ttt_dtype_size(a.dtype), outer = 1, inner = elem;
  for (int d = 0; d < a.tokenAxis; ++d)
    outer *= a.shape[d];
  for (size_t d = a.tokenAxis + 1; d < a.shape.size(); ++d)
    inner *= a.shape[d];
  int64_t T = a.shape[a.tokenAxis];
  std::vector<char> out(outer * (t1 - t0) * inner);
  for (size_t o = 0; o < outer; ++o)
    std::memcpy(&out[o * (t1 - t0) * inner], &a.data[(o * T + t0) * inner],
                (t1 - t0) * inner);
  return out;
}

/// Writes a dense chunk of tokens [t0, t1) back into `a`.
void unslice(Arg &a, const std::vector<char> &chunk, int64_t t0, int64_t t1) {
  size_t elem = ttt_dtype_size(a.dtype), outer = 1, inner = elem;
  for (int d = 0; d < a.tokenAxis; ++d)
    outer *= a.shape[d];
  for (size_t d = a.tokenAxis + 1; d < a.shape.size(); ++d)
    inner *= a.shape[d];
  int64_t T = a.shape[a.tokenAxis];
  for (size_t o = 0; o < outer; ++o)
    std::memcpy(&a.data[(o * T + t0) * inner], &chunk[o * (t1 - t0) * inner],
                (t1 - t0) * inner);
}

double relErr(const Arg &got, const Arg &want) {
  if (got.dtype == TTT_I64)
    return std::memcmp(got.data.data(), want.data.data(), got.data.size()) ? 1
                                                                           : 0;
  const float *g = reinterpret_cast<const float *>(got.data.data());
  const float *w = reinterpret_cast<const float *>(want.data.data());
  double num = 0, den = 0;
  for (size_t i = 0; i < got.count(); ++i) {
    double d = double(g[i]) - double(w[i]);
    if (std::isnan(g[i]))
      return INFINITY;
    num += d * d;
    den += double(w[i]) * w[i];
  }
  return std::sqrt(num / (den > 0 ? den : 1));
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 2 && argc != 6)
    die("usage: embed ARTIFACT_DIR [B H T PREFILL]");
  int64_t B = 2, H = 3, T = 37, prefill = 21;
  if (argc == 6) {
    B = std::atoll(argv[2]), H = std::atoll(argv[3]), T = std::atoll(argv[4]);
    prefill = std::atoll(argv[5]);
  }
  if (B < 1 || H < 1 || prefill < 1 || prefill > T)
    die("need B, H >= 1 and 1 <= PREFILL <= T");
  // The header and the loaded library must agree on the major version.
  if (ttt_runtime_version() / 10000 != TTT_RUNTIME_VERSION_MAJOR)
    die("libttt_runtime version " + std::to_string(ttt_runtime_version()) +
        " does not match ttt/runtime.h " +
        std::to_string(TTT_RUNTIME_VERSION));
  std::printf("runtime %d (header %d)\n", ttt_runtime_version(),
              TTT_RUNTIME_VERSION);

  ttt_artifact *artifact = nullptr;
  check(ttt_artifact_open(argv[1], &artifact), "open");
  ttt_kernel *kernel = nullptr;
  check(ttt_kernel_create(artifact, ttt_artifact_kernel_name(artifact, 0),
                          &kernel),
        "create");
  if (std::string(ttt_kernel_kind(kernel)) != "prefill")
    die("kernel 0 is not a prefill kernel");

  // Describe every argument for all T tokens; the token axis is where the
  // shapes for T and T + 1 differ.
  std::vector<Arg> full(ttt_kernel_num_args(kernel));
  int64_t dim = 0;
  for (int i = 0; i < static_cast<int>(full.size()); ++i) {
    Arg &a = full[i];
    a.name = ttt_kernel_arg_name(kernel, i);
    a.role = ttt_kernel_arg_role(kernel, i);
    a.dtype = ttt_kernel_arg_dtype(kernel, i);
    if (a.dtype != TTT_F32 && a.dtype != TTT_I64)
      die("argument '" + a.name + "': this example handles f32 artifacts");
    a.shape = argShape(kernel, i, B, H, T);
    std::vector<int64_t> next = argShape(kernel, i, B, H, T + 1);
    for (size_t d = 0; d < a.shape.size(); ++d)
      if (a.shape[d] != next[d])
        a.tokenAxis = static_cast<int>(d);
    a.isState = ttt_kernel_arg_index(
                    kernel, a.role == TTT_INPUT ? TTT_OUTPUT : TTT_INPUT,
                    a.name.c_str()) >= 0;
    a.data.assign(a.count() * ttt_dtype_size(a.dtype), 0);
    if (a.name == "XQ")
      dim = a.shape.back();
  }
  std::mt19937_64 rng(1);
  for (Arg &a : full)
    if (a.role == TTT_INPUT)
      fill(a, rng, dim);
    else
      poison(a);

  // 1. One prefill of all T tokens.
  for (Arg &a : full)
    check(ttt_kernel_bind(kernel, a.role, a.name.c_str(), a.data.data(),
                          a.dtype, static_cast<int>(a.shape.size()),
                          a.shape.data()),
          a.name.c_str());
  check(ttt_kernel_run(kernel, nullptr), "prefill of all tokens");

  // 2. A prefill of PREFILL tokens, then one decode step (a call with T = 1)
  // per remaining token. The state (weights, running sums, position) lives
  // in one buffer per name, bound as the input and as the output of every
  // call: the runtime updates it in place (ttt/runtime.h, "Aliasing").
  std::vector<Arg> chunked = full;
  for (Arg &a : chunked)
    if (a.role == TTT_OUTPUT)
      poison(a); // so that an output no call writes cannot pass
  std::map<std::string, std::vector<char>> state;
  for (const Arg &a : full)
    if (a.isState && a.role == TTT_INPUT)
      state[a.name] = a.data;
  int steps = 0;
  for (int64_t t0 = 0; t0 < T; ++steps) {
    int64_t t1 = t0 == 0 ? prefill : t0 + 1;
    ttt_kernel_reset(kernel); // T changes from call to call
    std::vector<std::vector<char>> chunks(full.size());
    for (size_t i = 0; i < full.size(); ++i) {
      Arg &a = chunked[i];
      void *data;
      std::vector<int64_t> shape = argShape(kernel, static_cast<int>(i), B, H,
                                            t1 - t0);
      if (a.tokenAxis >= 0) {
        chunks[i] = slice(full[i], t0, t1);
        data = chunks[i].data();
      } else if (a.isState) {
        data = state[a.name].data(); // input and output alike
      } else {
        data = full[i].data.data();
      }
      check(ttt_kernel_bind(kernel, a.role, a.name.c_str(), data, a.dtype,
                            static_cast<int>(shape.size()), shape.data()),
            a.name.c_str());
    }
    check(ttt_kernel_run(kernel, nullptr), "chunk");
    for (size_t i = 0; i < full.size(); ++i)
      if (chunked[i].role == TTT_OUTPUT && chunked[i].tokenAxis >= 0)
        unslice(chunked[i], chunks[i], t0, t1);
    t0 = t1;
  }
  for (Arg &a : chunked)
    if (a.isState && a.role == TTT_OUTPUT)
      a.data = state[a.name];

  // 3. Every output must agree with the single prefill.
  const double tolerance = 1e-5;
  bool ok = true;
  std::printf("prefill of %lld tokens + %d decode steps vs one prefill of "
              "%lld (B=%lld H=%lld):\n",
              (long long)prefill, steps - 1, (long long)T, (long long)B,
              (long long)H);
  for (size_t i = 0; i < full.size(); ++i) {
    if (full[i].role != TTT_OUTPUT)
      continue;
    double err = relErr(chunked[i], full[i]);
    bool pass = err <= tolerance;
    ok = ok && pass;
    std::printf("  %-16s rel err %.2e %s\n", full[i].name.c_str(), err,
                pass ? "ok" : "FAIL");
  }
  ttt_kernel_destroy(kernel);
  ttt_artifact_close(artifact);
  std::printf("%s\n", ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
