//===- Buffer.h - typed host buffers ----------------------------*- C++ -*-===//
//
// A dense row-major array of one element type, with element access through
// double so that inputs can be converted between .npy types, kernel types
// and the float64 reference without one code path per type pair.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUN_BUFFER_H
#define TTT_RUN_BUFFER_H

#include "ttt/runtime.h"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace ttt::run {

/// Element types ttt-run handles: the kernel dtypes plus int32 (accepted in
/// .npy files for convenience).
enum class Elem { F16, BF16, F32, F64, I32, I64 };

size_t elemSize(Elem elem);
const char *elemName(Elem elem);
bool isInteger(Elem elem);
Elem elemOf(ttt_dtype dtype);
ttt_dtype dtypeOf(Elem elem); // for the kernel types only

/// "(2, 3, 4)" as numpy prints shapes, "()" for a scalar.
std::string shapeString(const std::vector<int64_t> &shape);
/// Number of elements; throws Error (naming `what`) when it overflows.
size_t elementCount(const std::vector<int64_t> &shape, size_t elementSize,
                    const std::string &what);

class Buffer {
public:
  Buffer() = default;
  Buffer(Elem elem, std::vector<int64_t> shape, const std::string &what);

  Elem elem() const { return type; }
  const std::vector<int64_t> &shape() const { return dims; }
  size_t count() const { return numel; }
  size_t bytes() const { return numel * elemSize(type); }
  void *data() { return storage.get(); }
  const void *data() const { return storage.get(); }

  double get(size_t i) const;
  /// Rounds `value` to the element type (round-to-nearest-even for floats).
  /// Integer types take the value as is: callers check integrality first.
  void set(size_t i, double value);

  /// NaN for float types (0x7fc00000 for f32), -1 for integers: a kernel
  /// that leaves an output unwritten is caught by --check.
  void poison();
  size_t countNaN() const;

private:
  Elem type = Elem::F32;
  std::vector<int64_t> dims;
  size_t numel = 0;
  // 64-byte aligned, as a compiler-generated kernel may assume for vectors.
  std::unique_ptr<unsigned char, decltype(&std::free)> storage{nullptr,
                                                               &std::free};
};

/// Converts `in` to `elem`, element by element. Converting to an integer type
/// requires integral finite values; the Error names `what`.
Buffer convert(const Buffer &in, Elem elem, const std::string &what);

} // namespace ttt::run

#endif // TTT_RUN_BUFFER_H
