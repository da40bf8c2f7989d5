// Decoding of PNG and JPEG files to 8-bit RGB for image-folder datasets and predict.
#include "imagedecode.h"

#include <algorithm>
#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef PATAGON_HAVE_IMAGES
#include <jpeglib.h>
#include <png.h>
#endif

namespace {

std::string pixelCount(uint64_t width, uint64_t height)
{
    return std::to_string(width) + "x" + std::to_string(height) + " pixels";
}

#ifdef PATAGON_HAVE_IMAGES

bool decodePng(const std::vector<uint8_t> &bytes, DecodedImage &image, std::string &error)
{
    png_image png;
    std::memset(&png, 0, sizeof png);
    png.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&png, bytes.data(), bytes.size())) {
        error = std::string("invalid PNG: ") + png.message;
        return false;
    }
    // the header alone says how much the pixels need: refused before that is allocated
    // (PNG_IMAGE_SIZE computes in 32 bits and wraps for large images)
    if (uint64_t(png.width) * png.height > kMaxDecodedPixels) {
        error = "its header claims " + pixelCount(png.width, png.height) + ", more than the "
            + std::to_string(kMaxDecodedPixels) + " this trainer decodes";
        png_image_free(&png);
        return false;
    }
    png.format = PNG_FORMAT_RGB;
    std::vector<uint8_t> rgb;
    try {
        rgb.resize(size_t(png.width) * png.height * 3);
    } catch (...) {
        png_image_free(&png);
        throw;
    }
    if (!png_image_finish_read(&png, nullptr, rgb.data(), 0, nullptr)) {
        error = std::string("invalid PNG: ") + png.message;
        png_image_free(&png);
        return false;
    }
    image.width = int(png.width);
    image.height = int(png.height);
    image.rgb = std::move(rgb);
    return true;
}

// libjpeg reports fatal errors through error_exit, which must not return: jump back out.
struct JpegErrorManager
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void jpegErrorExit(j_common_ptr info)
{
    auto *manager = reinterpret_cast<JpegErrorManager *>(info->err);
    (*info->err->format_message)(info, manager->message);
    std::longjmp(manager->jump, 1);
}

void jpegSilence(j_common_ptr, int)
{}

// Runs between setjmp and the end of decoding; kept apart so that no local of the frame holding
// setjmp changes after it (what -Wclobbered warns about). Returns false with error set when the
// header claims too large an image.
bool readJpeg(jpeg_decompress_struct &info, const std::vector<uint8_t> &bytes, DecodedImage &image,
              int minSide, std::string &error)
{
    jpeg_mem_src(&info, bytes.data(), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    if (uint64_t(info.image_width) * info.image_height > kMaxJpegPixels) {
        error = "its header claims " + pixelCount(info.image_width, info.image_height)
            + ", more than the " + std::to_string(kMaxJpegPixels) + " this trainer reads";
        return false;
    }
    info.out_color_space = JCS_RGB;
    if (minSide > 0) {
        // the largest reduction whose output (rounded up, as libjpeg does) keeps the shorter
        // side at minSide or more; the resize that follows then filters far fewer pixels
        const unsigned shorter = std::min(info.image_width, info.image_height);
        for (const unsigned denom : {8u, 4u, 2u}) {
            if ((shorter + denom - 1) / denom >= unsigned(minSide)) {
                info.scale_num = 1;
                info.scale_denom = denom;
                break;
            }
        }
    }
    if (jpeg_has_multiple_scans(&info)) {
        // what libjpeg's coefficient buffer takes (padded as it pads: whole MCUs)
        uint64_t bytes = 0;
        for (int c = 0; c < info.num_components; ++c) {
            const jpeg_component_info &comp = info.comp_info[c];
            const uint64_t wide = (uint64_t(comp.width_in_blocks) + comp.h_samp_factor - 1)
                / comp.h_samp_factor * comp.h_samp_factor;
            const uint64_t high = (uint64_t(comp.height_in_blocks) + comp.v_samp_factor - 1)
                / comp.v_samp_factor * comp.v_samp_factor;
            bytes += wide * high * DCTSIZE2 * sizeof(JCOEF);
        }
        if (bytes > kMaxJpegCoefficientBytes) {
            error = "its header claims " + pixelCount(info.image_width, info.image_height)
                + " in several scans (progressive), which needs " + std::to_string(bytes)
                + " bytes to decode, more than the " + std::to_string(kMaxJpegCoefficientBytes)
                + " this trainer allows";
            return false;
        }
    }
    jpeg_calc_output_dimensions(&info);
    if (uint64_t(info.output_width) * info.output_height > kMaxDecodedPixels) {
        error = "its header claims " + pixelCount(info.image_width, info.image_height)
            + ", which decodes to " + pixelCount(info.output_width, info.output_height)
            + " at the smallest scale the image size allows, more than the "
            + std::to_string(kMaxDecodedPixels) + " this trainer decodes";
        return false;
    }
    jpeg_start_decompress(&info);
    const size_t stride = size_t(info.output_width) * 3;
    image.rgb.resize(stride * info.output_height);
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = image.rgb.data() + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    image.width = int(info.output_width);
    image.height = int(info.output_height);
    return true;
}

bool decodeJpeg(const std::vector<uint8_t> &bytes, DecodedImage &image, std::string &error,
                int minSide)
{
    jpeg_decompress_struct info;
    JpegErrorManager manager;
    info.err = jpeg_std_error(&manager.base);
    manager.base.error_exit = jpegErrorExit;
    manager.base.emit_message = jpegSilence; // warnings (e.g. extraneous bytes) are not fatal
    jpeg_create_decompress(&info);
    if (setjmp(manager.jump)) {
        jpeg_destroy_decompress(&info);
        image = DecodedImage();
        error = std::string("invalid JPEG: ") + manager.message;
        return false;
    }
    try {
        if (!readJpeg(info, bytes, image, minSide, error)) {
            jpeg_destroy_decompress(&info);
            return false;
        }
    } catch (...) { // std::bad_alloc for the pixels: the caller reports it
        jpeg_destroy_decompress(&info);
        throw;
    }
    jpeg_destroy_decompress(&info);
    return true;
}

#endif

// Reads the whole file, refusing one larger than kMaxImageFileBytes before reading it.
bool readImageBytes(const std::string &path, std::vector<uint8_t> &bytes, std::string &error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::string("cannot open: ") + std::strerror(errno);
        return false;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        error = std::string("cannot read: ") + std::strerror(errno);
    else if (!S_ISREG(st.st_mode)) // a device or a pipe could be read forever
        error = "not a regular file";
    else if (uint64_t(st.st_size) > kMaxImageFileBytes)
        error = "the file holds " + std::to_string(st.st_size) + " bytes, more than the "
            + std::to_string(kMaxImageFileBytes) + " an image within this trainer's limits needs";
    if (!error.empty()) {
        ::close(fd);
        return false;
    }
    bytes.resize(size_t(st.st_size));
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error = std::string("cannot read: ") + std::strerror(errno);
            ::close(fd);
            return false;
        }
        if (n == 0)
            break; // shrank meanwhile: what is there is decoded (and found truncated)
        done += size_t(n);
    }
    bytes.resize(done);
    ::close(fd);
    return true;
}

} // namespace

bool imageDecodingAvailable()
{
#ifdef PATAGON_HAVE_IMAGES
    return true;
#else
    return false;
#endif
}

bool decodeImageFile(const std::string &path, DecodedImage &image, std::string &error, int minSide)
{
    std::vector<uint8_t> bytes;
    if (!readImageBytes(path, bytes, error))
        return false;
    if (bytes.empty()) {
        error = "the file is empty";
        return false;
    }
#ifdef PATAGON_HAVE_IMAGES
    static const uint8_t kPng[] = {0x89, 'P', 'N', 'G'};
    if (bytes.size() >= 4 && std::memcmp(bytes.data(), kPng, 4) == 0)
        return decodePng(bytes, image, error);
    if (bytes.size() >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        return decodeJpeg(bytes, image, error, minSide);
    error = "not a PNG or JPEG image";
    return false;
#else
    (void)image;
    (void)minSide;
    error = "this build of patagon-train has no PNG/JPEG support (libpng/libjpeg not found)";
    return false;
#endif
}
