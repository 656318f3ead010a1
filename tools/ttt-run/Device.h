//===- Device.h - device copies of the buffers of a GPU kernel ---*- C++ -*-===//
//
// A GPU kernel takes device buffers. ttt-run keeps its host buffers (inputs,
// poisoned outputs, the reference's view) and mirrors each buffer it binds
// into device memory through the runtime's ttt_device_* helpers: uploaded
// when bound, outputs downloaded after every run. For a CPU artifact the
// mirror is inactive and the host buffers are bound as they are.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUN_DEVICE_H
#define TTT_RUN_DEVICE_H

#include "Buffer.h"

#include "ttt/runtime.h"

#include <map>
#include <vector>

namespace ttt::run {

class DeviceMirror {
public:
  explicit DeviceMirror(ttt_artifact *artifact);
  ~DeviceMirror();
  DeviceMirror(const DeviceMirror &) = delete;
  DeviceMirror &operator=(const DeviceMirror &) = delete;

  bool active() const { return gpu; }
  /// The pointer to bind for argument `arg`: `host` itself (CPU), or its
  /// device copy, uploaded now (GPU; outputs upload their poison, so that an
  /// element the kernel leaves unwritten is caught by --check).
  void *bindable(int arg, Buffer &host, bool output);
  /// GPU: waits for the device (reporting errors of the run) and copies
  /// every bound output back into its host buffer. CPU: nothing.
  void download();

private:
  ttt_artifact *artifact;
  bool gpu;
  struct Copy {
    void *device = nullptr;
    size_t bytes = 0;
  };
  std::map<const void *, Copy> copies;   // host data -> its device copy
  std::map<int, Buffer *> boundOutputs;  // argument -> host buffer
};

} // namespace ttt::run

#endif // TTT_RUN_DEVICE_H
