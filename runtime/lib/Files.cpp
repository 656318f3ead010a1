//===- Files.cpp - reading an artifact's files ----------------------------===//

#include "Files.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ttt::rt {

bool readRegularFile(const std::string &path, std::string &text,
                     std::string &error) {
  // O_NONBLOCK: a FIFO in place of the file must not block the open; it is
  // refused below like any file that is not a regular one.
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    error = "cannot read '" + path + "': " + std::strerror(err);
    return false;
  }
  struct Closer {
    int fd;
    ~Closer() { close(fd); }
  } closer{fd};
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    error = "cannot read '" + path + "': not a regular file";
    return false;
  }
  text.assign(static_cast<size_t>(st.st_size), '\0');
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = read(fd, &text[done], text.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      error = "error while reading '" + path + "': " + std::strerror(errno);
      return false;
    }
    if (n == 0)
      break; // the file shrank while we read it
    done += static_cast<size_t>(n);
  }
  text.resize(done);
  return true;
}

} // namespace ttt::rt
