//===- Session.h - one kernel, its buffers and its sizes --------*- C++ -*-===//
#ifndef TTT_RUN_SESSION_H
#define TTT_RUN_SESSION_H

#include "Buffer.h"
#include "Device.h"
#include "KernelInfo.h"
#include "Options.h"

#include "ttt/runtime.h"

#include <string>
#include <vector>

namespace ttt::run {

/// An artifact and one kernel of it, released in reverse order on every path
/// out of the scope that owns them (errors are exceptions).
struct Handles {
  ttt_artifact *artifact = nullptr;
  ttt_kernel *kernel = nullptr;
  Handles() = default;
  Handles(const Handles &) = delete;
  Handles &operator=(const Handles &) = delete;
  ~Handles() {
    ttt_kernel_destroy(kernel);
    ttt_artifact_close(artifact);
  }
};

/// Throws Error("<context>: <ttt_last_error()>") unless `status` is TTT_OK.
void checkStatus(ttt_status status, const std::string &context);

struct Session {
  ttt_kernel *kernel = nullptr;
  KernelInfo info;
  std::vector<Buffer> buffers; // one per argument, in call order
  int64_t B = 0, H = 0, T = 0;
  /// Device copies for a GPU artifact (null: host buffers are bound).
  DeviceMirror *device = nullptr;

  int numArgs() const { return ttt_kernel_num_args(kernel); }
  std::string argName(int i) const { return ttt_kernel_arg_name(kernel, i); }
  bool isInput(int i) const {
    return ttt_kernel_arg_role(kernel, i) == TTT_INPUT;
  }
  /// Whether argument `i` is a train kernel's tape: its layout is the
  /// kernel's own (no reference has it), and it has room for the most
  /// segments a call of T tokens can have, so rows past the call's own
  /// segments stay unwritten.
  bool isTrainTape(int i) const {
    return info.kind == "train" && !isInput(i) && argName(i) == "tape";
  }
  /// The manifest shape of argument `i` at this session's B, H, T.
  std::vector<int64_t> argShape(int i) const;
  /// Binds `b` as argument `i` (through its device copy for a GPU kernel).
  void bind(int i, Buffer &b, const std::string &context);
  /// After ttt_kernel_run: the outputs back in the host buffers (GPU).
  void fetchOutputs() {
    if (device)
      device->download();
  }
};

/// Reads IN/<name>.npy for every input, converts and binds it, then sets
/// B, H, T from the bindings.
void loadInputs(Session &s, const std::string &inputsDir);

/// Generates the --random inputs (see Options.cpp's help) and binds them.
void randomInputs(Session &s, const Options &o);

/// Allocates every output at B, H, T, poisons it and binds it.
void bindOutputs(Session &s);

/// Writes every output to OUT/<name>.npy (OUT created if needed).
void writeOutputs(const Session &s, const std::string &outputsDir);

} // namespace ttt::run

#endif // TTT_RUN_SESSION_H
