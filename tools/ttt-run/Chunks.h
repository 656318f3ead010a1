//===- Chunks.h - --chunks: a prefill fed as consecutive calls --*- C++ -*-===//
#ifndef TTT_RUN_CHUNKS_H
#define TTT_RUN_CHUNKS_H

#include "Session.h"

#include <cstdint>
#include <vector>

namespace ttt::run {

/// Runs the kernel as consecutive calls of chunks[0], chunks[1], ... tokens
/// of the session's T (they must sum to T: UsageError otherwise), each call
/// taking the state outputs of the one before as its state inputs. The
/// session's output buffers (bound by bindOutputs) receive Z assembled from
/// the calls and the state after the last one, so --check and --outputs see
/// what one call of all T tokens would have returned. Leaves the kernel
/// unbound.
void runChunks(Session &s, const std::vector<int64_t> &chunks);

} // namespace ttt::run

#endif // TTT_RUN_CHUNKS_H
