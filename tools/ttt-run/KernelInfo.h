//===- KernelInfo.h - settings and model from the manifest ------*- C++ -*-===//
//
// The runtime's C API covers arguments; the layer's settings and its inner
// model are read here from the manifest text (ttt_artifact_manifest), for
// --random (which inputs are weights, biases, LayerNorm parameters), --check
// (the reference Model) and --bench (the FLOP count).
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUN_KERNELINFO_H
#define TTT_RUN_KERNELINFO_H

#include "reference/Reference.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace ttt::run {

/// A linear layer of the inner model: x W + c with W [in, out] (x W when
/// `bias` is empty).
struct LinearLayer {
  std::string weight, bias;
  int64_t in = 0, out = 0;
};

struct KernelInfo {
  std::string name, kind;
  int64_t dim = -1;       // settings.dim, -1 when absent
  int64_t miniBatch = -1; // settings.mini_batch, -1 when absent

  // The inner model; `modelError` says why it is unusable, if it is.
  bool hasModel = false;
  std::string modelError;
  reference::Model model;
  std::vector<LinearLayer> linears;       // in model order
  std::set<std::string> layerNormWeights; // LayerNorm parameter inputs
  std::set<std::string> layerNormBiases;
};

/// Reads kernel `name` of the manifest text. Only a manifest that is not
/// JSON at all throws; problems with "settings" or "model" are recorded
/// (`modelError`, -1 fields) and reported by the option that needs them.
KernelInfo readKernelInfo(const std::string &manifestText,
                          const std::string &name);

/// Throws Error naming `option` when the kernel has no usable model.
void requireModel(const KernelInfo &info, const char *option);

/// Whether input `name` is a learning rate: `lr`, or `lr.<weight>` of a
/// layer with `lr_per_weight`.
bool isLearningRate(const std::string &name);

} // namespace ttt::run

#endif // TTT_RUN_KERNELINFO_H
