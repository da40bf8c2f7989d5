// What LibTorch's CUDA side offers this process (see cudainfo.h).
#include "cudainfo.h"

#include "json.h"

#include <cmath>

#include <torch/torch.h>

#include <ATen/detail/CUDAHooksInterface.h>
#ifdef PATAGON_HAVE_CUDA_HEADERS
#include <ATen/cuda/CUDAContext.h>
#endif

namespace {

struct DeviceInfo
{
    std::string name;
    std::string capability;
    double memoryGib = 0;
    bool bf16 = false;
};

struct CudaInfo
{
    bool available = false;
    std::string runtime;
    std::string cudnn;
    int deviceCount = 0;
    std::vector<DeviceInfo> devices; // empty without CUDA's headers at build time
};

// CUDART_VERSION: major * 1000 + minor * 10
std::string runtimeText(long v)
{
    return std::to_string(v / 1000) + "." + std::to_string(v % 1000 / 10);
}

// CUDNN_VERSION: major * 1000 + minor * 100 + patch up to 8.x, major * 10000 + minor * 100 +
// patch from 9.0
std::string cudnnText(long v)
{
    const long major = v >= 10000 ? v / 10000 : v / 1000;
    const long rest = v >= 10000 ? v % 10000 : v % 1000;
    return std::to_string(major) + "." + std::to_string(rest / 100) + "."
        + std::to_string(rest % 100);
}

CudaInfo query()
{
    CudaInfo info;
    const auto &hooks = at::detail::getCUDAHooks();
    if (!hooks.hasCUDA() || !torch::cuda::is_available())
        return info;
    info.available = true;
    info.runtime = runtimeText(hooks.versionCUDART());
    if (hooks.hasCuDNN())
        info.cudnn = cudnnText(hooks.versionCuDNN());
    info.deviceCount = int(torch::cuda::device_count());
#ifdef PATAGON_HAVE_CUDA_HEADERS
    for (int i = 0; i < info.deviceCount; ++i) {
        const cudaDeviceProp *p = at::cuda::getDeviceProperties(c10::DeviceIndex(i));
        DeviceInfo d;
        d.name = p->name;
        d.capability = std::to_string(p->major) + "." + std::to_string(p->minor);
        d.memoryGib = double(p->totalGlobalMem) / double(1ull << 30);
        d.bf16 = p->major >= 8; // as torch.cuda.is_bf16_supported(): Ampere and later
        info.devices.push_back(d);
    }
#endif
    return info;
}

} // namespace

std::string cudaInfoJson()
{
    const CudaInfo info = query();
    JsonObject j;
    j.add("available", info.available);
    if (!info.available)
        return j.str();
    j.add("runtime", info.runtime);
    if (info.cudnn.empty())
        j.addNull("cudnn");
    else
        j.add("cudnn", info.cudnn);
    j.add("device_count", info.deviceCount);
    JsonArray devices;
    for (const auto &d : info.devices) {
        JsonObject o;
        o.add("name", d.name)
            .add("capability", d.capability)
            .add("memory_gib", std::round(d.memoryGib * 10) / 10)
            .add("bf16", d.bf16);
        devices.addRaw(o.str());
    }
    j.addRaw("devices", devices.str());
    return j.str();
}

std::string cudaInfoText()
{
    const CudaInfo info = query();
    if (!info.available)
        return "no CUDA";
    std::string text
        = "CUDA " + info.runtime + ", cuDNN " + (info.cudnn.empty() ? "none" : info.cudnn);
    for (const auto &d : info.devices)
        text += ", " + d.name + " (" + d.capability + ", "
            + std::to_string(int(std::lround(d.memoryGib))) + " GiB" + (d.bf16 ? ", bf16" : "")
            + ")";
    if (info.devices.empty())
        text += ", " + std::to_string(info.deviceCount) + " device(s)";
    return text;
}
