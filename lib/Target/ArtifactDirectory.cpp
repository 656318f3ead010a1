//===- ArtifactDirectory.cpp - all-or-nothing artifact writes -------------===//

#include "ttt/Target/Artifact.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::ttt;
namespace fs = llvm::sys::fs;

/// An existing `dir` may be replaced only if it holds nothing of the user's.
static LogicalResult checkReplaceable(StringRef dir, Location loc) {
  if (!fs::exists(dir))
    return success();
  if (!fs::is_directory(dir))
    return emitError(loc) << "output '" << dir
                          << "' exists and is not a directory";
  llvm::SmallString<256> manifest(dir);
  llvm::sys::path::append(manifest, "manifest.json");
  std::error_code ec;
  bool empty = fs::directory_iterator(dir, ec) == fs::directory_iterator();
  if (!empty && !fs::exists(manifest))
    return emitError(loc) << "output directory '" << dir
                          << "' is not empty and is not an artifact "
                             "directory; refusing to replace it";
  return success();
}

LogicalResult mlir::ttt::writeArtifactDirectory(
    StringRef dir, ArrayRef<std::pair<std::string, std::string>> files,
    function_ref<LogicalResult(StringRef tmpDir)> emitLibrary, Location loc) {
  if (failed(checkReplaceable(dir, loc)))
    return failure();
  llvm::SmallString<256> absolute(dir);
  fs::make_absolute(absolute);
  StringRef parent = llvm::sys::path::parent_path(absolute);
  if (!fs::is_directory(parent))
    return emitError(loc) << "cannot create '" << dir << "': parent directory '"
                          << parent << "' does not exist";

  llvm::SmallString<256> tmp;
  if (std::error_code ec = fs::createUniqueDirectory(
          (absolute + ".tmp").str(), tmp))
    return emitError(loc) << "cannot create a directory next to '" << dir
                          << "': " << ec.message();
  auto discard = [&] {
    (void)fs::remove_directories(tmp);
    return failure();
  };
  for (const auto &[name, contents] : files) {
    llvm::SmallString<256> path(tmp);
    llvm::sys::path::append(path, name);
    std::error_code ec;
    llvm::raw_fd_ostream out(path, ec);
    if (ec) {
      emitError(loc) << "cannot write '" << path << "': " << ec.message();
      return discard();
    }
    out << contents;
    out.close();
    if (out.has_error()) {
      emitError(loc) << "error writing '" << path << "'";
      return discard();
    }
  }
  if (failed(emitLibrary(tmp)))
    return discard();
  if (fs::exists(absolute))
    (void)fs::remove_directories(absolute);
  if (std::error_code ec = fs::rename(tmp, absolute)) {
    emitError(loc) << "cannot move the artifact into '" << dir
                   << "': " << ec.message();
    return discard();
  }
  return success();
}
