//===- Options.h - ttt-run's command line -----------------------*- C++ -*-===//
#ifndef TTT_RUN_OPTIONS_H
#define TTT_RUN_OPTIONS_H

#include <cstdint>
#include <string>
#include <vector>

namespace ttt::run {

struct Options {
  std::string artifactDir;
  std::string kernel;          // empty: the manifest's first kernel
  std::string inputsDir;       // --inputs
  bool random = false;         // --random
  uint64_t seed = 0;           // --seed
  int64_t B = 0, H = 0, T = 0; // --shape
  bool haveShape = false;
  std::string outputsDir; // --outputs
  bool check = false;
  double tolerance = -1; // --tolerance; < 0: by io dtype
  int64_t fdSamples = -1; // --fd-samples; < 0: by the inputs' size
  bool bench = false;
  int repeats = 10;
  bool inPlace = false; // --in-place
  int64_t position = 0; // --position
  bool havePosition = false;
  std::vector<int64_t> chunks; // --chunks; empty: one call of all T tokens
  bool help = false;
};

/// Parses argv; throws UsageError on a bad command line.
Options parseOptions(int argc, char **argv);

/// The --help text.
const char *usageText();

} // namespace ttt::run

#endif // TTT_RUN_OPTIONS_H
