// CIFAR-10 binary batches (data_batch_N.bin, test_batch.bin) and their batches.meta.txt, read
// as bytes and checked; no LibTorch here (datasets.cpp makes the tensors), so tests/fuzz can
// fuzz it.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

// One record: a label byte, then 32x32 pixels of red, of green, of blue.
constexpr int64_t kCifarRecordBytes = 1 + 3 * 32 * 32;
constexpr int kCifarClassCount = 10;

// The bytes of one batch file, whole; throws DataError naming it when it cannot be read.
std::vector<uint8_t> readCifarFile(const std::string &path);

// How many records of a batch file's bytes to use: all, or at most limit when limit > 0. Throws
// DataError naming path when the file is empty, is not a whole number of records, or a label of
// a record to use is not a class (0-9).
int64_t cifarRecordCount(const std::vector<uint8_t> &bytes, const std::string &path, int64_t limit);

// The class names of batches.meta.txt, one a line, empty lines skipped: exactly 10 of them, or
// nothing when the file names another number (then the standard names apply). Stops reading
// after the eleventh.
std::vector<std::string> readCifarClassNames(std::istream &in);
