//===- Abi.h - the ABI a kernel library was built for -----------*- C++ -*-===//
//
// ttt-compile embeds in libttt_kernels.so the part of the manifest that the
// library's code depends on: a NUL-terminated JSON text
//   {"target": ..., "kernels": [...]}
// exported as the data symbol `ttt_abi` (docs/ArtifactFormat.md). The
// runtime compares it with manifest.json before trusting either, so a
// manifest edited to disagree with its library, or a library copied from
// another spec, is refused instead of corrupting memory.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_ABI_H
#define TTT_RUNTIME_ABI_H

#include "ttt/runtime.h"

#include <string>

namespace ttt::rt {

/// The name of the data symbol that holds the ABI text.
inline constexpr const char *kAbiSymbol = "ttt_abi";

/// Compares the "target" and "kernels" of the manifest text with those of
/// the library's ABI text (JSON equality: key order and spacing do not
/// matter). On a difference returns TTT_ERROR_LOAD and describes the first
/// one, naming the manifest field, e.g. "kernels[0].args[4].shape[0]: the
/// manifest says 4, the library was built for 2". The paths name the files
/// in messages.
ttt_status compareAbi(const std::string &manifestPath,
                      const std::string &manifestText,
                      const std::string &libraryPath,
                      const std::string &abiText, std::string &error);

/// Reads `ttt_abi` from the loaded library `handle` (bounded by the
/// symbol's size) and compares it with the manifest. TTT_ERROR_LOAD when the
/// symbol is missing (a library from before the ABI was embedded: the user
/// must recompile), malformed or different.
ttt_status checkLibraryAbi(void *handle, const std::string &libraryPath,
                           const std::string &manifestPath,
                           const std::string &manifestText,
                           std::string &error);

} // namespace ttt::rt

#endif // TTT_RUNTIME_ABI_H
