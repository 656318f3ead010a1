//===- NpyFuzzer.cpp - fuzz ttt-run's .npy reader -------------------------===//
//
// The input is a .npy file. readNpy must either return a buffer whose size
// matches its shape or throw ttt::run::Error (ttt-run prints it and exits
// 1); any other exception, crash or sanitizer report is a bug. A buffer read
// is then converted to every element type ttt-run converts inputs to.
//
//===----------------------------------------------------------------------===//

#include "Buffer.h"
#include "Error.h"
#include "FuzzFile.h"
#include "Npy.h"

#include <cstdlib>

using namespace ttt::run;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const std::string &path = ttt::fuzz::writeScratchFile(data, size, ".npy");
  Buffer buffer;
  try {
    buffer = readNpy(path);
  } catch (const Error &) {
    return 0;
  }
  size_t count = 1;
  for (int64_t dim : buffer.shape()) {
    if (dim < 0)
      std::abort(); // a negative dimension was accepted
    count *= static_cast<size_t>(dim);
  }
  if (count != buffer.count())
    std::abort(); // the element count disagrees with the shape
  for (Elem elem : {Elem::F32, Elem::F16, Elem::BF16, Elem::F64, Elem::I64}) {
    try {
      Buffer converted = convert(buffer, elem, path);
      if (converted.count() != buffer.count())
        std::abort();
    } catch (const Error &) {
      // Non-integral values for an integer type: a clean error.
    }
  }
  return 0;
}
