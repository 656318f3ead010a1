//===- Json.cpp - a minimal JSON reader for manifests ---------------------===//

#include "Json.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

namespace ttt::json {

const Value *Value::get(const std::string &key) const {
  if (kind != Kind::Object)
    return nullptr;
  for (const auto &member : object)
    if (member.first == key)
      return &member.second;
  return nullptr;
}

const char *kindName(Value::Kind kind) {
  switch (kind) {
  case Value::Kind::Null:
    return "null";
  case Value::Kind::Bool:
    return "boolean";
  case Value::Kind::Number:
    return "number";
  case Value::Kind::String:
    return "string";
  case Value::Kind::Array:
    return "array";
  case Value::Kind::Object:
    return "object";
  }
  return "value";
}

namespace {

// Deep nesting would otherwise overflow the stack on a hostile file; no
// manifest comes close.
constexpr int kMaxDepth = 256;

class Parser {
public:
  explicit Parser(const std::string &text) : text(text) {}

  bool parseDocument(Value &out, std::string &error) {
    skipSpace();
    if (!parseValue(out, 0)) {
      error = "at byte " + std::to_string(pos) + ": " + message;
      return false;
    }
    skipSpace();
    if (pos != text.size()) {
      error = "at byte " + std::to_string(pos) +
              ": unexpected text after the JSON value";
      return false;
    }
    return true;
  }

private:
  const std::string &text;
  size_t pos = 0;
  std::string message;

  bool fail(const std::string &what) {
    message = what;
    return false;
  }

  bool atEnd() const { return pos >= text.size(); }
  char peek() const { return atEnd() ? '\0' : text[pos]; }

  void skipSpace() {
    while (!atEnd() && (text[pos] == ' ' || text[pos] == '\t' ||
                        text[pos] == '\n' || text[pos] == '\r'))
      ++pos;
  }

  bool parseLiteral(const char *word) {
    size_t n = std::strlen(word);
    if (text.compare(pos, n, word) != 0)
      return fail("invalid literal (expected '" + std::string(word) + "')");
    pos += n;
    return true;
  }

  bool parseValue(Value &out, int depth) {
    if (depth > kMaxDepth)
      return fail("nesting deeper than " + std::to_string(kMaxDepth));
    if (atEnd())
      return fail("unexpected end of input, expected a value");
    char c = peek();
    switch (c) {
    case '{':
      return parseObject(out, depth);
    case '[':
      return parseArray(out, depth);
    case '"':
      out.kind = Value::Kind::String;
      return parseString(out.string);
    case 't':
      out.kind = Value::Kind::Bool;
      out.boolean = true;
      return parseLiteral("true");
    case 'f':
      out.kind = Value::Kind::Bool;
      out.boolean = false;
      return parseLiteral("false");
    case 'n':
      out.kind = Value::Kind::Null;
      return parseLiteral("null");
    default:
      if (c == '-' || (c >= '0' && c <= '9'))
        return parseNumber(out);
      return fail(std::string("unexpected character '") + c + "'");
    }
  }

  bool parseObject(Value &out, int depth) {
    out.kind = Value::Kind::Object;
    ++pos; // '{'
    skipSpace();
    if (peek() == '}') {
      ++pos;
      return true;
    }
    // Keys seen so far, hashed: comparing each key with every earlier one
    // made a large object quadratic (a 2.5 MB manifest took a minute).
    std::unordered_set<std::string> keys;
    while (true) {
      skipSpace();
      if (peek() != '"')
        return fail(atEnd() ? "unexpected end of input in object"
                            : "expected a string key in object");
      size_t keyPos = pos;
      std::string key;
      if (!parseString(key))
        return false;
      if (!keys.insert(key).second) {
        pos = keyPos;
        return fail("duplicate key \"" + key + "\"");
      }
      skipSpace();
      if (peek() != ':')
        return fail("expected ':' after object key");
      ++pos;
      skipSpace();
      out.object.emplace_back(key, Value());
      if (!parseValue(out.object.back().second, depth + 1))
        return false;
      skipSpace();
      if (peek() == ',') {
        ++pos;
        continue;
      }
      if (peek() == '}') {
        ++pos;
        return true;
      }
      return fail(atEnd() ? "unexpected end of input in object"
                          : "expected ',' or '}' in object");
    }
  }

  bool parseArray(Value &out, int depth) {
    out.kind = Value::Kind::Array;
    ++pos; // '['
    skipSpace();
    if (peek() == ']') {
      ++pos;
      return true;
    }
    while (true) {
      skipSpace();
      out.array.emplace_back();
      if (!parseValue(out.array.back(), depth + 1))
        return false;
      skipSpace();
      if (peek() == ',') {
        ++pos;
        continue;
      }
      if (peek() == ']') {
        ++pos;
        return true;
      }
      return fail(atEnd() ? "unexpected end of input in array"
                          : "expected ',' or ']' in array");
    }
  }

  static void appendUtf8(std::string &s, uint32_t cp) {
    if (cp < 0x80) {
      s += static_cast<char>(cp);
    } else if (cp < 0x800) {
      s += static_cast<char>(0xC0 | (cp >> 6));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      s += static_cast<char>(0xE0 | (cp >> 12));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (cp >> 18));
      s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool parseHex4(uint32_t &out) {
    if (pos + 4 > text.size())
      return fail("truncated \\u escape");
    out = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text[pos + i];
      uint32_t digit;
      if (c >= '0' && c <= '9')
        digit = c - '0';
      else if (c >= 'a' && c <= 'f')
        digit = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        digit = c - 'A' + 10;
      else
        return fail("invalid hex digit in \\u escape");
      out = out * 16 + digit;
    }
    pos += 4;
    return true;
  }

  bool parseString(std::string &out) {
    ++pos; // opening quote
    out.clear();
    while (true) {
      if (atEnd())
        return fail("unterminated string");
      char c = text[pos];
      if (c == '"') {
        ++pos;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20)
        return fail("control character in string (must be escaped)");
      if (c != '\\') {
        out += c;
        ++pos;
        continue;
      }
      ++pos; // backslash
      if (atEnd())
        return fail("unterminated escape in string");
      char e = text[pos++];
      switch (e) {
      case '"':
        out += '"';
        break;
      case '\\':
        out += '\\';
        break;
      case '/':
        out += '/';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        uint32_t cp;
        if (!parseHex4(cp))
          return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          // A high surrogate must be followed by an escaped low surrogate.
          if (text.compare(pos, 2, "\\u") != 0)
            return fail("unpaired surrogate in \\u escape");
          pos += 2;
          uint32_t low;
          if (!parseHex4(low))
            return false;
          if (low < 0xDC00 || low > 0xDFFF)
            return fail("invalid low surrogate in \\u escape");
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          return fail("unpaired surrogate in \\u escape");
        }
        appendUtf8(out, cp);
        break;
      }
      default:
        --pos;
        return fail(std::string("invalid escape '\\") + e + "'");
      }
    }
  }

  bool parseNumber(Value &out) {
    // Validate the JSON number grammar first; strtod alone accepts more
    // (hex, inf, leading '+').
    size_t start = pos;
    bool integral = true;
    if (peek() == '-')
      ++pos;
    if (peek() == '0') {
      ++pos;
    } else if (peek() >= '1' && peek() <= '9') {
      while (peek() >= '0' && peek() <= '9')
        ++pos;
    } else {
      return fail("invalid number");
    }
    if (peek() == '.') {
      integral = false;
      ++pos;
      if (!(peek() >= '0' && peek() <= '9'))
        return fail("invalid number: expected a digit after '.'");
      while (peek() >= '0' && peek() <= '9')
        ++pos;
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      ++pos;
      if (peek() == '+' || peek() == '-')
        ++pos;
      if (!(peek() >= '0' && peek() <= '9'))
        return fail("invalid number: expected a digit in the exponent");
      while (peek() >= '0' && peek() <= '9')
        ++pos;
    }
    std::string literal = text.substr(start, pos - start);
    out.kind = Value::Kind::Number;
    out.number = std::strtod(literal.c_str(), nullptr);
    if (integral) {
      errno = 0;
      long long v = std::strtoll(literal.c_str(), nullptr, 10);
      if (errno == 0) {
        out.isInt = true;
        out.integer = v;
      }
    }
    return true;
  }
};

} // namespace

bool parse(const std::string &text, Value &out, std::string &error) {
  out = Value();
  Parser parser(text);
  return parser.parseDocument(out, error);
}

std::string joinPath(const std::string &path, const std::string &key) {
  return path.empty() ? key : path + "." + key;
}

const Value &requireMember(const Value &object, const std::string &path,
                           const std::string &key) {
  const Value *v = object.get(key);
  if (!v)
    throw FieldError(joinPath(path, key) + ": missing");
  return *v;
}

void requireKind(const Value &v, Value::Kind kind, const std::string &field) {
  if (v.kind != kind)
    throw FieldError(field + ": expected " + kindName(kind) + ", found " +
                     kindName(v.kind));
}

std::string requireString(const Value &object, const std::string &path,
                          const std::string &key, bool nonEmpty) {
  const Value &v = requireMember(object, path, key);
  requireKind(v, Value::Kind::String, joinPath(path, key));
  if (nonEmpty && v.string.empty())
    throw FieldError(joinPath(path, key) + ": must not be empty");
  return v.string;
}

int64_t requireInt(const Value &object, const std::string &path,
                   const std::string &key, int64_t min, int64_t max) {
  const Value &v = requireMember(object, path, key);
  if (!v.isNumber() || !v.isInt)
    throw FieldError(joinPath(path, key) + ": expected an integer");
  if (v.integer < min || v.integer > max)
    throw FieldError(joinPath(path, key) + ": out of range [" +
                     std::to_string(min) + ", " + std::to_string(max) +
                     "]: " + std::to_string(v.integer));
  return v.integer;
}

} // namespace ttt::json
