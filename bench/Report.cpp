//===- Report.cpp - ttt-bench's tables ------------------------------------===//

#include "Report.h"

#include "Error.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace ttt::bench {

namespace {

std::string format(const char *fmt, double x) {
  char text[64];
  std::snprintf(text, sizeof(text), fmt, x);
  return text;
}

std::string msCell(const Result &r) {
  return r.ran ? format("%.3f", r.ms) : "n/a";
}

std::string rateCell(const Row &row, Contender c, double peak) {
  const Result &r = row.result[c];
  if (!r.ran || r.ms <= 0 || row.flops <= 0)
    return "n/a";
  double gflops = row.flops / (r.ms * 1e6), percent = 100 * gflops / peak;
  return format("%.3g", gflops) +
         format(percent >= 10 ? " (%.0f%%)" : " (%.1f%%)", percent);
}

std::string ratioCell(const Row &row, Contender c) {
  const Result &r = row.result[c], &compiled = row.result[kCompiled];
  if (!r.ran || !compiled.ran || compiled.ms <= 0)
    return "n/a";
  return format("%.2fx", r.ms / compiled.ms);
}

std::string errorCell(const Row &row, Contender c, double tolerance) {
  if (!row.result[c].ran)
    return "n/a";
  return format("%.1e", row.error[c]) +
         (passes(row, c, tolerance) ? " ok" : " FAIL");
}

} // namespace

const char *contenderName(Contender c) {
  static const char *names[] = {"compiled", "eigen", "torch"};
  return names[c];
}

bool passes(const Row &row, Contender c, double tolerance) {
  return row.result[c].ran && !std::isnan(row.error[c]) &&
         row.error[c] <= tolerance;
}

/// Tokens per second of a contender's median call: B * T per prefill, B per
/// decode step; 0 when it did not run.
static double tokensPerSecond(const Setup &setup, const Row &row,
                              Contender c) {
  const Result &r = row.result[c];
  if (!r.ran || r.ms <= 0)
    return 0;
  double tokens = static_cast<double>(setup.B) *
                  static_cast<double>(row.steps > 0 ? 1 : row.T);
  return tokens / (r.ms / 1e3);
}

static void printDecode(const Setup &setup, const std::vector<Row> &rows) {
  std::printf("\ndecode: a prefill of P tokens (untimed), then single-token "
              "calls carrying the state (weights, running sums, position); "
              "us per step = median over the steps of every timed run "
              "(compiled: ttt_kernel_run only, the token's inputs bound "
              "before), tokens/s = B / step\n");
  std::printf("%-11s %6s %5s | %12s %12s %12s | %14s %12s %12s | %14s "
              "%14s\n",
              "model", "P", "steps", "compiled us", "eigen us", "torch us",
              "compiled tok/s", "eigen tok/s", "torch tok/s",
              "eigen/compiled", "torch/compiled");
  for (const Row &row : rows) {
    if (row.steps == 0)
      continue;
    auto us = [&](Contender c) {
      return row.result[c].ran ? format("%.1f", row.result[c].ms * 1e3)
                               : std::string("n/a");
    };
    auto rate = [&](Contender c) {
      return row.result[c].ran
                 ? format("%.0f", tokensPerSecond(setup, row, c))
                 : std::string("n/a");
    };
    std::printf("%-11s %6lld %5lld | %12s %12s %12s | %14s %12s %12s | %14s "
                "%14s\n",
                row.model.c_str(), static_cast<long long>(row.T),
                static_cast<long long>(row.steps), us(kCompiled).c_str(),
                us(kEigen).c_str(), us(kTorch).c_str(),
                rate(kCompiled).c_str(), rate(kEigen).c_str(),
                rate(kTorch).c_str(), ratioCell(row, kEigen).c_str(),
                ratioCell(row, kTorch).c_str());
  }
}

void printReport(const Setup &setup, const std::vector<Row> &rows) {
  std::printf("\n== ttt-bench: B=%lld H=%lld, fp32, %d threads, %d warm-up "
              "+ median of %d runs (compiled and eigen in turn, run by "
              "run)\n",
              static_cast<long long>(setup.B), static_cast<long long>(setup.H),
              setup.threads, setup.warmup, setup.repeats);
  std::printf("peak: %.1f GFLOP/s = fp32 Eigen GEMM %dx%dx%d on each of %d "
              "threads (median of %d)\n",
              setup.peakGflops, setup.peakN, setup.peakN, setup.peakN,
              setup.threads, setup.repeats);
  std::printf(
      "GFLOP: dual form per (n,h) and mini-batch of r tokens, summed over the "
      "linear layers in->out: 2r*in*out key-side forward, 2r*in*out backward "
      "(not the first layer), 2r*in*out + 2r^2*in + 4r^2*out query side, "
      "2r*in*out state update (as ttt-run --bench)\n");
  std::printf("eigen/compiled, torch/compiled: time ratio, > 1 when the "
              "compiled kernel is faster\n\n");

  std::printf("%-11s %6s %7s | %11s %10s %10s | %-16s %-16s %-16s | %14s "
              "%14s\n",
              "model", "T", "GFLOP", "compiled ms", "eigen ms", "torch ms",
              "compiled GFLOP/s", "eigen GFLOP/s", "torch GFLOP/s",
              "eigen/compiled", "torch/compiled");
  bool decode = false;
  for (const Row &row : rows)
    decode = decode || row.steps > 0;
  for (const Row &row : rows)
    if (row.steps == 0)
    std::printf(
        "%-11s %6lld %7.3f | %11s %10s %10s | %-16s %-16s %-16s | %14s "
        "%14s\n",
        row.model.c_str(), static_cast<long long>(row.T), row.flops / 1e9,
        msCell(row.result[kCompiled]).c_str(),
        msCell(row.result[kEigen]).c_str(), msCell(row.result[kTorch]).c_str(),
        rateCell(row, kCompiled, setup.peakGflops).c_str(),
        rateCell(row, kEigen, setup.peakGflops).c_str(),
        rateCell(row, kTorch, setup.peakGflops).c_str(),
        ratioCell(row, kEigen).c_str(), ratioCell(row, kTorch).c_str());
  if (decode)
    printDecode(setup, rows);

  std::printf("\naccuracy: max over Z and the final weights and biases of "
              "||x - ref||_2 / ||ref||_2, ref = the float64 primal-form "
              "reference on the same inputs (tolerance %.0e)%s\n",
              setup.tolerance,
              decode ? "; decode rows (T = P+steps) also check the final "
                       "running sums and position"
                     : "");
  std::printf("%-11s %6s  %-34s | %-12s %-12s %-12s\n", "model", "T",
              "reference", "compiled", "eigen", "torch");
  bool partial = false;
  for (const Row &row : rows) {
    std::string ref =
        row.refTokens == row.T + row.steps
            ? "all tokens"
            : "first " + std::to_string(row.refTokens) + " tokens, Z only";
    if (row.steps > 0)
      ref = "decode, all " + std::to_string(row.T + row.steps) + " tokens";
    partial = partial || (row.steps == 0 && row.refTokens != row.T);
    ref += format(" (%.1f s)", row.refSeconds);
    std::string label = row.steps > 0 ? "P" + std::to_string(row.T)
                                      : std::to_string(row.T);
    std::printf("%-11s %6s  %-34s | %-12s %-12s %-12s\n", row.model.c_str(),
                label.c_str(), ref.c_str(),
                errorCell(row, kCompiled, setup.tolerance).c_str(),
                errorCell(row, kEigen, setup.tolerance).c_str(),
                errorCell(row, kTorch, setup.tolerance).c_str());
  }

  std::set<std::string> notes;
  if (partial)
    notes.insert("--reference-tokens: where the float64 reference (token by "
                 "token, one thread) saw only the first tokens, it checks Z "
                 "on those tokens (Z is causal in time), not the final "
                 "state");
  if (!setup.torchNote.empty())
    notes.insert("torch: " + setup.torchNote);
  for (const Row &row : rows)
    for (int c = 0; c < kNumContenders; ++c)
      if (!row.result[c].ran && !row.result[c].note.empty() &&
          !(c == kTorch && !setup.torchNote.empty()))
        notes.insert(std::string(contenderName(static_cast<Contender>(c))) +
                     " n/a for " + row.model + ": " + row.result[c].note);
  if (!notes.empty())
    std::printf("\nnotes:\n");
  for (const std::string &note : notes)
    std::printf("- %s\n", note.c_str());
  std::fflush(stdout);
}

namespace {

std::string jsonString(const std::string &text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\')
      out += std::string("\\") + c;
    else if (static_cast<unsigned char>(c) < 0x20)
      out += format("\\u%04x", static_cast<unsigned char>(c));
    else
      out += c;
  }
  return out + "\"";
}

std::string csvString(const std::string &text) {
  std::string out = "\"";
  for (char c : text)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

/// A finite number as JSON, else null.
std::string jsonNumber(double x, bool valid = true) {
  return valid && std::isfinite(x) ? format("%.9g", x) : "null";
}

std::string render(ReportFormat fmt, const Setup &setup,
                   const std::vector<Row> &rows) {
  std::ostringstream out;
  bool json = fmt == ReportFormat::Json;
  if (json)
    out << "{\n  \"tool\": \"ttt-bench\",\n  \"setup\": {\"B\": " << setup.B
        << ", \"H\": " << setup.H << ", \"threads\": " << setup.threads
        << ", \"warmup\": " << setup.warmup
        << ", \"repeats\": " << setup.repeats
        << ", \"tolerance\": " << jsonNumber(setup.tolerance)
        << ", \"peak_gflops\": " << jsonNumber(setup.peakGflops)
        << "},\n  \"rows\": [";
  else
    out << "model,mode,T,steps,contender,ran,ms,tokens_per_s,error,passes,"
           "ratio_to_compiled,note\n";
  bool first = true;
  for (const Row &row : rows)
    for (int ci = 0; ci < kNumContenders; ++ci) {
      Contender c = static_cast<Contender>(ci);
      const Result &r = row.result[c], &compiled = row.result[kCompiled];
      bool ratio = r.ran && compiled.ran && compiled.ms > 0;
      std::string note = r.ran ? "" : r.note.empty() ? setup.torchNote
                                                     : r.note;
      const char *mode = row.steps > 0 ? "decode" : "prefill";
      if (json) {
        out << (first ? "\n" : ",\n") << "    {\"model\": "
            << jsonString(row.model) << ", \"mode\": \"" << mode
            << "\", \"T\": " << row.T << ", \"steps\": " << row.steps
            << ", \"contender\": \"" << contenderName(c)
            << "\", \"ran\": " << (r.ran ? "true" : "false")
            << ", \"ms\": " << jsonNumber(r.ms, r.ran)
            << ", \"tokens_per_s\": "
            << jsonNumber(tokensPerSecond(setup, row, c), r.ran)
            << ", \"error\": " << jsonNumber(row.error[c], r.ran)
            << ", \"passes\": "
            << (passes(row, c, setup.tolerance) ? "true" : "false")
            << ", \"ratio_to_compiled\": "
            << jsonNumber(r.ms / compiled.ms, ratio)
            << ", \"note\": " << jsonString(note) << "}";
      } else {
        auto num = [](double x, bool valid) {
          return valid && std::isfinite(x) ? format("%.9g", x)
                                           : std::string();
        };
        out << csvString(row.model) << "," << mode << "," << row.T << ","
            << row.steps << "," << contenderName(c) << ","
            << (r.ran ? "true" : "false") << "," << num(r.ms, r.ran) << ","
            << num(tokensPerSecond(setup, row, c), r.ran) << ","
            << num(row.error[c], r.ran) << ","
            << (passes(row, c, setup.tolerance) ? "true" : "false") << ","
            << num(r.ms / compiled.ms, ratio) << "," << csvString(note)
            << "\n";
      }
      first = false;
    }
  if (json)
    out << "\n  ]\n}\n";
  return out.str();
}

} // namespace

ReportFile::ReportFile(std::string file, ReportFormat fmt)
    : path(std::move(file)), format(fmt) {
  std::filesystem::path p(path);
  std::filesystem::path dir = p.parent_path();
  temp = (dir.empty() ? std::filesystem::path(".") : dir).string() + "/." +
         p.filename().string() + ".tmp-XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  fd = p.filename().empty() ? -1 : mkstemp(name.data());
  if (fd < 0) {
    int err = p.filename().empty() ? EISDIR : errno;
    temp.clear();
    throw run::Error("cannot write '" + path + "': " + std::strerror(err));
  }
  temp = name.data();
}

ReportFile::ReportFile(ReportFile &&other) noexcept
    : path(std::move(other.path)), temp(std::move(other.temp)),
      format(other.format), fd(other.fd) {
  other.temp.clear();
  other.fd = -1;
}

ReportFile::~ReportFile() {
  if (fd >= 0)
    close(fd);
  if (!temp.empty())
    std::remove(temp.c_str());
}

void ReportFile::commit(const Setup &setup, const std::vector<Row> &rows) {
  std::string text = render(format, setup, rows);
  for (size_t done = 0; done < text.size();) {
    ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      throw run::Error("cannot write '" + path + "': " +
                       std::strerror(errno));
    done += static_cast<size_t>(n);
  }
  // mkstemp makes it 0600; a report is an ordinary file.
  fchmod(fd, 0644);
  if (fsync(fd) != 0 || close(fd) != 0) {
    fd = -1;
    throw run::Error("cannot write '" + path + "': " + std::strerror(errno));
  }
  fd = -1;
  if (std::rename(temp.c_str(), path.c_str()) != 0)
    throw run::Error("cannot write '" + path + "': " + std::strerror(errno));
  temp.clear();
}

} // namespace ttt::bench
