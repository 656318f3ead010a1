//===- Outputs.cpp - the kernel's outputs: poisoned buffers, .npy files ---===//

#include "Error.h"
#include "Npy.h"
#include "Session.h"

#include <cerrno>
#include <cstdio>
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
  std::vector<int> outputs;
  for (int i = 0; i < s.numArgs(); ++i)
    if (!s.isInput(i))
      outputs.push_back(i);
  auto pathOf = [&](int i) {
    return outputsDir + "/" + s.argName(i) + ".npy";
  };
  // All or nothing: every destination must be replaceable, every output is
  // written to a temporary file, and only then are they renamed into place,
  // so a failure leaves the old files, never a mix of old and new.
  for (int i : outputs) {
    struct stat st;
    std::string path = pathOf(i);
    if (lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
      throw Error("cannot write output '" + path +
                  "': it exists and is not a regular file; no output written");
  }
  std::vector<std::string> temporaries;
  try {
    for (int i : outputs)
      temporaries.push_back(writeNpyTemporary(pathOf(i), s.buffers[i]));
  } catch (const Error &e) {
    for (const std::string &tmp : temporaries)
      std::remove(tmp.c_str());
    throw Error(std::string(e.what()) + "; no output written");
  }
  for (size_t k = 0; k < outputs.size(); ++k) {
    std::string path = pathOf(outputs[k]);
    if (std::rename(temporaries[k].c_str(), path.c_str()) != 0) {
      int err = errno;
      for (size_t j = k; j < outputs.size(); ++j)
        std::remove(temporaries[j].c_str());
      throw Error("cannot rename '" + temporaries[k] + "' to '" + path +
                  "': " + std::strerror(err) + "; " + std::to_string(k) +
                  " of " + std::to_string(outputs.size()) +
                  " outputs were replaced");
    }
  }
}

} // namespace ttt::run
