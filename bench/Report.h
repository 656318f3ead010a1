//===- Report.h - ttt-bench's tables ----------------------------*- C++ -*-===//
#ifndef TTT_BENCH_REPORT_H
#define TTT_BENCH_REPORT_H

#include "Contenders.h"

#include <string>
#include <vector>

namespace ttt::bench {

enum Contender { kCompiled, kEigen, kTorch, kNumContenders };
const char *contenderName(Contender c);

/// One model at one T: timings, errors against the reference.
struct Row {
  std::string model;
  int64_t T = 0;
  double flops = 0; // dual-form FLOPs of one call (ttt-run --bench's count)
  Result result[kNumContenders]; // outputs dropped once checked
  double error[kNumContenders] = {0, 0, 0};
  int64_t refTokens = 0;
  double refSeconds = 0;
};

struct Setup {
  int64_t B = 0, H = 0;
  int threads = 1, warmup = 0, repeats = 0, peakN = 0;
  double peakGflops = 0, tolerance = 0;
  std::string torchNote; // why torch does not run at all, if it does not
};

/// True when the contender ran and its error is within the tolerance.
bool passes(const Row &row, Contender c, double tolerance);

/// Prints the setup, the timing table, the accuracy table and the notes.
void printReport(const Setup &setup, const std::vector<Row> &rows);

} // namespace ttt::bench

#endif // TTT_BENCH_REPORT_H
