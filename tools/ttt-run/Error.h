//===- Error.h - how ttt-run reports failures -------------------*- C++ -*-===//
//
// Every failure is an exception caught in main(), which prints
// "ttt-run: error: <message>" and exits 1 (2 for a UsageError). Nothing is
// reported with abort() or an uncaught exception: ttt-run never crashes on
// bad input.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUN_ERROR_H
#define TTT_RUN_ERROR_H

#include <stdexcept>
#include <string>

namespace ttt::run {

/// A failure of the run (bad file, kernel error, ...): exit status 1.
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A bad command line: exit status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

} // namespace ttt::run

#endif // TTT_RUN_ERROR_H
