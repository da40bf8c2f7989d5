// Writes small synthetic datasets for the tests of patagon-train: CIFAR-10 binary batches,
// uncompressed MNIST-style IDX files and image folders of PNG and JPEG files. Each class has its
// own colour and stripe direction, so a model can learn them in one short epoch.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <sys/stat.h>
#include <vector>

#ifdef PATAGON_HAVE_IMAGES
#include <jpeglib.h>
#include <png.h>
#endif

namespace {

[[noreturn]] void fail(const std::string &message)
{
    std::fprintf(stderr, "patagon-train-testdata: %s\n", message.c_str());
    std::exit(1);
}

void makeDir(const std::string &path)
{
    if (::mkdir(path.c_str(), 0775) != 0 && errno != EEXIST)
        fail("cannot create " + path + ": " + std::strerror(errno));
}

void writeFile(const std::string &path, const std::vector<uint8_t> &bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
    if (!out)
        fail("cannot write " + path);
}

// An RGB image (HWC) of class c: a class colour, stripes whose direction depends on the class,
// and noise; drawn at an offset so that crops and flips keep it recognisable.
std::vector<uint8_t> classImage(int c, int width, int height, std::mt19937 &rng)
{
    static const uint8_t palette[10][3]
        = {{230, 25, 75},  {60, 180, 75},  {255, 225, 25}, {0, 130, 200},  {245, 130, 48},
           {145, 30, 180}, {70, 240, 240}, {240, 50, 230}, {210, 245, 60}, {128, 128, 128}};
    std::normal_distribution<float> noise(0.f, 20.f);
    std::uniform_int_distribution<int> shift(0, 7);
    const int phase = shift(rng);
    std::vector<uint8_t> rgb(size_t(width) * height * 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int t = (c % 2 == 0 ? x : y) + phase;
            const float stripe = ((t / 4) % 2) ? 1.0f : 0.6f;
            for (int k = 0; k < 3; ++k) {
                const float v = palette[c % 10][k] * stripe + noise(rng);
                rgb[(size_t(y) * width + x) * 3 + k] = uint8_t(std::fmin(255.f, std::fmax(0.f, v)));
            }
        }
    }
    return rgb;
}

void writeCifar(const std::string &dir, int train, int test, int batches, unsigned seed)
{
    makeDir(dir);
    std::mt19937 rng(seed);
    auto batch = [&](const std::string &path, int n, int offset) {
        std::vector<uint8_t> bytes;
        for (int i = 0; i < n; ++i) {
            const int c = (i + offset) % 10;
            const auto rgb = classImage(c, 32, 32, rng);
            bytes.push_back(uint8_t(c));
            for (int k = 0; k < 3; ++k) // CIFAR stores planes: all red, then green, then blue
                for (int p = 0; p < 32 * 32; ++p)
                    bytes.push_back(rgb[size_t(p) * 3 + k]);
        }
        writeFile(path, bytes);
    };
    for (int b = 0; b < batches; ++b) {
        const int n = train / batches + (b < train % batches ? 1 : 0);
        batch(dir + "/data_batch_" + std::to_string(b + 1) + ".bin", n, b * 7);
    }
    batch(dir + "/test_batch.bin", test, 3);
    std::ofstream meta(dir + "/batches.meta.txt");
    for (const char *name :
         {"red", "green", "yellow", "blue", "orange", "purple", "cyan", "magenta", "lime", "grey"})
        meta << name << "\n";
}

void writeIdx(const std::string &path, const std::vector<uint32_t> &dims,
              const std::vector<uint8_t> &data)
{
    std::vector<uint8_t> bytes = {0, 0, 0x08, uint8_t(dims.size())};
    for (const auto d : dims) {
        bytes.push_back(uint8_t(d >> 24));
        bytes.push_back(uint8_t(d >> 16));
        bytes.push_back(uint8_t(d >> 8));
        bytes.push_back(uint8_t(d));
    }
    bytes.insert(bytes.end(), data.begin(), data.end());
    writeFile(path, bytes);
}

void writeMnist(const std::string &dir, int train, int test, unsigned seed)
{
    makeDir(dir);
    std::mt19937 rng(seed);
    auto split = [&](const std::string &prefix, int n) {
        std::vector<uint8_t> images, labels;
        for (int i = 0; i < n; ++i) {
            const int c = i % 10;
            const auto rgb = classImage(c, 28, 28, rng);
            for (size_t p = 0; p < 28 * 28; ++p) // grey from the class colour and stripes
                images.push_back(uint8_t((rgb[p * 3] + rgb[p * 3 + 1] + rgb[p * 3 + 2]) / 3));
            labels.push_back(uint8_t(c));
        }
        writeIdx(dir + "/" + prefix + "-images-idx3-ubyte", {uint32_t(n), 28, 28}, images);
        writeIdx(dir + "/" + prefix + "-labels-idx1-ubyte", {uint32_t(n)}, labels);
    };
    split("train", train);
    split("t10k", test);
}

#ifdef PATAGON_HAVE_IMAGES
void writePng(const std::string &path, const std::vector<uint8_t> &rgb, int w, int h)
{
    png_image img;
    std::memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    img.width = png_uint_32(w);
    img.height = png_uint_32(h);
    img.format = PNG_FORMAT_RGB;
    if (!png_image_write_to_file(&img, path.c_str(), 0, rgb.data(), 0, nullptr))
        fail("cannot write " + path + ": " + img.message);
}

// progressive: in several scans, colour not subsampled (libjpeg then keeps every coefficient)
void writeJpeg(const std::string &path, const std::vector<uint8_t> &rgb, int w, int h,
               bool progressive = false)
{
    FILE *f = std::fopen(path.c_str(), "wb");
    if (!f)
        fail("cannot write " + path);
    jpeg_compress_struct info;
    jpeg_error_mgr err;
    info.err = jpeg_std_error(&err);
    jpeg_create_compress(&info);
    jpeg_stdio_dest(&info, f);
    info.image_width = JDIMENSION(w);
    info.image_height = JDIMENSION(h);
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 92, TRUE);
    if (progressive) {
        info.comp_info[0].h_samp_factor = 1;
        info.comp_info[0].v_samp_factor = 1;
        jpeg_simple_progression(&info);
    }
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = const_cast<uint8_t *>(rgb.data()) + size_t(info.next_scanline) * w * 3;
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    std::fclose(f);
}

void writeImageFolder(const std::string &dir, int classes, int perClass, unsigned seed, int minSide,
                      int maxSide, bool jpegOnly)
{
    makeDir(dir);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> side(minSide, std::max(minSide, maxSide));
    for (const char *split : {"train", "test"}) {
        makeDir(dir + "/" + split);
        const int n = std::string(split) == "train" ? perClass : std::max(2, perClass / 4);
        for (int c = 0; c < classes; ++c) {
            const std::string classDir = dir + "/" + split + "/class_" + std::to_string(c);
            makeDir(classDir);
            for (int i = 0; i < n; ++i) {
                // sizes and aspect ratios vary, as in a real folder of photos
                const int w = side(rng), h = side(rng);
                const auto rgb = classImage(c, w, h, rng);
                const std::string base = classDir + "/img_" + std::to_string(i);
                if (jpegOnly || i % 2)
                    writeJpeg(base + ".jpg", rgb, w, h);
                else
                    writePng(base + ".png", rgb, w, h);
            }
        }
    }
}
#endif

// Image files whose header claims a size their data does not hold: a few hundred bytes that a
// decoder trusting the header would answer with gigabytes of memory.
uint32_t crc32(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; ++i) {
        c ^= p[i];
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

void appendBigEndian(std::vector<uint8_t> &out, uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(uint8_t(v >> shift));
}

void appendPngChunk(std::vector<uint8_t> &out, const char *type, const std::vector<uint8_t> &data)
{
    appendBigEndian(out, uint32_t(data.size()));
    const size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    appendBigEndian(out, crc32(out.data() + start, out.size() - start));
}

// A valid PNG signature and IHDR (8-bit RGB, width x height), then an IDAT holding an empty
// zlib stream and IEND.
void writePngHeader(const std::string &path, uint32_t width, uint32_t height)
{
    std::vector<uint8_t> bytes = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    std::vector<uint8_t> ihdr;
    appendBigEndian(ihdr, width);
    appendBigEndian(ihdr, height);
    ihdr.insert(ihdr.end(), {8, 2, 0, 0, 0}); // depth 8, RGB, deflate, no filter, no interlace
    appendPngChunk(bytes, "IHDR", ihdr);
    appendPngChunk(bytes, "IDAT", {0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    appendPngChunk(bytes, "IEND", {});
    writeFile(path, bytes);
}

#ifdef PATAGON_HAVE_IMAGES
// A real 16x16 JPEG whose frame header (SOF0) is then made to claim width x height.
void writeJpegHeader(const std::string &path, uint16_t width, uint16_t height, bool progressive)
{
    std::mt19937 rng(1);
    writeJpeg(path, classImage(0, 16, 16, rng), 16, 16, progressive);
    std::ifstream in(path, std::ios::binary);
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
    for (size_t i = 2; i + 9 < bytes.size(); ++i) {
        // SOF0 or SOF2 (progressive): length, precision, height, width
        if (bytes[i] == 0xFF && (bytes[i + 1] == 0xC0 || bytes[i + 1] == 0xC2)) {
            bytes[i + 5] = uint8_t(height >> 8);
            bytes[i + 6] = uint8_t(height);
            bytes[i + 7] = uint8_t(width >> 8);
            bytes[i + 8] = uint8_t(width);
            writeFile(path, bytes);
            return;
        }
    }
    fail("no SOF0 or SOF2 marker in " + path);
}
#endif

int intArg(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 0; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    }
    return fallback;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: patagon-train-testdata cifar|mnist|imagefolder DIR [--train N] "
                     "[--test N] [--batches K] [--classes K] [--per-class N] [--seed S] "
                     "[--min-side PX] [--max-side PX] [--jpeg-only 1]\n"
                     "       patagon-train-testdata png-header|jpeg-header|progressive-jpeg-header "
                     "FILE WIDTH HEIGHT\n");
        return 2;
    }
    const std::string kind = argv[1];
    const std::string dir = argv[2];
    if (kind == "png-header" || kind == "jpeg-header" || kind == "progressive-jpeg-header") {
        if (argc != 5)
            fail(kind + " needs FILE WIDTH HEIGHT");
        const auto width = uint32_t(std::strtoul(argv[3], nullptr, 10));
        const auto height = uint32_t(std::strtoul(argv[4], nullptr, 10));
        if (kind == "png-header") {
            writePngHeader(dir, width, height);
            return 0;
        }
#ifdef PATAGON_HAVE_IMAGES
        writeJpegHeader(dir, uint16_t(width), uint16_t(height), kind == "progressive-jpeg-header");
        return 0;
#else
        fail("built without libpng/libjpeg");
#endif
    }
    const unsigned seed = unsigned(intArg(argc, argv, "--seed", 1));
    if (kind == "cifar") {
        writeCifar(dir, intArg(argc, argv, "--train", 1000), intArg(argc, argv, "--test", 200),
                   intArg(argc, argv, "--batches", 5), seed);
    } else if (kind == "mnist") {
        writeMnist(dir, intArg(argc, argv, "--train", 1000), intArg(argc, argv, "--test", 200),
                   seed);
    } else if (kind == "imagefolder") {
#ifdef PATAGON_HAVE_IMAGES
        writeImageFolder(dir, intArg(argc, argv, "--classes", 3),
                         intArg(argc, argv, "--per-class", 20), seed,
                         intArg(argc, argv, "--min-side", 40), intArg(argc, argv, "--max-side", 72),
                         intArg(argc, argv, "--jpeg-only", 0) != 0);
#else
        fail("built without libpng/libjpeg");
#endif
    } else {
        fail("unknown kind " + kind);
    }
    return 0;
}
