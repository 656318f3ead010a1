//===- Tokens.cpp - token slices of a session's arguments -----------------===//

#include "Tokens.h"

#include "Error.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace ttt::run {

int tokenAxis(const Session &s, int i) {
  std::vector<int64_t> other(std::max(ttt_kernel_arg_rank(s.kernel, i), 0));
  checkStatus(ttt_kernel_arg_shape(s.kernel, i, s.B, s.H, s.T + 1,
                                   other.data()),
              "argument '" + s.argName(i) + "'");
  std::vector<int64_t> shape = s.argShape(i);
  for (size_t a = 0; a < shape.size(); ++a)
    if (shape[a] != other[a])
      return static_cast<int>(a);
  return -1;
}

void copyTokens(const Buffer &src, int64_t srcT0, Buffer &dst, int64_t dstT0,
                int64_t n, int axis) {
  const std::vector<int64_t> &ss = src.shape(), &ds = dst.shape();
  size_t outer = 1, row = elemSize(src.elem());
  for (int a = 0; a < axis; ++a)
    outer *= ss[a];
  for (size_t a = axis + 1; a < ss.size(); ++a)
    row *= ss[a];
  auto *from = static_cast<const unsigned char *>(src.data());
  auto *to = static_cast<unsigned char *>(dst.data());
  for (size_t o = 0; o < outer; ++o)
    std::memcpy(to + (o * ds[axis] + dstT0) * row,
                from + (o * ss[axis] + srcT0) * row, n * row);
}

Buffer sliceTokens(const Buffer &b, int64_t t0, int64_t n, int axis,
                   const std::string &what) {
  std::vector<int64_t> shape = b.shape();
  shape[axis] = n;
  Buffer out(b.elem(), shape, what);
  copyTokens(b, t0, out, 0, n, axis);
  return out;
}

} // namespace ttt::run
