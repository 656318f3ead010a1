//===- ttt-bench.cpp - compiled kernel vs Eigen vs PyTorch, checked -------===//
//
// For every artifact directory and every T: builds the seeded random inputs
// of `ttt-run --random`, runs the compiled kernel (runtime C API), the
// hand-written Eigen dual form and the PyTorch eager dual form on them, times
// each (warm-up + median), checks each against the float64 reference, and
// prints one table. --decode adds decode rows: a prefill of P tokens, then
// single-token steps carrying the state, timed per step. --json / --csv
// write every row machine-readably. Like ttt-run, it needs no MLIR. See
// bench/README.md.
//
//===----------------------------------------------------------------------===//

#include "Bench.h"
#include "Contenders.h"
#include "Error.h"
#include "Peak.h"
#include "Report.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>

using namespace ttt;
using namespace ttt::bench;

namespace {

const char *kUsage =
    "usage: ttt-bench [options] ARTIFACT_DIR...\n"
    "  --B N                 batch (default 1)\n"
    "  --H N                 heads (default 12)\n"
    "  --T T1,T2,...         prefill lengths (default 512,2048,8192; none\n"
    "                        when --decode is given without --T)\n"
    "  --decode P1,P2,...    decode rows: a prefill of P tokens (untimed),\n"
    "                        then --steps single-token calls carrying the\n"
    "                        state, each timed; the median step is reported\n"
    "  --steps N             decode steps per row (default 32)\n"
    "  --warmup N            untimed runs first (default 1)\n"
    "  --repeats N           timed runs, the median is reported (default 10)\n"
    "  --seed N              inputs as ttt-run --random --seed N (default 1)\n"
    "  --threads N           threads of every contender (default\n"
    "                        TTT_NUM_THREADS, else every hardware thread)\n"
    "  --reference-tokens N  the reference sees only the first N tokens and\n"
    "                        checks Z on them (default: every token)\n"
    "  --tolerance X         max relative error (default 1e-4)\n"
    "  --python PATH         interpreter with torch (default /usr/bin/python3)\n"
    "  --no-torch            skip the PyTorch contender\n"
    "  --peak-size N         GEMM size of the peak measurement (default 1024)\n"
    "  --work DIR            keep the .npy files exchanged with torch in DIR\n"
    "  --json FILE           write every row as JSON to FILE (atomically)\n"
    "  --csv FILE            write every row as CSV to FILE (atomically)\n"
    "Exit status: 0 when every contender that ran is within the tolerance,\n"
    "1 otherwise or on an error, 2 on a bad command line.\n";

struct BenchOptions {
  std::vector<std::string> artifacts;
  int64_t B = 1, H = 12;
  std::vector<int64_t> Ts = {512, 2048, 8192};
  std::vector<int64_t> decode; // decode rows' prefill lengths
  int64_t steps = 32;
  bool explicitTs = false;
  std::string json, csv;
  int warmup = 1, repeats = 10, threads = 0, peakN = 1024;
  uint64_t seed = 1;
  int64_t referenceTokens = 0; // 0: every token
  double tolerance = 1e-4;
  std::string python = "/usr/bin/python3", work;
  bool torch = true;
};

int64_t parseInt(const std::string &flag, const std::string &text,
                 int64_t min) {
  char *end = nullptr;
  long long v = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end || v < min)
    throw run::UsageError("bad " + flag + " '" + text + "'");
  return v;
}

std::vector<int64_t> parseList(const std::string &flag,
                               const std::string &text, int64_t min) {
  std::vector<int64_t> list;
  std::stringstream items(text);
  for (std::string item; std::getline(items, item, ',');)
    list.push_back(parseInt(flag, item, min));
  if (list.empty())
    throw run::UsageError("bad " + flag + " '" + text + "'");
  return list;
}

BenchOptions parse(int argc, char **argv) {
  BenchOptions o;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc)
        throw run::UsageError(flag + " needs a value");
      return argv[++i];
    };
    if (flag == "--help" || flag == "-h") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    } else if (flag == "--B") {
      o.B = parseInt(flag, value(), 1);
    } else if (flag == "--H") {
      o.H = parseInt(flag, value(), 1);
    } else if (flag == "--T") {
      o.Ts = parseList(flag, value(), 1);
      o.explicitTs = true;
    } else if (flag == "--decode") {
      o.decode = parseList(flag, value(), 0);
    } else if (flag == "--steps") {
      o.steps = parseInt(flag, value(), 1);
    } else if (flag == "--json") {
      o.json = value();
    } else if (flag == "--csv") {
      o.csv = value();
    } else if (flag == "--warmup") {
      o.warmup = parseInt(flag, value(), 0);
    } else if (flag == "--repeats") {
      o.repeats = parseInt(flag, value(), 1);
    } else if (flag == "--seed") {
      o.seed = parseInt(flag, value(), 0);
    } else if (flag == "--threads") {
      o.threads = parseInt(flag, value(), 1);
    } else if (flag == "--reference-tokens") {
      o.referenceTokens = parseInt(flag, value(), 1);
    } else if (flag == "--tolerance") {
      o.tolerance = std::strtod(value().c_str(), nullptr);
    } else if (flag == "--python") {
      o.python = value();
    } else if (flag == "--no-torch") {
      o.torch = false;
    } else if (flag == "--peak-size") {
      o.peakN = parseInt(flag, value(), 1);
    } else if (flag == "--work") {
      o.work = value();
    } else if (!flag.empty() && flag[0] == '-') {
      throw run::UsageError("unknown option '" + flag + "'");
    } else {
      o.artifacts.push_back(flag);
    }
  }
  if (o.artifacts.empty())
    throw run::UsageError("no artifact directory given (see --help)");
  if (!o.decode.empty() && !o.explicitTs)
    o.Ts.clear();
  return o;
}

// The PyTorch contender's script: next to an installed ttt-bench
// (PREFIX/share/ttt-mlir/ttt_torch.py), else the source tree's.
std::string torchScript() {
  std::error_code ec;
  std::filesystem::path exe =
      std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path installed =
        exe.parent_path().parent_path() / "share/ttt-mlir/ttt_torch.py";
    if (std::filesystem::exists(installed, ec))
      return installed.string();
  }
  return TTT_BENCH_TORCH_SCRIPT;
}

// Removes a work directory ttt-bench created, on every path.
struct WorkDir {
  std::string path;
  ~WorkDir() {
    if (!path.empty())
      std::filesystem::remove_all(path);
  }
};

/// Opens the artifact's first kernel into `h` and `s`, with seeded random
/// inputs of T tokens and bound outputs; returns the kernel's name.
static std::string openSession(const std::string &dir, int64_t T,
                               const BenchOptions &o, run::Handles &h,
                               run::Session &s) {
  run::checkStatus(ttt_artifact_open(dir.c_str(), &h.artifact),
                   "cannot open artifact '" + dir + "'");
  std::string name = ttt_artifact_kernel_name(h.artifact, 0);
  run::checkStatus(ttt_kernel_create(h.artifact, name.c_str(), &h.kernel),
                   "kernel '" + name + "'");
  s.kernel = h.kernel;
  s.info = run::readKernelInfo(ttt_artifact_manifest(h.artifact), name);
  run::requireModel(s.info, "ttt-bench");
  run::Options inputs;
  inputs.B = o.B;
  inputs.H = o.H;
  inputs.T = T;
  inputs.seed = o.seed;
  run::randomInputs(s, inputs);
  run::bindOutputs(s);
  return name;
}

Row benchOne(const std::string &dir, int64_t T, const BenchOptions &o,
             const TorchConfig *torch) {
  run::Handles h;
  run::Session s;
  std::string name = openSession(dir, T, o, h, s);

  Row row;
  row.model = name;
  row.T = T;
  row.flops = run::dualFormFlops(s.info, s.B, s.H, s.T);
  ModelKind kind = classifyModel(s.info);
  std::fprintf(stderr, "ttt-bench: %s T=%lld: compiled", name.c_str(),
               static_cast<long long>(T));
  std::fprintf(stderr, " and eigen, in turn");
  row.result[kCompiled] = prepareCompiled(s);
  row.result[kEigen] = prepareEigen(s, kind, o.threads);
  timeSideBySide({&row.result[kCompiled], &row.result[kEigen]}, o.warmup,
                 o.repeats);
  collectCompiledOutputs(s, row.result[kCompiled]);
  if (torch) {
    std::fprintf(stderr, ", torch");
    row.result[kTorch] = runTorch(s, kind, *torch, o.warmup, o.repeats);
  }
  std::fprintf(stderr, ", reference\n");
  Reference ref = runReference(
      s, o.referenceTokens > 0 ? std::min(T, o.referenceTokens) : T);
  row.refTokens = ref.tokens;
  row.refSeconds = ref.seconds;
  for (int c = 0; c < kNumContenders; ++c) {
    Result &r = row.result[c];
    if (r.ran)
      row.error[c] = maxRelError(s, r.outputs, ref);
    r.outputs.clear();
  }
  return row;
}

Row benchDecode(const std::string &dir, int64_t P, const BenchOptions &o,
                const TorchConfig *torch) {
  run::Handles h;
  run::Session s;
  // The prefill's tokens, then one per step.
  std::string name = openSession(dir, P + o.steps, o, h, s);

  Row row;
  row.model = name;
  row.T = P;
  row.steps = o.steps;
  row.flops = run::dualFormFlops(s.info, s.B, s.H, 1);
  ModelKind kind = classifyModel(s.info);
  std::fprintf(stderr,
               "ttt-bench: %s decode P=%lld, %lld steps: compiled and eigen, "
               "in turn",
               name.c_str(), static_cast<long long>(P),
               static_cast<long long>(o.steps));
  row.result[kCompiled] = prepareCompiledDecode(s, P);
  row.result[kEigen] = prepareEigenDecode(s, kind, o.threads, P);
  timeDecodeSideBySide({&row.result[kCompiled], &row.result[kEigen]},
                       o.warmup, o.repeats);
  if (torch) {
    std::fprintf(stderr, ", torch");
    row.result[kTorch] = runTorch(s, kind, *torch, o.warmup, o.repeats, P);
  }
  std::fprintf(stderr, ", reference\n");
  // Every token: the final state (weights, running sums, position) is
  // checked as well as Z.
  Reference ref = runReference(s, s.T);
  row.refTokens = ref.tokens;
  row.refSeconds = ref.seconds;
  for (int c = 0; c < kNumContenders; ++c) {
    Result &r = row.result[c];
    if (r.ran)
      row.error[c] = maxRelError(s, r.outputs, ref, /*runningSums=*/true);
    r.outputs.clear();
  }
  return row;
}

int benchMain(const BenchOptions &opts) {
  BenchOptions o = opts;
  if (o.threads > 0) // the runtime reads it at every call
    setenv("TTT_NUM_THREADS", std::to_string(o.threads).c_str(), 1);
  else
    o.threads = eigenThreadCount();

  Setup setup;
  setup.B = o.B;
  setup.H = o.H;
  setup.threads = o.threads;
  setup.warmup = o.warmup;
  setup.repeats = o.repeats;
  setup.peakN = o.peakN;
  setup.tolerance = o.tolerance;
  TorchConfig torch;
  bool useTorch = false, ownWork = false;
  if (!o.torch) {
    setup.torchNote = "skipped (--no-torch)";
  } else if (!torchAvailable(o.python)) {
    setup.torchNote = "skipped: '" + o.python + " -c \"import torch\"' fails";
  } else {
    useTorch = true;
    torch.python = o.python;
    torch.script = torchScript();
    torch.threads = o.threads;
    torch.workDir = o.work;
    if (torch.workDir.empty()) {
      char tmpl[] = "/tmp/ttt-bench-XXXXXX";
      if (!mkdtemp(tmpl))
        throw run::Error("cannot create a work directory in /tmp");
      torch.workDir = tmpl;
      ownWork = true;
    }
  }

  // Unwritable --json / --csv paths fail here, before any measurement.
  std::vector<ReportFile> files;
  if (!o.json.empty())
    files.emplace_back(o.json, ReportFormat::Json);
  if (!o.csv.empty())
    files.emplace_back(o.csv, ReportFormat::Csv);

  std::fprintf(stderr, "ttt-bench: peak GEMM\n");
  setup.peakGflops = measurePeakGflops(o.peakN, o.threads, o.repeats);
  std::vector<Row> rows;
  {
    WorkDir cleanup{ownWork ? torch.workDir : std::string()};
    for (const std::string &dir : o.artifacts)
      for (int64_t T : o.Ts)
        rows.push_back(benchOne(dir, T, o, useTorch ? &torch : nullptr));
    for (const std::string &dir : o.artifacts)
      for (int64_t P : o.decode)
        rows.push_back(benchDecode(dir, P, o, useTorch ? &torch : nullptr));
  }

  printReport(setup, rows);
  for (ReportFile &file : files)
    file.commit(setup, rows);
  bool ok = true;
  for (const Row &row : rows)
    for (int c = 0; c < kNumContenders; ++c)
      if (row.result[c].ran && !passes(row, static_cast<Contender>(c),
                                       o.tolerance))
        ok = false;
  if (!ok)
    std::fprintf(stderr, "ttt-bench: error: a contender exceeds the "
                         "tolerance against the reference\n");
  return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
  try {
    return benchMain(parse(argc, argv));
  } catch (const run::UsageError &e) {
    std::fprintf(stderr, "ttt-bench: error: %s\n", e.what());
    return 2;
  } catch (const std::exception &e) {
    std::fprintf(stderr, "ttt-bench: error: %s\n", e.what());
    return 1;
  }
}
