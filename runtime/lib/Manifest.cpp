//===- Manifest.cpp - manifest.json as checked data -----------------------===//

#include "Manifest.h"

#include "Json.h"

#include <cstdio>
#include <initializer_list>
#include <set>
#include <stdexcept>

namespace ttt::rt {

const char *dtypeName(ttt_dtype dtype) {
  switch (dtype) {
  case TTT_F32:
    return "f32";
  case TTT_F16:
    return "f16";
  case TTT_BF16:
    return "bf16";
  case TTT_I64:
    return "i64";
  case TTT_F64:
    return "f64";
  }
  return "?";
}

bool parseGpuTarget(const std::string &target, GpuTarget &out) {
  if (target.compare(0, 3, "sm_") != 0)
    return false;
  size_t i = 3;
  while (i < target.size() && target[i] >= '0' && target[i] <= '9')
    ++i;
  size_t digits = i - 3;
  if (digits < 2 || digits > 4)
    return false;
  out.archSpecific = i < target.size();
  if (out.archSpecific && (i + 1 != target.size() || target[i] < 'a' ||
                           target[i] > 'z'))
    return false;
  out.major = std::stoi(target.substr(3, digits - 1));
  out.minor = target[3 + digits - 1] - '0';
  return true;
}

bool parseDtype(const std::string &name, ttt_dtype &out) {
  static const ttt_dtype all[] = {TTT_F32, TTT_F16, TTT_BF16, TTT_I64, TTT_F64};
  for (ttt_dtype d : all)
    if (name == dtypeName(d)) {
      out = d;
      return true;
    }
  return false;
}

std::string dimText(const Dim &dim) {
  std::string s =
      dim.symbol ? std::string(1, dim.symbol) : std::to_string(dim.size);
  if (dim.derived())
    s += "/" + std::to_string(dim.divisor) + "+" + std::to_string(dim.addend);
  return s;
}

std::string shapeText(const std::vector<Dim> &shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? ", " : "") + dimText(shape[i]);
  return s + "]";
}

namespace {

using json::Value;

// Validation throws this internally (as do the shared JSON accessors);
// readManifest turns it into a status.
using ManifestError = json::FieldError;
using json::joinPath;
using json::requireInt;
using json::requireKind;
using json::requireMember;
using json::requireString;

[[noreturn]] void bad(const std::string &field, const std::string &what) {
  throw ManifestError(field + ": " + what);
}

std::string index(const std::string &path, size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

bool isIdentifierStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdentifier(const std::string &s) {
  if (s.empty() || !isIdentifierStart(s[0]))
    return false;
  for (char c : s)
    if (!isIdentifierStart(c) && !(c >= '0' && c <= '9'))
      return false;
  return true;
}

// C identifiers joined by '.' ("W1.grad_sum"). Tools use argument names as
// file names (ttt-run --outputs writes OUT/<name>.npy), so a name must never
// hold a '/' or be "." or ".."; this grammar rules out both.
bool isArgumentName(const std::string &s) {
  size_t start = 0;
  while (true) {
    size_t dot = s.find('.', start);
    if (!isIdentifier(s.substr(start, dot - start)))
      return false;
    if (dot == std::string::npos)
      return true;
    start = dot + 1;
  }
}

// Quoted for a message, with control characters escaped.
std::string quoted(const std::string &s) {
  std::string q = "\"";
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7f) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      q += hex;
    } else {
      q += static_cast<char>(c);
    }
  }
  return q + "\"";
}

// An entry's keys must all be ones this runtime reads: a key it does not
// know is a manifest written for another runtime (an artifact with a
// "workspace_bytes" this runtime would ignore once made ttt-run run its
// kernel without the workspace, and crash), or a typo that would otherwise
// silently drop a setting.
void requireKnownKeys(const Value &object, const std::string &path,
                      std::initializer_list<const char *> known) {
  for (const auto &member : object.object) {
    const std::string &key = member.first;
    bool isKnown = false;
    for (const char *k : known)
      isKnown = isKnown || key == k;
    if (isKnown)
      continue;
    std::string list;
    for (const char *k : known)
      list += std::string(list.empty() ? "" : ", ") + k;
    bad(joinPath(path, isIdentifier(key) ? key : quoted(key)),
        "unknown key (this runtime reads " + list + ")");
  }
}

Dim readDim(const Value &v, const std::string &field) {
  Dim dim;
  if (v.isString()) {
    if (v.string != "B" && v.string != "H" && v.string != "T")
      bad(field, "unknown symbol \"" + v.string +
                     "\" (expected \"B\", \"H\" "
                     "or \"T\")");
    dim.symbol = v.string[0];
    return dim;
  }
  if (!v.isNumber() || !v.isInt)
    bad(field,
        std::string("expected an integer or one of \"B\", \"H\", "
                    "\"T\", found ") +
            (v.isNumber() ? "a non-integer number" : json::kindName(v.kind)));
  if (v.integer < 0)
    bad(field, "negative size " + std::to_string(v.integer));
  dim.size = v.integer;
  return dim;
}

// An argument's or the scratch's shape entry: a size, "B", "H", "T", or
// "T/<divisor>+<addend>" with positive integers (a size derived from T: the
// segments of a backward kernel's scratch or of a tape).
Dim readShapeDim(const Value &v, const std::string &field) {
  if (v.isString() && v.string.size() > 2 && v.string.compare(0, 2, "T/") == 0) {
    const std::string &s = v.string;
    size_t plus = s.find('+', 2);
    auto number = [&](size_t from, size_t to, int64_t &out) {
      if (from >= to || to - from > 9)
        return false;
      out = 0;
      for (size_t i = from; i < to; ++i) {
        if (s[i] < '0' || s[i] > '9')
          return false;
        out = out * 10 + (s[i] - '0');
      }
      return true;
    };
    Dim dim;
    dim.symbol = 'T';
    if (plus == std::string::npos || !number(2, plus, dim.divisor) ||
        !number(plus + 1, s.size(), dim.addend) || dim.divisor < 1)
      bad(field, "expected \"T/<divisor>+<addend>\" with a positive divisor, "
                 "found \"" + s + "\"");
    return dim;
  }
  return readDim(v, field);
}

ScratchDesc readScratch(const Value &v, const std::string &path) {
  requireKind(v, Value::Kind::Object, path);
  requireKnownKeys(v, path, {"dtype", "shape"});
  ScratchDesc scratch;
  scratch.present = true;
  std::string dtype = requireString(v, path, "dtype");
  if (!parseDtype(dtype, scratch.dtype))
    bad(joinPath(path, "dtype"), "unknown dtype \"" + dtype + "\"");
  const Value &shape = requireMember(v, path, "shape");
  requireKind(shape, Value::Kind::Array, joinPath(path, "shape"));
  for (size_t i = 0; i < shape.array.size(); ++i)
    scratch.shape.push_back(
        readShapeDim(shape.array[i], index(joinPath(path, "shape"), i)));
  if (scratch.shape.size() < 2 || scratch.shape[0].symbol != 'B' ||
      scratch.shape[1].symbol != 'H')
    bad(joinPath(path, "shape"), "must start with \"B\", \"H\" (per-sequence "
                             "scratch)");
  return scratch;
}

ArgDesc readArg(const Value &v, const std::string &path) {
  requireKind(v, Value::Kind::Object, path);
  ArgDesc arg;
  arg.name = requireString(v, path, "name");
  if (!isArgumentName(arg.name))
    bad(joinPath(path, "name"), quoted(arg.name) +
                                " is not a valid argument name (C "
                                "identifiers, optionally joined by '.')");
  std::string role = requireString(v, path, "role");
  if (role == "input")
    arg.role = TTT_INPUT;
  else if (role == "output")
    arg.role = TTT_OUTPUT;
  else
    bad(joinPath(path, "role"),
        "unknown role \"" + role + "\" (expected \"input\" or \"output\")");
  std::string dtype = requireString(v, path, "dtype");
  if (!parseDtype(dtype, arg.dtype))
    bad(joinPath(path, "dtype"), "unknown dtype \"" + dtype +
                                 "\" (expected f32, f16, bf16, i64 or f64)");
  const Value &shape = requireMember(v, path, "shape");
  requireKind(shape, Value::Kind::Array, joinPath(path, "shape"));
  for (size_t i = 0; i < shape.array.size(); ++i)
    arg.shape.push_back(
        readShapeDim(shape.array[i], index(joinPath(path, "shape"), i)));
  if (const Value *reduce = v.get("reduce")) {
    if (!reduce->isString() || reduce->string != "sum")
      bad(joinPath(path, "reduce"), "expected \"sum\"");
    if (arg.role != TTT_OUTPUT)
      bad(joinPath(path, "reduce"), "only an output can be reduced");
    if (!arg.shape.empty() && arg.shape[0].symbol == 'B')
      bad(joinPath(path, "reduce"),
          "an output indexed by \"B\" is per sequence, not reduced");
    if (arg.dtype != TTT_F32)
      bad(joinPath(path, "reduce"), "only f32 outputs can be summed");
    arg.reduceSum = true;
  }
  if (const Value *inPlace = v.get("in_place")) {
    if (!inPlace->isBool())
      bad(joinPath(path, "in_place"), "expected true or false");
    if (inPlace->boolean && arg.role != TTT_OUTPUT)
      bad(joinPath(path, "in_place"), "only an output can share its input's "
                                      "buffer");
    arg.inPlace = inPlace->boolean;
  }
  // Unknown keys last, so that a misspelt key is reported as the missing
  // one it should have been when it is required.
  requireKnownKeys(v, path,
                   {"name", "role", "dtype", "shape", "reduce", "in_place"});
  return arg;
}

// "launch": {"grid": [g0, g1, g2], "block": [x, y, z],
//  "shared_memory_bytes": N, "workspace_bytes_per_block": N,
//  "params": "memref_descriptors"}
LaunchDesc readLaunch(const Value &v, const std::string &path) {
  requireKind(v, Value::Kind::Object, path);
  LaunchDesc launch;
  const Value &grid = requireMember(v, path, "grid");
  const Value &block = requireMember(v, path, "block");
  requireKind(grid, Value::Kind::Array, joinPath(path, "grid"));
  requireKind(block, Value::Kind::Array, joinPath(path, "block"));
  if (grid.array.size() != 3)
    bad(joinPath(path, "grid"), "expected 3 entries");
  if (block.array.size() != 3)
    bad(joinPath(path, "block"), "expected 3 entries");
  int64_t threads = 1;
  for (size_t i = 0; i < 3; ++i) {
    launch.grid[i] = readDim(grid.array[i], index(joinPath(path, "grid"), i));
    if (grid.array[i].isString() && grid.array[i].string == "T")
      bad(index(joinPath(path, "grid"), i), "the grid cannot depend on T");
    const Value &b = block.array[i];
    if (!b.isNumber() || !b.isInt || b.integer < 1 || b.integer > 1024)
      bad(index(joinPath(path, "block"), i), "expected an integer in [1, 1024]");
    launch.block[i] = b.integer;
    threads *= b.integer;
  }
  if (threads > 1024)
    bad(joinPath(path, "block"), "more than 1024 threads per block");
  launch.sharedMemoryBytes =
      requireInt(v, path, "shared_memory_bytes", 0, int64_t(1) << 32);
  launch.workspaceBytesPerBlock =
      requireInt(v, path, "workspace_bytes_per_block", 0, int64_t(1) << 40);
  std::string params = requireString(v, path, "params");
  if (params != "memref_descriptors")
    bad(joinPath(path, "params"), "unknown parameter convention \"" + params +
                                  "\" (expected \"memref_descriptors\")");
  requireKnownKeys(v, path,
                   {"grid", "block", "shared_memory_bytes",
                    "workspace_bytes_per_block", "params"});
  return launch;
}

KernelDesc readKernel(const Value &v, const std::string &path, bool gpu,
                      int64_t version) {
  requireKind(v, Value::Kind::Object, path);
  KernelDesc kernel;
  kernel.name = requireString(v, path, "name");
  kernel.kind = requireString(v, path, "kind");
  kernel.symbol = requireString(v, path, "symbol");
  for (const auto &[key, value] :
       {std::pair<const char *, const std::string *>{"name", &kernel.name},
        {"symbol", &kernel.symbol}})
    if (!isIdentifier(*value))
      bad(joinPath(path, key), quoted(*value) + " is not a C identifier");
  // settings and model are read by tools (ttt-run --check), not by the
  // runtime; only their type is checked here.
  for (const char *key : {"settings", "model"})
    if (const Value *opt = v.get(key))
      requireKind(*opt, Value::Kind::Object, joinPath(path, key));
  // The runtime checks the input `position` against the mini-batch size.
  if (const Value *settings = v.get("settings"))
    if (settings->get("mini_batch"))
      kernel.miniBatch = requireInt(*settings, joinPath(path, "settings"),
                                    "mini_batch", 1, int64_t(1) << 31);
  const Value &args = requireMember(v, path, "args");
  std::string argsPath = joinPath(path, "args");
  requireKind(args, Value::Kind::Array, argsPath);
  if (args.array.empty())
    bad(argsPath, "a kernel needs at least one argument");
  // Names are unique per role: a state argument appears once as input and
  // once as output under the same name.
  std::set<std::pair<int, std::string>> seen;
  for (size_t i = 0; i < args.array.size(); ++i) {
    ArgDesc arg = readArg(args.array[i], index(argsPath, i));
    if (!seen.insert({arg.role, arg.name}).second)
      bad(index(argsPath, i) + ".name",
          "duplicate " +
              std::string(arg.role == TTT_INPUT ? "input" : "output") +
              " argument \"" + arg.name + "\"");
    if (gpu && arg.inPlace)
      bad(index(argsPath, i) + ".in_place",
          "not supported by GPU artifacts");
    kernel.args.push_back(std::move(arg));
  }
  for (size_t i = 0; i < kernel.args.size(); ++i) {
    const ArgDesc &arg = kernel.args[i];
    if (arg.role == TTT_INPUT && arg.name == "position" &&
        arg.dtype == TTT_I64 && arg.shape.empty())
      kernel.positionInput = static_cast<int>(i);
    if (arg.role != TTT_INPUT)
      continue;
    for (ArgDesc &out : kernel.args)
      if (out.role == TTT_OUTPUT && out.name == arg.name)
        out.sameNamedInput = static_cast<int>(i);
  }
  if (const Value *scratch = v.get("scratch"))
    kernel.scratch = readScratch(*scratch, joinPath(path, "scratch"));
  if (gpu)
    kernel.launch = readLaunch(requireMember(v, path, "launch"), joinPath(path, "launch"));
  else if (v.get("workspace_bytes")) {
    // A runtime that reads version 1 only would not pass the workspace and
    // the kernel would write through a missing argument: such artifacts say
    // version 2 so that it refuses them.
    if (version < 2)
      bad(joinPath(path, "workspace_bytes"),
          "needs manifest version 2 (this manifest says version 1)");
    kernel.workspaceBytes =
        requireInt(v, path, "workspace_bytes", 0, int64_t(1) << 40);
  }
  // "launch" is a GPU kernel's alone, "workspace_bytes" a CPU kernel's.
  if (gpu)
    requireKnownKeys(v, path,
                     {"name", "kind", "symbol", "settings", "model", "args",
                      "scratch", "launch"});
  else
    requireKnownKeys(v, path,
                     {"name", "kind", "symbol", "settings", "model", "args",
                      "scratch", "workspace_bytes"});
  return kernel;
}

// A file name inside the artifact directory.
std::string readFileName(const Value &root, const std::string &key) {
  std::string name = requireString(root, "", key);
  if (name.find('/') != std::string::npos || name == "." || name == "..")
    bad(key, "must be a file name inside the artifact directory, found \"" +
                 name + "\"");
  return name;
}

void readRoot(const Value &root, Manifest &out) {
  if (!root.isObject())
    bad("manifest",
        std::string("expected an object, found ") + json::kindName(root.kind));
  std::string format = requireString(root, "", "format");
  if (format != "ttt-artifact")
    bad("format", "expected \"ttt-artifact\", found \"" + format + "\"");
  const Value &version = requireMember(root, "", "version");
  if (!version.isNumber() || !version.isInt)
    bad("version", "expected an integer");
  if (version.integer != 1 && version.integer != 2)
    bad("version", "unsupported version " + std::to_string(version.integer) +
                       " (this runtime reads versions 1 and 2)");
  out.target = requireString(root, "", "target");
  GpuTarget gpu;
  if (out.target != "cpu" && !parseGpuTarget(out.target, gpu))
    bad("target", "unknown target \"" + out.target +
                      "\" (expected \"cpu\" or \"sm_NN\" such as \"sm_90a\")");
  // "files" (every file of the artifact, for ttt-compile -o's check of what
  // it may replace) and "emulates" are not read by the runtime; only their
  // types are checked here.
  if (const Value *files = root.get("files")) {
    requireKind(*files, Value::Kind::Array, "files");
    for (size_t i = 0; i < files->array.size(); ++i)
      requireKind(files->array[i], Value::Kind::String, index("files", i));
  }
  if (const Value *emulates = root.get("emulates"))
    requireKind(*emulates, Value::Kind::String, "emulates");
  // A GPU artifact needs a cubin ("library") or PTX ("ptx"), or both.
  if (!out.isGpu() || root.get("library"))
    out.library = readFileName(root, "library");
  if (out.isGpu() && root.get("ptx"))
    out.ptx = readFileName(root, "ptx");
  if (out.isGpu() && out.library.empty() && out.ptx.empty())
    bad("library", "missing (a GPU artifact needs \"library\", its cubin, or "
                   "\"ptx\")");
  const Value &kernels = requireMember(root, "", "kernels");
  requireKind(kernels, Value::Kind::Array, "kernels");
  if (kernels.array.empty())
    bad("kernels", "an artifact needs at least one kernel");
  std::set<std::string> names;
  for (size_t i = 0; i < kernels.array.size(); ++i) {
    KernelDesc kernel =
        readKernel(kernels.array[i], index("kernels", i), out.isGpu(),
                   version.integer);
    if (!names.insert(kernel.name).second)
      bad(index("kernels", i) + ".name",
          "duplicate kernel name \"" + kernel.name + "\"");
    out.kernels.push_back(std::move(kernel));
  }
  // "ptx" is a GPU artifact's alone; "emulates" names the GPU target whose
  // kernel a cpu artifact runs (ttt-compile --emulate-on-cpu).
  if (out.isGpu())
    requireKnownKeys(root, "",
                     {"format", "version", "target", "library", "ptx",
                      "files", "kernels"});
  else
    requireKnownKeys(root, "",
                     {"format", "version", "target", "library", "files",
                      "kernels", "emulates"});
}

} // namespace

ttt_status readManifest(const std::string &path, const std::string &text,
                        Manifest &out, std::string &error) {
  json::Value root;
  std::string jsonError;
  if (!json::parse(text, root, jsonError)) {
    error = path + ": invalid JSON " + jsonError;
    return TTT_ERROR_MANIFEST;
  }
  out = Manifest();
  try {
    readRoot(root, out);
  } catch (const ManifestError &e) {
    error = path + ": " + e.what();
    return TTT_ERROR_MANIFEST;
  }
  return TTT_OK;
}

} // namespace ttt::rt
