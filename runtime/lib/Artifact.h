//===- Artifact.h - the objects behind the C API handles --------*- C++ -*-===//
#ifndef TTT_RUNTIME_ARTIFACT_H
#define TTT_RUNTIME_ARTIFACT_H

#include "Binding.h"
#include "Call.h"
#include "CudaLaunch.h"
#include "Loader.h"
#include "Manifest.h"
#include "Staging.h"

#include <atomic>
#include <string>
#include <vector>

struct ttt_artifact {
  // The caller's handle and every kernel created from it (Runtime.cpp's
  // releaseArtifact unloads the artifact when the last one goes).
  std::atomic<int> references{1};
  std::string dir;
  std::string manifestText;
  ttt::rt::Manifest manifest;
  // CPU: the kernel library and one entry point per manifest kernel.
  void *library = nullptr;
  std::string libraryPath;
  std::vector<void *> symbols;
  // GPU: the driver, loaded at open time so a missing GPU is reported early,
  // the device, its primary context and the module.
  ttt::rt::CudaDriver cuda;
  ttt::rt::CudaDevice device;
  std::string deviceText; // ttt_artifact_device()
};

struct ttt_kernel {
  explicit ttt_kernel(ttt_artifact *artifact, int index)
      : artifact(artifact), index(index),
        bindings(artifact->manifest.kernels[index]) {}

  const ttt::rt::KernelDesc &desc() const {
    return artifact->manifest.kernels[index];
  }

  ~ttt_kernel() {
    if (workspace.pointer)
      ttt::rt::freeCudaWorkspace(artifact->cuda, artifact->device, workspace);
    if (scratch.pointer)
      ttt::rt::freeCudaWorkspace(artifact->cuda, artifact->device, scratch);
  }

  ttt_artifact *artifact; // kept loaded by the kernel's reference
  int index;
  ttt::rt::Bindings bindings;
  ttt::rt::CudaWorkspace workspace; // GPU kernels with a workspace
  ttt::rt::CudaWorkspace scratch;   // GPU backward kernels' tapes
  ttt::rt::CpuRunner cpu;            // CPU kernels: threads, call frames
  ttt::rt::StagedRun staged;         // CPU kernels: stages around a run
};

#endif // TTT_RUNTIME_ARTIFACT_H
