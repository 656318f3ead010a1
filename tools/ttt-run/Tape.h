//===- Tape.h - the tape of a backward_from_tape kernel ---------*- C++ -*-===//
//
// A `<layer>_backward_from_tape` kernel reads the tape that `<layer>_train`
// wrote for the same inputs (docs/ArtifactFormat.md, "Training steps"). With
// --random, or --inputs without IN/tape.npy, ttt-run writes that tape itself
// by running the train kernel on the session's inputs, so that --check and
// --bench see the gradients and the data of a real training step.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUN_TAPE_H
#define TTT_RUN_TAPE_H

#include "Session.h"

namespace ttt::run {

/// True for a kernel that reads a tape (kind "backward_from_tape").
bool readsTape(const KernelInfo &info);

/// The train kernel that writes `info`'s tape: "<layer>_train".
std::string tapeWriterName(const KernelInfo &info);

/// Runs the train kernel of `artifact` on the session's inputs and writes
/// its tape into the session's (bound) `tape` input, allocating that first
/// if no file gave it.
void writeTape(Session &s, ttt_artifact *artifact);

} // namespace ttt::run

#endif // TTT_RUN_TAPE_H
