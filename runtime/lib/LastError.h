//===- LastError.h - the thread-local last error ----------------*- C++ -*-===//
//
// Every C API call reports its failure through a status and a message kept per
// thread, so two threads running different kernels never see each other's
// errors.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_LASTERROR_H
#define TTT_RUNTIME_LASTERROR_H

#include "ttt/runtime.h"

#include <string>

namespace ttt::rt {

/// Sets the last error of this thread and returns `status`, so failures read
/// `return fail(TTT_ERROR_SHAPE, "...")`.
ttt_status fail(ttt_status status, const std::string &message);

/// Clears the last error (at the start of every API call).
void clearError();

/// The last error of this thread ("" when the last call succeeded).
const char *lastError();

} // namespace ttt::rt

#endif // TTT_RUNTIME_LASTERROR_H
