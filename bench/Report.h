//===- Report.h - ttt-bench's tables ----------------------------*- C++ -*-===//
#ifndef TTT_BENCH_REPORT_H
#define TTT_BENCH_REPORT_H

#include "Contenders.h"

#include <string>
#include <vector>

namespace ttt::bench {

enum Contender { kCompiled, kEigen, kTorch, kNumContenders };
const char *contenderName(Contender c);

/// One model at one T: timings, errors against the reference. A decode row
/// (steps > 0) times `steps` single-token calls after a prefill of T tokens:
/// its ms are per step.
struct Row {
  std::string model;
  int64_t T = 0;
  int64_t steps = 0;
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

/// Prints the setup, the timing tables, the accuracy table and the notes.
void printReport(const Setup &setup, const std::vector<Row> &rows);

enum class ReportFormat { Json, Csv };

/// A machine-readable copy of the rows at `path`, written atomically: the
/// constructor creates a temporary file next to `path` (throwing
/// run::Error naming the path when it cannot, before anything is measured),
/// commit() writes it and renames it over `path`; a ReportFile destroyed
/// without commit() removes its temporary file, so `path` is never half
/// written. One record per row and contender: model, mode (prefill or
/// decode), T, steps, contender, ran, ms, tokens_per_s, error, passes,
/// ratio_to_compiled, note.
class ReportFile {
public:
  ReportFile(std::string path, ReportFormat format);
  ReportFile(ReportFile &&other) noexcept;
  ReportFile(const ReportFile &) = delete;
  ReportFile &operator=(const ReportFile &) = delete;
  ReportFile &operator=(ReportFile &&) = delete;
  ~ReportFile();
  void commit(const Setup &setup, const std::vector<Row> &rows);

private:
  std::string path, temp;
  ReportFormat format;
  int fd = -1;
};

} // namespace ttt::bench

#endif // TTT_BENCH_REPORT_H
