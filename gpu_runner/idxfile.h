// Reading IDX files (MNIST's format), plain or gzipped, with every size bounded by the header.
// No LibTorch here (datasets.cpp makes the tensor), so that tests/fuzz can fuzz it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// An IDX array of unsigned bytes: dims from the header, then the data, row-major.
struct IdxData
{
    std::vector<int64_t> dims;
    std::vector<uint8_t> bytes; // the product of dims; its capacity is no more than that
};

// Reads an IDX file of unsigned bytes with expectedDims (1 to 3) dimensions. Throws DataError
// naming the file for a wrong magic number, a zero dimension, dimensions whose product overflows or
// exceeds this machine's memory, a truncated file, or bytes beyond those the header announces (of a
// gzipped file, at most 64 KiB more are inflated: a decompression bomb costs nothing).
IdxData readIdx(const std::string &path, int expectedDims);
