// The trainer's IDX reader (gpu_runner/idxfile.cpp), plain and gzipped. The first byte picks the
// number of dimensions (1 to 3) and whether the rest is written as it is (a gzip stream when it
// starts with 1f 8b) or gzip-compressed first; the rest is the file.
#include "gpu_runner/dataerror.h"
#include "gpu_runner/idxfile.h"
#include "tests/fuzz/fuzzinput.h"
#include "tests/fuzz/heapwatch.h"

#include <zlib.h>

#include <cstring>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace PatagonFuzz;

namespace {

// zlib's state and gzread's buffers (128 KiB in, 256 KiB out), the messages, the exception
constexpr uint64_t kOverhead = 1 << 20;
constexpr uint64_t kPiece = 1 << 22; // what readIdx reads at a time

std::string gzipped(const uint8_t *data, size_t size, int level)
{
    z_stream z = {};
    FUZZ_CHECK(deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(deflateBound(&z, uLong(size)) + 32, '\0');
    z.next_in = const_cast<Bytef *>(data);
    z.avail_in = uInt(size);
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    FUZZ_CHECK(deflate(&z, Z_FINISH) == Z_STREAM_END);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

std::string writeFile(const std::string &content)
{
    static const std::string path = "/tmp/patagon-fuzz-idx-" + std::to_string(::getpid());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
    return path;
}

struct Outcome
{
    bool ok = false;
    IdxData idx;
    uint64_t peak = 0;
};

Outcome read(const std::string &content, int dims)
{
    const std::string path = writeFile(content);
    Outcome o;
    HeapWatch watch;
    try {
        o.idx = readIdx(path, dims);
        o.ok = true;
    } catch (const DataError &) {}
    o.peak = watch.peak();
    return o;
}

// The bytes the header announces; 0 when there is no whole header with the right magic,
// UINT64_MAX when their number overflows.
uint64_t announced(const uint8_t *p, size_t size, int dims)
{
    const size_t header = 4 + 4 * size_t(dims);
    if (size < header || p[0] || p[1] || p[2] != 8 || p[3] != dims)
        return 0;
    uint64_t total = 1;
    for (int i = 0; i < dims; ++i) {
        const uint8_t *d = p + 4 + 4 * i;
        const uint64_t n = (uint64_t(d[0]) << 24) | (uint64_t(d[1]) << 16) | (d[2] << 8) | d[3];
        if (__builtin_mul_overflow(total, n, &total))
            return UINT64_MAX;
    }
    return total;
}

// Checks what readIdx promises about a file whose uncompressed content is `plain`.
void checkOutcome(const Outcome &o, const uint8_t *plain, size_t size, int dims)
{
    const size_t header = 4 + 4 * size_t(dims);
    const uint64_t total = announced(plain, size, dims);
    if (o.ok) {
        // exactly the header and the bytes it announces, no more and no fewer
        FUZZ_CHECK(o.idx.dims.size() == size_t(dims));
        uint64_t product = 1;
        for (int64_t d : o.idx.dims) {
            FUZZ_CHECK(d > 0);
            product *= uint64_t(d);
        }
        FUZZ_CHECK(product == total);
        FUZZ_CHECK(size == header + total);
        FUZZ_CHECK(o.idx.bytes.size() == total);
        FUZZ_CHECK(o.idx.bytes.capacity() == total); // nothing beyond what the header allows
        FUZZ_CHECK(std::memcmp(o.idx.bytes.data(), plain + header, total) == 0);
    } else {
        FUZZ_CHECK(total == 0 || total == UINT64_MAX || size != header + total);
    }
    // A file that claims much but holds little costs little: at most twice the pieces read
    // (growing copies the bytes), never more than twice what the header announces.
    const uint64_t held = size > header ? size - header : 0;
    const uint64_t bound = 2 * std::min<uint64_t>(total, 2 * held + kPiece);
    FUZZ_CHECK(o.peak <= kOverhead + bound);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int dims = 1 + data[0] % 3;
    const bool compress = data[0] & 0x80;
    const uint8_t *file = data + 1;
    const size_t fileSize = size - 1;
    const std::string content(reinterpret_cast<const char *>(file), fileSize);
    const bool isGzip = fileSize >= 2 && file[0] == 0x1f && file[1] == 0x8b;
    const Outcome plain = read(content, dims);
    if (!isGzip) {
        checkOutcome(plain, file, fileSize, dims);
    } else {
        // a gzip stream of the fuzzer's making: inflating it may give up to 1032 times its size
        FUZZ_CHECK(plain.peak <= kOverhead + 2 * (2 * 1032 * uint64_t(fileSize) + kPiece));
        if (plain.ok)
            FUZZ_CHECK(plain.idx.bytes.capacity() == plain.idx.bytes.size());
    }
    if (compress && !isGzip) {
        // the same content gzipped reads the same
        const Outcome packed = read(gzipped(file, fileSize, data[0] & 0x7f ? 9 : 1), dims);
        checkOutcome(packed, file, fileSize, dims);
        FUZZ_CHECK(packed.ok == plain.ok);
    }
    return 0;
}
