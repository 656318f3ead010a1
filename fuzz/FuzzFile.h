//===- FuzzFile.h - a fuzz input as a file on disk --------------*- C++ -*-===//
//
// Readers that take a path (the .npy reader) get the input through one file
// per process, rewritten for every input.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_FUZZ_FUZZFILE_H
#define TTT_FUZZ_FUZZFILE_H

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace ttt::fuzz {

/// Writes `data` to this process's scratch file and returns its path. The
/// file lives in $TMPDIR (or /tmp) and is removed at exit.
inline const std::string &writeScratchFile(const uint8_t *data, size_t size,
                                           const char *suffix) {
  static const std::string path = [&] {
    const char *dir = std::getenv("TMPDIR");
    std::string p = std::string(dir && *dir ? dir : "/tmp") + "/ttt-fuzz-" +
                    std::to_string(getpid()) + suffix;
    static std::string removeAtExit;
    removeAtExit = p;
    std::atexit([] { std::remove(removeAtExit.c_str()); });
    return p;
  }();
  FILE *f = std::fopen(path.c_str(), "wb");
  if (!f || (size && std::fwrite(data, 1, size, f) != size) ||
      std::fclose(f) != 0) {
    std::perror(path.c_str());
    std::abort(); // the harness, not the code under test, failed
  }
  return path;
}

} // namespace ttt::fuzz

#endif // TTT_FUZZ_FUZZFILE_H
