//===- ttt-run.cpp - run, check and time a compiled TTT kernel ------------===//
//
// Loads an artifact directory through the runtime's C API only (so it runs on
// a GPU machine without MLIR), feeds it .npy or seeded random inputs, writes
// its outputs, compares them with the float64 reference (--check) and times it
// (--bench). See README.md and --help.
//
//===----------------------------------------------------------------------===//

#include "Bench.h"
#include "Check.h"
#include "Chunks.h"
#include "Error.h"
#include "Options.h"
#include "Session.h"
#include "Tape.h"

#include "reference/Reference.h"

#include "ttt/runtime.h"

#include <cstdio>
#include <new>

using namespace ttt::run;

namespace {
int run(const Options &o) {
  Handles h;
  checkStatus(ttt_artifact_open(o.artifactDir.c_str(), &h.artifact),
              "cannot open artifact");
  std::string kernelName = o.kernel;
  if (kernelName.empty())
    kernelName = ttt_artifact_kernel_name(h.artifact, 0);
  checkStatus(ttt_kernel_create(h.artifact, kernelName.c_str(), &h.kernel),
              "--kernel");

  DeviceMirror device(h.artifact);
  Session s;
  s.kernel = h.kernel;
  if (device.active())
    s.device = &device;
  s.info = readKernelInfo(ttt_artifact_manifest(h.artifact), kernelName);
  // Before the run: a kernel --check cannot compare is refused at once.
  if (o.check)
    requireCheckable(s.info);
  if (o.fdSamples >= 0 && s.info.kind != "backward" &&
      s.info.kind != "backward_from_tape")
    throw UsageError("--fd-samples applies to backward kernels; kernel '" +
                     s.info.name + "' is a '" + s.info.kind + "' kernel");
  if (o.random)
    randomInputs(s, o);
  else
    loadInputs(s, o.inputsDir);
  // The tape of these inputs, unless IN/tape.npy gave one.
  if (readsTape(s.info) &&
      (o.random ||
       s.buffers[ttt_kernel_arg_index(h.kernel, TTT_INPUT, "tape")].count() ==
           0))
    writeTape(s, h.artifact);
  // NaN in an input is the caller's; say so, so that NaN outputs are not
  // blamed on the kernel.
  size_t inputNaN = 0;
  for (int i = 0; i < s.numArgs(); ++i)
    if (s.isInput(i) && s.buffers[i].countNaN()) {
      inputNaN += s.buffers[i].countNaN();
      std::fprintf(stderr, "ttt-run: warning: input '%s' holds %zu NaN values\n",
                   s.argName(i).c_str(), s.buffers[i].countNaN());
    }
  bindOutputs(s);

  std::string how;
  if (o.chunks.empty()) {
    checkStatus(ttt_kernel_run(h.kernel, nullptr),
                "kernel '" + kernelName + "' failed");
    s.fetchOutputs();
  } else {
    runChunks(s, o.chunks);
    how = " in " + std::to_string(o.chunks.size()) + " calls";
  }
  if (device.active())
    how += " on " + std::string(ttt_artifact_target(h.artifact)) + " (" +
           ttt_artifact_device(h.artifact) + ")";
  std::printf("ran %s: B=%lld H=%lld T=%lld%s\n", kernelName.c_str(),
              static_cast<long long>(s.B), static_cast<long long>(s.H),
              static_cast<long long>(s.T), how.c_str());
  std::fflush(stdout);

  if (!o.check) {
    // Without --check an unwritten (still poisoned) output would go unseen.
    for (int i = 0; i < s.numArgs(); ++i)
      if (!s.isInput(i) && !s.isTrainTape(i) && s.buffers[i].countNaN())
        std::fprintf(stderr,
                     "ttt-run: warning: output '%s' has %zu NaN "
                     "values (%s)\n",
                     s.argName(i).c_str(), s.buffers[i].countNaN(),
                     inputNaN ? "the inputs hold NaN"
                              : "unwritten by the kernel?");
  }
  if (!o.outputsDir.empty())
    writeOutputs(s, o.outputsDir);

  bool ok = true;
  if (o.check)
    ok = checkOutputs(
        s, CheckOptions{o.tolerance > 0 ? o.tolerance : defaultTolerance(s),
                        o.fdSamples, o.seed});
  if (o.bench)
    runBench(s, o.repeats, o.inPlace);
  if (!ok) {
    std::fprintf(stderr, "ttt-run: error: --check failed\n");
    return 1;
  }
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  try {
    Options o = parseOptions(argc, argv);
    if (o.help) {
      std::fputs(usageText(), stdout);
      return 0;
    }
    if (o.check)
      ttt::reference::keepFreedMemory();
    return run(o);
  } catch (const UsageError &e) {
    std::fprintf(stderr, "ttt-run: error: %s\n", e.what());
    return 2;
  } catch (const Error &e) {
    std::fprintf(stderr, "ttt-run: error: %s\n", e.what());
    return 1;
  } catch (const std::bad_alloc &) {
    std::fprintf(stderr, "ttt-run: error: out of memory\n");
    return 1;
  } catch (const std::exception &e) {
    std::fprintf(stderr, "ttt-run: error: %s\n", e.what());
    return 1;
  }
}
