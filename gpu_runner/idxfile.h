// Reading IDX files (MNIST's format), plain or gzipped, with every size bounded by the header.
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

// An IDX array of unsigned bytes: dims from the header, data as a tensor holding the bytes.
struct IdxArray
{
    std::vector<int64_t> dims;
    torch::Tensor data; // uint8, shape dims
};

// Reads an IDX file of unsigned bytes with expectedDims dimensions. Throws DataError naming the
// file for a wrong magic number, a zero dimension, dimensions whose product overflows or exceeds
// this machine's memory, a truncated file, or bytes beyond those the header announces (of a
// gzipped file, at most 64 KiB more are inflated: a decompression bomb costs nothing).
IdxArray readIdx(const std::string &path, int expectedDims);
