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

#include "Staging.h"

#include <algorithm>
#include <new>
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
  if (ttt_status s = bindings.checkDerivedSizes(error))
    return s;
  // An output overlapping an input (or another output) would let the kernel
  // read its own partial results; but a state it updates in the caller's
  // buffer itself ("in_place").
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
      if (lo < ihi && ilo < hi && !sharesBufferInKernel(desc, bound, o, i)) {
        error = "output '" + desc.args[o].name + "' overlaps " +
                (desc.args[i].role == TTT_INPUT ? "input '" : "output '") +
                desc.args[i].name + "'";
        return TTT_ERROR_INVALID;
      }
    }
  }
  return TTT_OK;
}

static int64_t product(const std::vector<int64_t> &shape, size_t from) {
  int64_t p = 1;
  for (size_t k = from; k < shape.size(); ++k)
    p *= shape[k];
  return p;
}

/// Describes `shape` at `data` in `d`, which keeps its capacity across runs.
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
/// the same for every sequence; each call writes a private copy. Outputs
/// summed over the sequences ("reduce": "sum") are written to private
/// partials (zeroed first), summed after the run. The scratch, if any, is
/// viewed like a [B, H, ...] argument and follows the arguments; with a
/// workspace, its descriptor (a memref<?xi8>) comes last.
static void buildFrame(const KernelDesc &desc, const std::vector<BoundArg> &bound,
                       const SequenceRange &range, int64_t heads,
                       const std::vector<int64_t> &scratch, char *scratchData,
                       const Workspace *workspace, CallFrame &frame) {
  size_t numArgs = bound.size() + (desc.scratch.present ? 1 : 0) +
                   (workspace ? 1 : 0);
  frame.descriptors.resize(numArgs);
  frame.argv.resize(numArgs);
  if (workspace) {
    frame.shape.assign(1, workspace->size());
    describe(frame.descriptors.back(), workspace->data(), frame.shape);
    frame.argv.back() = frame.descriptors.back().data();
  }
  size_t s = 0, partial = 0;
  int64_t count = range.h1 - range.h0;
  for (size_t i = 0; i < bound.size(); ++i) {
    const std::vector<Dim> &spec = desc.args[i].shape;
    std::vector<int64_t> &shape = frame.shape;
    shape = bound[i].shape;
    auto *data = static_cast<char *>(bound[i].data);
    size_t elem = ttt_dtype_size(desc.args[i].dtype);
    size_t offset = 0;
    if (spec.size() >= 2 && spec[0].symbol == 'B' && spec[1].symbol == 'H') {
      data += (range.n * heads + range.h0) * product(shape, 2) * elem;
      shape[0] = 1;
      shape[1] = count;
    } else if (!spec.empty() && spec[0].symbol == 'H') {
      offset = range.h0 * product(shape, 1) * elem;
      data += offset;
      shape[0] = count;
    }
    if (desc.args[i].reduceSum) {
      if (frame.partials.size() <= partial)
        frame.partials.emplace_back();
      CallFrame::Partial &p = frame.partials[partial++];
      p.arg = i;
      p.offset = offset;
      // Zeroed: a GPU kernel run emulated adds each sequence's part to it
      // (docs/ArtifactFormat.md, "reduce").
      p.data.assign(product(shape, 0) * elem, 0);
      data = p.data.data();
    } else if (desc.args[i].role == TTT_OUTPUT && spec.size() == shape.size() &&
               (spec.empty() || (spec[0].symbol != 'B' && spec[0].symbol != 'H'))) {
      if (frame.scratch.size() <= s)
        frame.scratch.emplace_back();
      frame.scratch[s].resize(bound[i].bytes);
      data = frame.scratch[s++].data();
    }
    describe(frame.descriptors[i], data, shape);
    frame.argv[i] = frame.descriptors[i].data();
  }
  frame.partials.resize(partial);
  if (desc.scratch.present) {
    std::vector<int64_t> &shape = frame.shape;
    shape = scratch;
    size_t perSequence = product(shape, 2) * ttt_dtype_size(desc.scratch.dtype);
    char *data = scratchData + (range.n * heads + range.h0) * perSequence;
    shape[0] = 1;
    shape[1] = count;
    describe(frame.descriptors[bound.size()], data, shape);
    frame.argv[bound.size()] = frame.descriptors[bound.size()].data();
  }
}

/// Splits the B * H sequences into `parts` contiguous shares, each a list of
/// per-batch-entry ranges.
static void partition(int64_t batch, int64_t heads, int64_t parts,
                      std::vector<std::vector<SequenceRange>> &shares) {
  shares.resize(parts);
  int64_t total = batch * heads;
  for (int64_t p = 0; p < parts; ++p) {
    shares[p].clear();
    int64_t begin = total * p / parts, end = total * (p + 1) / parts;
    for (int64_t s = begin; s < end;) {
      int64_t n = s / heads, h0 = s % heads;
      int64_t h1 = std::min(heads, h0 + (end - s));
      shares[p].push_back({n, h0, h1});
      s += h1 - h0;
    }
  }
}

Workspace &Workspace::operator=(Workspace &&other) noexcept {
  std::swap(memory, other.memory);
  std::swap(bytes, other.bytes);
  return *this;
}

Workspace::~Workspace() { std::free(memory); }

bool Workspace::reserve(int64_t want) {
  if (want <= bytes)
    return true;
  // A multiple of the alignment, as aligned_alloc requires.
  size_t rounded = (static_cast<size_t>(want) + 63) / 64 * 64;
  void *fresh = std::aligned_alloc(64, rounded);
  if (!fresh)
    return false;
  std::memset(fresh, 0, rounded); // fault the pages in now, not in a call
  std::free(memory);
  memory = fresh;
  bytes = static_cast<int64_t>(rounded);
  return true;
}

/// A workspace of the kernel's size for each of `parts` shares.
static ttt_status reserveWorkspaces(const KernelDesc &desc, CpuRunner &runner,
                                    int64_t parts, std::string &error) {
  if (static_cast<int64_t>(runner.workspaces.size()) < parts)
    runner.workspaces.resize(parts);
  for (int64_t p = 0; p < parts; ++p)
    if (!runner.workspaces[p].reserve(desc.workspaceBytes)) {
      error = "kernel '" + desc.name + "': out of memory for the " +
              std::to_string(desc.workspaceBytes) + "-byte workspace of thread " +
              std::to_string(p);
      return TTT_ERROR_INVALID;
    }
  return TTT_OK;
}

int64_t defaultThreadCount() {
  if (const char *env = std::getenv("TTT_NUM_THREADS")) {
    long n = std::strtol(env, nullptr, 10);
    if (n > 0)
      return n;
  }
  // glibc reads /sys/devices/system/cpu/online on every
  // hardware_concurrency() call, which costs about as much as a TTT-Linear
  // decode step: read it once.
  static const int64_t cores =
      std::max(1u, std::thread::hardware_concurrency());
  return cores;
}

/// The bytes one sequence's share of the bound buffers spans: a proxy for
/// the work of one sequence (every kernel reads its inputs and state and
/// writes its outputs once at least).
static int64_t bytesPerSequence(const std::vector<BoundArg> &bound,
                                int64_t sequences) {
  int64_t bytes = 0;
  for (const BoundArg &arg : bound)
    bytes += static_cast<int64_t>(arg.bytes);
  return bytes / std::max<int64_t>(1, sequences);
}

int64_t CpuRunner::partsFor(const std::vector<BoundArg> &bound,
                            int64_t sequences) const {
  int64_t threads = requestedThreads > 0 ? requestedThreads
                                         : defaultThreadCount();
  // A share smaller than kMinBytesPerPart costs more to hand over than
  // it saves: fewer, larger shares.
  int64_t total = bytesPerSequence(bound, sequences) * sequences;
  int64_t worthIt = std::max<int64_t>(1, total / kMinBytesPerPart);
  return std::max<int64_t>(1, std::min({threads, sequences, worthIt}));
}

bool CpuRunner::setThreads(int64_t count, std::string &error) {
  requestedThreads = count;
  int64_t threads = count > 0 ? count : defaultThreadCount();
  return pool.reserve(threads - 1, error);
}

ttt_status callCpuKernel(const KernelDesc &desc, void *symbol,
                         const Bindings &bindings, CpuRunner &runner,
                         std::string &error) {
  const std::vector<BoundArg> &bound = bindings.bound();
  int64_t batch = 0, heads = 0;
  bindings.symbolValue('B', batch);
  bindings.symbolValue('H', heads);
  auto entry = reinterpret_cast<void (*)(void **)>(symbol);
  std::vector<int64_t> scratch;
  if (desc.scratch.present) {
    size_t bytes = 0;
    if (ttt_status s = scratchSize(desc, bindings, scratch, bytes, error))
      return s;
    if (runner.scratch.size() < bytes) {
      try {
        runner.scratch.resize(bytes);
      } catch (const std::bad_alloc &) {
        error = "kernel '" + desc.name + "': cannot allocate its scratch of " +
                std::to_string(bytes) + " bytes";
        return TTT_ERROR_OUT_OF_MEMORY;
      }
    }
  }
  if (batch * heads == 0) {
    // No sequence: one call still computes the shared outputs (position).
    CallFrame &frame = runner.single;
    size_t numArgs = bound.size() + (desc.scratch.present ? 1 : 0) +
                     (desc.workspaceBytes ? 1 : 0);
    frame.descriptors.resize(numArgs);
    frame.argv.resize(numArgs);
    if (desc.workspaceBytes) {
      if (ttt_status s = reserveWorkspaces(desc, runner, 1, error))
        return s;
      frame.shape.assign(1, runner.workspaces[0].size());
      describe(frame.descriptors.back(), runner.workspaces[0].data(),
               frame.shape);
      frame.argv.back() = frame.descriptors.back().data();
    }
    for (size_t i = 0; i < bound.size(); ++i) {
      if (desc.args[i].reduceSum) // a sum over no sequence
        std::memset(bound[i].data, 0, bound[i].bytes);
      describe(frame.descriptors[i], bound[i].data, bound[i].shape);
      frame.argv[i] = frame.descriptors[i].data();
    }
    if (desc.scratch.present) {
      describe(frame.descriptors[bound.size()], runner.scratch.data(), scratch);
      frame.argv[bound.size()] = frame.descriptors[bound.size()].data();
    }
    entry(frame.argv.data());
    return TTT_OK;
  }

  // The (batch, head) sequences are independent: the runtime, not the
  // kernel, spreads them over its persistent threads, so kernels stay free
  // of any threading library and embed anywhere.
  int64_t parts = runner.partsFor(bound, batch * heads);
  if (parts - 1 > runner.pool.workers() &&
      !runner.pool.reserve(parts - 1, error)) {
    error = "kernel '" + desc.name + "': " + error +
            "; lower the thread count (ttt_kernel_set_threads, TTT_NUM_THREADS)";
    return TTT_ERROR_OUT_OF_MEMORY;
  }
  if (desc.workspaceBytes)
    if (ttt_status s = reserveWorkspaces(desc, runner, parts, error))
      return s;
  partition(batch, heads, parts, runner.shares);
  runner.frames.resize(parts);
  for (int64_t p = 0; p < parts; ++p) {
    const Workspace *workspace =
        desc.workspaceBytes ? &runner.workspaces[p] : nullptr;
    runner.frames[p].resize(runner.shares[p].size());
    for (size_t r = 0; r < runner.shares[p].size(); ++r)
      buildFrame(desc, bound, runner.shares[p][r], heads, scratch,
                 runner.scratch.data(), workspace, runner.frames[p][r]);
  }
  runner.entry = entry;
  runner.pool.run(
      parts,
      [](void *context, int64_t p) {
        auto &r = *static_cast<CpuRunner *>(context);
        for (CallFrame &frame : r.frames[p])
          r.entry(frame.argv.data());
      },
      &runner);

  // Shared-state outputs are equal in every call: publish the first.
  const CallFrame &first = runner.frames[0].front();
  size_t s = 0;
  for (size_t i = 0; i < bound.size(); ++i) {
    const std::vector<Dim> &spec = desc.args[i].shape;
    bool perSequence = !spec.empty() && (spec[0].symbol == 'B' || spec[0].symbol == 'H');
    if (desc.args[i].role == TTT_OUTPUT && !perSequence &&
        !desc.args[i].reduceSum)
      std::memcpy(bound[i].data, first.scratch[s++].data(), bound[i].bytes);
  }
  // Summed outputs: the sum of every call's part (f32, checked by the
  // manifest reader).
  for (size_t i = 0; i < bound.size(); ++i)
    if (desc.args[i].reduceSum)
      std::memset(bound[i].data, 0, bound[i].bytes);
  for (const std::vector<CallFrame> &frames : runner.frames)
    for (const CallFrame &frame : frames)
      for (const CallFrame::Partial &p : frame.partials) {
        auto *to = reinterpret_cast<float *>(
            static_cast<char *>(bound[p.arg].data) + p.offset);
        const auto *from = reinterpret_cast<const float *>(p.data.data());
        for (size_t k = 0, n = p.data.size() / sizeof(float); k < n; ++k)
          to[k] += from[k];
      }
  return TTT_OK;
}

} // namespace ttt::rt
