//===- ArtifactDirectory.cpp - all-or-nothing artifact writes -------------===//
//
// `ttt-compile -o DIR` must never lose a user's files:
//  - DIR is replaced only if it is absent, an empty directory or an artifact
//    this tool wrote (manifest.json plus exactly the files its "files" list
//    names); "", "." and ".." are refused outright.
//  - The new artifact is written into DIR.tmp-XXXXXX beside DIR (same file
//    system), flushed to disk, then swapped in with one rename, so that at any
//    instant DIR holds either the old artifact or the new one, whole.
//  - On failure, SIGINT, SIGTERM or SIGHUP the temporary directory is
//    removed; a leftover that cannot be removed is named in the error.
//
//===----------------------------------------------------------------------===//

#include "ttt/Target/Artifact.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace mlir;
using namespace mlir::ttt;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

// Test aids: deterministic stand-ins for a kill at a given instant and for a
// file system without RENAME_EXCHANGE.
static llvm::cl::opt<std::string> testSignalAt(
    "ttt-artifact-test-sigterm-at", llvm::cl::Hidden,
    llvm::cl::desc("Test aid: raise SIGTERM at this step of the artifact "
                   "write (written, moved-aside, swapped)"));
static llvm::cl::opt<bool> testNoExchange(
    "ttt-artifact-test-no-exchange", llvm::cl::Hidden,
    llvm::cl::desc("Test aid: replace an existing artifact without "
                   "renameat2(RENAME_EXCHANGE)"));

static void testSignal(StringRef step) {
  if (testSignalAt == step)
    ::raise(SIGTERM);
}

//===----------------------------------------------------------------------===//
// What may be replaced
//===----------------------------------------------------------------------===//

/// The files an artifact directory holds besides manifest.json, as its
/// manifest lists them, or failure if `manifest` is not a ttt-compile
/// manifest with a "files" list of plain names.
static FailureOr<llvm::StringSet<>> readArtifactFiles(StringRef manifest) {
  auto buffer = llvm::MemoryBuffer::getFile(manifest);
  if (!buffer)
    return failure();
  llvm::Expected<llvm::json::Value> json =
      llvm::json::parse((*buffer)->getBuffer());
  if (!json) {
    llvm::consumeError(json.takeError());
    return failure();
  }
  const llvm::json::Object *root = json->getAsObject();
  if (!root || root->getString("format") != "ttt-artifact")
    return failure();
  const llvm::json::Array *files = root->getArray("files");
  if (!files)
    return failure();
  llvm::StringSet<> names;
  for (const llvm::json::Value &file : *files) {
    std::optional<StringRef> name = file.getAsString();
    if (!name || name->empty() || *name == "." || *name == ".." ||
        name->contains('/') || *name == "manifest.json")
      return failure();
    names.insert(*name);
  }
  return names;
}

/// An existing `dir` may be replaced only if it holds nothing of the user's:
/// it is empty, or it is an artifact (manifest.json plus only the regular
/// files that manifest lists).
static LogicalResult checkReplaceable(StringRef dir, Location loc) {
  fs::file_status status;
  if (std::error_code ec = fs::status(dir, status, /*follow=*/false)) {
    if (ec == std::errc::no_such_file_or_directory)
      return success();
    return emitError(loc) << "cannot inspect output '" << dir
                          << "': " << ec.message();
  }
  if (fs::is_symlink_file(status))
    return emitError(loc) << "output '" << dir
                          << "' is a symbolic link; refusing to replace it";
  if (!fs::is_directory(status))
    return emitError(loc) << "output '" << dir
                          << "' exists and is not a directory";

  auto refuse = [&](const Twine &why) {
    return emitError(loc) << "output directory '" << dir << "' " << why
                          << "; refusing to replace it (remove it yourself "
                             "or choose another -o)";
  };
  llvm::SmallString<256> manifest(dir);
  path::append(manifest, "manifest.json");
  std::optional<llvm::StringSet<>> listed;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; it != end && !ec;
       it.increment(ec)) {
    StringRef name = path::filename(it->path());
    if (!listed) {
      if (!fs::exists(manifest))
        return refuse("is not empty and is not an artifact directory "
                      "(no manifest.json)");
      FailureOr<llvm::StringSet<>> files = readArtifactFiles(manifest);
      if (failed(files))
        return refuse("has a manifest.json that ttt-compile did not write "
                      "(or an older one, without a \"files\" list)");
      listed = std::move(*files);
    }
    if (name == "manifest.json")
      continue;
    if (!listed->contains(name))
      return refuse("holds '" + name + "', which is not part of the artifact");
    fs::file_status entry;
    if (fs::status(it->path(), entry, /*follow=*/false) ||
        !fs::is_regular_file(entry))
      return refuse("holds '" + name + "', which is not a regular file");
  }
  if (ec)
    return emitError(loc) << "cannot list output directory '" << dir
                          << "': " << ec.message();
  return success();
}

/// `dir` without trailing slashes, or failure (with the error emitted) for
/// names that would make the artifact replace the working directory or one
/// of its parents: "", ".", "..", "/", "x/.." ...
static FailureOr<std::string> normalizeOutput(StringRef dir, Location loc) {
  if (dir.empty()) {
    emitError(loc) << "the output directory name (-o) is empty";
    return failure();
  }
  StringRef trimmed = dir.rtrim('/');
  StringRef last = path::filename(trimmed);
  if (trimmed.empty() || last == "." || last == "..") {
    emitError(loc) << "-o '" << dir
                   << "' names the root, the working directory or a parent "
                      "of it; give a directory of its own for the artifact";
    return failure();
  }
  return trimmed.str();
}

//===----------------------------------------------------------------------===//
// Cleanup on a kill signal
//===----------------------------------------------------------------------===//

// What a kill signal must undo, in fixed buffers: the handler may not
// allocate. `gAside` is set while the old artifact is moved aside (the
// fallback replacement), when DIR briefly holds nothing.
namespace {
struct PendingCleanup {
  char tmp[PATH_MAX];
  char aside[PATH_MAX];
  char dir[PATH_MAX];
  volatile sig_atomic_t active;
  volatile sig_atomic_t asideActive;
};
} // namespace
static PendingCleanup gPending;
static constexpr int kCleanupSignals[] = {SIGINT, SIGTERM, SIGHUP};
static struct sigaction gPrevious[std::size(kCleanupSignals)];

/// Removes the regular files in the flat directory `dir`, then `dir`, with
/// async-signal-safe calls only (getdents64 into a stack buffer).
static void removeFlatDirectorySignalSafe(const char *dir) {
  int fd = ::open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return;
  alignas(8) char buffer[4096];
  bool removed = true;
  while (removed) {
    // Deleting while reading a directory may skip entries; read again until
    // a pass removes nothing.
    removed = false;
    ::lseek(fd, 0, SEEK_SET);
    long n;
    while ((n = ::syscall(SYS_getdents64, fd, buffer, sizeof(buffer))) > 0) {
      for (long off = 0; off < n;) {
        struct Entry {
          ino64_t ino;
          off64_t off;
          unsigned short reclen;
          unsigned char type;
          char name[1];
        };
        auto *entry = reinterpret_cast<Entry *>(buffer + off);
        off += entry->reclen;
        if (std::strcmp(entry->name, ".") && std::strcmp(entry->name, "..") &&
            ::unlinkat(fd, entry->name, 0) == 0)
          removed = true;
      }
    }
  }
  ::close(fd);
  ::rmdir(dir);
}

static void cleanupOnSignal(int sig) {
  if (gPending.active) {
    // Between the fallback's renames: put the old artifact back, or, if the
    // new one is in already, where the removal below finds it.
    if (gPending.asideActive && ::rename(gPending.aside, gPending.dir) != 0)
      ::rename(gPending.aside, gPending.tmp);
    removeFlatDirectorySignalSafe(gPending.tmp);
  }
  // Die of the same signal, as the previous disposition would have had it.
  for (size_t i = 0; i < std::size(kCleanupSignals); ++i)
    if (kCleanupSignals[i] == sig)
      ::sigaction(sig, &gPrevious[i], nullptr);
  ::raise(sig);
}

namespace {
/// Removes the temporary directory (and puts an old artifact moved aside
/// back) if the process is killed while it exists.
class SignalCleanupScope {
public:
  SignalCleanupScope(StringRef tmp, StringRef dir) {
    copy(gPending.tmp, tmp);
    copy(gPending.dir, dir);
    gPending.aside[0] = 0;
    gPending.asideActive = 0;
    gPending.active = 1;
    struct sigaction action = {};
    action.sa_handler = cleanupOnSignal;
    sigemptyset(&action.sa_mask);
    for (int sig : kCleanupSignals)
      sigaddset(&action.sa_mask, sig);
    for (size_t i = 0; i < std::size(kCleanupSignals); ++i)
      ::sigaction(kCleanupSignals[i], &action, &gPrevious[i]);
  }
  ~SignalCleanupScope() {
    gPending.active = 0;
    for (size_t i = 0; i < std::size(kCleanupSignals); ++i)
      ::sigaction(kCleanupSignals[i], &gPrevious[i], nullptr);
  }
  void setAside(StringRef aside) {
    copy(gPending.aside, aside);
    gPending.asideActive = 1;
  }
  void clearAside() { gPending.asideActive = 0; }

private:
  static void copy(char (&to)[PATH_MAX], StringRef from) {
    size_t n = std::min(from.size(), size_t(PATH_MAX - 1));
    std::memcpy(to, from.data(), n);
    to[n] = 0;
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Writing and swapping
//===----------------------------------------------------------------------===//

static LogicalResult writeFile(StringRef file, StringRef contents,
                               Location loc) {
  std::error_code ec;
  llvm::raw_fd_ostream out(file, ec);
  if (ec)
    return emitError(loc) << "cannot write '" << file << "': " << ec.message();
  out << contents;
  out.close();
  if (out.has_error()) {
    ec = out.error();
    // A stream destroyed with its error set aborts the process.
    out.clear_error();
    return emitError(loc) << "cannot write '" << file << "': " << ec.message();
  }
  return success();
}

/// fsync()s `file` (a directory if `directory`).
static LogicalResult syncToDisk(StringRef file, bool directory, Location loc) {
  int fd = ::open(file.str().c_str(),
                  (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    int err = errno;
    if (fd >= 0)
      ::close(fd);
    return emitError(loc) << "cannot flush '" << file
                          << "' to disk: " << std::strerror(err);
  }
  ::close(fd);
  return success();
}

/// Checks that the flat directory `tmp` holds exactly manifest.json and the
/// files it lists (so that a later -o onto it is accepted), and flushes them
/// and `tmp` itself to disk, so that a power cut after the swap cannot leave
/// the new names with missing contents.
static LogicalResult checkAndSync(StringRef tmp, Location loc) {
  llvm::SmallString<256> manifest(tmp);
  path::append(manifest, "manifest.json");
  FailureOr<llvm::StringSet<>> listed = readArtifactFiles(manifest);
  if (failed(listed))
    return emitError(loc) << "internal error: '" << manifest
                          << "' does not list the artifact's files";
  std::error_code ec;
  size_t found = 0;
  for (fs::directory_iterator it(tmp, ec), end; it != end && !ec;
       it.increment(ec)) {
    StringRef name = path::filename(it->path());
    if (name != "manifest.json" && !listed->contains(name))
      return emitError(loc) << "internal error: the artifact holds '" << name
                            << "', which its manifest does not list";
    found += listed->contains(name);
    if (failed(syncToDisk(it->path(), /*directory=*/false, loc)))
      return failure();
  }
  if (ec)
    return emitError(loc) << "cannot list '" << tmp << "': " << ec.message();
  if (found != listed->size())
    return emitError(loc) << "internal error: the manifest lists files "
                             "the artifact does not hold";
  return syncToDisk(tmp, /*directory=*/true, loc);
}

/// Whether renameat2(RENAME_EXCHANGE) swapped `from` and `to`; false if this
/// kernel or file system cannot (then `errno` says why).
static bool exchange(StringRef from, StringRef to) {
#ifdef RENAME_EXCHANGE
  if (testNoExchange) {
    errno = EINVAL;
    return false;
  }
  return ::renameat2(AT_FDCWD, from.str().c_str(), AT_FDCWD, to.str().c_str(),
                     RENAME_EXCHANGE) == 0;
#else
  errno = ENOSYS;
  return false;
#endif
}

/// Puts the complete artifact `tmp` at `dir`, leaving whatever was at `dir`
/// at `tmp` (or nothing, if `dir` did not exist).
///
/// renameat2(RENAME_EXCHANGE) swaps the two names in one step: no instant
/// without an artifact at `dir`. Where it is missing (not Linux, or a file
/// system without it), rename() cannot replace a non-empty directory, so the
/// old artifact is first renamed aside; a kill signal between the two
/// renames puts it back, and any other failure names where it is.
static LogicalResult swapIn(StringRef tmp, StringRef dir,
                            SignalCleanupScope &cleanup, Location loc) {
  if (!fs::exists(dir)) {
    if (std::error_code ec = fs::rename(tmp, dir))
      return emitError(loc) << "cannot move the artifact into '" << dir
                            << "': " << ec.message();
    return success();
  }
  if (exchange(tmp, dir)) {
    testSignal("swapped");
    return success();
  }
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
    return emitError(loc) << "cannot move the artifact into '" << dir
                          << "': " << std::strerror(errno);

  llvm::SmallString<256> aside;
  {
    // A fresh name for the old artifact: create a unique directory, then
    // let rename() replace it (renaming onto an empty directory is allowed).
    if (std::error_code ec =
            fs::createUniqueDirectory((dir + ".old").str(), aside))
      return emitError(loc) << "cannot create a directory next to '" << dir
                            << "': " << ec.message();
  }
  cleanup.setAside(aside);
  if (std::error_code ec = fs::rename(dir, aside)) {
    cleanup.clearAside();
    (void)fs::remove(aside);
    return emitError(loc) << "cannot move the old artifact '" << dir
                          << "' aside: " << ec.message();
  }
  testSignal("moved-aside");
  if (std::error_code ec = fs::rename(tmp, dir)) {
    std::error_code back = fs::rename(aside, dir);
    cleanup.clearAside();
    InFlightDiagnostic diag = emitError(loc)
                              << "cannot move the artifact into '" << dir
                              << "': " << ec.message();
    if (back)
      diag << "; the old artifact is at '" << aside << "'";
    return failure();
  }
  // The old artifact is garbage now; put it where the caller (or a kill
  // signal) removes it.
  std::error_code moved = fs::rename(aside, tmp);
  cleanup.clearAside();
  if (moved)
    return emitError(loc) << "the new artifact is in '" << dir
                          << "', but the old one could not be removed from '"
                          << aside << "': " << moved.message();
  return success();
}

/// `dir` made absolute, or failure (with the error emitted) if its parent
/// directory does not exist: the artifact is created next to it.
static FailureOr<llvm::SmallString<256>> absoluteOutput(StringRef dir,
                                                        Location loc) {
  llvm::SmallString<256> absolute(dir);
  fs::make_absolute(absolute);
  StringRef parent = path::parent_path(absolute);
  if (!fs::is_directory(parent)) {
    emitError(loc) << "cannot create '" << dir << "': parent directory '"
                   << parent << "' does not exist";
    return failure();
  }
  return absolute;
}

LogicalResult mlir::ttt::checkArtifactDirectory(StringRef dir, Location loc) {
  FailureOr<std::string> normalized = normalizeOutput(dir, loc);
  return success(succeeded(normalized) &&
                 succeeded(checkReplaceable(*normalized, loc)) &&
                 succeeded(absoluteOutput(*normalized, loc)));
}

LogicalResult mlir::ttt::writeArtifactDirectory(
    StringRef requestedDir, ArrayRef<std::pair<std::string, std::string>> files,
    function_ref<LogicalResult(StringRef tmpDir)> emitLibrary, Location loc) {
  FailureOr<std::string> dir = normalizeOutput(requestedDir, loc);
  if (failed(dir) || failed(checkReplaceable(*dir, loc)))
    return failure();
  FailureOr<llvm::SmallString<256>> maybeAbsolute = absoluteOutput(*dir, loc);
  if (failed(maybeAbsolute))
    return failure();
  llvm::SmallString<256> absolute = *maybeAbsolute;
  StringRef parent = path::parent_path(absolute);

  llvm::SmallString<256> tmp;
  if (std::error_code ec =
          fs::createUniqueDirectory((absolute + ".tmp").str(), tmp))
    return emitError(loc) << "cannot create a directory next to '" << *dir
                          << "': " << ec.message();
  SignalCleanupScope cleanup(tmp, absolute);
  auto removeTmp = [&]() -> LogicalResult {
    if (std::error_code ec = fs::remove_directories(tmp))
      return emitError(loc) << "could not remove the temporary directory '"
                            << tmp << "': " << ec.message();
    return success();
  };
  auto discard = [&] {
    (void)removeTmp();
    return failure();
  };

  for (const auto &[name, contents] : files) {
    llvm::SmallString<256> file(tmp);
    path::append(file, name);
    if (failed(writeFile(file, contents, loc)))
      return discard();
  }
  if (failed(emitLibrary(tmp)) || failed(checkAndSync(tmp, loc)))
    return discard();
  testSignal("written");
  if (failed(swapIn(tmp, absolute, cleanup, loc)))
    return discard();
  // The parent's entry for `dir` changed; make that durable too.
  (void)syncToDisk(parent, /*directory=*/true, loc);
  // `tmp` now holds the old artifact, if there was one. Should removing it
  // fail, the new artifact is in place all the same and the error names it.
  if (fs::exists(tmp))
    return removeTmp();
  return success();
}
