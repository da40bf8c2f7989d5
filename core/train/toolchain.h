// What the toolchain probe (resources/runner/probe.sh, run inside the user's container on its
// node) found, what is missing with the most likely fix, and how to build patagon-train there:
// which LibTorch, which CMake arguments, how many compile jobs, and the key under which the
// binary is kept (the same key: the same binary, not built again).
// The facts behind the rules: shared/REFERENCE-libtorch-in-containers.md.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Patagon::Train {

struct ToolchainFinding
{
    enum class Severity
    {
        Info, // said, nothing to do
        Warning, // the build works, but not as well as it could (a CPU-only torch, ...)
        Missing, // the build cannot run: `fix` says what would help
    };
    // What a fix would do, for a front end that offers it.
    enum class Fix
    {
        None,
        PipInstallCMake, // pip install --user cmake (the Packages core)
        NewContainerFromNgc, // make a container from an NGC PyTorch image
        InstallCompiler, // apt-get install g++ with --container-remap-root --container-writable
        GiveTorchPath, // the user names a LibTorch
    };
    Severity severity = Severity::Info;
    QString message; // translated, whole sentences
    Fix fix = Fix::None;
};

class ToolchainReport
{
public:
    // Parses the probe's KEY=VALUE lines; anything else is ignored. `complete()` is false
    // when the probe did not reach its last line.
    static ToolchainReport parse(const QByteArray &output);

    bool complete() const { return m_values.value(QStringLiteral("probe_end")) == u"1"; }
    QString value(const QString &key) const { return m_values.value(key); }

    // The LibTorch CMake folder to build against: the one the user gave, the container
    // Python's torch when it ships CMake files, else a system LibTorch. Empty: none.
    QString torchPrefix() const;
    QString torchVersion() const; // of the LibTorch used
    bool torchHasCuda() const; // a CUDA build of torch
    bool gpuVisible() const { return value(QStringLiteral("torch_gpu")) == u"yes"; }
    bool supportsBf16() const { return value(QStringLiteral("torch_bf16")) == u"yes"; }
    bool hasGloo() const;

    QList<ToolchainFinding> findings() const;
    // True when nothing Missing: the build can be tried.
    bool canBuild() const;

    // -D arguments for gpu_runner's CMakeLists beyond the prefix (the CUDA bypass, Gloo).
    QStringList cmakeArguments() const;
    // Compile jobs: the node's CPUs, at most 8, and one per 1.5 GB of available memory.
    int compileJobs() const;
    // The binary's identity beyond the bundle: torch version, CUDA, ABI, compiler, arch.
    QString buildKey(const QString &bundleHash) const;

private:
    QMap<QString, QString> m_values;
};

} // namespace Patagon::Train

namespace Patagon::Train {
struct TrainConfig;

// Whether bf16 can be offered for a run: only on GPUs that compute in it (compute capability
// 8.0 and later: A100, H100, L40, RTX 30xx, ...). Known from the probe when it saw the GPU, else
// from the GRES type; an unknown type is not offered (the user may still ask on the command
// line). `why` says it in words when it is not.
struct Bf16Support
{
    enum class Answer
    {
        Yes,
        No,
        Unknown,
    };
    Answer answer = Answer::Unknown;
    QString why;
    bool offered() const { return answer == Answer::Yes; }
};
Bf16Support bf16Support(const TrainConfig &config, const ToolchainReport *probe = nullptr);

// The first error in a build's output (compiler, linker or CMake), with the lines that belong
// to it (at most a few); empty when none is recognised.
QString firstBuildError(const QByteArray &output);
} // namespace Patagon::Train
