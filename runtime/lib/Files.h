//===- Files.h - reading an artifact's files ----------------------*- C++ -*-===//
//
// The one reader of the runtime's files (manifest.json, cubin, PTX): a
// FIFO or a directory in place of a file is refused rather than blocking
// or misread.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_FILES_H
#define TTT_RUNTIME_FILES_H

#include <string>

namespace ttt::rt {

/// Reads the regular file `path` whole into `text`. On failure, `error` is
/// "cannot read '<path>': <reason>" (or "error while reading ...").
bool readRegularFile(const std::string &path, std::string &text,
                     std::string &error);

} // namespace ttt::rt

#endif // TTT_RUNTIME_FILES_H
