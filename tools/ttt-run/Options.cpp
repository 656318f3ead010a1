//===- Options.cpp - ttt-run's command line -------------------------------===//

#include "Options.h"

#include "Error.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace ttt::run {

const char *usageText() {
  return R"(usage: ttt-run DIR [--kernel NAME] (--inputs IN | --random [--seed N] --shape B,H,T)
               [--outputs OUT] [--check [--tolerance X] [--fd-samples N]]
               [--bench [--repeats N] [--in-place]]
               [--position P] [--chunks N1,N2,...]

Runs one kernel of the artifact directory DIR (written by ttt-compile) through
the ttt runtime.

  --kernel NAME     kernel to run (default: the manifest's first kernel)
  --inputs IN       read IN/<name>.npy for every input argument (XQ.npy, lr.npy,
                    W1.npy, W1.grad_sum.npy, position.npy, ...), converted to
                    the argument's dtype; B, H, T come from the files
  --random          seeded synthetic inputs instead (std::mt19937_64):
                    XQ, XK, XV ~ N(0,1); lr = sigmoid(N(0,1)) / d;
                    token_scale[i] = 1/(i+1); LayerNorm weight 1 + 0.1 N(0,1),
                    bias 0.1 N(0,1); linear weight [in,out] N(0,1)/sqrt(in),
                    bias 0.1 N(0,1); grad sums 0 (0.01 N(0,1) when P > 0);
                    decay 1 - sigmoid(N(0,1))/2; decay_product 1 (like
                    decay when P > 0); a backward kernel's cotangents
                    (*.grad) N(0,1)
  --seed N          seed for --random (default 0)
  --shape B,H,T     sizes for --random
  --position P      in-progress mini-batch position for --random (default 0,
                    0 <= P < mini_batch)
  --chunks N1,N2,...
                    feed the T tokens as consecutive calls of N1, N2, ...
                    tokens (they must add up to T; 1 is a decode step), each
                    call taking the state outputs (parameters, grad sums,
                    position) of the call before; Z is assembled from the
                    calls, and --check compares it and the final state with
                    the reference's one prefill of all T tokens. Prefill
                    kernels only; not with --bench
  --outputs OUT     write Z.npy and every state output (W1.npy, ...,
                    position.npy) to directory OUT (created if needed)
  --check           run the float64 reference on the same inputs (after rounding
                    to the kernel's dtypes) and compare every output:
                    rel_err = ||out - ref||_2 / ||ref||_2 (abs_err when ref is
                    zero), position must match exactly, NaN always fails;
                    exit status 1 if any output fails. A backward kernel's
                    gradients are compared with central finite differences
                    of the reference (on sampled elements for large shapes:
                    --fd-samples); a train kernel's
                    outputs as a prefill's, but its tape; a
                    backward_from_tape kernel's as a backward's
  --tolerance X     tolerance for --check (default 1e-4 for f32 io, 2e-2 for
                    bf16/f16 io)
  --fd-samples N    --check of a backward: differentiate N elements of each
                    input that has more than N per (batch, head) sequence,
                    chosen at random (seeded by --seed; 0 with --inputs),
                    instead of every
                    element (two float64 prefills of a sequence each); the
                    gradients are compared on those elements, and must be
                    numbers everywhere; every element is then also compared
                    along 3 random directions of each input (two prefills
                    per direction). 0: every element. Default: every
                    element while a sequence's input elements times T is at
                    most 200000 (a few seconds), else 64 (a d = 64 TTT-MLP
                    sequence of 37 tokens: 73000 elements, 2.7 million)
  --bench           1 warm-up run, then --repeats timed runs; prints the median
                    time, tokens/s (B*T tokens) and GFLOP/s of dual-form FLOPs,
                    then the fastest and the slowest run
  --repeats N       timed runs for --bench (default 10)
  --in-place        with --bench: every state output bound to its input's
                    buffer (a copy of the inputs), as a decode loop carries
                    the state; each timed run updates it (a kernel whose
                    manifest marks its state "in_place" copies none of it)
  --help            this text

Dual-form FLOPs (--bench), per (n, h) and per mini-batch of r tokens (r = b,
or T mod b for the last one), summed over every linear layer in -> out:
    key-side forward           2*r*in*out
    backward to its input      2*r*in*out   (not for the first linear layer)
    query side                 2*r*in*out  (Xq W0)     + 2*r*r*in  (Xq X^T)
                             + 2*r*r*out ((eta*A) Gz) + 2*r*r*out (eta Gz)
                               (Xq W0 only with `after` timing; no eta Gz
                               without a bias)
    state update               2*in*r*out
A train kernel counts the same (it also writes the tape). A backward from
the tape counts twice that (each product's vector-Jacobian product is two
products) plus what it recomputes, per linear layer:
    query side                 2*r*in*out  (Xq W0)     + 2*r*r*in  (Xq X^T)
                             + 2*r*r*out ((eta*A) Gz) + 2*r*r*out (eta Gz)
                               (as above)
    S' = X^T G                 2*in*r*out
and a backward (which runs the forward sweep too) once the forward more.
Elementwise work (LayerNorm, activations, residuals) is not counted.

Exit status: 0 success, 1 failure (printed as "ttt-run: error: ..."), 2 bad
command line.
)";
}

namespace {

int64_t parseInt(const std::string &text, const std::string &option,
                 int64_t min) {
  errno = 0;
  char *end = nullptr;
  long long v = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno == ERANGE || v < min)
    throw UsageError("bad value '" + text + "' for " + option +
                     ": expected an integer >= " + std::to_string(min));
  return v;
}

// "1,2,3": positive integers separated by commas (no signs, no spaces).
bool parsePositiveList(const std::string &text, std::vector<int64_t> &out) {
  out.clear();
  size_t start = 0;
  while (true) {
    size_t comma = text.find(',', start);
    std::string part = text.substr(
        start, comma == std::string::npos ? std::string::npos : comma - start);
    errno = 0;
    char *end = nullptr;
    long long v = std::strtoll(part.c_str(), &end, 10);
    if (part.empty() || *end != '\0' || errno == ERANGE || v <= 0 ||
        part[0] == '+' || part[0] == ' ')
      return false;
    out.push_back(v);
    if (comma == std::string::npos)
      return true;
    start = comma + 1;
  }
}

void parseShape(const std::string &text, Options &o) {
  std::vector<int64_t> dims;
  if (!parsePositiveList(text, dims) || dims.size() != 3)
    throw UsageError("bad --shape '" + text +
                     "': expected B,H,T as three positive integers");
  o.B = dims[0];
  o.H = dims[1];
  o.T = dims[2];
  o.haveShape = true;
}

} // namespace

Options parseOptions(int argc, char **argv) {
  Options o;
  bool haveSeed = false;
  bool haveRepeats = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    // --name=value is accepted as well as --name value.
    std::string value;
    bool inlineValue = false;
    if (arg.rfind("--", 0) == 0) {
      size_t eq = arg.find('=');
      if (eq != std::string::npos) {
        value = arg.substr(eq + 1);
        arg = arg.substr(0, eq);
        inlineValue = true;
      }
    }
    auto next = [&]() -> std::string {
      if (inlineValue)
        return value;
      if (i + 1 >= argc)
        throw UsageError(arg + " needs a value");
      return argv[++i];
    };
    auto flag = [&]() {
      if (inlineValue)
        throw UsageError(arg + " takes no value");
    };
    if (arg == "--help" || arg == "-h") {
      o.help = true;
      return o;
    } else if (arg == "--kernel") {
      o.kernel = next();
      if (o.kernel.empty())
        throw UsageError("--kernel needs a kernel name, got ''");
    } else if (arg == "--inputs") {
      o.inputsDir = next();
    } else if (arg == "--random") {
      flag();
      o.random = true;
    } else if (arg == "--seed") {
      std::string s = next();
      errno = 0;
      char *end = nullptr;
      unsigned long long v = std::strtoull(s.c_str(), &end, 10);
      if (s.empty() || *end != '\0' || errno == ERANGE || s[0] == '-')
        throw UsageError("bad value '" + s +
                         "' for --seed: expected a "
                         "non-negative integer");
      o.seed = v;
      haveSeed = true;
    } else if (arg == "--shape") {
      parseShape(next(), o);
    } else if (arg == "--chunks") {
      std::string s = next();
      if (!parsePositiveList(s, o.chunks))
        throw UsageError("bad --chunks '" + s +
                         "': expected token counts N1,N2,... (positive "
                         "integers)");
    } else if (arg == "--outputs") {
      o.outputsDir = next();
    } else if (arg == "--check") {
      flag();
      o.check = true;
    } else if (arg == "--tolerance") {
      std::string s = next();
      char *end = nullptr;
      double v = std::strtod(s.c_str(), &end);
      if (s.empty() || *end != '\0' || !(v > 0) || !std::isfinite(v))
        throw UsageError("bad value '" + s +
                         "' for --tolerance: expected a "
                         "positive number");
      o.tolerance = v;
    } else if (arg == "--fd-samples") {
      o.fdSamples = parseInt(next(), "--fd-samples", 0);
    } else if (arg == "--bench") {
      flag();
      o.bench = true;
    } else if (arg == "--repeats") {
      o.repeats = static_cast<int>(parseInt(next(), "--repeats", 1));
      if (o.repeats > 1000000)
        throw UsageError("--repeats: at most 1000000");
      haveRepeats = true;
    } else if (arg == "--in-place") {
      flag();
      o.inPlace = true;
    } else if (arg == "--position") {
      o.position = parseInt(next(), "--position", 0);
      o.havePosition = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      throw UsageError("unknown option '" + arg + "' (see --help)");
    } else if (o.artifactDir.empty()) {
      o.artifactDir = arg;
    } else {
      throw UsageError("unexpected argument '" + arg +
                       "' (one artifact "
                       "directory only)");
    }
  }
  if (o.artifactDir.empty())
    throw UsageError("no artifact directory given (see --help)");
  if (o.random == !o.inputsDir.empty())
    throw UsageError("give exactly one of --inputs IN and --random");
  if (o.random && !o.haveShape)
    throw UsageError("--random needs --shape B,H,T");
  if (!o.random && (o.haveShape || haveSeed || o.havePosition))
    throw UsageError("--shape, --seed and --position apply to --random only");
  if (o.tolerance > 0 && !o.check)
    throw UsageError("--tolerance applies to --check only");
  if (o.fdSamples >= 0 && !o.check)
    throw UsageError("--fd-samples applies to --check only");
  if (!o.chunks.empty() && o.bench)
    throw UsageError("--chunks does not combine with --bench, which times "
                     "one call of all T tokens");
  if (haveRepeats && !o.bench)
    throw UsageError("--repeats applies to --bench only");
  if (o.inPlace && !o.bench)
    throw UsageError("--in-place applies to --bench only");
  return o;
}

} // namespace ttt::run
