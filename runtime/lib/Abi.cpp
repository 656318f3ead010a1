//===- Abi.cpp - the ABI a kernel library was built for -------------------===//

#include "Abi.h"

#include "Json.h"

#include <dlfcn.h>
#include <elf.h>
#include <link.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <vector>

namespace ttt::rt {

namespace {

using json::Value;

/// A short rendering of `v` for messages: scalars in full, containers by
/// size.
std::string describe(const Value &v) {
  switch (v.kind) {
  case Value::Kind::Null:
    return "null";
  case Value::Kind::Bool:
    return v.boolean ? "true" : "false";
  case Value::Kind::Number:
    if (v.isInt)
      return std::to_string(v.integer);
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", v.number);
    return text;
  case Value::Kind::String:
    return "\"" + v.string + "\"";
  case Value::Kind::Array:
    return "an array of " + std::to_string(v.array.size());
  case Value::Kind::Object:
    return "an object of " + std::to_string(v.object.size()) + " keys";
  }
  return "?";
}

bool sameNumber(const Value &a, const Value &b) {
  if (a.isInt && b.isInt)
    return a.integer == b.integer;
  return a.number == b.number;
}

/// The path of the first difference between `m` (manifest) and `l`
/// (library), with what each side holds; empty when they are equal.
std::string difference(const Value &m, const Value &l,
                       const std::string &path) {
  auto differ = [&](const std::string &what) { return path + ": " + what; };
  auto both = [&](const std::string &mine, const std::string &theirs) {
    return differ("the manifest says " + mine +
                  ", the library was built for " + theirs);
  };
  if (m.kind != l.kind)
    return both(describe(m), describe(l));
  switch (m.kind) {
  case Value::Kind::Null:
    return "";
  case Value::Kind::Bool:
    return m.boolean == l.boolean ? "" : both(describe(m), describe(l));
  case Value::Kind::Number:
    return sameNumber(m, l) ? "" : both(describe(m), describe(l));
  case Value::Kind::String:
    return m.string == l.string ? "" : both(describe(m), describe(l));
  case Value::Kind::Array: {
    size_t n = std::min(m.array.size(), l.array.size());
    for (size_t i = 0; i < n; ++i) {
      std::string d =
          difference(m.array[i], l.array[i], path + "[" + std::to_string(i) + "]");
      if (!d.empty())
        return d;
    }
    if (m.array.size() != l.array.size())
      return both(std::to_string(m.array.size()) + " entries",
                  std::to_string(l.array.size()));
    return "";
  }
  case Value::Kind::Object: {
    // Keys in sorted order, so the report does not depend on key order,
    // but "name" first: a dropped or added argument is best reported by the
    // names that no longer line up.
    std::map<std::string, const Value *> mine, theirs;
    for (const auto &[key, value] : m.object)
      mine[key] = &value;
    for (const auto &[key, value] : l.object)
      theirs[key] = &value;
    std::vector<std::pair<std::string, const Value *>> order;
    if (mine.count("name"))
      order.emplace_back("name", mine["name"]);
    for (const auto &entry : mine)
      if (entry.first != "name")
        order.push_back(entry);
    for (const auto &[key, value] : order) {
      std::string field = path.empty() ? key : path + "." + key;
      auto it = theirs.find(key);
      if (it == theirs.end())
        return field + ": in the manifest, not in the library's ABI";
      std::string d = difference(*value, *it->second, field);
      if (!d.empty())
        return d;
    }
    for (const auto &[key, value] : theirs)
      if (!mine.count(key))
        return (path.empty() ? key : path + "." + key) +
               ": in the library's ABI, missing from the manifest";
    return "";
  }
  }
  return "";
}

} // namespace

ttt_status compareAbi(const std::string &manifestPath,
                      const std::string &manifestText,
                      const std::string &libraryPath,
                      const std::string &abiText, std::string &error) {
  Value manifest, abi;
  std::string jsonError;
  if (!json::parse(manifestText, manifest, jsonError) || !manifest.isObject()) {
    error = manifestPath + ": not a JSON object " + jsonError;
    return TTT_ERROR_MANIFEST;
  }
  auto damaged = [&](const std::string &what) {
    error = "'" + libraryPath + "': its ABI description (symbol '" +
            kAbiSymbol + "') " + what + " (a damaged library?)";
    return TTT_ERROR_LOAD;
  };
  if (!json::parse(abiText, abi, jsonError))
    return damaged("is not JSON: " + jsonError);
  for (const char *key : {"target", "kernels"}) {
    const Value *theirs = abi.get(key);
    if (!theirs)
      return damaged(std::string("has no \"") + key + "\"");
    const Value *mine = manifest.get(key);
    std::string d = mine ? difference(*mine, *theirs, key)
                         : std::string(key) + ": missing from the manifest";
    if (!d.empty()) {
      error = manifestPath +
              ": the manifest disagrees with the library it names: " + d +
              " ('" + libraryPath +
              "'; recompile the spec, or restore the manifest it wrote)";
      return TTT_ERROR_LOAD;
    }
  }
  return TTT_OK;
}

ttt_status checkLibraryAbi(void *handle, const std::string &libraryPath,
                           const std::string &manifestPath,
                           const std::string &manifestText,
                           std::string &error) {
  dlerror();
  const char *text = static_cast<const char *>(dlsym(handle, kAbiSymbol));
  if (!text) {
    error = "'" + libraryPath + "' carries no ABI description (symbol '" +
            kAbiSymbol +
            "'): it was built by an older ttt-compile or is not a ttt "
            "kernel library; recompile the spec with this ttt-compile";
    return TTT_ERROR_LOAD;
  }
  // The symbol's size bounds the read: a damaged library may lack the NUL.
  Dl_info info;
  void *entry = nullptr;
  int found = dladdr1(text, &info, &entry, RTLD_DL_SYMENT);
  const auto *symbol = static_cast<const ElfW(Sym) *>(entry);
  if (!found ||
      !symbol || symbol->st_size == 0) {
    error = "'" + libraryPath + "': cannot find the size of symbol '" +
            kAbiSymbol + "' (a damaged library?)";
    return TTT_ERROR_LOAD;
  }
  size_t size = strnlen(text, symbol->st_size);
  if (size == symbol->st_size) {
    error = "'" + libraryPath + "': symbol '" + kAbiSymbol +
            "' is not NUL-terminated (a damaged library?)";
    return TTT_ERROR_LOAD;
  }
  return compareAbi(manifestPath, manifestText, libraryPath,
                    std::string(text, size), error);
}

} // namespace ttt::rt
