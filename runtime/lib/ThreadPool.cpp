//===- ThreadPool.cpp - persistent workers for a kernel's runs ------------===//

#include "ThreadPool.h"

#include <chrono>
#include <system_error>

namespace ttt::rt {

/// Polls `ready` for up to ThreadPool::kSpinMicros; true if it became true.
template <typename Ready> static bool spinUntil(Ready ready) {
  using Clock = std::chrono::steady_clock;
  auto deadline = Clock::now() + std::chrono::microseconds(ThreadPool::kSpinMicros);
  for (unsigned i = 1;; ++i) {
    if (ready())
      return true;
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
    if (i % 64 == 0 && Clock::now() > deadline)
      return false;
  }
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lock(mutex);
    stopping.store(true);
  }
  for (auto &worker : pool)
    worker->wake.notify_one();
  for (auto &worker : pool)
    worker->thread.join();
}

bool ThreadPool::reserve(int64_t count, std::string &error) {
  while (workers() < count) {
    auto worker = std::make_unique<Worker>();
    int64_t index = workers();
    try {
      worker->thread = std::thread([this, w = worker.get(), index] {
        workerLoop(*w, index);
      });
    } catch (const std::system_error &e) {
      error = "cannot start worker thread " + std::to_string(index + 1) +
              " of " + std::to_string(count) + ": " + e.what();
      return false;
    }
    pool.push_back(std::move(worker));
  }
  return true;
}

void ThreadPool::workerLoop(Worker &self, int64_t index) {
  uint64_t seen = 0;
  for (;;) {
    auto fresh = [&] {
      return self.ticket.load(std::memory_order_acquire) != seen ||
             stopping.load(std::memory_order_relaxed);
    };
    if (!spinUntil(fresh)) {
      std::unique_lock<std::mutex> lock(mutex);
      self.wake.wait(lock, fresh);
    }
    if (stopping.load())
      return;
    seen = self.ticket.load(std::memory_order_acquire);
    task(context, index + 1);
    if (remaining.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      // The caller may be asleep: take the mutex so the notification
      // cannot fall between its check and its wait.
      std::lock_guard<std::mutex> lock(mutex);
      done.notify_one();
    }
  }
}

void ThreadPool::run(int64_t parts, void (*fn)(void *, int64_t), void *ctx) {
  if (parts > 1) {
    task = fn;
    context = ctx;
    remaining.store(parts - 1, std::memory_order_relaxed);
    ++generation;
    for (int64_t p = 1; p < parts; ++p)
      pool[p - 1]->ticket.store(generation, std::memory_order_release);
    {
      // Orders the tickets before the wake-ups of workers that were about
      // to sleep (they check their ticket under this mutex).
      std::lock_guard<std::mutex> lock(mutex);
    }
    for (int64_t p = 1; p < parts; ++p)
      pool[p - 1]->wake.notify_one();
  }
  fn(ctx, 0);
  if (parts <= 1)
    return;
  auto finished = [&] {
    return remaining.load(std::memory_order_acquire) == 0;
  };
  if (!spinUntil(finished)) {
    std::unique_lock<std::mutex> lock(mutex);
    done.wait(lock, finished);
  }
}

} // namespace ttt::rt
