//===- Chunks.cpp - --chunks: a prefill fed as consecutive calls ----------===//
//
// Semantics section 5: a prefill split into chunks equals one prefill of all
// the tokens. Every call gets the token slices [t0, t0 + n) of the inputs
// that have a T axis (XQ, XK, XV, lr), the other inputs as they are
// (token_scale, LayerNorm parameters) and, from the second call on, the
// state outputs of the call before (parameters, grad sums, position).
//
//===----------------------------------------------------------------------===//

#include "Chunks.h"

#include "Error.h"
#include "Tokens.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace ttt::run {

namespace {

void bind(Session &s, int i, Buffer &b, const std::string &context) {
  s.bind(i, b, context);
}

} // namespace

void runChunks(Session &s, const std::vector<int64_t> &chunks) {
  // A tape holds one call's segments ([B, H, T/b+2+F, W]): no token slice of
  // it is another call's tape.
  if (s.info.kind == "train" || s.info.kind == "backward_from_tape")
    throw UsageError("--chunks feeds a prefill's tokens as consecutive "
                     "calls; kernel '" +
                     s.info.name + "' is a '" + s.info.kind +
                     "' kernel, whose tape covers one call");
  // A backward's calls would take their cotangents from the call after
  // them, in reverse order; feeding state forward gave wrong gradients.
  if (s.info.kind != "prefill")
    throw UsageError("--chunks feeds a prefill's tokens as consecutive "
                     "calls; kernel '" +
                     s.info.name + "' is a '" + s.info.kind +
                     "' kernel, whose chained calls would run in reverse");
  int64_t total = 0; // saturates above T: no overflow
  for (int64_t n : chunks)
    total = n > s.T - total ? s.T + 1 : total + n;
  if (total != s.T)
    throw UsageError("--chunks must add up to T = " + std::to_string(s.T) +
                     " tokens");

  int numArgs = s.numArgs();
  std::vector<int> axis(numArgs), stateOut(numArgs, -1);
  for (int i = 0; i < numArgs; ++i) {
    axis[i] = tokenAxis(s, i);
    if (s.isInput(i))
      stateOut[i] = ttt_kernel_arg_index(s.kernel, TTT_OUTPUT,
                                         s.argName(i).c_str());
  }

  // state[i]: the state input i of the next call (the session's own input
  // for the first call, the previous call's output after that).
  std::vector<Buffer> state(numArgs), call(numArgs);
  int64_t t0 = 0;
  for (size_t c = 0; c < chunks.size(); ++c) {
    int64_t n = chunks[c];
    std::string context = "chunk " + std::to_string(c) + " (tokens " +
                          std::to_string(t0) + ".." +
                          std::to_string(t0 + n - 1) + ")";
    ttt_kernel_reset(s.kernel);
    for (int i = 0; i < numArgs; ++i) {
      std::string what = context + ": argument '" + s.argName(i) + "'";
      std::vector<int64_t> shape = s.buffers[i].shape();
      if (axis[i] >= 0)
        shape[axis[i]] = n;
      if (!s.isInput(i)) {
        call[i] = Buffer(s.buffers[i].elem(), shape, what);
        call[i].poison();
        bind(s, i, call[i], what);
      } else if (axis[i] >= 0) {
        call[i] = Buffer(s.buffers[i].elem(), shape, what);
        copyTokens(s.buffers[i], t0, call[i], 0, n, axis[i]);
        bind(s, i, call[i], what);
      } else {
        bind(s, i, c > 0 && stateOut[i] >= 0 ? state[i] : s.buffers[i], what);
      }
    }
    checkStatus(ttt_kernel_run(s.kernel, nullptr),
                context + ": kernel '" + s.info.name + "' failed");
    s.fetchOutputs();

    for (int i = 0; i < numArgs; ++i) {
      if (!s.isInput(i) && axis[i] >= 0)
        copyTokens(call[i], 0, s.buffers[i], t0, n, axis[i]);
      if (stateOut[i] >= 0)
        state[i] = std::move(call[stateOut[i]]);
    }
    // The next call indexes its mini-batch by this position: refuse one the
    // kernel could not take rather than run it out of bounds.
    int p = ttt_kernel_arg_index(s.kernel, TTT_INPUT, "position");
    if (p >= 0 && c + 1 < chunks.size() && state[p].count() == 1) {
      auto pos = static_cast<long long>(state[p].get(0));
      if (pos < 0 || (s.info.miniBatch > 0 && pos >= s.info.miniBatch))
        throw Error(context + ": the kernel returned position " +
                    std::to_string(pos) + ", outside the mini-batch");
    }
    t0 += n;
  }
  ttt_kernel_reset(s.kernel);

  // The final state, under the session's outputs.
  for (int i = 0; i < numArgs; ++i)
    if (stateOut[i] >= 0)
      std::memcpy(s.buffers[stateOut[i]].data(), state[i].data(),
                  state[i].bytes());
}

} // namespace ttt::run
