//===- Report.cpp - ttt-bench's tables ------------------------------------===//

#include "Report.h"

#include <cmath>
#include <cstdio>
#include <set>

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
  for (const Row &row : rows)
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

  std::printf("\naccuracy: max over Z and the final weights and biases of "
              "||x - ref||_2 / ||ref||_2, ref = the float64 primal-form "
              "reference on the same inputs (tolerance %.0e)\n",
              setup.tolerance);
  std::printf("%-11s %6s  %-34s | %-12s %-12s %-12s\n", "model", "T",
              "reference", "compiled", "eigen", "torch");
  bool partial = false;
  for (const Row &row : rows) {
    std::string ref =
        row.refTokens == row.T
            ? "all tokens"
            : "first " + std::to_string(row.refTokens) + " tokens, Z only";
    partial = partial || row.refTokens != row.T;
    ref += format(" (%.1f s)", row.refSeconds);
    std::printf("%-11s %6lld  %-34s | %-12s %-12s %-12s\n", row.model.c_str(),
                static_cast<long long>(row.T), ref.c_str(),
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

} // namespace ttt::bench
