//===- Tape.cpp - the tape of a backward_from_tape kernel -----------------===//

#include "Tape.h"

#include "Error.h"

namespace ttt::run {

bool readsTape(const KernelInfo &info) {
  return info.kind == "backward_from_tape";
}

std::string tapeWriterName(const KernelInfo &info) {
  const std::string suffix = "_backward_from_tape";
  std::string layer = info.name;
  if (layer.size() > suffix.size() &&
      layer.compare(layer.size() - suffix.size(), suffix.size(), suffix) == 0)
    layer.resize(layer.size() - suffix.size());
  return layer + "_train";
}

namespace {
/// A kernel handle released on every path.
struct KernelHandle {
  ttt_kernel *kernel = nullptr;
  ~KernelHandle() { ttt_kernel_destroy(kernel); }
};
} // namespace

void writeTape(Session &s, ttt_artifact *artifact) {
  std::string trainName = tapeWriterName(s.info);
  KernelHandle train;
  checkStatus(ttt_kernel_create(artifact, trainName.c_str(), &train.kernel),
              "the tape of '" + s.info.name + "' is written by '" + trainName +
                  "'");
  int tape = ttt_kernel_arg_index(s.kernel, TTT_INPUT, "tape");
  if (tape < 0)
    throw Error("kernel '" + s.info.name + "' has no input 'tape'");
  Buffer &tapeBuffer = s.buffers[tape];
  if (tapeBuffer.count() == 0 && tapeBuffer.shape().empty()) {
    tapeBuffer = Buffer(elemOf(ttt_kernel_arg_dtype(s.kernel, tape)),
                        s.argShape(tape), "tape");
    s.bind(tape, tapeBuffer, "tape");
  }

  // The train kernel's inputs are this kernel's inputs of the same names;
  // its outputs but the tape go to buffers of their own.
  std::vector<Buffer> outputs;
  int n = ttt_kernel_num_args(train.kernel);
  outputs.reserve(n);
  for (int i = 0; i < n; ++i) {
    const char *name = ttt_kernel_arg_name(train.kernel, i);
    ttt_role role = ttt_kernel_arg_role(train.kernel, i);
    Buffer *buffer = nullptr;
    if (role == TTT_INPUT) {
      int j = ttt_kernel_arg_index(s.kernel, TTT_INPUT, name);
      if (j < 0)
        throw Error("'" + trainName + "' takes an input '" + name + "' that '" +
                    s.info.name + "' does not");
      buffer = &s.buffers[j];
    } else if (std::string(name) == "tape") {
      buffer = &tapeBuffer;
    } else {
      std::vector<int64_t> shape(ttt_kernel_arg_rank(train.kernel, i));
      checkStatus(
          ttt_kernel_arg_shape(train.kernel, i, s.B, s.H, s.T, shape.data()),
          "'" + trainName + "'");
      outputs.emplace_back(elemOf(ttt_kernel_arg_dtype(train.kernel, i)), shape,
                           name);
      buffer = &outputs.back();
    }
    checkStatus(ttt_kernel_bind(train.kernel, role, name, buffer->data(),
                                dtypeOf(buffer->elem()),
                                static_cast<int>(buffer->shape().size()),
                                buffer->shape().data()),
                "'" + trainName + "'");
  }
  checkStatus(ttt_kernel_run(train.kernel, nullptr),
              "kernel '" + trainName + "' failed");
}

} // namespace ttt::run
