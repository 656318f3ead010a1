//===- Npy.cpp - reading and writing .npy files ---------------------------===//

#include "Npy.h"

#include "Error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ttt::run {

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicSize = 6;

[[noreturn]] void bad(const std::string &path, const std::string &what) {
  throw Error(path + ": " + what);
}

// A FILE* that closes itself.
struct File {
  FILE *f = nullptr;
  ~File() {
    if (f)
      std::fclose(f);
  }
};

// The header is a Python dict literal such as
//   {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
// This parser accepts that subset: string keys, string / True / False / int
// tuple values.
class HeaderParser {
public:
  HeaderParser(const std::string &text, const std::string &path)
      : text(text), path(path) {}

  std::string descr;
  bool haveDescr = false, fortranOrder = false, haveOrder = false;
  bool haveShape = false;
  std::vector<int64_t> shape;

  void parse() {
    skip();
    expect('{');
    while (true) {
      skip();
      if (peek() == '}')
        break;
      std::string key = parseString("a dictionary key");
      skip();
      expect(':');
      skip();
      if (key == "descr") {
        if (peek() == '[')
          fail("structured dtypes are not supported (descr is a list)");
        descr = parseString("the 'descr' string");
        haveDescr = true;
      } else if (key == "fortran_order") {
        fortranOrder = parseBool();
        haveOrder = true;
      } else if (key == "shape") {
        parseShape();
        haveShape = true;
      } else {
        fail("unexpected key '" + key + "'");
      }
      skip();
      if (peek() == ',') {
        ++pos;
        continue;
      }
      skip();
      if (peek() != '}')
        fail("expected ',' or '}'");
    }
    if (!haveDescr || !haveOrder || !haveShape)
      fail(std::string("missing key '") +
           (!haveDescr   ? "descr"
            : !haveOrder ? "fortran_order"
                         : "shape") +
           "'");
  }

private:
  const std::string &text;
  const std::string &path;
  size_t pos = 0;

  [[noreturn]] void fail(const std::string &what) {
    bad(path, "bad NPY header: " + what + " in \"" + text + "\"");
  }
  char peek() const { return pos < text.size() ? text[pos] : '\0'; }
  void skip() {
    while (pos < text.size() &&
           (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n'))
      ++pos;
  }
  void expect(char c) {
    if (peek() != c)
      fail(std::string("expected '") + c + "'");
    ++pos;
  }
  std::string parseString(const char *what) {
    char quote = peek();
    if (quote != '\'' && quote != '"')
      fail(std::string("expected ") + what);
    size_t end = text.find(quote, pos + 1);
    if (end == std::string::npos)
      fail("unterminated string");
    std::string s = text.substr(pos + 1, end - pos - 1);
    pos = end + 1;
    return s;
  }
  bool parseBool() {
    if (text.compare(pos, 4, "True") == 0) {
      pos += 4;
      return true;
    }
    if (text.compare(pos, 5, "False") == 0) {
      pos += 5;
      return false;
    }
    fail("expected True or False for 'fortran_order'");
  }
  void parseShape() {
    expect('(');
    while (true) {
      skip();
      if (peek() == ')') {
        ++pos;
        return;
      }
      size_t start = pos;
      int64_t value = 0;
      while (peek() >= '0' && peek() <= '9') {
        if (value > (INT64_MAX - 9) / 10)
          fail("dimension too large in 'shape'");
        value = value * 10 + (peek() - '0');
        ++pos;
      }
      if (pos == start)
        fail("expected a non-negative integer in 'shape'");
      shape.push_back(value);
      skip();
      if (peek() == ',') {
        ++pos;
        continue;
      }
      if (peek() != ')')
        fail("expected ',' or ')' in 'shape'");
    }
  }
};

Elem elemOfDescr(const std::string &descr, const std::string &path) {
  if (descr == "<f4")
    return Elem::F32;
  if (descr == "<f8")
    return Elem::F64;
  if (descr == "<f2")
    return Elem::F16;
  if (descr == "<i8")
    return Elem::I64;
  if (descr == "<i4")
    return Elem::I32;
  // bfloat16 bit patterns (see Npy.h).
  if (descr == "<V2" || descr == "|V2" || descr == "<u2")
    return Elem::BF16;
  if (!descr.empty() && descr[0] == '>')
    bad(path, "big-endian dtype '" + descr + "' is not supported");
  bad(path, "unsupported dtype '" + descr +
                "' (expected <f4, <f8, <f2, <i8, <i4, or <V2 / <u2 for "
                "bfloat16 bits)");
}

} // namespace

const char *npyDescr(Elem elem) {
  switch (elem) {
  case Elem::F32:
    return "<f4";
  case Elem::F64:
    return "<f8";
  case Elem::F16:
    return "<f2";
  case Elem::BF16:
    return "<V2";
  case Elem::I32:
    return "<i4";
  case Elem::I64:
    return "<i8";
  }
  return "?";
}

namespace {

/// Reads a .npy file of `fileSize` bytes from `in` (at its start); `path`
/// names it in messages.
Buffer readNpyStream(FILE *in, size_t fileSize, const std::string &path) {
  unsigned char prelude[12];
  size_t got = std::fread(prelude, 1, 10, in);
  if (got < kMagicSize || std::memcmp(prelude, kMagic, kMagicSize) != 0)
    bad(path, "not a .npy file (bad magic)");
  if (got < 10)
    bad(path, "truncated NPY header");
  int major = prelude[6], minor = prelude[7];
  size_t headerLen, headerStart;
  if (major == 1) {
    headerLen = prelude[8] | (prelude[9] << 8);
    headerStart = 10;
  } else if (major == 2) {
    if (std::fread(prelude + 10, 1, 2, in) != 2)
      bad(path, "truncated NPY header");
    headerLen = prelude[8] | (prelude[9] << 8) | (prelude[10] << 16) |
                (static_cast<size_t>(prelude[11]) << 24);
    headerStart = 12;
  } else {
    bad(path, "unsupported NPY version " + std::to_string(major) + "." +
                  std::to_string(minor) + " (expected 1.0 or 2.0)");
  }
  if (headerStart + headerLen > fileSize)
    bad(path, "truncated NPY header (" + std::to_string(headerLen) +
                  " header bytes announced, file has " +
                  std::to_string(fileSize) + " bytes)");
  std::string header(headerLen, '\0');
  if (std::fread(&header[0], 1, headerLen, in) != headerLen)
    bad(path, "truncated NPY header");
  // numpy pads with spaces and ends with '\n'; ignore both.
  while (!header.empty() && (header.back() == '\n' || header.back() == ' ' ||
                             header.back() == '\0'))
    header.pop_back();

  HeaderParser parser(header, path);
  parser.parse();
  Elem elem = elemOfDescr(parser.descr, path);
  if (parser.fortranOrder)
    bad(path, "Fortran-order arrays are not supported (save with "
              "np.ascontiguousarray)");

  // The size the header announces is checked against the file before any
  // memory is allocated: a small file must not make us allocate gigabytes.
  size_t bytes = elementCount(parser.shape, elemSize(elem), path) *
                 elemSize(elem);
  size_t dataStart = headerStart + headerLen;
  size_t available = fileSize - dataStart;
  if (available < bytes)
    bad(path, "truncated data: shape " + shapeString(parser.shape) + " of " +
                  parser.descr + " needs " + std::to_string(bytes) +
                  " bytes, file has " + std::to_string(available));
  if (available > bytes)
    bad(path, std::to_string(available - bytes) +
                  " unexpected bytes after the data of shape " +
                  shapeString(parser.shape));
  Buffer buffer(elem, parser.shape, path);
  if (bytes && std::fread(buffer.data(), 1, bytes, in) != bytes)
    bad(path, "read error in the data");
  return buffer;
}

} // namespace

Buffer readNpy(const std::string &path) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0)
    bad(path, std::string("cannot open: ") + std::strerror(errno));
  File file;
  file.f = fdopen(fd, "rb");
  if (!file.f) {
    int err = errno;
    close(fd);
    bad(path, std::string("cannot open: ") + std::strerror(err));
  }
  struct stat st;
  if (fstat(fd, &st) != 0)
    bad(path, std::string("cannot stat: ") + std::strerror(errno));
  if (S_ISDIR(st.st_mode))
    bad(path, "is a directory, not a .npy file");
  if (!S_ISREG(st.st_mode))
    bad(path, "is not a regular file (a FIFO, device or socket); inputs are "
              ".npy files");
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0)
    bad(path, std::string("cannot read: ") + std::strerror(errno));
  return readNpyStream(file.f, static_cast<size_t>(st.st_size), path);
}

Buffer parseNpy(const std::string &bytes, const std::string &name) {
  File file;
  // fmemopen refuses a zero-sized buffer; an empty file is "bad magic".
  static char empty = 0;
  file.f = bytes.empty() ? fmemopen(&empty, 1, "rb")
                         : fmemopen(const_cast<char *>(bytes.data()),
                                    bytes.size(), "rb");
  if (!file.f)
    bad(name, std::string("cannot read: ") + std::strerror(errno));
  return readNpyStream(file.f, bytes.size(), name);
}

std::string writeNpyTemporary(const std::string &path, const Buffer &buffer) {
  std::string header =
      std::string("{'descr': '") + npyDescr(buffer.elem()) +
      "', 'fortran_order': False, 'shape': " + shapeString(buffer.shape()) +
      ", }";
  // Pad so that the data starts on a 64-byte boundary, as numpy does.
  bool v2 = header.size() + 1 + 10 > 65535;
  size_t prelude = v2 ? 12 : 10;
  size_t total = prelude + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';

  std::string bytes(kMagic, kMagicSize);
  bytes += static_cast<char>(v2 ? 2 : 1);
  bytes += static_cast<char>(0);
  size_t len = header.size();
  bytes += static_cast<char>(len & 0xff);
  bytes += static_cast<char>((len >> 8) & 0xff);
  if (v2) {
    bytes += static_cast<char>((len >> 16) & 0xff);
    bytes += static_cast<char>((len >> 24) & 0xff);
  }
  bytes += header;

  std::string tmp = path + ".tmp-" + std::to_string(getpid());
  FILE *f = std::fopen(tmp.c_str(), "wb");
  if (!f)
    bad(path,
        std::string("cannot create '") + tmp + "': " + std::strerror(errno));
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = ok &&
       (buffer.bytes() == 0 ||
        std::fwrite(buffer.data(), 1, buffer.bytes(), f) == buffer.bytes());
  int err = errno;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) {
    std::remove(tmp.c_str());
    bad(path, std::string("write failed: ") + std::strerror(err));
  }
  return tmp;
}

void writeNpy(const std::string &path, const Buffer &buffer) {
  std::string tmp = writeNpyTemporary(path, buffer);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    std::remove(tmp.c_str());
    bad(path, std::string("cannot rename the temporary file into place: ") +
                  std::strerror(err));
  }
}

} // namespace ttt::run
