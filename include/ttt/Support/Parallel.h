//===- Parallel.h - run independent tasks on a few threads ------*- C++ -*-===//
//
// ttt-compile lowers and code-generates its kernels on threads of their
// own. The tasks are few and coarse (seconds each), so a counter shared by
// `jobs` threads hands them out, biggest first if the caller orders them so.
//
//===----------------------------------------------------------------------===//

#ifndef TTT_SUPPORT_PARALLEL_H
#define TTT_SUPPORT_PARALLEL_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Threading.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace mlir::ttt {

/// The threads a compile uses when the user gives no number: one per
/// hardware thread.
inline unsigned defaultCompileJobs() {
  return std::max(
      1u, llvm::heavyweight_hardware_concurrency().compute_thread_count());
}

/// Calls `task(i)` for every i < count, on at most `jobs` threads (the
/// calling thread is one of them), and returns when all have returned.
/// Tasks start in index order.
inline void runInParallel(size_t count, unsigned jobs,
                          llvm::function_ref<void(size_t)> task) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < count; i = next++)
      task(i);
  };
  size_t helpers = std::min<size_t>(std::max(1u, jobs), count);
  std::vector<std::thread> threads;
  for (size_t t = 1; t < helpers; ++t)
    threads.emplace_back(work);
  work();
  for (std::thread &thread : threads)
    thread.join();
}

} // namespace mlir::ttt

#endif // TTT_SUPPORT_PARALLEL_H
