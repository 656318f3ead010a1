//===- Npy.h - reading and writing .npy files -------------------*- C++ -*-===//
//
// NPY format versions 1.0 and 2.0, C order, little-endian. Element types:
//   '<f4' f32, '<f8' f64, '<f2' f16, '<i8' i64, '<i4' i32 (read only), and
//   bfloat16 as raw 16-bit patterns, read from '<V2', '|V2' or '<u2' and
//   written as '<V2'.
// numpy has no bfloat16 dtype; ml_dtypes' bfloat16 arrays save as 2-byte
// void ('V2'), and `np.asarray(x, np.uint16)` of the bit patterns saves as
// '<u2'. Both are taken as bfloat16 bits, never as integers: a uint16 array
// that holds integers is not meaningful as a kernel input anyway.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUN_NPY_H
#define TTT_RUN_NPY_H

#include "Buffer.h"

#include <string>

namespace ttt::run {

/// Reads `path`; every problem (missing or non-regular file, bad magic,
/// truncated header or data, unknown dtype, Fortran order, bad shape) throws
/// Error naming it. The announced size is checked against the file's before
/// anything is allocated.
Buffer readNpy(const std::string &path);

/// readNpy of a file's contents held in memory (for fuzzing); `name` stands
/// for the path in messages.
Buffer parseNpy(const std::string &bytes, const std::string &name);

/// Writes `buffer` to `path` through a temporary file in the same directory
/// renamed into place, so `path` is never left half-written.
void writeNpy(const std::string &path, const Buffer &buffer);

/// The first half of writeNpy: writes `buffer` to a new temporary file next
/// to `path` and returns its name (on failure removes it and throws).
std::string writeNpyTemporary(const std::string &path, const Buffer &buffer);

/// The '<f4'-style descr written for `elem`.
const char *npyDescr(Elem elem);

} // namespace ttt::run

#endif // TTT_RUN_NPY_H
