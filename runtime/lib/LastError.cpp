//===- LastError.cpp - the thread-local last error ------------------------===//

#include "LastError.h"

namespace ttt::rt {

namespace {
thread_local std::string lastMessage;
} // namespace

ttt_status fail(ttt_status status, const std::string &message) {
  lastMessage = message;
  return status;
}

void clearError() { lastMessage.clear(); }

const char *lastError() { return lastMessage.c_str(); }

} // namespace ttt::rt
