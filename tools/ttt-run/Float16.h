//===- Float16.h - fp16 and bf16 bit patterns <-> float ---------*- C++ -*-===//
//
// Conversions with round-to-nearest-even, NaN kept NaN, overflow to infinity,
// so the values ttt-run passes to a kernel are exactly what a framework's
// .to(torch.float16/bfloat16) would give for the same float.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUN_FLOAT16_H
#define TTT_RUN_FLOAT16_H

#include <cstdint>

namespace ttt::run {

float halfToFloat(uint16_t bits);
uint16_t floatToHalf(float value);
float bfloat16ToFloat(uint16_t bits);
uint16_t floatToBfloat16(float value);

} // namespace ttt::run

#endif // TTT_RUN_FLOAT16_H
