// Data-parallel training over torch c10d: rendezvous from Slurm or torchrun-style variables,
// gradient all-reduce (Gloo; NCCL on CUDA when built with it) and agreement on stopping.
#include "distributed.h"

#include "json.h"
#include "rundir.h"

#include <torch/torch.h>

#include <cerrno>
#include <cstdlib>
#include <limits>

#ifdef PATAGON_HAVE_C10D
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
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
    return j.str();
}

#ifdef PATAGON_HAVE_C10D

struct Communicator::Private
{
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::Backend> data; // gradients, on the training device
    c10::intrusive_ptr<c10d::Backend> control; // stop flags, always on the CPU
    std::string backend;
};

namespace {

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

void wait(const c10::intrusive_ptr<c10d::Work> &work)
{
    work->wait();
}

} // namespace

Communicator::Communicator(const DistributedConfig &config, const torch::Device &device)
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
        d->control = makeGloo(d->store, "control", config.rank, config.worldSize);
#ifdef PATAGON_USE_NCCL
        if (device.is_cuda()) {
            d->data = c10::make_intrusive<c10d::ProcessGroupNCCL>(
                c10::make_intrusive<c10d::PrefixStore>("nccl", d->store), config.rank,
                config.worldSize);
            d->backend = "nccl";
        }
#endif
        if (!d->data) {
            // Gloo also reduces CUDA tensors, through the host
            d->data = makeGloo(d->store, "data", config.rank, config.worldSize);
            d->backend = "gloo";
        }
    } catch (const std::exception &e) {
        throw RunError("rank " + std::to_string(config.rank) + " could not meet the others at "
                       + config.masterAddr + ":" + std::to_string(config.masterPort) + ": "
                       + e.what());
    }
    (void)device;
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
    std::vector<torch::Tensor> flag {torch::full({1}, stop ? 1 : 0, torch::kInt)};
    c10d::AllreduceOptions options;
    options.reduceOp = c10d::ReduceOp::MAX;
    wait(d->control->allreduce(flag, options));
    return flag[0].item<int>() != 0;
}

#else

struct Communicator::Private
{};

Communicator::Communicator(const DistributedConfig &config, const torch::Device &)
    : m_config(config)
{
    throw RunError("this build of patagon-train cannot train on several processes (it was built "
                   "without c10d's Gloo headers; Debian: apt install libgloo-dev)");
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
