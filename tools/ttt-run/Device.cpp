//===- Device.cpp - device copies of the buffers of a GPU kernel ----------===//

#include "Device.h"

#include "Session.h"

#include <string>

namespace ttt::run {

DeviceMirror::DeviceMirror(ttt_artifact *artifact)
    : artifact(artifact),
      gpu(std::string(ttt_artifact_target(artifact)) != "cpu") {}

DeviceMirror::~DeviceMirror() {
  for (auto &entry : copies)
    ttt_device_free(artifact, entry.second.device);
}

void *DeviceMirror::bindable(int arg, Buffer &host, bool output) {
  if (!gpu)
    return host.data();
  // Host buffers may come and go (--chunks); a device copy is reused for a
  // buffer at the same address and size, and its contents uploaded anew.
  Copy &copy = copies[host.data()];
  if (copy.device && copy.bytes != host.bytes()) {
    checkStatus(ttt_device_free(artifact, copy.device), "device memory");
    copy = Copy();
  }
  if (!copy.device) {
    checkStatus(ttt_device_alloc(artifact, host.bytes(), &copy.device),
                "device memory");
    copy.bytes = host.bytes();
  }
  checkStatus(ttt_device_upload(artifact, copy.device, host.data(),
                                host.bytes()),
              "copying to the device");
  if (output)
    boundOutputs[arg] = &host;
  else
    boundOutputs.erase(arg);
  return copy.device;
}

void DeviceMirror::download() {
  if (!gpu)
    return;
  checkStatus(ttt_device_synchronize(artifact), "kernel run");
  for (auto &[arg, host] : boundOutputs) {
    (void)arg;
    checkStatus(ttt_device_download(artifact, host->data(),
                                    copies.at(host->data()).device,
                                    host->bytes()),
                "copying from the device");
  }
}

} // namespace ttt::run
