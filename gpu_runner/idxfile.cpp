// Reading IDX files (MNIST's format), plain or gzipped, with every size bounded by the header.
#include "idxfile.h"

#include "dataerror.h"

#ifdef PATAGON_HAVE_ZLIB
#include <zlib.h>
#endif

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <unistd.h>

namespace {

// A file that may be gzip-compressed (zlib reads plain files unchanged), read a piece at a
// time, so that what is kept of it can be bounded by its header.
class DataFile
{
public:
    explicit DataFile(std::string path)
        : m_path(std::move(path))
    {
#ifdef PATAGON_HAVE_ZLIB
        m_file = gzopen(m_path.c_str(), "rb");
        if (!m_file)
            throw DataError("cannot open " + m_path + ": " + std::strerror(errno));
        gzbuffer(m_file, 1 << 17);
#else
        // built without zlib (e.g. on a GPU machine without its headers): plain files only
        m_file = std::fopen(m_path.c_str(), "rb");
        if (!m_file)
            throw DataError("cannot open " + m_path + ": " + std::strerror(errno));
        const int b0 = std::fgetc(m_file), b1 = std::fgetc(m_file);
        if (b0 == 0x1f && b1 == 0x8b) {
            std::fclose(m_file);
            throw DataError(m_path
                            + " is gzip-compressed, but this build of patagon-train has no "
                              "zlib: decompress it (gunzip) or rebuild with zlib's headers");
        }
        std::rewind(m_file);
#endif
    }
    ~DataFile()
    {
#ifdef PATAGON_HAVE_ZLIB
        gzclose(m_file);
#else
        std::fclose(m_file);
#endif
    }
    DataFile(const DataFile &) = delete;
    DataFile &operator=(const DataFile &) = delete;

    // Reads up to size bytes; fewer only at the end of the file. Throws DataError when the
    // file is damaged.
    size_t read(uint8_t *to, size_t size)
    {
        size_t done = 0;
        while (done < size) {
#ifdef PATAGON_HAVE_ZLIB
            const int n
                = gzread(m_file, to + done, unsigned(std::min<size_t>(size - done, 1 << 30)));
            if (n < 0) {
                int code = 0;
                const std::string message = gzerror(m_file, &code);
                throw DataError(m_path + " is truncated or corrupt (zlib: " + message + ")");
            }
#else
            const size_t n = std::fread(to + done, 1, size - done, m_file);
            if (n == 0 && std::ferror(m_file))
                throw DataError("cannot read " + m_path + ": " + std::strerror(errno));
#endif
            if (n == 0)
                break;
            done += size_t(n);
        }
        return done;
    }

private:
    std::string m_path;
#ifdef PATAGON_HAVE_ZLIB
    gzFile m_file = nullptr;
#else
    std::FILE *m_file = nullptr;
#endif
};

std::string hexBytes(const uint8_t *p, size_t n)
{
    std::string s;
    char buf[4];
    for (size_t i = 0; i < n; ++i) {
        std::snprintf(buf, sizeof buf, "%02x", p[i]);
        s += (i ? " " : "") + std::string(buf);
    }
    return s;
}

uint64_t physicalMemory()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGE_SIZE);
    return pages > 0 && pageSize > 0 ? uint64_t(pages) * uint64_t(pageSize) : UINT64_MAX;
}

} // namespace

// The header decides how many bytes are read, and nothing beyond them is kept: a gzip stream
// that inflates to more (a decompression bomb) is refused after one more buffer.
IdxData readIdx(const std::string &path, int expectedDims)
{
    if (expectedDims < 1 || expectedDims > 3)
        throw std::invalid_argument("readIdx: IDX files of 1 to 3 dimensions only");
    DataFile file(path);
    uint8_t header[4 + 4 * 3] = {};
    const size_t headerSize = 4 + 4 * size_t(expectedDims);
    const size_t got = file.read(header, 4);
    if (got < 4)
        throw DataError(path + " is truncated: " + std::to_string(got)
                        + " bytes, too short for an IDX header");
    if (header[0] != 0 || header[1] != 0 || header[2] != 0x08 || header[3] != expectedDims) {
        throw DataError(path + " has the wrong IDX magic number: expected 00 00 08 0"
                        + std::to_string(expectedDims) + " (unsigned bytes, "
                        + std::to_string(expectedDims) + " dimensions), found "
                        + hexBytes(header, 4));
    }
    if (file.read(header + 4, headerSize - 4) < headerSize - 4)
        throw DataError(path + " is truncated: its IDX header is incomplete");
    IdxData idx;
    std::string shape;
    uint64_t total = 1;
    bool overflow = false;
    for (int i = 0; i < expectedDims; ++i) {
        const uint8_t *p = header + 4 + 4 * i;
        const uint64_t d
            = (uint64_t(p[0]) << 24) | (uint64_t(p[1]) << 16) | (uint64_t(p[2]) << 8) | p[3];
        if (d == 0)
            throw DataError(path + (i == 0 ? " holds no items: " : " is not a valid IDX file: ")
                            + "dimension " + std::to_string(i + 1) + " of its header is 0");
        idx.dims.push_back(int64_t(d));
        shape += (i ? "x" : "") + std::to_string(d);
        overflow = overflow || __builtin_mul_overflow(total, d, &total);
    }
    if (overflow || total > physicalMemory())
        throw DataError(path + " is not a valid IDX file: its header announces " + shape
                        + " bytes of data, more than this machine's memory ("
                        + std::to_string(physicalMemory()) + " bytes)");
    // read as the data arrives, so that a short file claiming much allocates little; reserve
    // first, as resize alone may allocate up to twice the size asked for (beyond the header)
    std::vector<uint8_t> &bytes = idx.bytes;
    size_t have = 0;
    while (have < total) {
        const size_t piece = size_t(std::min<uint64_t>(total - have, 1 << 22));
        if (bytes.size() < have + piece) {
            const size_t grown
                = size_t(std::min<uint64_t>(total, std::max(have + piece, 2 * have)));
            bytes.reserve(grown);
            bytes.resize(grown);
        }
        const size_t n = file.read(bytes.data() + have, piece);
        have += n;
        if (n < piece)
            break;
    }
    if (have < total)
        throw DataError(path + " is truncated: its header announces " + std::to_string(total)
                        + " bytes of data, the file holds " + std::to_string(have));
    uint8_t extra[1 << 16];
    if (const size_t n = file.read(extra, sizeof extra); n > 0)
        throw DataError(path + " is not a valid IDX file: "
                        + (n < sizeof extra ? std::to_string(n) : "at least " + std::to_string(n))
                        + " unexpected bytes follow the data its header announces");
    return idx;
}
