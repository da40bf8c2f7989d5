// Data-parallel training over torch c10d: rendezvous from Slurm or torchrun-style variables,
// gradient all-reduce (Gloo; NCCL on CUDA when built with it) and agreement on stopping.
#include "distributed.h"

#include "json.h"
#include "rundir.h"

#include <torch/torch.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <limits>

#include <set>
#include <unistd.h>

#ifdef PATAGON_HAVE_C10D
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef PATAGON_HAVE_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#ifdef PATAGON_USE_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif
#endif

namespace {

long long envNumber(const char *name, long long fallback, long long min, long long max)
{
    const char *v = std::getenv(name);
    if (!v || !*v)
        return fallback;
    char *end = nullptr;
    errno = 0;
    const long long n = std::strtoll(v, &end, 10);
    if (*end != '\0' || errno == ERANGE || n < min || n > max)
        throw RunError(std::string("environment variable ") + name + "='" + v
                       + "' is not a valid number");
    return n;
}

// Ranks, sizes and ports: small numbers.
int envInt(const char *name, int fallback, int min)
{
    return int(envNumber(name, fallback, min, 1 << 20));
}

std::string envString(const char *name)
{
    const char *v = std::getenv(name);
    return v ? v : "";
}

} // namespace

std::string firstSlurmHost(const std::string &nodeList)
{
    // the first entry ends at the first comma outside brackets
    std::string first;
    int depth = 0;
    for (const char c : nodeList) {
        if (c == ',' && depth == 0)
            break;
        depth += c == '[' ? 1 : c == ']' ? -1 : 0;
        first += c;
    }
    const auto open = first.find('[');
    if (open == std::string::npos)
        return first;
    const auto close = first.find(']', open);
    if (close == std::string::npos)
        return first;
    // inside the brackets: "07-09,12" -> the first number, keeping its zero padding
    std::string range = first.substr(open + 1, close - open - 1);
    range = range.substr(0, range.find_first_of(",-"));
    return first.substr(0, open) + range + first.substr(close + 1);
}

DistributedConfig distributedFromEnvironment()
{
    DistributedConfig c;
    if (!envString("WORLD_SIZE").empty()) {
        c.source = "env";
        c.worldSize = envInt("WORLD_SIZE", 1, 1);
        c.rank = envInt("RANK", 0, 0);
        c.localRank = envInt("LOCAL_RANK", 0, 0);
        c.masterAddr = envString("MASTER_ADDR");
        c.masterPort = envInt("MASTER_PORT", 29500, 1);
    } else if (envInt("SLURM_NTASKS", 1, 1) > 1 && !envString("SLURM_PROCID").empty()) {
        c.source = "slurm";
        c.worldSize = envInt("SLURM_NTASKS", 1, 1);
        c.rank = envInt("SLURM_PROCID", 0, 0);
        c.localRank = envInt("SLURM_LOCALID", 0, 0);
        c.masterAddr = envString("MASTER_ADDR");
        if (c.masterAddr.empty())
            c.masterAddr = firstSlurmHost(envString("SLURM_JOB_NODELIST"));
        // Job ids grow without bound on busy clusters (millions): read as such, and only when
        // no MASTER_PORT is given.
        c.masterPort = !envString("MASTER_PORT").empty() ? envInt("MASTER_PORT", 29500, 1)
                                                         : 29500
                + int(envNumber("SLURM_JOB_ID", 0, 0, std::numeric_limits<long long>::max())
                      % 1000);
    } else {
        c.source = "single";
        return c;
    }
    if (c.rank >= c.worldSize)
        throw RunError("rank " + std::to_string(c.rank) + " is not below the world size "
                       + std::to_string(c.worldSize));
    if (c.isDistributed() && c.masterAddr.empty())
        throw RunError("several processes, but no MASTER_ADDR (nor SLURM_JOB_NODELIST) to meet at");
    if (c.masterPort > 65535)
        throw RunError("MASTER_PORT " + std::to_string(c.masterPort) + " is not a port");
    return c;
}

bool distributedAvailable()
{
#ifdef PATAGON_HAVE_C10D
    return true;
#else
    return false;
#endif
}

std::vector<std::string> distributedBackends()
{
    std::vector<std::string> names;
#ifdef PATAGON_HAVE_GLOO
    names.push_back("gloo");
#endif
#ifdef PATAGON_USE_NCCL
    names.push_back("nccl");
#endif
    return names;
}

std::string backendsText(const std::vector<std::string> &names)
{
    std::string text;
    for (const auto &n : names)
        text += (text.empty() ? "" : ", ") + n;
    return text.empty() ? "none" : text;
}

std::string chooseBackend(const std::string &asked, bool cuda, bool sharedGpu,
                          const std::vector<std::string> &built)
{
    const auto has = [&](const char *name) {
        return std::find(built.begin(), built.end(), name) != built.end();
    };
    const std::string list = backendsText(built);
    if (asked == "gloo" || asked == "nccl") {
        if (!has(asked.c_str()))
            throw RunError("--dist-backend " + asked + ": this build of patagon-train has " + list);
        if (asked == "nccl" && !cuda)
            throw RunError("--dist-backend nccl reduces CUDA tensors only; this run is on the CPU");
        return asked; // asked for: tried even where it is known to fail (a shared GPU)
    }
    // NCCL refuses two ranks on one GPU ("Duplicate GPU detected"); Gloo reduces CUDA tensors
    // through the host, slower but correct.
    if (cuda && has("nccl") && !sharedGpu)
        return "nccl";
    if (has("gloo"))
        return "gloo";
    if (!cuda)
        throw RunError("this build of patagon-train reduces over NCCL only (no Gloo headers were "
                       "found when it was built), which needs CUDA; this run is on the CPU");
    throw RunError("several processes share one GPU, which NCCL refuses, and this build has no "
                   "Gloo to fall back on: give each task its own GPU (e.g. --gpus-per-task=1)");
}

std::string distributedJson(const DistributedConfig &c)
{
    JsonObject j;
    j.add("world_size", c.worldSize)
        .add("rank", c.rank)
        .add("local_rank", c.localRank)
        .add("source", c.source)
        .add("master_addr", c.masterAddr)
        .add("master_port", c.masterPort)
        .add("available", distributedAvailable());
    JsonArray backends;
    for (const auto &b : distributedBackends())
        backends.add(b);
    j.addRaw("backends", backends.str());
    return j.str();
}

#ifdef PATAGON_HAVE_C10D

struct Communicator::Private
{
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::Backend> data; // gradients, on the training device
    // stop flags: Gloo on the CPU (no wait for the device), else the data group on the device
    c10::intrusive_ptr<c10d::Backend> control;
    torch::Device controlDevice = torch::kCPU;
    std::string backend;
    bool sharedGpu = false;
    int64_t stopCalls = 0;
};

namespace {

#ifdef PATAGON_HAVE_GLOO
c10::intrusive_ptr<c10d::Backend> makeGloo(const c10::intrusive_ptr<c10d::Store> &store,
                                           const std::string &prefix, int rank, int size)
{
    auto options = c10d::ProcessGroupGloo::Options::create(std::chrono::minutes(5));
    const std::string iface = envString("GLOO_SOCKET_IFNAME");
    options->devices.push_back(iface.empty()
                                   ? c10d::ProcessGroupGloo::createDefaultDevice()
                                   : c10d::ProcessGroupGloo::createDeviceForInterface(iface));
    return c10::make_intrusive<c10d::ProcessGroupGloo>(
        c10::make_intrusive<c10d::PrefixStore>(prefix, store), rank, size, options);
}
#endif

// Whether two processes train on the same GPU of the same host: each publishes "host:index".
bool anyGpuShared(c10d::Store &store, const DistributedConfig &config, const torch::Device &device)
{
    if (!device.is_cuda())
        return false;
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    const std::string mine = std::string(host) + ":" + std::to_string(int(device.index()));
    store.set("gpu/" + std::to_string(config.rank), std::vector<uint8_t>(mine.begin(), mine.end()));
    std::set<std::string> seen;
    for (int r = 0; r < config.worldSize; ++r) {
        const auto v = store.get("gpu/" + std::to_string(r)); // waits for that rank
        if (!seen.insert(std::string(v.begin(), v.end())).second)
            return true;
    }
    return false;
}

void wait(const c10::intrusive_ptr<c10d::Work> &work)
{
    work->wait();
}

} // namespace

Communicator::Communicator(const DistributedConfig &config, const torch::Device &device,
                           const std::string &backend)
    : m_config(config)
    , d(std::make_unique<Private>())
{
    c10d::TCPStoreOptions options;
    options.port = uint16_t(config.masterPort);
    options.isServer = config.rank == 0;
    options.numWorkers = size_t(config.worldSize);
    options.waitWorkers = true;
    options.timeout = std::chrono::minutes(5);
    options.useLibUV = false;
    try {
        d->store = c10::make_intrusive<c10d::TCPStore>(config.masterAddr, options);
        d->sharedGpu = anyGpuShared(*d->store, config, device);
    } catch (const std::exception &e) {
        throw RunError("rank " + std::to_string(config.rank) + " could not meet the others at "
                       + config.masterAddr + ":" + std::to_string(config.masterPort) + ": "
                       + e.what());
    }
    d->backend = chooseBackend(backend, device.is_cuda(), d->sharedGpu, distributedBackends());
    try {
#ifdef PATAGON_USE_NCCL
        if (d->backend == "nccl") {
            d->data = c10::make_intrusive<c10d::ProcessGroupNCCL>(
                c10::make_intrusive<c10d::PrefixStore>("nccl", d->store), config.rank,
                config.worldSize);
        }
#endif
#ifdef PATAGON_HAVE_GLOO
        if (!d->data) // Gloo also reduces CUDA tensors, through the host
            d->data = makeGloo(d->store, "data", config.rank, config.worldSize);
        d->control = makeGloo(d->store, "control", config.rank, config.worldSize);
#else
        d->control = d->data;
        d->controlDevice = device;
#endif
    } catch (const std::exception &e) {
        throw RunError("rank " + std::to_string(config.rank) + " could not meet the others at "
                       + config.masterAddr + ":" + std::to_string(config.masterPort) + ": "
                       + e.what());
    }
}

Communicator::~Communicator() = default;

std::string Communicator::backendName() const
{
    return d->backend;
}

void Communicator::averageGradients(const std::vector<torch::Tensor> &params)
{
    std::vector<torch::Tensor> grads;
    for (const auto &p : params) {
        if (p.grad().defined())
            grads.push_back(p.grad().detach().reshape(-1));
    }
    if (grads.empty())
        return;
    std::vector<torch::Tensor> flat {torch::cat(grads)};
    wait(d->data->allreduce(flat));
    flat[0].div_(double(m_config.worldSize));
    int64_t offset = 0;
    for (const auto &p : params) {
        if (!p.grad().defined())
            continue;
        const int64_t n = p.grad().numel();
        p.grad().detach().copy_(flat[0].narrow(0, offset, n).view_as(p.grad()));
        offset += n;
    }
}

void Communicator::sum(std::vector<torch::Tensor> &tensors)
{
    for (auto &t : tensors) {
        std::vector<torch::Tensor> one {t};
        wait(d->data->allreduce(one));
    }
}

void Communicator::broadcast(std::vector<torch::Tensor> &tensors)
{
    for (auto &t : tensors) {
        std::vector<torch::Tensor> one {t};
        wait(d->data->broadcast(one));
    }
}

bool Communicator::anyStop(bool stop)
{
    // On the device the exchange waits for the step to finish: then only every 32nd call (the
    // same calls on every process, so all see the same answer), and a stop waits a few steps.
    if (!d->controlDevice.is_cpu() && ++d->stopCalls % 32 != 0)
        return false;
    std::vector<torch::Tensor> flag {
        torch::full({1}, stop ? 1 : 0, torch::TensorOptions(torch::kInt).device(d->controlDevice))};
    c10d::AllreduceOptions options;
    options.reduceOp = c10d::ReduceOp::MAX;
    wait(d->control->allreduce(flag, options));
    return flag[0].item<int>() != 0;
}

#else

struct Communicator::Private
{};

Communicator::Communicator(const DistributedConfig &config, const torch::Device &,
                           const std::string &)
    : m_config(config)
{
    throw RunError("this build of patagon-train cannot train on several processes (it was built "
                   "without c10d's Gloo headers nor NCCL; Debian: apt install libgloo-dev)");
}

Communicator::~Communicator() = default;
std::string Communicator::backendName() const
{
    return "none";
}
void Communicator::averageGradients(const std::vector<torch::Tensor> &)
{}
void Communicator::sum(std::vector<torch::Tensor> &)
{}
void Communicator::broadcast(std::vector<torch::Tensor> &)
{}
bool Communicator::anyStop(bool stop)
{
    return stop;
}

#endif
