//===- CpuLoader.cpp - dlopen of a CPU artifact's kernel library ----------===//

#include "Loader.h"

#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace ttt::rt {

namespace {

struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0)
      close(fd);
  }
};

bool readAt(int fd, void *buffer, size_t size, uint64_t offset) {
  auto *p = static_cast<char *>(buffer);
  while (size) {
    ssize_t n = pread(fd, p, size, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    p += n;
    size -= static_cast<size_t>(n);
    offset += static_cast<uint64_t>(n);
  }
  return true;
}

/// Whether [offset, offset + count * size) lies within a file of `fileSize`
/// bytes, without overflow.
bool fits(uint64_t offset, uint64_t count, uint64_t size, uint64_t fileSize) {
  if (offset > fileSize)
    return false;
  return count == 0 || size <= (fileSize - offset) / count;
}

} // namespace

// The dynamic loader maps an ELF file's segments as its headers say and
// touches them: a truncated library (segments beyond the end of the file)
// crashes the process with SIGBUS inside dlopen. So the headers are checked
// against the file first; anything that is not a 64-bit ELF file is left to
// dlopen, which reports it.
ttt_status checkElfFile(const std::string &path, std::string &error) {
  auto failWith = [&](const std::string &what) {
    error = "cannot load kernel library: " + path + ": " + what;
    return TTT_ERROR_LOAD;
  };
  // O_NONBLOCK: a FIFO must not block the open (it is refused below).
  Fd file{open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0)
    return TTT_OK; // dlopen says why ("cannot open shared object file")
  struct stat st;
  if (fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode))
    return failWith("not a regular file");
  uint64_t size = static_cast<uint64_t>(st.st_size);
  Elf64_Ehdr header;
  if (size < sizeof header || !readAt(file.fd, &header, sizeof header, 0) ||
      std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0 ||
      header.e_ident[EI_CLASS] != ELFCLASS64)
    return TTT_OK; // dlopen's "invalid ELF header", "file too short", ...
  std::string truncated = "truncated or damaged ELF file (" +
                          std::to_string(size) + " bytes): ";
  if (header.e_phentsize != sizeof(Elf64_Phdr) ||
      !fits(header.e_phoff, header.e_phnum, sizeof(Elf64_Phdr), size))
    return failWith(truncated + "its program headers lie outside it");
  if (header.e_shnum &&
      (header.e_shentsize != sizeof(Elf64_Shdr) ||
       !fits(header.e_shoff, header.e_shnum, sizeof(Elf64_Shdr), size)))
    return failWith(truncated + "its section headers lie outside it");
  std::vector<Elf64_Phdr> segments(header.e_phnum);
  if (!segments.empty() &&
      !readAt(file.fd, segments.data(), segments.size() * sizeof(Elf64_Phdr),
              header.e_phoff))
    return failWith(truncated + "cannot read its program headers");
  for (size_t i = 0; i < segments.size(); ++i)
    if (segments[i].p_type != PT_NULL &&
        !fits(segments[i].p_offset, 1, segments[i].p_filesz, size))
      return failWith(truncated + "segment " + std::to_string(i) +
                      " ends at byte " +
                      std::to_string(segments[i].p_offset +
                                     segments[i].p_filesz));
  return TTT_OK;
}

static std::string dlerrorText() {
  const char *e = dlerror();
  return e ? e : "unknown dynamic loader error";
}

ttt_status openLibrary(const std::string &path, void *&handle,
                       std::string &error) {
  if (ttt_status s = checkElfFile(path, error))
    return s;
  dlerror(); // clear any stale message
  // RTLD_LOCAL: two artifacts may export the same kernel symbol names; each
  // is looked up in its own library with dlsym, never through the global
  // namespace. RTLD_NOW: an unresolved symbol fails here, not mid-run.
  handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    error = "cannot load kernel library: " + dlerrorText();
    return TTT_ERROR_LOAD;
  }
  return TTT_OK;
}

ttt_status findSymbol(void *handle, const std::string &symbol,
                      const std::string &libraryPath, void *&address,
                      std::string &error) {
  dlerror();
  address = dlsym(handle, symbol.c_str());
  if (!address) {
    error = "symbol '" + symbol + "' not found in '" + libraryPath +
            "': " + dlerrorText();
    return TTT_ERROR_LOAD;
  }
  return TTT_OK;
}

void closeLibrary(void *handle) {
  if (handle)
    dlclose(handle);
}

} // namespace ttt::rt
