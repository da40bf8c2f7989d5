// What LibTorch's CUDA side offers this process: runtime and cuDNN versions and, where the
// trainer was built with CUDA's headers, each device's name, compute capability, memory and
// bf16 support. For `info`, and the run's environment in metrics.jsonl.
#pragma once

#include <string>

// {"available": false} on a CPU-only LibTorch or a machine without a GPU; else
// {"available": true, "runtime": "13.0", "cudnn": "9.10.2", "devices": [...]}
std::string cudaInfoJson();
// One line for `info`'s text: "CUDA 13.0, cuDNN 9.10.2, NVIDIA H200 (9.0, 140 GiB, bf16)".
std::string cudaInfoText();
