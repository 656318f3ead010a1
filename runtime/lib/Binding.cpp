//===- Binding.cpp - buffers bound to a kernel's arguments ----------------===//

#include "Binding.h"

#include <cstring>

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
      if (shape[d].symbol != symbol)
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

ttt_status checkPosition(const KernelDesc &desc, const Bindings &bindings,
                         std::string &error) {
  if (desc.miniBatch <= 0)
    return TTT_OK;
  for (size_t i = 0; i < desc.args.size(); ++i) {
    const ArgDesc &arg = desc.args[i];
    const BoundArg &bound = bindings.bound()[i];
    if (arg.role != TTT_INPUT || arg.name != "position" ||
        arg.dtype != TTT_I64 || !arg.shape.empty() || bound.sequence == 0)
      continue;
    int64_t position;
    std::memcpy(&position, bound.data, sizeof position);
    if (position < 0 || position >= desc.miniBatch) {
      error = "kernel '" + desc.name + "': input 'position' is " +
              std::to_string(position) + ", outside the mini-batch [0, " +
              std::to_string(desc.miniBatch) + ")";
      return TTT_ERROR_INVALID;
    }
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
      if (arg.shape[e].symbol == expected.symbol && dims[e] != dims[d]) {
        error = what + ": dimension " + std::to_string(d) + " is " +
                std::to_string(dims[d]) + " but " + expected.symbol + " is " +
                std::to_string(dims[e]) + " (dimension " + std::to_string(e) +
                ")";
        return TTT_ERROR_SHAPE;
      }
  }
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
  return TTT_OK;
}

} // namespace ttt::rt
