//===- CpuLoader.cpp - dlopen of a CPU artifact's kernel library ----------===//

#include "Loader.h"

#include <dlfcn.h>

namespace ttt::rt {

static std::string dlerrorText() {
  const char *e = dlerror();
  return e ? e : "unknown dynamic loader error";
}

ttt_status openLibrary(const std::string &path, void *&handle,
                       std::string &error) {
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
