//===- Staging.cpp - strided views and in-place state around a CPU run ----===//

#include "Staging.h"

#include "Call.h"

#include <cstring>

namespace ttt::rt {

namespace {

/// The output `o` and the input `i` are one state argument bound in place:
/// the same name, the same address and the same layout.
bool inPlacePair(const KernelDesc &desc, const std::vector<BoundArg> &bound,
                 size_t o, size_t i) {
  return desc.args[o].sameNamedInput == static_cast<int>(i) &&
         bound[i].userData() == bound[o].userData() &&
         bound[i].shape == bound[o].shape &&
         bound[i].strides == bound[o].strides;
}

int inPlaceInput(const KernelDesc &desc, const std::vector<BoundArg> &bound,
                 size_t o) {
  int i = desc.args[o].sameNamedInput;
  return i >= 0 && bound[i].sequence && inPlacePair(desc, bound, o, i) ? i
                                                                       : -1;
}

/// Copies between the strided view `strided` and the dense buffer `dense`
/// (shape `shape`, element size `elem`), one innermost row at a time.
void copyStrided(char *strided, const std::vector<int64_t> &strides,
                 char *dense, const std::vector<int64_t> &shape, size_t elem,
                 bool gather) {
  size_t rank = shape.size();
  for (int64_t d : shape)
    if (d == 0)
      return;
  if (rank == 0) {
    gather ? std::memcpy(dense, strided, elem)
           : std::memcpy(strided, dense, elem);
    return;
  }
  int64_t inner = shape[rank - 1], innerStride = strides[rank - 1];
  std::vector<int64_t> index(rank - 1, 0);
  for (;;) {
    char *row = strided;
    for (size_t d = 0; d + 1 < rank; ++d)
      row += index[d] * strides[d] * static_cast<int64_t>(elem);
    if (innerStride == 1) {
      gather ? std::memcpy(dense, row, inner * elem)
             : std::memcpy(row, dense, inner * elem);
    } else {
      for (int64_t k = 0; k < inner; ++k) {
        char *e = row + k * innerStride * static_cast<int64_t>(elem);
        gather ? std::memcpy(dense + k * elem, e, elem)
               : std::memcpy(e, dense + k * elem, elem);
      }
    }
    dense += inner * elem;
    size_t d = rank - 1;
    while (d > 0 && ++index[d - 1] == shape[d - 1])
      index[--d] = 0;
    if (d == 0)
      return;
  }
}

} // namespace

bool sharesBufferInKernel(const KernelDesc &desc,
                          const std::vector<BoundArg> &bound, size_t o,
                          size_t i) {
  return desc.args[o].role == TTT_OUTPUT && desc.args[o].inPlace &&
         !bound[o].strided() && inPlacePair(desc, bound, o, i);
}

bool needsStaging(const KernelDesc &desc, const Bindings &bindings) {
  const std::vector<BoundArg> &bound = bindings.bound();
  for (size_t i = 0; i < bound.size(); ++i)
    if (bound[i].strided() ||
        (desc.args[i].role == TTT_OUTPUT && bound[i].sequence &&
         inPlaceInput(desc, bound, i) >= 0))
      return true;
  return false;
}

StagedRun::Span StagedRun::userSpan(const BoundArg &arg, size_t elem) {
  if (arg.bytes == 0)
    return {};
  auto lo = reinterpret_cast<uintptr_t>(arg.userData());
  if (!arg.strided())
    return {lo, lo + arg.bytes};
  uintptr_t last = 0;
  for (size_t d = 0; d < arg.shape.size(); ++d)
    last += static_cast<uintptr_t>(arg.shape[d] - 1) * arg.strides[d];
  return {lo, lo + (last + 1) * elem};
}

ttt_status StagedRun::begin(const KernelDesc &d, Bindings &b,
                            std::string &error) {
  desc = &d;
  bindings = &b;
  redirected.clear();
  std::vector<BoundArg> &bound = b.bound();
  for (const BoundArg &arg : bound)
    if (arg.sequence == 0) // report what is unbound
      return checkReadyToRun(d, b, error);
  // A derived size ("T/16+2") bound before T was not checked then.
  if (ttt_status s = b.checkDerivedSizes(error))
    return s;

  // An output overlapping an input (or another output) would let the kernel
  // read its own partial results; its own state input in place is the one
  // overlap the stages make safe.
  spans.resize(bound.size());
  for (size_t i = 0; i < bound.size(); ++i)
    spans[i] = userSpan(bound[i], ttt_dtype_size(d.args[i].dtype));
  for (size_t o = 0; o < bound.size(); ++o) {
    if (d.args[o].role != TTT_OUTPUT)
      continue;
    const Span &out = spans[o];
    for (size_t i = 0; i < bound.size(); ++i) {
      if (i == o || inPlacePair(d, bound, o, i))
        continue;
      const Span &in = spans[i];
      if (out.lo < in.hi && in.lo < out.hi) {
        error = "output '" + d.args[o].name + "' overlaps " +
                (d.args[i].role == TTT_INPUT ? "input '" : "output '") +
                d.args[i].name + "'";
        return TTT_ERROR_INVALID;
      }
    }
  }

  for (size_t i = 0; i < bound.size(); ++i) {
    BoundArg &arg = bound[i];
    if (d.args[i].role == TTT_INPUT && arg.strided())
      copyStrided(static_cast<char *>(arg.user), arg.strides, arg.stage.data(),
                  arg.shape, ttt_dtype_size(d.args[i].dtype), /*gather=*/true);
    if (d.args[i].role != TTT_OUTPUT || arg.strided())
      continue;
    int input = inPlaceInput(d, bound, i);
    if (input >= 0 && !sharesBufferInKernel(d, bound, i, input)) {
      arg.stage.resize(arg.bytes);
      redirected.push_back({i, arg.data});
      arg.data = arg.stage.data();
    }
  }
  return TTT_OK;
}

void StagedRun::finish() {
  std::vector<BoundArg> &bound = bindings->bound();
  for (size_t i = 0; i < bound.size(); ++i) {
    BoundArg &arg = bound[i];
    if (desc->args[i].role == TTT_OUTPUT && arg.strided())
      copyStrided(static_cast<char *>(arg.user), arg.strides, arg.stage.data(),
                  arg.shape, ttt_dtype_size(desc->args[i].dtype),
                  /*gather=*/false);
  }
  for (auto [i, user] : redirected)
    std::memcpy(user, bound[i].stage.data(), bound[i].bytes);
  abandon();
}

void StagedRun::abandon() {
  if (!bindings)
    return;
  std::vector<BoundArg> &bound = bindings->bound();
  for (auto [i, user] : redirected)
    bound[i].data = user;
  redirected.clear();
}

} // namespace ttt::rt
