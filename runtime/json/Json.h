//===- Json.h - a minimal JSON reader for manifests -------------*- C++ -*-===//
//
// Just enough JSON for manifest.json: objects (key order kept, duplicate keys
// rejected), arrays, strings with every escape including \uXXXX surrogate
// pairs, numbers, true/false/null. Errors carry the byte offset so a user can
// find the problem in a hand-edited manifest. No dependency beyond the
// standard library: the runtime must not pull in LLVM's JSON.
//
//===----------------------------------------------------------------------===//
#ifndef TTT_RUNTIME_JSON_H
#define TTT_RUNTIME_JSON_H

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace ttt::json {

class Value {
public:
  enum class Kind { Null, Bool, Number, String, Array, Object };

  Kind kind = Kind::Null;
  bool boolean = false;
  double number = 0.0;
  // Set for number literals without fraction or exponent that fit int64, so
  // dimensions are read exactly rather than through a double.
  bool isInt = false;
  int64_t integer = 0;
  std::string string;
  std::vector<Value> array;
  std::vector<std::pair<std::string, Value>> object;

  bool isNull() const { return kind == Kind::Null; }
  bool isBool() const { return kind == Kind::Bool; }
  bool isNumber() const { return kind == Kind::Number; }
  bool isString() const { return kind == Kind::String; }
  bool isArray() const { return kind == Kind::Array; }
  bool isObject() const { return kind == Kind::Object; }

  /// The member `key` of an object, or null when absent or not an object.
  const Value *get(const std::string &key) const;
};

/// "object", "array", ... for messages.
const char *kindName(Value::Kind kind);

/// Parses `text` as one JSON value (surrounding whitespace allowed). On
/// failure returns false and sets `error` to "at byte N: what went wrong".
bool parse(const std::string &text, Value &out, std::string &error);

/// A missing or mistyped field, as "<path>: <what>". The accessors below
/// throw it; the runtime's manifest reader and ttt-run's model reader turn
/// it into their own errors.
struct FieldError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// "path.key", or "key" at the root (empty `path`).
std::string joinPath(const std::string &path, const std::string &key);

/// "<field>: expected <kind>, found <its kind>" unless `v` is a `kind`.
void requireKind(const Value &v, Value::Kind kind, const std::string &field);

/// The member `key` of `object`; "<path.key>: missing" when absent.
const Value &requireMember(const Value &object, const std::string &path,
                           const std::string &key);

/// A string member; "expected string, found <kind>", or "must not be empty"
/// when `nonEmpty`.
std::string requireString(const Value &object, const std::string &path,
                          const std::string &key, bool nonEmpty = true);

/// An integer member in [min, max]; "expected an integer" or "out of range".
int64_t requireInt(const Value &object, const std::string &path,
                   const std::string &key, int64_t min, int64_t max);

} // namespace ttt::json

#endif // TTT_RUNTIME_JSON_H
