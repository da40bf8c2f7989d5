// CIFAR-10 binary batches and their batches.meta.txt, read as bytes and checked.
#include "cifarfile.h"

#include "dataerror.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

std::vector<uint8_t> readCifarFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError("cannot open " + path + ": " + std::strerror(errno));
    return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
}

int64_t cifarRecordCount(const std::vector<uint8_t> &bytes, const std::string &path, int64_t limit)
{
    if (bytes.empty())
        throw DataError(path + " is empty");
    if (bytes.size() % kCifarRecordBytes != 0)
        throw DataError(path + " is truncated or not a CIFAR-10 binary batch: its size ("
                        + std::to_string(bytes.size()) + " bytes) is not a multiple of "
                        + std::to_string(kCifarRecordBytes)
                        + " (1 label byte + 3x32x32 pixel bytes per image)");
    int64_t n = int64_t(bytes.size()) / kCifarRecordBytes;
    if (limit > 0)
        n = std::min(n, limit);
    for (int64_t i = 0; i < n; ++i) {
        const int label = bytes[size_t(i * kCifarRecordBytes)];
        if (label >= kCifarClassCount)
            throw DataError(path + ": label " + std::to_string(label) + " of item "
                            + std::to_string(i) + " is out of range 0-"
                            + std::to_string(kCifarClassCount - 1));
    }
    return n;
}

std::vector<std::string> readCifarClassNames(std::istream &in)
{
    std::vector<std::string> names;
    std::string line;
    while (names.size() <= size_t(kCifarClassCount) && std::getline(in, line)) {
        if (!line.empty())
            names.push_back(line);
    }
    if (names.size() != size_t(kCifarClassCount))
        names.clear();
    return names;
}
