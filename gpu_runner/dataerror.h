// The error of the dataset readers, in a header of its own so that the byte-level readers
// (idxfile, cifarfile) need no LibTorch and can be fuzzed without it.
#pragma once

#include <stdexcept>

// A problem with the data on disk; the message names the file and what is wrong with it.
class DataError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};
