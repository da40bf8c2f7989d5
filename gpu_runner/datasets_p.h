// What datasets.cpp and imagefolder.cpp share.
#pragma once

#include "datasets.h"

#include <string>
#include <vector>

namespace DatasetDetail {

bool exists(const std::string &path);
bool isDir(const std::string &path);
std::string join(const std::string &dir, const std::string &name);
// Sorted entries of a folder, without hidden ones; throws DataError naming the folder.
std::vector<std::string> listFolder(const std::string &dir);
// An image folder (train/ and test/ with a folder per class), decoded to squares of
// options.imageSize, through the decode cache where options.cacheDir is set.
Dataset loadImageFolder(const DataSpec &spec, const LoadOptions &options);

} // namespace DatasetDetail
