//===- Parallel.h - run independent tasks on a few threads ------*- C++ -*-===//
//
// ttt-compile lowers and code-generates its kernels on threads of their
// own. The tasks are few and coarse (tenths of seconds to seconds each),
// and some queue more (a kernel's LLVM partitions, queued as soon as its
// lowering ends), so a mutex-guarded priority queue hands them out.
//
//===----------------------------------------------------------------------===//

#ifndef TTT_SUPPORT_PARALLEL_H
#define TTT_SUPPORT_PARALLEL_H

#include "llvm/Support/Threading.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace mlir::ttt {

/// The threads a compile uses when the user gives no number: one per
/// hardware thread.
inline unsigned defaultCompileJobs() {
  return std::max(
      1u, llvm::heavyweight_hardware_concurrency().compute_thread_count());
}

/// Tasks run by a few threads, the one with the highest priority first (the
/// first queued among equals). A task may queue more; run() returns once
/// none is queued or running.
class TaskQueue {
public:
  void add(uint64_t priority, std::function<void()> task) {
    std::lock_guard<std::mutex> lock(mutex);
    queued.push_back({priority, nextSerial++, std::move(task)});
    std::push_heap(queued.begin(), queued.end(), before);
    changed.notify_one();
  }

  /// Runs every task on at most `jobs` threads, the calling one among them.
  void run(unsigned jobs) {
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < std::max(1u, jobs); ++t)
      threads.emplace_back([this] { work(); });
    work();
    for (std::thread &thread : threads)
      thread.join();
  }

private:
  struct Task {
    uint64_t priority;
    uint64_t serial;
    std::function<void()> run;
  };
  /// Heap order: the highest priority, then the lowest serial, on top.
  static bool before(const Task &a, const Task &b) {
    return a.priority != b.priority ? a.priority < b.priority
                                    : a.serial > b.serial;
  }

  void work() {
    std::unique_lock<std::mutex> lock(mutex);
    while (true) {
      changed.wait(lock, [&] { return !queued.empty() || running == 0; });
      // Nothing queued and nothing running that could queue more.
      if (queued.empty())
        return;
      std::pop_heap(queued.begin(), queued.end(), before);
      std::function<void()> task = std::move(queued.back().run);
      queued.pop_back();
      ++running;
      lock.unlock();
      task();
      lock.lock();
      --running;
      changed.notify_all();
    }
  }

  std::mutex mutex;
  std::condition_variable changed;
  std::vector<Task> queued;
  uint64_t nextSerial = 0;
  size_t running = 0;
};

} // namespace mlir::ttt

#endif // TTT_SUPPORT_PARALLEL_H
