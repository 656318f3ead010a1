//===- Float16.cpp - fp16 and bf16 bit patterns <-> float -----------------===//

#include "Float16.h"

#include <cmath>
#include <cstring>

namespace ttt::run {

static uint32_t floatBits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof u);
  return u;
}

static float bitsFloat(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

float halfToFloat(uint16_t bits) {
  float sign = (bits & 0x8000) ? -1.0f : 1.0f;
  int exponent = (bits >> 10) & 0x1f;
  int mantissa = bits & 0x3ff;
  if (exponent == 0) // zero or subnormal: mantissa * 2^-24
    return sign * std::ldexp(static_cast<float>(mantissa), -24);
  if (exponent == 31)
    return mantissa ? bitsFloat(0x7fc00000u | ((bits & 0x8000u) << 16))
                    : sign * INFINITY;
  return sign * std::ldexp(static_cast<float>(1024 + mantissa), exponent - 25);
}

uint16_t floatToHalf(float value) {
  uint32_t x = floatBits(value);
  uint16_t sign = static_cast<uint16_t>((x >> 16) & 0x8000);
  uint32_t ax = x & 0x7fffffffu;
  if (ax >= 0x7f800000u) // inf or NaN
    return sign | (ax > 0x7f800000u ? 0x7e00 : 0x7c00);
  if (ax >= 0x477ff000u) // >= 65520 rounds to infinity
    return sign | 0x7c00;
  if (ax < 0x38800000u) { // below 2^-14: a half subnormal (or zero)
    // Exact scaling by 2^24, then round-to-nearest-even to an integer; 1024
    // is the smallest normal, whose encoding is indeed 0x400.
    float scaled = bitsFloat(ax) * 16777216.0f;
    return sign | static_cast<uint16_t>(std::nearbyint(scaled));
  }
  uint32_t exponent = (ax >> 23) - 127 + 15;
  uint32_t mantissa = ax & 0x7fffffu;
  uint32_t h = (exponent << 10) | (mantissa >> 13);
  uint32_t rest = mantissa & 0x1fffu;
  if (rest > 0x1000u || (rest == 0x1000u && (h & 1u)))
    ++h; // a carry into the exponent is the right result
  return sign | static_cast<uint16_t>(h);
}

float bfloat16ToFloat(uint16_t bits) {
  return bitsFloat(static_cast<uint32_t>(bits) << 16);
}

uint16_t floatToBfloat16(float value) {
  uint32_t x = floatBits(value);
  if ((x & 0x7fffffffu) > 0x7f800000u) // NaN: keep it a quiet NaN
    return static_cast<uint16_t>((x >> 16) | 0x0040u);
  x += 0x7fffu + ((x >> 16) & 1u); // round to nearest even
  return static_cast<uint16_t>(x >> 16);
}

} // namespace ttt::run
