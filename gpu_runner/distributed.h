// Data-parallel training over torch c10d: rendezvous from Slurm or torchrun-style variables,
// gradient all-reduce (Gloo; NCCL on CUDA when built with it) and agreement on stopping.
#pragma once

#include <torch/types.h>

#include <memory>
#include <string>
#include <vector>

struct DistributedConfig
{
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    std::string masterAddr;
    int masterPort = 29500;
    std::string source; // "single", "env" (RANK/WORLD_SIZE) or "slurm"
    bool isDistributed() const { return worldSize > 1; }
};

// RANK/WORLD_SIZE/LOCAL_RANK/MASTER_ADDR/MASTER_PORT when WORLD_SIZE is set, else
// SLURM_PROCID/SLURM_NTASKS/SLURM_LOCALID and the first host of SLURM_JOB_NODELIST (port
// MASTER_PORT, else 29500 + SLURM_JOB_ID % 1000 so jobs sharing a node do not collide).
// Throws RunError on malformed values.
DistributedConfig distributedFromEnvironment();
// The first host of a Slurm node list: "gpu[07-09,12],cpu1" -> "gpu07".
std::string firstSlurmHost(const std::string &nodeList);
// Whether this build can train on several processes (c10d's Gloo headers or NCCL found).
bool distributedAvailable();
// The reduction backends this build has: "gloo" (CPU and CUDA tensors), "nccl" (CUDA only).
std::vector<std::string> distributedBackends();
// "gloo, nccl", or "none"
std::string backendsText(const std::vector<std::string> &names);
// The backend for a run: asked is auto, gloo or nccl. auto takes NCCL for CUDA when built with it
// and every process has its own GPU, else Gloo. Throws RunError when none fits.
std::string chooseBackend(const std::string &asked, bool cuda, bool sharedGpu,
                          const std::vector<std::string> &built);
std::string distributedJson(const DistributedConfig &config);

class Communicator
{
public:
    // Rendezvous with the other processes (blocks until all have joined, or times out), then
    // the backend by chooseBackend(backend, ...).
    Communicator(const DistributedConfig &config, const torch::Device &device,
                 const std::string &backend = "auto");
    ~Communicator();
    Communicator(const Communicator &) = delete;
    Communicator &operator=(const Communicator &) = delete;

    int rank() const { return m_config.rank; }
    int worldSize() const { return m_config.worldSize; }
    std::string backendName() const;

    // Averages the gradients of params over all processes, in one flattened buffer.
    void averageGradients(const std::vector<torch::Tensor> &params);
    // Sums each tensor over all processes, in place.
    void sum(std::vector<torch::Tensor> &tensors);
    // Copies rank 0's tensors to all processes, in place.
    void broadcast(std::vector<torch::Tensor> &tensors);
    // True on every process when any process asks to stop (a host-side exchange on the CPU
    // group, which does not wait for the device; without Gloo, on the device every 32nd call).
    bool anyStop(bool stop);

private:
    struct Private;
    DistributedConfig m_config;
    std::unique_ptr<Private> d;
};
