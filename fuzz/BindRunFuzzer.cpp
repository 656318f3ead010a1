//===- BindRunFuzzer.cpp - fuzz the C API's bind and run checks -----------===//
//
// The artifact is test/Runtime's identity artifact: identity.json and a fake
// kernel that copies XQ to Z and every state input to its output, after
// checking each memref descriptor. The input is a program of C API calls on
// one kernel handle: binds with fuzzed roles, names, dtypes, ranks and
// shapes, binds of every argument with the shapes the manifest gives for
// some B, H, T (so that runs are reached), runs, resets, timing runs and
// queries. Every buffer the harness binds is a heap block of exactly the
// size its shape claims, so ASan sees any access the runtime or the kernel
// makes beyond it. Oracles: a rejected call returns a status other than
// TTT_OK with a message; a run that returns TTT_OK has copied XQ to Z and
// the state through.
//
// Not fuzzed yet (known, being fixed in the runtime): out-of-range role and
// dtype enum values (undefined behaviour in the C++ runtime) and closing the
// artifact before destroying its kernels.
//
//===----------------------------------------------------------------------===//

#include "ttt/runtime.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

ttt_artifact *artifact = nullptr;
std::string artifactDir;
// TTT_FUZZ_TRACE=1: print every bind and run with its outcome (to read what
// a saved input does).
const bool trace = std::getenv("TTT_FUZZ_TRACE") != nullptr;

[[noreturn]] void bug(const char *what) {
  std::fprintf(stderr, "ttt-fuzz-bind-run: %s (last error: %s)\n", what,
               ttt_last_error() ? ttt_last_error() : "(null)");
  std::abort();
}

/// Reads the program: one byte at a time, zeros past the end.
struct Program {
  const uint8_t *data;
  size_t size, pos = 0;
  bool done() const { return pos >= size; }
  uint8_t byte() { return pos < size ? data[pos++] : 0; }
};

/// A buffer bound to the kernel, kept alive until the kernel is destroyed.
struct Bound {
  std::vector<int64_t> shape;
  std::unique_ptr<uint8_t[]> bytes; // exactly `size` bytes (null if unbacked)
  size_t size = 0;
  bool backed = true; // false: bound with a claimed shape we did not allocate
};

struct Session {
  ttt_kernel *kernel = nullptr;
  // The latest binding of each argument index, and every buffer ever bound.
  std::map<int, Bound *> latest;
  std::vector<std::unique_ptr<Bound>> buffers;
  bool unbacked = false; // some accepted binding is not backed: never run

  ~Session() { ttt_kernel_destroy(kernel); }
};

// Dimension values a fuzzed bind draws from: the sizes the manifest uses,
// zero, and values that are negative or overflow any byte count.
const int64_t kDims[] = {0, 1, 2, 3, 4, 5, 8, -1, INT64_MIN, INT64_MAX,
                         int64_t(1) << 32, int64_t(1) << 62};

size_t dtypeSize(ttt_dtype dtype) { return ttt_dtype_size(dtype); }

/// A heap block of exactly the bytes `shape` of `dtype` needs, or null when
/// the shape is negative or too large to allocate for a test.
Bound *makeBuffer(Session &s, ttt_dtype dtype, const std::vector<int64_t> &shape,
                  uint8_t fill) {
  auto b = std::make_unique<Bound>();
  b->shape = shape;
  unsigned __int128 bytes = dtypeSize(dtype);
  for (int64_t d : shape) {
    if (d < 0 || (bytes *= static_cast<uint64_t>(d)) > (1u << 20)) {
      b->backed = false;
      break;
    }
  }
  if (b->backed) {
    b->size = static_cast<size_t>(bytes);
    b->bytes.reset(new uint8_t[b->size ? b->size : 1]);
    for (size_t i = 0; i < b->size; ++i)
      b->bytes[i] = static_cast<uint8_t>(fill + 31 * i);
  }
  s.buffers.push_back(std::move(b));
  return s.buffers.back().get();
}

ttt_status bind(Session &s, int index, ttt_role role, const char *name,
                ttt_dtype dtype, Bound *b) {
  // An unbacked buffer gets a valid but tiny block: the runtime cannot know
  // a buffer's size, so it may accept the claim; the harness then never runs.
  static uint8_t tiny[16];
  ttt_status st = ttt_kernel_bind(s.kernel, role, name,
                                  b->backed ? b->bytes.get() : tiny, dtype,
                                  static_cast<int>(b->shape.size()),
                                  b->shape.data());
  if (trace)
    std::fprintf(stderr, "bind %s '%s': %s\n",
                 role == TTT_INPUT ? "input" : "output", name,
                 st == TTT_OK ? "TTT_OK" : ttt_last_error());
  if (st == TTT_OK) {
    for (int64_t d : b->shape)
      if (d < 0)
        bug("a negative dimension was accepted");
    if (index < 0)
      bug("an argument the kernel does not have was bound");
    s.latest[index] = b;
    s.unbacked |= !b->backed;
  } else if (!ttt_last_error() || !*ttt_last_error()) {
    bug("a failed bind left no message");
  }
  return st;
}

/// Binds argument `index` with its manifest dtype and the shape the manifest
/// gives for B, H, T.
void bindForShape(Session &s, int index, int64_t B, int64_t H, int64_t T,
                  uint8_t fill) {
  int rank = ttt_kernel_arg_rank(s.kernel, index);
  std::vector<int64_t> shape(rank > 0 ? rank : 0);
  if (ttt_kernel_arg_shape(s.kernel, index, B, H, T, shape.data()) != TTT_OK)
    return;
  ttt_dtype dtype = ttt_kernel_arg_dtype(s.kernel, index);
  Bound *b = makeBuffer(s, dtype, shape, fill);
  // position: a value in [0, mini_batch) unless the fill says otherwise.
  if (b->backed && rank == 0 && dtype == TTT_I64) {
    int64_t position = fill % 3;
    std::memcpy(b->bytes.get(), &position, sizeof position);
  }
  bind(s, index, ttt_kernel_arg_role(s.kernel, index),
       ttt_kernel_arg_name(s.kernel, index), dtype, b);
}

/// After a successful run: the identity kernel copied every input that has
/// an output of the same name, and XQ to Z.
void checkIdentity(Session &s) {
  int n = ttt_kernel_num_args(s.kernel);
  for (int out = 0; out < n; ++out) {
    if (ttt_kernel_arg_role(s.kernel, out) != TTT_OUTPUT)
      continue;
    std::string name = ttt_kernel_arg_name(s.kernel, out);
    int in = ttt_kernel_arg_index(s.kernel, TTT_INPUT,
                                  name == "Z" ? "XQ" : name.c_str());
    if (in < 0 || !s.latest.count(in) || !s.latest.count(out))
      bug("a run succeeded with an argument unbound");
    const Bound &a = *s.latest[in], &b = *s.latest[out];
    if (a.size != b.size || std::memcmp(a.bytes.get(), b.bytes.get(), a.size))
      bug("a successful run did not copy the input to the output");
  }
}

void run(Session &s, bool timed, Program &p) {
  if (s.unbacked)
    return;
  ttt_status st;
  if (timed) {
    // At least one run: timing no run at all need not look at the bindings.
    int warmup = p.byte() % 3, repeats = 1 + p.byte() % 3;
    double times[4];
    st = ttt_kernel_time(s.kernel, nullptr, warmup, repeats, times);
  } else {
    st = ttt_kernel_run(s.kernel, nullptr);
  }
  if (trace)
    std::fprintf(stderr, "%s: %s\n", timed ? "time" : "run",
                 st == TTT_OK ? "TTT_OK" : ttt_last_error());
  if (st == TTT_OK)
    checkIdentity(s);
  else if (!ttt_last_error() || !*ttt_last_error())
    bug("a failed run left no message");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  const char *tmp = std::getenv("TMPDIR");
  std::string dir = std::string(tmp && *tmp ? tmp : "/tmp") +
                    "/ttt-fuzz-bind-run-XXXXXX";
  if (!mkdtemp(dir.data()))
    bug("cannot create the artifact directory");
  artifactDir = dir;
  std::string manifest = dir + "/manifest.json";
  std::string library = dir + "/libttt_kernels.so";
  std::string copy = "cp '" TTT_FUZZ_MANIFEST "' '" + manifest + "'";
  if (std::system(copy.c_str()) != 0 ||
      symlink(TTT_FUZZ_KERNEL, library.c_str()) != 0)
    bug("cannot set up the identity artifact");
  if (ttt_artifact_open(dir.c_str(), &artifact) != TTT_OK)
    bug("cannot open the identity artifact");
  std::atexit([] {
    ttt_artifact_close(artifact);
    std::string rm = "rm -rf '" + artifactDir + "'";
    (void)std::system(rm.c_str());
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Program p{data, size};
  Session s;
  const char *name = ttt_artifact_kernel_name(artifact, 0);
  if (ttt_kernel_create(artifact, name, &s.kernel) != TTT_OK)
    bug("cannot create the identity kernel");
  int numArgs = ttt_kernel_num_args(s.kernel);
  for (int step = 0; step < 64 && !p.done(); ++step) {
    switch (p.byte() % 8) {
    case 0: { // a fuzzed bind
      ttt_role role = p.byte() % 2 ? TTT_OUTPUT : TTT_INPUT;
      int pick = p.byte() % (numArgs + 1);
      const char *argName =
          pick < numArgs ? ttt_kernel_arg_name(s.kernel, pick) : "no_such_arg";
      ttt_dtype dtype = static_cast<ttt_dtype>(p.byte() % 5);
      std::vector<int64_t> shape(p.byte() % 6);
      for (int64_t &d : shape)
        d = kDims[p.byte() % (sizeof kDims / sizeof kDims[0])];
      Bound *b = makeBuffer(s, dtype, shape, p.byte());
      bind(s, ttt_kernel_arg_index(s.kernel, role, argName), role, argName,
           dtype, b);
      break;
    }
    case 1: { // one argument, bound as the manifest says for B, H, T
      int index = p.byte() % numArgs;
      int64_t B = p.byte() % 4, H = p.byte() % 4, T = p.byte() % 6;
      bindForShape(s, index, B, H, T, p.byte());
      break;
    }
    case 2: { // every argument not bound yet
      int64_t B = 1 + p.byte() % 3, H = 1 + p.byte() % 3, T = p.byte() % 6;
      uint8_t fill = p.byte();
      for (int i = 0; i < numArgs; ++i)
        if (!s.latest.count(i))
          bindForShape(s, i, B, H, T, fill + i);
      break;
    }
    case 3:
      run(s, /*timed=*/false, p);
      break;
    case 4:
      run(s, /*timed=*/true, p);
      break;
    case 5:
      ttt_kernel_reset(s.kernel);
      s.latest.clear();
      s.unbacked = false;
      break;
    case 6: { // an output bound to an input's buffer must be refused,
              // unless it is that input's state output (in place)
      if (s.latest.empty())
        break;
      auto it = s.latest.begin();
      std::advance(it, p.byte() % s.latest.size());
      int out = p.byte() % numArgs;
      if (ttt_kernel_arg_role(s.kernel, it->first) != TTT_INPUT ||
          ttt_kernel_arg_role(s.kernel, out) != TTT_OUTPUT ||
          !it->second->backed || it->second->size == 0)
        break;
      Bound &in = *it->second;
      int rank = ttt_kernel_arg_rank(s.kernel, out);
      if (rank != static_cast<int>(in.shape.size()))
        break;
      if (ttt_kernel_bind(s.kernel, TTT_OUTPUT,
                          ttt_kernel_arg_name(s.kernel, out), in.bytes.get(),
                          ttt_kernel_arg_dtype(s.kernel, out), rank,
                          in.shape.data()) == TTT_OK) {
        // Accepted only if the buffers' byte ranges overlap nowhere else;
        // the same block as an input must be refused at run, except for a
        // state output bound to exactly its own input (runtime.h: updated
        // in place; the crash input test/Fuzz/Inputs/bind-run/crash-cbf1...
        // is such a binding, which this oracle once refused).
        bool inPlace = std::strcmp(ttt_kernel_arg_name(s.kernel, out),
                                   ttt_kernel_arg_name(s.kernel, it->first)) == 0;
        s.latest[out] = &in;
        if (ttt_kernel_run(s.kernel, nullptr) == TTT_OK && !inPlace)
          bug("a run with an output aliasing an input succeeded");
        ttt_kernel_reset(s.kernel);
        s.latest.clear();
        s.unbacked = false;
      }
      break;
    }
    case 7: { // queries
      static const char *symbols[] = {"B", "H", "T", "X", "", "BB"};
      int64_t value = 0;
      (void)ttt_kernel_bound_dim(s.kernel, symbols[p.byte() % 6], &value);
      int index = static_cast<int8_t>(p.byte());
      int64_t shape[8];
      (void)ttt_kernel_arg_shape(s.kernel, index, p.byte() % 4, 1, 1, shape);
      (void)ttt_kernel_arg_name(s.kernel, index);
      (void)ttt_kernel_arg_rank(s.kernel, index);
      break;
    }
    }
  }
  return 0;
}
