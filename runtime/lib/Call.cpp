//===- Call.cpp - calling a CPU kernel through the memref ABI -------------===//
//
// The generated entry point takes `void **args`, args[i] pointing to MLIR's
// StridedMemRefType<T, rank>:
//   { T *allocated; T *aligned; int64_t offset; int64_t sizes[rank];
//     int64_t strides[rank]; }
// On LP64 every field is 8 bytes with no padding, so a descriptor is built as
// 3 + 2 * rank int64 words; the two pointers are stored with memcpy.
//
//===----------------------------------------------------------------------===//

#include "Call.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <system_error>
#include <thread>

namespace ttt::rt {

static_assert(sizeof(void *) == sizeof(int64_t),
              "the memref descriptor layout assumes 64-bit pointers");

ttt_status checkReadyToRun(const KernelDesc &desc, const Bindings &bindings,
                           std::string &error) {
  const std::vector<BoundArg> &bound = bindings.bound();
  std::string missing;
  size_t count = 0;
  for (size_t i = 0; i < bound.size(); ++i) {
    if (bound[i].sequence != 0)
      continue;
    if (count++ < 8)
      missing += std::string(missing.empty() ? "" : ", ") +
                 (desc.args[i].role == TTT_INPUT ? "input '" : "output '") +
                 desc.args[i].name + "'";
  }
  if (count) {
    error = "kernel '" + desc.name + "': " + std::to_string(count) +
            " argument(s) not bound: " + missing + (count > 8 ? ", ..." : "");
    return TTT_ERROR_UNBOUND;
  }
  // An output overlapping an input (or another output) would let the kernel
  // read its own partial results.
  for (size_t o = 0; o < bound.size(); ++o) {
    if (desc.args[o].role != TTT_OUTPUT || bound[o].bytes == 0)
      continue;
    auto lo = reinterpret_cast<uintptr_t>(bound[o].data);
    auto hi = lo + bound[o].bytes;
    for (size_t i = 0; i < bound.size(); ++i) {
      if (i == o || bound[i].bytes == 0)
        continue;
      auto ilo = reinterpret_cast<uintptr_t>(bound[i].data);
      auto ihi = ilo + bound[i].bytes;
      if (lo < ihi && ilo < hi) {
        error = "output '" + desc.args[o].name + "' overlaps " +
                (desc.args[i].role == TTT_INPUT ? "input '" : "output '") +
                desc.args[i].name + "'";
        return TTT_ERROR_INVALID;
      }
    }
  }
  return TTT_OK;
}

namespace {
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
};
} // namespace

static int64_t product(const std::vector<int64_t> &shape, size_t from) {
  int64_t p = 1;
  for (size_t k = from; k < shape.size(); ++k)
    p *= shape[k];
  return p;
}

static void describe(std::vector<int64_t> &d, void *data,
                     const std::vector<int64_t> &shape) {
  size_t rank = shape.size();
  d.assign(3 + 2 * rank, 0);
  std::memcpy(&d[0], &data, sizeof(void *)); // allocated
  std::memcpy(&d[1], &data, sizeof(void *)); // aligned
  int64_t stride = 1;
  for (size_t k = rank; k-- > 0;) {
    d[3 + k] = shape[k];
    d[3 + rank + k] = stride; // dense row-major
    stride *= shape[k];
  }
}

/// Views every argument on `range`: [B, H, ...] buffers at (n, h0..h1),
/// [H, ...] buffers at h0..h1. Outputs indexed by neither (the position) are
/// the same for every sequence; each call writes a private copy.
static void buildFrame(const KernelDesc &desc, const std::vector<BoundArg> &bound,
                       const SequenceRange &range, int64_t heads,
                       CallFrame &frame) {
  frame.descriptors.resize(bound.size());
  frame.argv.resize(bound.size());
  for (size_t i = 0; i < bound.size(); ++i) {
    const std::vector<Dim> &spec = desc.args[i].shape;
    std::vector<int64_t> shape = bound[i].shape;
    auto *data = static_cast<char *>(bound[i].data);
    size_t elem = ttt_dtype_size(desc.args[i].dtype);
    int64_t count = range.h1 - range.h0;
    if (spec.size() >= 2 && spec[0].symbol == 'B' && spec[1].symbol == 'H') {
      data += (range.n * heads + range.h0) * product(shape, 2) * elem;
      shape[0] = 1;
      shape[1] = count;
    } else if (!spec.empty() && spec[0].symbol == 'H') {
      data += range.h0 * product(shape, 1) * elem;
      shape[0] = count;
    } else if (desc.args[i].role == TTT_OUTPUT) {
      frame.scratch.emplace_back(bound[i].bytes);
      data = frame.scratch.back().data();
    }
    describe(frame.descriptors[i], data, shape);
    frame.argv[i] = frame.descriptors[i].data();
  }
}

/// Splits the B * H sequences into `parts` contiguous shares, each a list of
/// per-batch-entry ranges.
static std::vector<std::vector<SequenceRange>>
partition(int64_t batch, int64_t heads, int64_t parts) {
  std::vector<std::vector<SequenceRange>> shares(parts);
  int64_t total = batch * heads;
  for (int64_t p = 0; p < parts; ++p) {
    int64_t begin = total * p / parts, end = total * (p + 1) / parts;
    for (int64_t s = begin; s < end;) {
      int64_t n = s / heads, h0 = s % heads;
      int64_t h1 = std::min(heads, h0 + (end - s));
      shares[p].push_back({n, h0, h1});
      s += h1 - h0;
    }
  }
  return shares;
}

/// TTT_NUM_THREADS, else every hardware thread.
static int64_t threadCount() {
  if (const char *env = std::getenv("TTT_NUM_THREADS")) {
    long n = std::strtol(env, nullptr, 10);
    if (n > 0)
      return n;
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

ttt_status callCpuKernel(const KernelDesc &desc, void *symbol,
                         const Bindings &bindings, std::string &error) {
  if (ttt_status s = checkReadyToRun(desc, bindings, error))
    return s;
  const std::vector<BoundArg> &bound = bindings.bound();
  int64_t batch = 0, heads = 0;
  bindings.symbolValue('B', batch);
  bindings.symbolValue('H', heads);
  auto entry = reinterpret_cast<void (*)(void **)>(symbol);
  if (batch * heads == 0) {
    // No sequence: one call still computes the shared outputs (position).
    CallFrame frame;
    frame.descriptors.resize(bound.size());
    for (size_t i = 0; i < bound.size(); ++i) {
      describe(frame.descriptors[i], bound[i].data, bound[i].shape);
      frame.argv.push_back(frame.descriptors[i].data());
    }
    entry(frame.argv.data());
    return TTT_OK;
  }

  // The (batch, head) sequences are independent: the runtime, not the
  // kernel, spreads them over threads, so kernels stay free of any threading
  // library and embed anywhere.
  int64_t parts = std::max<int64_t>(1, std::min(threadCount(), batch * heads));
  std::vector<std::vector<SequenceRange>> shares =
      partition(batch, heads, parts);
  std::vector<std::vector<CallFrame>> frames(parts);
  for (int64_t p = 0; p < parts; ++p) {
    frames[p].resize(shares[p].size());
    for (size_t r = 0; r < shares[p].size(); ++r)
      buildFrame(desc, bound, shares[p][r], heads, frames[p][r]);
  }
  auto run = [&](int64_t p) {
    for (CallFrame &frame : frames[p])
      entry(frame.argv.data());
  };
  std::vector<std::thread> workers;
  workers.reserve(parts - 1);
  // A thread that cannot be created (EAGAIN: a process or memory limit) is
  // an error status; the threads already started finish before we return.
  std::string threadError;
  for (int64_t p = 1; p < parts && threadError.empty(); ++p) {
    try {
      workers.emplace_back(run, p);
    } catch (const std::system_error &e) {
      threadError = e.what();
    }
  }
  if (threadError.empty())
    run(0);
  for (std::thread &worker : workers)
    worker.join();
  if (!threadError.empty()) {
    error = "kernel '" + desc.name + "': cannot start thread " +
            std::to_string(workers.size() + 2) + " of " +
            std::to_string(parts) + " (" + threadError +
            "); lower TTT_NUM_THREADS";
    return TTT_ERROR_OUT_OF_MEMORY;
  }

  // Shared-state outputs are equal in every call: publish the first.
  const CallFrame &first = frames[0].front();
  size_t s = 0;
  for (size_t i = 0; i < bound.size(); ++i) {
    const std::vector<Dim> &spec = desc.args[i].shape;
    bool perSequence = !spec.empty() && (spec[0].symbol == 'B' || spec[0].symbol == 'H');
    if (desc.args[i].role == TTT_OUTPUT && !perSequence)
      std::memcpy(bound[i].data, first.scratch[s++].data(), bound[i].bytes);
  }
  return TTT_OK;
}

} // namespace ttt::rt
