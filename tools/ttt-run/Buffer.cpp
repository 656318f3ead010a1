//===- Buffer.cpp - typed host buffers ------------------------------------===//

#include "Buffer.h"

#include "Error.h"
#include "Float16.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

namespace ttt::run {

size_t elemSize(Elem elem) {
  switch (elem) {
  case Elem::F16:
  case Elem::BF16:
    return 2;
  case Elem::F32:
  case Elem::I32:
    return 4;
  case Elem::F64:
  case Elem::I64:
    return 8;
  }
  return 0;
}

const char *elemName(Elem elem) {
  switch (elem) {
  case Elem::F16:
    return "f16";
  case Elem::BF16:
    return "bf16";
  case Elem::F32:
    return "f32";
  case Elem::F64:
    return "f64";
  case Elem::I32:
    return "i32";
  case Elem::I64:
    return "i64";
  }
  return "?";
}

bool isInteger(Elem elem) { return elem == Elem::I32 || elem == Elem::I64; }

Elem elemOf(ttt_dtype dtype) {
  switch (dtype) {
  case TTT_F32:
    return Elem::F32;
  case TTT_F16:
    return Elem::F16;
  case TTT_BF16:
    return Elem::BF16;
  case TTT_I64:
    return Elem::I64;
  case TTT_F64:
    return Elem::F64;
  }
  return Elem::F32;
}

ttt_dtype dtypeOf(Elem elem) {
  switch (elem) {
  case Elem::F16:
    return TTT_F16;
  case Elem::BF16:
    return TTT_BF16;
  case Elem::F64:
    return TTT_F64;
  case Elem::I64:
    return TTT_I64;
  default:
    return TTT_F32;
  }
}

std::string shapeString(const std::vector<int64_t> &shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + (shape.size() == 1 ? ",)" : ")");
}

size_t elementCount(const std::vector<int64_t> &shape, size_t elementSize,
                    const std::string &what) {
  // Cap at 2^62 bytes so that every later size computation fits.
  const unsigned __int128 limit = static_cast<unsigned __int128>(1) << 62;
  unsigned __int128 n = 1;
  for (int64_t d : shape) {
    if (d < 0)
      throw Error(what + ": negative dimension in shape " + shapeString(shape));
    n *= static_cast<uint64_t>(d);
    if (n * elementSize > limit)
      throw Error(what + ": shape " + shapeString(shape) + " is too large");
  }
  return static_cast<size_t>(n);
}

Buffer::Buffer(Elem elem, std::vector<int64_t> shape, const std::string &what)
    : type(elem), dims(std::move(shape)) {
  numel = elementCount(dims, elemSize(type), what);
  size_t size = (bytes() + 63) / 64 * 64;
  storage.reset(
      static_cast<unsigned char *>(std::aligned_alloc(64, size ? size : 64)));
  if (!storage)
    throw Error(what + ": out of memory allocating " + std::to_string(bytes()) +
                " bytes for shape " + shapeString(dims));
  std::memset(storage.get(), 0, size ? size : 64);
}

double Buffer::get(size_t i) const {
  const unsigned char *p = storage.get() + i * elemSize(type);
  switch (type) {
  case Elem::F16: {
    uint16_t v;
    std::memcpy(&v, p, 2);
    return halfToFloat(v);
  }
  case Elem::BF16: {
    uint16_t v;
    std::memcpy(&v, p, 2);
    return bfloat16ToFloat(v);
  }
  case Elem::F32: {
    float v;
    std::memcpy(&v, p, 4);
    return v;
  }
  case Elem::F64: {
    double v;
    std::memcpy(&v, p, 8);
    return v;
  }
  case Elem::I32: {
    int32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  case Elem::I64: {
    int64_t v;
    std::memcpy(&v, p, 8);
    return static_cast<double>(v);
  }
  }
  return 0.0;
}

void Buffer::set(size_t i, double value) {
  unsigned char *p = storage.get() + i * elemSize(type);
  // Narrowing to f16/bf16 goes through float; rounding twice differs from a
  // direct rounding only at exact ties of the first step (not a concern for
  // test data).
  switch (type) {
  case Elem::F16: {
    uint16_t v = floatToHalf(static_cast<float>(value));
    std::memcpy(p, &v, 2);
    return;
  }
  case Elem::BF16: {
    uint16_t v = floatToBfloat16(static_cast<float>(value));
    std::memcpy(p, &v, 2);
    return;
  }
  case Elem::F32: {
    float v = static_cast<float>(value);
    std::memcpy(p, &v, 4);
    return;
  }
  case Elem::F64:
    std::memcpy(p, &value, 8);
    return;
  case Elem::I32: {
    int32_t v = static_cast<int32_t>(value);
    std::memcpy(p, &v, 4);
    return;
  }
  case Elem::I64: {
    int64_t v = static_cast<int64_t>(value);
    std::memcpy(p, &v, 8);
    return;
  }
  }
}

void Buffer::poison() {
  if (isInteger(type)) {
    for (size_t i = 0; i < numel; ++i)
      set(i, -1.0);
    return;
  }
  if (type == Elem::F32) {
    const uint32_t nan = 0x7fc00000u;
    for (size_t i = 0; i < numel; ++i)
      std::memcpy(storage.get() + 4 * i, &nan, 4);
    return;
  }
  for (size_t i = 0; i < numel; ++i)
    set(i, std::numeric_limits<double>::quiet_NaN());
}

size_t Buffer::countNaN() const {
  if (isInteger(type))
    return 0;
  size_t n = 0;
  for (size_t i = 0; i < numel; ++i)
    n += std::isnan(get(i)) ? 1 : 0;
  return n;
}

Buffer convert(const Buffer &in, Elem elem, const std::string &what) {
  Buffer out(elem, in.shape(), what);
  if (in.elem() == elem) {
    std::memcpy(out.data(), in.data(), in.bytes());
    return out;
  }
  // i64 values beyond 2^53 cannot pass through double exactly; only
  // i32 -> i64 meets integer-to-integer here, which is exact.
  for (size_t i = 0; i < in.count(); ++i) {
    double v = in.get(i);
    if (isInteger(elem)) {
      double limit = elem == Elem::I32 ? 2147483648.0 : 9223372036854775808.0;
      if (!std::isfinite(v) || v != std::trunc(v) || v < -limit || v >= limit) {
        char text[32];
        std::snprintf(text, sizeof text, "%.17g", v);
        throw Error(what + ": element " + std::to_string(i) + " (" + text +
                    ") is not an integer in range, cannot convert " +
                    elemName(in.elem()) + " to " + elemName(elem));
      }
    }
    out.set(i, v);
  }
  return out;
}

} // namespace ttt::run
