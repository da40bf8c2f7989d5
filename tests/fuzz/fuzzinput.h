// Helpers shared by the fuzz targets: the input as Qt types, and chunking that feeds a
// streaming parser the same bytes in pieces whose sizes the input chooses.
#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace PatagonFuzz {

// A copy of the fuzzer's bytes (QByteArray::fromRawData would not own them past the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The first byte picks the chunk sizes (1..16 bytes, or everything at once for 0), the rest is
// the stream.
inline QList<QByteArray> chunks(const QByteArray &input)
{
    if (input.isEmpty())
        return {};
    const int step = uchar(input.at(0)) % 17;
    const QByteArray stream = input.mid(1);
    if (step == 0)
        return {stream};
    QList<QByteArray> out;
    for (qsizetype i = 0; i < stream.size(); i += step)
        out.append(stream.mid(i, step));
    return out;
}

// A property the parser promises, checked on every input: a failure is a crash for libFuzzer.
#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, \
                         #condition); \
            std::abort(); \
        } \
    } while (false)

} // namespace PatagonFuzz
