// Image folders (train/ and test/ with a folder per class, PNG and JPEG files): resampling to
// squares, listing, decoding on several threads, and the decoded-image cache between runs.
#include "datasets_p.h"

#include "imagedecode.h"
#include "rundir.h"

#include <torch/torch.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace DatasetDetail;

namespace {

// Separable resampling with a triangle filter widened by the scale factor when shrinking,
// so that downscaled images are averaged rather than aliased.
struct Taps
{
    std::vector<int> first;
    std::vector<int> count;
    std::vector<float> weights; // count.size() rows of maxTaps
    int maxTaps = 0;
};

Taps makeTaps(int srcStart, int srcSize, int dstSize)
{
    const double scale = double(srcSize) / dstSize;
    const double support = std::max(1.0, scale);
    Taps t;
    t.maxTaps = int(std::ceil(support)) * 2 + 1;
    t.first.resize(dstSize);
    t.count.resize(dstSize);
    t.weights.assign(size_t(dstSize) * t.maxTaps, 0.f);
    for (int i = 0; i < dstSize; ++i) {
        const double center = (i + 0.5) * scale;
        const int lo = std::max(0, int(std::floor(center - support)));
        const int hi = std::min(srcSize, int(std::ceil(center + support)));
        double sum = 0;
        int n = 0;
        for (int s = lo; s < hi && n < t.maxTaps; ++s, ++n) {
            const double w = std::max(0.0, 1.0 - std::abs((s + 0.5 - center) / support));
            t.weights[size_t(i) * t.maxTaps + n] = float(w);
            sum += w;
        }
        for (int k = 0; k < n; ++k)
            t.weights[size_t(i) * t.maxTaps + k] /= float(sum > 0 ? sum : 1);
        t.first[i] = srcStart + lo;
        t.count[i] = n;
    }
    return t;
}

// Center square crop of the image, resized to size x size; writes CHW uint8 into out.
void squareResize(const DecodedImage &img, int size, uint8_t *out)
{
    const int side = std::min(img.width, img.height);
    const int x0 = (img.width - side) / 2;
    const int y0 = (img.height - side) / 2;
    const Taps tx = makeTaps(x0, side, size);
    const Taps ty = makeTaps(y0, side, size);
    // horizontal pass over the rows the crop uses
    std::vector<float> rows(size_t(side) * size * 3);
    for (int y = 0; y < side; ++y) {
        const uint8_t *src = img.rgb.data() + size_t(y0 + y) * img.width * 3;
        for (int x = 0; x < size; ++x) {
            float acc[3] = {0, 0, 0};
            for (int k = 0; k < tx.count[x]; ++k) {
                const float w = tx.weights[size_t(x) * tx.maxTaps + k];
                const uint8_t *p = src + size_t(tx.first[x] + k) * 3;
                acc[0] += w * p[0];
                acc[1] += w * p[1];
                acc[2] += w * p[2];
            }
            float *dst = rows.data() + (size_t(y) * size + x) * 3;
            dst[0] = acc[0];
            dst[1] = acc[1];
            dst[2] = acc[2];
        }
    }
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            float acc[3] = {0, 0, 0};
            for (int k = 0; k < ty.count[y]; ++k) {
                const float w = ty.weights[size_t(y) * ty.maxTaps + k];
                const float *p = rows.data() + (size_t(ty.first[y] - y0 + k) * size + x) * 3;
                acc[0] += w * p[0];
                acc[1] += w * p[1];
                acc[2] += w * p[2];
            }
            for (int c = 0; c < 3; ++c) {
                const float v = std::round(acc[c]);
                out[(size_t(c) * size + y) * size + x] = uint8_t(std::clamp(v, 0.f, 255.f));
            }
        }
    }
}

bool isImageName(const std::string &name)
{
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    for (const char *ext : {".png", ".jpg", ".jpeg"}) {
        const size_t n = std::strlen(ext);
        if (lower.size() > n && lower.compare(lower.size() - n, n, ext) == 0)
            return true;
    }
    return false;
}

struct FileList
{
    std::vector<std::string> paths;
    std::vector<int64_t> labels;
};

// Lists root/<class>/<image> for the given classes. An empty or missing class folder is an
// error: it would silently train a class that can never be predicted.
FileList listImageFolder(const std::string &root, const std::vector<std::string> &classes,
                         bool requireAll)
{
    FileList list;
    for (size_t c = 0; c < classes.size(); ++c) {
        const std::string dir = join(root, classes[c]);
        if (!isDir(dir)) {
            if (requireAll)
                throw DataError("class folder " + dir + " is missing");
            continue;
        }
        size_t before = list.paths.size();
        for (const auto &name : listFolder(dir)) {
            if (isImageName(name)) {
                list.paths.push_back(join(dir, name));
                list.labels.push_back(int64_t(c));
            }
        }
        if (list.paths.size() == before)
            throw DataError("class folder " + dir + " holds no images (.png, .jpg or .jpeg)");
    }
    return list;
}

std::vector<std::string> classFolders(const std::string &root)
{
    std::vector<std::string> classes;
    for (const auto &name : listFolder(root)) {
        if (!isDir(join(root, name)))
            continue;
        // checkpoints keep the class names one a line
        if (name.find('\n') != std::string::npos)
            throw DataError("class folder " + join(root, name)
                            + " has a line break in its name; rename it");
        classes.push_back(name);
    }
    return classes;
}

// Keeps the first `limit` files in an order that interleaves the classes, so a limited
// subset still holds every class.
FileList limitFiles(const FileList &list, int64_t limit)
{
    if (limit <= 0 || limit >= int64_t(list.paths.size()))
        return list;
    std::vector<size_t> order(list.paths.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::vector<int64_t> rank(list.paths.size());
    std::vector<int64_t> seen(1 + *std::max_element(list.labels.begin(), list.labels.end()), 0);
    for (size_t i = 0; i < order.size(); ++i)
        rank[i] = seen[size_t(list.labels[i])]++;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return rank[a] < rank[b]; });
    order.resize(size_t(limit));
    std::sort(order.begin(), order.end());
    FileList out;
    for (const auto i : order) {
        out.paths.push_back(list.paths[i]);
        out.labels.push_back(list.labels[i]);
    }
    return out;
}

ImageSet decodeFiles(const FileList &list, int size, int threads)
{
    const int64_t n = int64_t(list.paths.size());
    auto images = torch::empty({n, 3, size, size}, torch::kUInt8);
    uint8_t *base = images.data_ptr<uint8_t>();
    const size_t imageBytes = size_t(3) * size * size;
    std::atomic<int64_t> next {0};
    std::vector<std::string> errors(static_cast<size_t>(n));
    std::atomic<bool> failed {false};
    // An exception must not leave a worker (std::terminate, no message): each becomes the
    // error of the image being decoded, reported below like a damaged file. Out of memory is
    // noted without allocating.
    std::vector<char> outOfMemory(static_cast<size_t>(n), 0);
    auto note = [&](int64_t i, const char *what) {
        try {
            errors[size_t(i)] = std::string("decoding failed: ") + what;
        } catch (...) {
            outOfMemory[size_t(i)] = 1;
        }
    };
    auto worker = [&] {
        for (;;) {
            const int64_t i = next++;
            if (i >= n || failed)
                return;
            try {
                DecodedImage img;
                if (decodeImageFile(list.paths[size_t(i)], img, errors[size_t(i)], size)) {
                    squareResize(img, size, base + imageBytes * size_t(i));
                    continue;
                }
            } catch (const std::bad_alloc &) {
                outOfMemory[size_t(i)] = 1;
            } catch (const std::exception &e) {
                note(i, e.what());
            } catch (...) {
                note(i, "an unknown exception");
            }
            failed = true;
            return;
        }
    };
    std::vector<std::thread> pool;
    const int count = std::max(1, std::min<int>(threads, int(std::min<int64_t>(n, 64))));
    try {
        for (int t = 0; t < count; ++t)
            pool.emplace_back(worker);
    } catch (...) { // no thread could be started: the ones running are joined before leaving
        failed = true;
        for (auto &t : pool)
            t.join();
        throw;
    }
    for (auto &t : pool)
        t.join();
    for (int64_t i = 0; i < n; ++i) {
        if (outOfMemory[size_t(i)])
            throw DataError("cannot read image " + list.paths[size_t(i)]
                            + ": out of memory while decoding it (" + std::to_string(count)
                            + " decoding threads; fewer --threads or a smaller --image-size "
                              "need less)");
        if (!errors[size_t(i)].empty())
            throw DataError("cannot read image " + list.paths[size_t(i)] + ": "
                            + errors[size_t(i)]);
    }
    return {images, torch::tensor(list.labels, torch::kLong)};
}

// ------------------------------------------------------------------ decoded-image cache
// Decoding and resizing JPEGs is the slow part of an image-folder run. A split whose decoded
// images are small enough is kept in CACHE_DIR/imagefolder-<key>.u8 after its first decode; the
// key covers every file's path, inode, size, modification and change times and label, the image
// side and the version of the decoding, so a changed, added or removed file makes a new entry
// instead of stale data. The file is a header (magic, count, side, checksum of the images) and
// the uint8 [N, 3, side, side] images; it is written to a unique temporary file, synced and
// renamed, so concurrent runs (the processes of one job, on several nodes sharing the home)
// never read a partial one, and a damaged one fails its checksum.

constexpr char kCacheMagic[8] = {'P', 'T', 'I', 'M', 'G', 'C', '2', '\n'};
// Bump when decoding, cropping or resizing changes: entries of the old way are not reused.
constexpr int kDecodeVersion = 1;
constexpr uint64_t kCacheMaxBytes = uint64_t(4) << 30; // larger splits are decoded every run

uint64_t fnv1a(uint64_t hash, const void *data, size_t size)
{
    const auto *p = static_cast<const unsigned char *>(data);
    for (size_t i = 0; i < size; ++i) {
        hash ^= p[i];
        hash *= 1099511628211ull;
    }
    return hash;
}

// A checksum of the cached images, eight bytes at a time (a byte-wise hash of gigabytes would
// cost seconds).
uint64_t payloadChecksum(const uint8_t *data, size_t size)
{
    uint64_t h = 14695981039346656037ull;
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t word;
        std::memcpy(&word, data + i, 8);
        h = (h ^ word) * 1099511628211ull;
        h ^= h >> 29;
    }
    return fnv1a(h, data + i, size - i);
}

// Empty when a file cannot be examined: then the decode runs and reports it.
std::string cacheKey(const FileList &list, int size)
{
    uint64_t h = fnv1a(14695981039346656037ull, kCacheMagic, sizeof kCacheMagic);
    h = fnv1a(h, &kDecodeVersion, sizeof kDecodeVersion);
    h = fnv1a(h, &size, sizeof size);
    for (size_t i = 0; i < list.paths.size(); ++i) {
        struct stat st = {};
        if (::stat(list.paths[i].c_str(), &st) != 0)
            return {};
        const int64_t fields[] = {int64_t(st.st_ino),
                                  int64_t(st.st_size),
                                  int64_t(st.st_mtim.tv_sec),
                                  int64_t(st.st_mtim.tv_nsec),
                                  int64_t(st.st_ctim.tv_sec),
                                  int64_t(st.st_ctim.tv_nsec),
                                  list.labels[i]};
        h = fnv1a(h, list.paths[i].data(), list.paths[i].size() + 1);
        h = fnv1a(h, fields, sizeof fields);
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", (unsigned long long)h);
    return hex;
}

// Reads a cache entry; an undefined tensor when it is missing or does not match.
torch::Tensor readDecodeCache(const std::string &path, int64_t n, int size)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {};
    char magic[sizeof kCacheMagic];
    int64_t header[3] = {};
    in.read(magic, sizeof magic);
    in.read(reinterpret_cast<char *>(header), sizeof header);
    if (!in || std::memcmp(magic, kCacheMagic, sizeof magic) != 0 || header[0] != n
        || header[1] != size)
        return {};
    auto images = torch::empty({n, 3, size, size}, torch::kUInt8);
    in.read(reinterpret_cast<char *>(images.data_ptr<uint8_t>()), std::streamsize(images.numel()));
    if (!in || in.peek() != std::char_traits<char>::eof()
        || payloadChecksum(images.data_ptr<uint8_t>(), size_t(images.numel()))
            != uint64_t(header[2]))
        return {};
    return images;
}

// Returns an empty string, or why the entry could not be written (the run goes on without it).
std::string writeDecodeCache(const std::string &dir, const std::string &path,
                             const torch::Tensor &images, int size)
{
    try {
        makeDirectories(dir);
    } catch (const std::exception &e) {
        return e.what();
    }
    // a name no other process (on this node or another) can be writing: mkstemp creates it
    std::string tmp = path + ".tmp.XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0)
        return "cannot create a file in " + dir + ": " + std::strerror(errno);
    const auto *data = images.data_ptr<uint8_t>();
    const size_t bytes = size_t(images.numel());
    const int64_t header[3] = {images.size(0), size, int64_t(payloadChecksum(data, bytes))};
    auto writeAll = [fd](const void *p, size_t n) {
        const auto *c = static_cast<const char *>(p);
        while (n > 0) {
            const ssize_t w = ::write(fd, c, n);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return false;
            c += w;
            n -= size_t(w);
        }
        return true;
    };
    const bool written = writeAll(kCacheMagic, sizeof kCacheMagic)
        && writeAll(header, sizeof header) && writeAll(data, bytes) && ::fsync(fd) == 0;
    const std::string writeError = written ? std::string() : std::strerror(errno);
    ::close(fd);
    if (!written) {
        std::remove(tmp.c_str());
        return "cannot write " + tmp + ": " + writeError;
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        std::remove(tmp.c_str());
        return "cannot rename " + tmp + " to " + path + ": " + why;
    }
    return {};
}

// decodeFiles through the cache of options.cacheDir; status says what happened: "off", "hit",
// "written", "too-large" or "unwritable".
ImageSet decodeCached(const FileList &list, const LoadOptions &options, std::string &status)
{
    const int size = options.imageSize;
    const uint64_t bytes = uint64_t(list.paths.size()) * 3 * uint64_t(size) * uint64_t(size);
    if (options.cacheDir.empty()) {
        status = "off";
        return decodeFiles(list, size, options.threads);
    }
    if (bytes > kCacheMaxBytes) {
        status = "too-large";
        return decodeFiles(list, size, options.threads);
    }
    const std::string key = cacheKey(list, size);
    if (key.empty()) { // a file vanished: the decode names it
        status = "off";
        return decodeFiles(list, size, options.threads);
    }
    const std::string path = join(options.cacheDir, "imagefolder-" + key + ".u8");
    const auto n = int64_t(list.paths.size());
    if (auto images = readDecodeCache(path, n, size); images.defined()) {
        status = "hit";
        return {images, torch::tensor(list.labels, torch::kLong)};
    }
    ImageSet set = decodeFiles(list, size, options.threads);
    const std::string problem = writeDecodeCache(options.cacheDir, path, set.images, size);
    if (problem.empty()) {
        status = "written";
    } else {
        status = "unwritable";
        std::fprintf(stderr, "patagon-train: warning: decoded images not cached: %s\n",
                     problem.c_str());
    }
    return set;
}

} // namespace

namespace DatasetDetail {

Dataset loadImageFolder(const DataSpec &spec, const LoadOptions &options)
{
    if (!imageDecodingAvailable())
        throw DataError("this build of patagon-train cannot read image folders: it was built "
                        "without libpng and libjpeg");
    std::string trainRoot, testRoot;
    if (isDir(join(spec.dir, "train"))) {
        trainRoot = join(spec.dir, "train");
        if (isDir(join(spec.dir, "test")))
            testRoot = join(spec.dir, "test");
        else if (isDir(join(spec.dir, "val")))
            testRoot = join(spec.dir, "val");
        else
            throw DataError("image folder " + spec.dir
                            + " has train/ but neither test/ nor val/ beside it");
    }
    Dataset data;
    data.spec = spec;
    FileList trainFiles, testFiles;
    if (!trainRoot.empty()) {
        data.classNames = classFolders(trainRoot);
        if (data.classNames.empty())
            throw DataError("image folder " + trainRoot + " holds no class folders");
        if (options.loadTrain)
            trainFiles = listImageFolder(trainRoot, data.classNames, true);
        for (const auto &c : classFolders(testRoot)) {
            if (std::find(data.classNames.begin(), data.classNames.end(), c)
                == data.classNames.end())
                throw DataError("class folder " + join(testRoot, c) + " has no counterpart in "
                                + trainRoot);
        }
        testFiles = listImageFolder(testRoot, data.classNames, false);
    } else {
        // One folder of classes: every fifth image of each class (in name order) is the test set.
        data.classNames = classFolders(spec.dir);
        if (data.classNames.empty())
            throw DataError("image folder " + spec.dir
                            + " holds no class folders (expected DIR/CLASS/IMAGE or "
                              "DIR/train/CLASS/IMAGE and DIR/test/CLASS/IMAGE)");
        const FileList all = listImageFolder(spec.dir, data.classNames, true);
        std::vector<int64_t> seen(data.classNames.size(), 0);
        for (size_t i = 0; i < all.paths.size(); ++i) {
            FileList &to = seen[size_t(all.labels[i])]++ % 5 == 4 ? testFiles : trainFiles;
            to.paths.push_back(all.paths[i]);
            to.labels.push_back(all.labels[i]);
        }
        if (testFiles.paths.empty())
            throw DataError("image folder " + spec.dir
                            + " has too few images to hold out a test set (5 per class at least)");
    }
    if (data.classNames.size() < 2)
        throw DataError("image folder " + spec.dir + " has fewer than two classes");
    if (options.loadTrain)
        data.train
            = decodeCached(limitFiles(trainFiles, options.limitTrain), options, data.trainCache);
    data.test = decodeCached(limitFiles(testFiles, options.limitTest), options, data.testCache);
    data.channels = 3;
    data.height = options.imageSize;
    data.width = options.imageSize;
    return data;
}

} // namespace DatasetDetail

torch::Tensor loadImageFile(const std::string &path, int size)
{
    try {
        DecodedImage img;
        std::string error;
        if (!decodeImageFile(path, img, error, size))
            throw DataError("cannot read image " + path + ": " + error);
        auto out = torch::empty({3, size, size}, torch::kUInt8);
        squareResize(img, size, out.data_ptr<uint8_t>());
        return out;
    } catch (const std::bad_alloc &) {
        throw DataError("cannot read image " + path + ": out of memory while decoding it");
    }
}
