//===- Outputs.cpp - the kernel's outputs: poisoned buffers, .npy files ---===//

#include "Error.h"
#include "Npy.h"
#include "Session.h"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace ttt::run {

void bindOutputs(Session &s) {
  for (int i = 0; i < s.numArgs(); ++i) {
    if (s.isInput(i))
      continue;
    std::string name = s.argName(i);
    s.buffers[i] = Buffer(elemOf(ttt_kernel_arg_dtype(s.kernel, i)),
                          s.argShape(i), "output '" + name + "'");
    // An output the kernel forgets to write stays NaN (or -1) and fails
    // --check instead of passing by accident with stale zeros.
    s.buffers[i].poison();
    s.bind(i, s.buffers[i], "output '" + name + "'");
  }
}

namespace {

// mkdir -p: the parents too, an existing directory is fine.
void makeDirectories(const std::string &dir) {
  for (size_t pos = 1; pos <= dir.size(); ++pos) {
    if (pos != dir.size() && dir[pos] != '/')
      continue;
    std::string prefix = dir.substr(0, pos);
    if (mkdir(prefix.c_str(), 0777) != 0 && errno != EEXIST)
      throw Error("cannot create output directory '" + prefix +
                  "': " + std::strerror(errno));
  }
  struct stat st;
  if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    throw Error("output path '" + dir + "' is not a directory");
}

} // namespace

void writeOutputs(const Session &s, const std::string &outputsDir) {
  makeDirectories(outputsDir);
  for (int i = 0; i < s.numArgs(); ++i)
    if (!s.isInput(i))
      writeNpy(outputsDir + "/" + s.argName(i) + ".npy", s.buffers[i]);
}

} // namespace ttt::run
