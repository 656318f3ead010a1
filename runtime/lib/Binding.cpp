//===- Binding.cpp - buffers bound to a kernel's arguments ----------------===//

#include "Binding.h"

#include <cstring>
#include <algorithm>

namespace ttt::rt {

bool byteSize(const std::vector<int64_t> &shape, size_t elementSize,
              size_t &bytes) {
  unsigned __int128 total = elementSize;
  for (int64_t d : shape) {
    if (d < 0)
      return false;
    total *= static_cast<uint64_t>(d);
    if (total > (static_cast<unsigned __int128>(1) << 62))
      return false;
  }
  bytes = static_cast<size_t>(total);
  return true;
}

ttt_status scratchSize(const KernelDesc &desc, const Bindings &bindings,
                       std::vector<int64_t> &shape, size_t &bytes,
                       std::string &error) {
  int64_t B = 0, H = 0, T = 0;
  bindings.symbolValue('B', B);
  bindings.symbolValue('H', H);
  bindings.symbolValue('T', T);
  shape.clear();
  for (const Dim &d : desc.scratch.shape)
    shape.push_back(d.value(B, H, T));
  if (byteSize(shape, ttt_dtype_size(desc.scratch.dtype), bytes))
    return TTT_OK;
  error = "kernel '" + desc.name + "': its scratch " +
          shapeText(desc.scratch.shape) +
          " overflows at B=" + std::to_string(B) + ", H=" + std::to_string(H) +
          ", T=" + std::to_string(T);
  return TTT_ERROR_INVALID;
}

bool Bindings::symbolValue(char symbol, int64_t &value, std::string *boundBy,
                           int exclude) const {
  // The earliest binding that fixes the symbol wins, so messages blame the
  // later, disagreeing buffer.
  uint64_t best = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    if (static_cast<int>(i) == exclude || args[i].sequence == 0)
      continue;
    const std::vector<Dim> &shape = desc->args[i].shape;
    for (size_t d = 0; d < shape.size(); ++d) {
      if (shape[d].symbol != symbol || shape[d].derived())
        continue;
      if (best == 0 || args[i].sequence < best) {
        best = args[i].sequence;
        value = args[i].shape[d];
        if (boundBy)
          *boundBy = desc->args[i].name;
      }
      break;
    }
  }
  return best != 0;
}

ttt_status Bindings::checkDerived(int i, const std::vector<int64_t> &dims,
                                  bool requireT, std::string &error) const {
  const ArgDesc &arg = desc->args[i];
  // Every run checks every bound argument; most have no derived size, and
  // a decode step is a few microseconds: return before any work.
  if (std::none_of(arg.shape.begin(), arg.shape.end(),
                   [](const Dim &dim) { return dim.derived(); }))
    return TTT_OK;
  int64_t T = 0;
  int tDim = -1; // the dimension of this argument that is T, if any
  for (size_t e = 0; e < arg.shape.size() && tDim < 0; ++e)
    if (arg.shape[e].symbol == 'T' && !arg.shape[e].derived()) {
      T = dims[e];
      tDim = static_cast<int>(e);
    }
  std::string boundBy;
  bool known = tDim >= 0 || symbolValue('T', T, &boundBy, i);
  for (size_t d = 0; d < arg.shape.size(); ++d) {
    const Dim &dim = arg.shape[d];
    if (!dim.derived())
      continue;
    if (!known) {
      if (!requireT)
        return TTT_OK;
      error = "argument '" + arg.name + "': dimension " + std::to_string(d) +
              " is " + dimText(dim) + ", but no bound argument fixes T";
      return TTT_ERROR_UNBOUND;
    }
    int64_t want = dim.value(0, 0, T);
    if (dims[d] != want) {
      std::string source = tDim >= 0 ? "T is dimension " + std::to_string(tDim)
                                     : "T bound by '" + boundBy + "'";
      error = "argument '" + arg.name + "': dimension " + std::to_string(d) +
              " is " + std::to_string(dims[d]) + " but " + dimText(dim) +
              " is " + std::to_string(want) + " (" + source + ")";
      return TTT_ERROR_SHAPE;
    }
  }
  return TTT_OK;
}

ttt_status Bindings::checkDerivedSizes(std::string &error) const {
  for (size_t i = 0; i < args.size(); ++i)
    if (args[i].sequence != 0)
      if (ttt_status s = checkDerived(static_cast<int>(i), args[i].shape,
                                      /*requireT=*/true, error))
        return s;
  return TTT_OK;
}

ttt_status checkPosition(const KernelDesc &desc, const Bindings &bindings,
                         std::string &error) {
  if (desc.miniBatch <= 0 || desc.positionInput < 0)
    return TTT_OK;
  const BoundArg &bound = bindings.bound()[desc.positionInput];
  if (bound.sequence == 0)
    return TTT_OK;
  int64_t position;
  std::memcpy(&position, bound.data, sizeof position);
  if (position < 0 || position >= desc.miniBatch) {
    error = "kernel '" + desc.name + "': input 'position' is " +
            std::to_string(position) + ", outside the mini-batch [0, " +
            std::to_string(desc.miniBatch) + ")";
    return TTT_ERROR_INVALID;
  }
  return TTT_OK;
}

ttt_status Bindings::bind(ttt_role role, const char *name, void *data,
                          ttt_dtype dtype, int rank, const int64_t *shape,
                          std::string &error) {
  const char *roleName = role == TTT_INPUT ? "input" : "output";
  if (role != TTT_INPUT && role != TTT_OUTPUT) {
    error = "invalid role " + std::to_string(static_cast<int>(role));
    return TTT_ERROR_INVALID;
  }
  if (ttt_dtype_size(dtype) == 0) {
    error = "invalid dtype " + std::to_string(static_cast<int>(dtype));
    return TTT_ERROR_INVALID;
  }
  if (!name) {
    error = "argument name is NULL";
    return TTT_ERROR_INVALID;
  }
  int found = -1, otherRole = -1;
  for (size_t i = 0; i < desc->args.size(); ++i) {
    if (desc->args[i].name != name)
      continue;
    if (desc->args[i].role == role)
      found = static_cast<int>(i);
    else
      otherRole = static_cast<int>(i);
  }
  if (found < 0) {
    error = "kernel '" + desc->name + "' has no " + roleName + " argument '" +
            name + "'";
    if (otherRole >= 0)
      error += std::string(" ('") + name + "' is an " +
               (role == TTT_INPUT ? "output" : "input") + ")";
    return TTT_ERROR_NOT_FOUND;
  }
  const ArgDesc &arg = desc->args[found];
  std::string what = "argument '" + arg.name + "'";
  if (dtype != arg.dtype) {
    error = what + ": dtype is " + dtypeName(dtype) +
            " but the manifest says " + dtypeName(arg.dtype);
    return TTT_ERROR_DTYPE;
  }
  if (rank < 0 || (rank > 0 && !shape)) {
    error = what + ": invalid rank " + std::to_string(rank) +
            (rank > 0 ? " with a NULL shape" : "");
    return TTT_ERROR_INVALID;
  }
  if (static_cast<size_t>(rank) != arg.shape.size()) {
    error = what + ": rank is " + std::to_string(rank) +
            " but the manifest says " + std::to_string(arg.shape.size()) +
            " (shape " + shapeText(arg.shape) + ")";
    return TTT_ERROR_SHAPE;
  }
  std::vector<int64_t> dims(shape, shape + rank);
  for (int d = 0; d < rank; ++d) {
    if (dims[d] < 0) {
      error = what + ": dimension " + std::to_string(d) + " is negative (" +
              std::to_string(dims[d]) + ")";
      return TTT_ERROR_SHAPE;
    }
    const Dim &expected = arg.shape[d];
    if (!expected.symbol) {
      if (dims[d] != expected.size) {
        error = what + ": dimension " + std::to_string(d) + " is " +
                std::to_string(dims[d]) + " but the manifest says " +
                std::to_string(expected.size) + " (shape " +
                shapeText(arg.shape) + ")";
        return TTT_ERROR_SHAPE;
      }
      continue;
    }
    // Checked against T below, once T is known from the whole shape.
    if (expected.derived())
      continue;
    int64_t value;
    std::string boundBy;
    if (symbolValue(expected.symbol, value, &boundBy, found) &&
        value != dims[d]) {
      error = what + ": dimension " + std::to_string(d) + " is " +
              std::to_string(dims[d]) + " but " + expected.symbol + " is " +
              std::to_string(value) + " (bound by '" + boundBy + "')";
      return TTT_ERROR_SHAPE;
    }
    // The same symbol twice in one shape must agree too.
    for (int e = 0; e < d; ++e)
      if (arg.shape[e].symbol == expected.symbol && !arg.shape[e].derived() &&
          dims[e] != dims[d]) {
        error = what + ": dimension " + std::to_string(d) + " is " +
                std::to_string(dims[d]) + " but " + expected.symbol + " is " +
                std::to_string(dims[e]) + " (dimension " + std::to_string(e) +
                ")";
        return TTT_ERROR_SHAPE;
      }
  }
  // T may be bound later: ttt_kernel_run checks again (checkDerivedSizes).
  if (ttt_status s = checkDerived(found, dims, /*requireT=*/false, error))
    return s;
  size_t bytes;
  if (!byteSize(dims, ttt_dtype_size(dtype), bytes)) {
    error = what + ": buffer size overflows";
    return TTT_ERROR_SHAPE;
  }
  if (!data && bytes != 0) {
    error = what + ": data is NULL";
    return TTT_ERROR_INVALID;
  }
  BoundArg &slot = args[found];
  slot.data = data;
  slot.shape = std::move(dims);
  slot.bytes = bytes;
  slot.sequence = nextSequence++;
  slot.user = nullptr;
  slot.strides.clear(); // the stage keeps its memory for the next run
  return TTT_OK;
}

/// True when no two elements of the view share an address: sorted by
/// stride, every stride reaches past the extent of the smaller ones.
static bool nonOverlapping(const std::vector<int64_t> &shape,
                           const std::vector<int64_t> &strides) {
  std::vector<std::pair<int64_t, int64_t>> dims; // (stride, size)
  for (size_t d = 0; d < shape.size(); ++d) {
    if (shape[d] == 0)
      return true; // no element at all
    if (shape[d] > 1)
      dims.push_back({strides[d], shape[d]});
  }
  std::sort(dims.begin(), dims.end());
  int64_t extent = 1; // elements spanned by the smaller dimensions
  for (auto [stride, size] : dims) {
    if (stride < extent)
      return false;
    extent = stride * (size - 1) + extent;
  }
  return true;
}

ttt_status Bindings::bindStrided(ttt_role role, const char *name, void *data,
                                 ttt_dtype dtype, int rank,
                                 const int64_t *shape, const int64_t *strides,
                                 bool allowStage, std::string &error) {
  if (rank > 0 && !strides) {
    error = std::string("argument '") + (name ? name : "(null)") +
            "': strides are NULL";
    return TTT_ERROR_INVALID;
  }
  bool dense = true;
  int64_t expected = 1;
  for (int d = rank; d-- > 0;) {
    if (strides[d] < 0) {
      error = std::string("argument '") + (name ? name : "(null)") +
              "': stride " + std::to_string(d) + " is negative (" +
              std::to_string(strides[d]) + ")";
      return TTT_ERROR_INVALID;
    }
    if (shape && shape[d] != 1 && strides[d] != expected)
      dense = false;
    if (shape)
      expected *= shape[d];
  }
  if (!dense && !allowStage) {
    error = std::string("argument '") + (name ? name : "(null)") +
            "': strided (non-dense) buffers are supported for CPU artifacts "
            "only";
    return TTT_ERROR_INVALID;
  }
  // Keep the old binding if the new one fails: check into a copy.
  BoundArg old;
  int slot = -1;
  for (size_t i = 0; i < desc->args.size(); ++i)
    if (name && desc->args[i].name == name && desc->args[i].role == role)
      slot = static_cast<int>(i), old = args[i];
  if (ttt_status s = bind(role, name, data, dtype, rank, shape, error))
    return s;
  if (dense)
    return TTT_OK;
  BoundArg &arg = args[slot];
  std::vector<int64_t> view(strides, strides + rank);
  if (role == TTT_OUTPUT && !nonOverlapping(arg.shape, view)) {
    error = "output '" + desc->args[slot].name +
            "': its strides make elements overlap";
    args[slot] = std::move(old);
    return TTT_ERROR_INVALID;
  }
  arg.user = data;
  arg.strides = std::move(view);
  arg.stage.resize(arg.bytes);
  arg.data = arg.stage.data();
  return TTT_OK;
}

} // namespace ttt::rt
