//===- Tokens.h - token slices of a session's arguments ---------*- C++ -*-===//
//
// A prefill fed as several calls (ttt-run --chunks, ttt-bench --decode) cuts
// the arguments that have a T axis into token ranges and stitches the
// outputs back. The T axis is found through the API, not assumed.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUN_TOKENS_H
#define TTT_RUN_TOKENS_H

#include "Session.h"

#include <cstdint>
#include <string>

namespace ttt::run {

/// The axis of argument `i` whose size is T, or -1 when its shape has no T:
/// the one dimension that changes with T.
int tokenAxis(const Session &s, int i);

/// Copies tokens [srcT0, srcT0 + n) of `src` to [dstT0, dstT0 + n) of `dst`
/// along `axis`; the two differ in that axis only.
void copyTokens(const Buffer &src, int64_t srcT0, Buffer &dst, int64_t dstT0,
                int64_t n, int axis);

/// `b` with tokens [t0, t0 + n) of its `axis` only (`what` names it in
/// errors).
Buffer sliceTokens(const Buffer &b, int64_t t0, int64_t n, int axis,
                   const std::string &what);

} // namespace ttt::run

#endif // TTT_RUN_TOKENS_H
