//===- ThreadPool.h - persistent workers for a kernel's runs ----*- C++ -*-===//
//
// A kernel handle's threads: started once (ttt_kernel_set_threads or the
// first run that needs them), reused by every later run, joined by
// ttt_kernel_destroy. A run hands out `parts` shares: share 0 runs on the
// caller, share p on worker p - 1.
//
// Decode calls are short (tens of microseconds), so the hand-off must cost
// less than the work it moves: a worker that finished a run spins for a
// little while (kSpinMicros) before it sleeps on a condition variable, and
// the caller spins while the workers finish. Back-to-back runs thus never
// pay a futex wake-up, and an idle pool costs no CPU after the spin.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_THREADPOOL_H
#define TTT_RUNTIME_THREADPOOL_H

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ttt::rt {

class ThreadPool {
public:
  /// How long an idle worker polls for the next run before it sleeps.
  static constexpr int64_t kSpinMicros = 200;

  ThreadPool() = default;
  ThreadPool(const ThreadPool &) = delete;
  ThreadPool &operator=(const ThreadPool &) = delete;
  ~ThreadPool();

  /// Starts workers until there are at least `count`. A thread that cannot
  /// be started is reported in `error` (false); the workers started so far
  /// stay and serve later runs.
  bool reserve(int64_t count, std::string &error);

  int64_t workers() const { return static_cast<int64_t>(pool.size()); }

  /// Runs task(context, p) for p in [0, parts), share 0 on the calling
  /// thread; returns when all are done. Needs parts - 1 <= workers().
  void run(int64_t parts, void (*task)(void *context, int64_t part),
           void *context);

private:
  /// One worker: it runs share `index + 1` of every run whose ticket it sees.
  struct Worker {
    std::thread thread;
    std::atomic<uint64_t> ticket{0};
    std::condition_variable wake;
  };
  void workerLoop(Worker &self, int64_t index);

  std::vector<std::unique_ptr<Worker>> pool;
  std::mutex mutex;
  std::condition_variable done; // the caller waits for `remaining == 0`
  std::atomic<int64_t> remaining{0};
  std::atomic<bool> stopping{false};
  uint64_t generation = 0; // the caller's run count
  // Set before the tickets are published, read-only while a run is on.
  void (*task)(void *, int64_t) = nullptr;
  void *context = nullptr;
};

} // namespace ttt::rt

#endif // TTT_RUNTIME_THREADPOOL_H
