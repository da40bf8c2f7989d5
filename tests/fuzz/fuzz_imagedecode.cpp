// The trainer's PNG and JPEG decoding (gpu_runner/imagedecode.cpp), which checks the header
// against its caps before anything of the image's size is allocated. The first byte picks the
// smallest side a JPEG may be scaled down to (0: full size); the rest is the file.
#include "gpu_runner/imagedecode.h"
#include "tests/fuzz/fuzzinput.h"
#include "tests/fuzz/heapwatch.h"

#include <algorithm>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace PatagonFuzz;

namespace {

// libpng's and libjpeg's own state and row buffers, beside the pixels
constexpr uint64_t kOverhead = 8 << 20;
constexpr uint64_t kMaxPeak = kOverhead + 3 * kMaxDecodedPixels + kMaxJpegCoefficientBytes;

struct Outcome
{
    bool ok = false;
    DecodedImage image;
    uint64_t peak = 0;
};

Outcome decode(const std::string &path, int minSide)
{
    Outcome o;
    std::string error;
    HeapWatch watch;
    o.ok = decodeImageFile(path, o.image, error, minSide);
    o.peak = watch.peak();
    FUZZ_CHECK(o.ok || !error.empty()); // a refusal always says why
    return o;
}

void checkImage(const Outcome &o)
{
    if (!o.ok)
        return;
    const DecodedImage &image = o.image;
    FUZZ_CHECK(image.isValid());
    const uint64_t pixels = uint64_t(image.width) * uint64_t(image.height);
    FUZZ_CHECK(pixels <= kMaxDecodedPixels);
    FUZZ_CHECK(image.rgb.size() == pixels * 3);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int minSide = data[0];
    static const std::string path = "/tmp/patagon-fuzz-image-" + std::to_string(::getpid());
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char *>(data + 1), std::streamsize(size - 1));
    const Outcome full = decode(path, 0);
    checkImage(full);
    // What a decode holds at its peak, however small the file: the pixels it returns and the
    // decoders' working memory (for a multi-scan JPEG, all its coefficients: up to 6 bytes a
    // pixel), never more than the caps let a header claim.
    FUZZ_CHECK(full.peak <= kMaxPeak);
    if (full.ok)
        FUZZ_CHECK(full.peak <= kOverhead + 3 * full.image.rgb.size());
    if (minSide > 0) {
        // scaled down by a power of two at most, never below minSide unless the image is
        // smaller
        const Outcome scaled = decode(path, minSide);
        checkImage(scaled);
        FUZZ_CHECK(scaled.peak <= kMaxPeak);
        if (full.ok) // (not the converse: a JPEG too large to decode whole may decode scaled)
            FUZZ_CHECK(scaled.ok);
        if (scaled.ok && full.ok) {
            const int fullShorter = std::min(full.image.width, full.image.height);
            FUZZ_CHECK(scaled.image.width <= full.image.width);
            FUZZ_CHECK(scaled.image.height <= full.image.height);
            FUZZ_CHECK(std::min(scaled.image.width, scaled.image.height)
                       >= std::min(minSide, fullShorter));
            FUZZ_CHECK(full.image.width <= 8 * scaled.image.width);
        }
    }
    return 0;
}
