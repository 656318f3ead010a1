//===- Loader.h - dlopen of kernel libraries --------------------*- C++ -*-===//
//
// Kernel libraries are loaded with dlopen, like the CUDA driver (Cuda.h), so
// the runtime has no link-time dependency on either: a CPU-only machine can
// load CPU artifacts, and a GPU artifact on a machine without a driver fails
// with a clear message instead of a loader error at program start.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_LOADER_H
#define TTT_RUNTIME_LOADER_H

#include "ttt/runtime.h"

#include <string>

namespace ttt::rt {

/// Checks that a 64-bit ELF file's program and section headers lie within
/// the file, which dlopen does not (a truncated library crashes it with
/// SIGBUS). TTT_OK for anything else, which dlopen then judges.
ttt_status checkElfFile(const std::string &path, std::string &error);

/// checkElfFile, then dlopen(path, RTLD_NOW | RTLD_LOCAL). TTT_ERROR_LOAD
/// with dlerror's text.
ttt_status openLibrary(const std::string &path, void *&handle,
                       std::string &error);
/// dlsym; TTT_ERROR_LOAD naming the symbol and the library.
ttt_status findSymbol(void *handle, const std::string &symbol,
                      const std::string &libraryPath, void *&address,
                      std::string &error);
void closeLibrary(void *handle);

} // namespace ttt::rt

#endif // TTT_RUNTIME_LOADER_H
