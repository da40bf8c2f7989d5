// Decoding of PNG and JPEG files to 8-bit RGB for image-folder datasets and predict.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

struct DecodedImage
{
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgb; // height * width * 3, row-major, interleaved RGB

    bool isValid() const { return width > 0 && height > 0; }
};

// Caps that keep a hostile or damaged file from exhausting memory; checked against the header,
// before anything of the image's size is allocated. The largest model input is 4096x4096
// (--image-size at most 4096), 16 Mi pixels; four times that is what is ever decoded:
constexpr uint64_t kMaxDecodedPixels = uint64_t(1) << 26; // 64 Mi pixels, 192 MiB of RGB
// A JPEG is decoded at 1/2 to 1/8 scale when larger than needed, so its header may claim more,
// up to the largest camera photos (about 100 megapixels); libjpeg's time grows with this size.
constexpr uint64_t kMaxJpegPixels = uint64_t(1) << 27; // 128 Mi pixels
// A progressive (or otherwise multi-scan) JPEG is decoded from all its DCT coefficients, which
// libjpeg holds for the whole image at once, 2 bytes each: about 3 to 6 bytes a pixel, allocated
// as soon as decoding starts, however small the file or the scaled output. Capped apart:
constexpr uint64_t kMaxJpegCoefficientBytes = uint64_t(1) << 28; // 256 MiB
// No PNG or JPEG within the caps above needs more bytes than this.
constexpr uint64_t kMaxImageFileBytes = uint64_t(1) << 30; // 1 GiB

// Whether this build can decode images (libpng and libjpeg were found at configure time).
bool imageDecodingAvailable();
// Decodes the file by its content (not its extension). On failure returns false and sets
// error to a sentence fragment such as "not a PNG or JPEG image" or libjpeg's own message;
// a file or image beyond the caps above is refused so, by its size or header. Allocating the
// pixels may still throw std::bad_alloc when memory is short.
// With minSide > 0, a JPEG may be decoded at 1/2, 1/4 or 1/8 of its size (libjpeg scales in
// the DCT domain, several times faster) as long as its shorter side stays >= minSide.
bool decodeImageFile(const std::string &path, DecodedImage &image, std::string &error,
                     int minSide = 0);
