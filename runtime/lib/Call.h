//===- Call.h - calling a CPU kernel through the memref ABI -----*- C++ -*-===//
#ifndef TTT_RUNTIME_CALL_H
#define TTT_RUNTIME_CALL_H

#include "Binding.h"
#include "ThreadPool.h"

namespace ttt::rt {

/// The sequences (n, h) for h in [h0, h1) of one batch entry: contiguous in
/// every [B, H, ...] buffer, so one kernel call can process them through a
/// dense view.
struct SequenceRange {
  int64_t n, h0, h1;
};

/// One kernel call's memref descriptors: 3 + 2 * rank words each.
struct CallFrame {
  std::vector<std::vector<int64_t>> descriptors;
  std::vector<void *> argv;
  std::vector<std::vector<char>> scratch; // private shared-state outputs
  /// Private copies of the "reduce": "sum" outputs: argument, byte offset
  /// of this call's part of the bound buffer, and what the call wrote.
  struct Partial {
    size_t arg = 0, offset = 0;
    std::vector<char> data;
  };
  std::vector<Partial> partials;
  std::vector<int64_t> shape;             // buildFrame's working copy
};

/// One thread's workspace for the calls it makes (64-byte aligned; its
/// pages are touched once, when it is allocated).
class Workspace {
public:
  Workspace() = default;
  Workspace(const Workspace &) = delete;
  Workspace &operator=(const Workspace &) = delete;
  Workspace(Workspace &&other) noexcept { *this = std::move(other); }
  Workspace &operator=(Workspace &&other) noexcept;
  ~Workspace();
  /// Grows to at least `bytes`; false when memory is short.
  bool reserve(int64_t bytes);
  void *data() const { return memory; }
  int64_t size() const { return bytes; }

private:
  void *memory = nullptr;
  int64_t bytes = 0;
};

/// What a kernel handle keeps from one CPU run to the next: its threads and
/// the storage of its call frames and one workspace per thread, so that a
/// run in steady state (same B, H, T) starts no thread and allocates
/// nothing.
struct CpuRunner {
  /// The least bytes of bound buffers worth handing to another thread.
  /// Chosen from one TTT-Linear decode measurement with `ttt-run --bench`;
  /// no benchmark in bench/ pins it yet (issue 13's decode benchmark).
  static constexpr int64_t kMinBytesPerPart = 512 * 1024;

  /// Threads for later runs (0: TTT_NUM_THREADS, else every core), started
  /// now. False (with `error`) when a thread cannot be started.
  bool setThreads(int64_t count, std::string &error);
  /// The threads a run uses: at most the requested count and B * H, fewer
  /// when the shares would be too small to pay for the hand-off.
  int64_t partsFor(const std::vector<BoundArg> &bound, int64_t sequences) const;

  int64_t requestedThreads = 0;
  ThreadPool pool;
  std::vector<std::vector<SequenceRange>> shares;
  std::vector<std::vector<CallFrame>> frames;
  std::vector<Workspace> workspaces; // one per share of a run
  CallFrame single; // the call of a run with no sequence
  /// The kernel's scratch (manifest "scratch"), grown to the largest run's
  /// need and kept: a run in steady state allocates nothing.
  std::vector<char> scratch;
  void (*entry)(void **) = nullptr;
};

/// TTT_NUM_THREADS if set to a positive number, else every hardware thread.
int64_t defaultThreadCount();

/// Calls `void symbol(void **args)` with one memref descriptor per argument,
/// the B * H sequences spread over `runner`'s threads. The caller has checked
/// the bindings (StagedRun::begin: every argument bound, no output
/// overlapping another argument, as docs/ArtifactFormat.md requires).
ttt_status callCpuKernel(const KernelDesc &desc, void *symbol,
                         const Bindings &bindings, CpuRunner &runner,
                         std::string &error);

/// That every argument is bound, derived sizes ("T/16+2") agree with T, and
/// no output overlaps another argument but a state it updates in place (the
/// GPU path's check; StagedRun::begin's on the CPU, which also lets stages
/// make a bound-in-place state safe).
ttt_status checkReadyToRun(const KernelDesc &desc, const Bindings &bindings,
                           std::string &error);

} // namespace ttt::rt

#endif // TTT_RUNTIME_CALL_H
