//===- ManifestFuzzer.cpp - fuzz the manifest readers ---------------------===//
//
// The input is a manifest.json. The runtime's reader (readManifest) must
// accept it or return TTT_ERROR_MANIFEST with a message; what it accepts
// must hold the invariants the rest of the runtime relies on. ttt-run's own
// reader of the "settings" and "model" (readKernelInfo) then reads every
// kernel; it may throw only ttt::run::Error (ttt-run prints it, exits 1).
//
//===----------------------------------------------------------------------===//

#include "Error.h"
#include "KernelInfo.h"
#include "Manifest.h"

#include <cstdlib>
#include <set>

using namespace ttt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  rt::Manifest manifest;
  std::string error;
  ttt_status status = rt::readManifest("manifest.json", text, manifest, error);
  if (status != TTT_OK) {
    if (status != TTT_ERROR_MANIFEST || error.empty())
      std::abort(); // a failure must be TTT_ERROR_MANIFEST with a message
    return 0;
  }
  std::set<std::string> names;
  for (const rt::KernelDesc &kernel : manifest.kernels) {
    if (!names.insert(kernel.name).second)
      std::abort(); // duplicate kernel names accepted
    for (const rt::ArgDesc &arg : kernel.args) {
      if (ttt_dtype_size(arg.dtype) == 0 ||
          (arg.role != TTT_INPUT && arg.role != TTT_OUTPUT))
        std::abort(); // an out-of-range enum escaped the reader
      for (const rt::Dim &dim : arg.shape)
        if (dim.symbol ? (dim.symbol != 'B' && dim.symbol != 'H' &&
                          dim.symbol != 'T')
                       : dim.size < 0)
          std::abort(); // an unknown symbol or a negative size accepted
      (void)rt::shapeText(arg.shape);
    }
    try {
      run::KernelInfo info = run::readKernelInfo(text, kernel.name);
      if (info.hasModel)
        run::requireModel(info, "--check");
    } catch (const run::Error &) {
    }
  }
  return 0;
}
