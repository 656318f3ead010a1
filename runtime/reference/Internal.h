//===- Internal.h - helpers shared by the reference's sources ---*- C++ -*-===//
//
// Not part of the reference's API: error reporting and the one structural
// query both Reference.cpp and InnerModel.cpp need.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_REFERENCE_INTERNAL_H
#define TTT_REFERENCE_INTERNAL_H

#include "reference/Reference.h"

#include <stdexcept>
#include <string>

namespace ttt::reference::internal {

/// Every error of the reference is a std::runtime_error("reference: ...").
[[noreturn]] inline void fail(const std::string &message) {
  throw std::runtime_error("reference: " + message);
}

/// The input width of a Linear value (its operand's width).
inline int64_t linearInWidth(const Model &model, const Value &v) {
  return model.values[v.x].width;
}

} // namespace ttt::reference::internal

#endif // TTT_REFERENCE_INTERNAL_H
