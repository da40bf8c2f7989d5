// The trainer's CIFAR-10 reader (gpu_runner/cifarfile.cpp): a batch file's records and the class
// names of batches.meta.txt. The first byte is the record limit (0: none), the rest the file.
#include "gpu_runner/cifarfile.h"
#include "gpu_runner/dataerror.h"
#include "tests/fuzz/fuzzinput.h"

#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace PatagonFuzz;

namespace {

void checkRecords(const std::vector<uint8_t> &bytes, int64_t limit)
{
    // what a reader that trusts nothing would decide: every record whole, every label a class
    const size_t records = bytes.size() / kCifarRecordBytes;
    const bool whole = !bytes.empty() && bytes.size() % kCifarRecordBytes == 0;
    const size_t used = limit > 0 ? std::min(records, size_t(limit)) : records;
    bool labelsOk = true;
    for (size_t i = 0; i < used; ++i)
        labelsOk = labelsOk && bytes[i * kCifarRecordBytes] < kCifarClassCount;
    try {
        const int64_t n = cifarRecordCount(bytes, "batch.bin", limit);
        FUZZ_CHECK(whole && labelsOk);
        FUZZ_CHECK(n >= 1 && size_t(n) == used); // the tensor of n records lies within bytes
        FUZZ_CHECK(limit <= 0 || n <= limit);
    } catch (const DataError &) {
        FUZZ_CHECK(!whole || !labelsOk);
    }
}

void checkClassNames(const std::string &text)
{
    std::istringstream in(text);
    const std::vector<std::string> names = readCifarClassNames(in);
    std::vector<std::string> lines;
    std::istringstream all(text);
    for (std::string line; std::getline(all, line);) {
        if (!line.empty())
            lines.push_back(line);
    }
    // exactly ten names, none empty, none with a line break; or none at all
    if (lines.size() == size_t(kCifarClassCount))
        FUZZ_CHECK(names == lines);
    else
        FUZZ_CHECK(names.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int64_t limit = data[0];
    const std::vector<uint8_t> bytes(data + 1, data + size);
    checkRecords(bytes, limit);
    // through a file, as the trainer reads it
    static const std::string path = "/tmp/patagon-fuzz-cifar-" + std::to_string(::getpid());
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
    FUZZ_CHECK(readCifarFile(path) == bytes);
    checkClassNames(std::string(bytes.begin(), bytes.end()));
    return 0;
}
