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

// Whether this build can decode images (libpng and libjpeg were found at configure time).
bool imageDecodingAvailable();
// Decodes the file by its content (not its extension). On failure returns false and sets
// error to a sentence fragment such as "not a PNG or JPEG image" or libjpeg's own message.
// With minSide > 0, a JPEG may be decoded at 1/2, 1/4 or 1/8 of its size (libjpeg scales in
// the DCT domain, several times faster) as long as its shorter side stays >= minSide.
bool decodeImageFile(const std::string &path, DecodedImage &image, std::string &error,
                     int minSide = 0);
