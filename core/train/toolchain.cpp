#include "core/train/toolchain.h"

#include "core/tr.h"
#include "core/train/trainconfig.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QVersionNumber>

namespace Patagon::Train {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// "2.6.0+cu124" -> 2.6.0
QVersionNumber leadingVersion(const QString &text)
{
    return QVersionNumber::fromString(text);
}

} // namespace

ToolchainReport ToolchainReport::parse(const QByteArray &output)
{
    ToolchainReport report;
    for (const QByteArray &rawLine : output.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray name = line.left(eq);
        // Keys are [a-z0-9_]: anything else is noise from a login script or the job.
        if (!std::all_of(name.begin(), name.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            }))
            continue;
        report.m_values.insert(QString::fromLatin1(name),
                               QString::fromUtf8(line.mid(eq + 1)).left(4096));
    }
    return report;
}

QString ToolchainReport::torchPrefix() const
{
    if (!value(key("user_prefix")).isEmpty())
        return value(key("user_prefix_config"));
    if (value(key("torch_python_config")) == u"yes")
        return value(key("torch_python_prefix"));
    return value(key("torch_system_config"));
}

QString ToolchainReport::torchVersion() const
{
    if (value(key("user_prefix")).isEmpty() && value(key("torch_python_config")) != u"yes"
        && !value(key("torch_system_config")).isEmpty())
        return value(key("torch_system_version"));
    const QString python = value(key("torch_version"));
    return python.isEmpty() ? value(key("torch_system_version")) : python;
}

bool ToolchainReport::torchHasCuda() const
{
    return !value(key("torch_cuda")).isEmpty();
}

bool ToolchainReport::hasGloo() const
{
    return !value(key("gloo")).isEmpty() || !value(key("gloo_torch")).isEmpty();
}

QList<ToolchainFinding> ToolchainReport::findings() const
{
    using S = ToolchainFinding::Severity;
    using F = ToolchainFinding::Fix;
    QList<ToolchainFinding> out;
    if (!complete()) {
        out.append({S::Missing,
                    Tr::tr("The toolchain check did not finish inside the container, so it is "
                           "not known what the container holds. Look at the output above for "
                           "the reason."),
                    F::None});
        return out;
    }
    const QString userPrefix = value(key("user_prefix"));
    if (!userPrefix.isEmpty() && value(key("user_prefix_config")).isEmpty()) {
        out.append({S::Missing,
                    Tr::tr("No TorchConfig.cmake was found under %1 inside the container. Give "
                           "the folder that holds it (for a LibTorch download: its "
                           "share/cmake/Torch).")
                        .arg(userPrefix),
                    F::GiveTorchPath});
    } else if (torchPrefix().isEmpty()) {
        if (value(key("python")).isEmpty()) {
            out.append({S::Missing,
                        Tr::tr("This container has neither Python with PyTorch nor a LibTorch "
                               "installation. Create a container from an NVIDIA PyTorch image "
                               "(nvcr.io#nvidia/pytorch), which has everything the trainer "
                               "needs."),
                        F::NewContainerFromNgc});
        } else if (!value(key("torch_error")).isEmpty()) {
            out.append({S::Missing,
                        Tr::tr("This container's Python cannot import torch (%1). Install "
                               "PyTorch into it, or create a container from an NVIDIA PyTorch "
                               "image (nvcr.io#nvidia/pytorch).")
                            .arg(value(key("torch_error"))),
                        F::NewContainerFromNgc});
        } else {
            out.append({S::Missing,
                        Tr::tr("PyTorch %1 in this container ships no CMake files, and no "
                               "LibTorch was found. Give the path of a LibTorch, or create a "
                               "container from an NVIDIA PyTorch image.")
                            .arg(value(key("torch_version"))),
                        F::GiveTorchPath});
        }
    }
    if (value(key("cxx")).isEmpty()) {
        out.append({S::Missing,
                    Tr::tr("There is no C++ compiler in this container (images such as "
                           "pytorch/pytorch:*-runtime have none). Install g++ into it as root "
                           "(apt-get with --container-remap-root --container-writable), or use "
                           "an image with a compiler (a -devel tag, or an NVIDIA PyTorch "
                           "image)."),
                    F::InstallCompiler});
    }
    const QVersionNumber cmakeVersion = leadingVersion(value(key("cmake_version")));
    if (value(key("cmake")).isEmpty()) {
        out.append({S::Missing,
                    Tr::tr("CMake is missing in this container. Install it with pip "
                           "(pip install --user cmake) into this container?"),
                    F::PipInstallCMake});
    } else if (cmakeVersion < QVersionNumber(3, 21)) {
        out.append({S::Missing,
                    Tr::tr("CMake %1 in this container is older than 3.21, which the trainer "
                           "needs. Install a newer one with pip (pip install --user cmake)?")
                        .arg(cmakeVersion.toString()),
                    F::PipInstallCMake});
    }
    if (torchHasCuda()) {
        if (value(key("nvcc")).isEmpty())
            out.append({S::Info,
                        Tr::tr("PyTorch here is built for CUDA %1 but the container has no "
                               "CUDA compiler (normal for pip-installed PyTorch): the trainer "
                               "is built without it, as it has no CUDA code of its own.")
                            .arg(value(key("torch_cuda"))),
                        F::None});
    } else if (!torchPrefix().isEmpty()) {
        out.append({S::Warning,
                    Tr::tr("This container's PyTorch is CPU-only: the trainer will not use the "
                           "GPU. For the GPU, use a container made from an NVIDIA PyTorch "
                           "image (nvcr.io#nvidia/pytorch)."),
                    F::NewContainerFromNgc});
    }
    if (!hasGloo())
        out.append({S::Warning,
                    Tr::tr("Gloo's headers are not in this container: the trainer is built "
                           "without data-parallel training, so it can use one GPU only."),
                    F::None});
    return out;
}

bool ToolchainReport::canBuild() const
{
    const QList<ToolchainFinding> all = findings();
    return std::none_of(all.begin(), all.end(), [](const ToolchainFinding &f) {
        return f.severity == ToolchainFinding::Severity::Missing;
    });
}

QStringList ToolchainReport::cmakeArguments() const
{
    QStringList args;
    if (torchHasCuda() && value(key("nvcc")).isEmpty())
        args << QStringLiteral("-DPATAGON_TRAIN_SKIP_CUDA_DISCOVERY=ON");
    if (value(key("gloo")).isEmpty() && !value(key("gloo_torch")).isEmpty())
        args << QStringLiteral("-DPATAGON_GLOO_INCLUDE_DIR=") + value(key("gloo_torch"));
    return args;
}

int ToolchainReport::compileJobs() const
{
    int cpus = qMax(1, value(key("cpus")).toInt());
    const qint64 memoryKb = value(key("mem_available_kb")).toLongLong();
    if (memoryKb > 0)
        cpus = qMin<qint64>(cpus, qMax<qint64>(1, memoryKb / (1536 * 1024)));
    return qBound(1, cpus, 8);
}

QString ToolchainReport::buildKey(const QString &bundleHash) const
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const QStringList parts = {bundleHash,
                               torchPrefix(),
                               torchVersion(),
                               value(key("torch_cuda")),
                               value(key("torch_abi")),
                               value(key("cxx_id")),
                               value(key("cxx_version")),
                               value(key("arch")),
                               cmakeArguments().join(u' ')};
    sha.addData(parts.join(QChar(0)).toUtf8());
    return QString::fromLatin1(sha.result().toHex().left(16));
}

} // namespace Patagon::Train

namespace Patagon::Train {

QString firstBuildError(const QByteArray &output)
{
    static const QRegularExpression compiler(QStringLiteral(R"(:\d+(:\d+)?: (fatal )?error: )"));
    static const QRegularExpression linker(
        QStringLiteral(R"((undefined reference to|collect2: error|ld: cannot find|ld returned))"));
    const QStringList lines = QString::fromUtf8(output).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (compiler.match(line).hasMatch() || linker.match(line).hasMatch()) {
            QStringList block = {line};
            // gcc follows with the offending line and a caret: keep them.
            for (qsizetype j = i + 1; j < lines.size() && j <= i + 2; ++j) {
                const QString next = lines.at(j);
                if (next.trimmed().isEmpty() || compiler.match(next).hasMatch())
                    break;
                block << next.trimmed();
            }
            return block.join(u'\n').left(2000);
        }
        if (line.startsWith(u"CMake Error")) {
            QStringList block = {line};
            for (qsizetype j = i + 1; j < lines.size() && block.size() < 6; ++j) {
                const QString next = lines.at(j).trimmed();
                if (next.isEmpty()) {
                    if (block.size() > 1)
                        break;
                    continue;
                }
                block << next;
            }
            return block.join(u'\n').left(2000);
        }
    }
    return {};
}

} // namespace Patagon::Train

namespace Patagon::Train {

namespace {
// GPU types (as Slurm's GRES names them) by whether they compute in bf16 (compute capability
// 8.0 and later). Matched case-insensitively against the start of the type name, after
// dropping "nvidia_", "tesla_" and the like.
const char *const kBf16Gpus[]
    = {"a100",   "a30",  "a40",   "a10",   "a16",   "a2",    "a800",  "h100",  "h200",  "h800",
       "gh200",  "b100", "b200",  "gb200", "l4",    "l40",   "rtx30", "rtx40", "rtx50", "rtx_30",
       "rtx_40", "rtxa", "rtx_a", "a4000", "a4500", "a5000", "a5500", "a6000"};
const char *const kOlderGpus[]
    = {"v100",    "t4",      "p100",    "p40",     "p4",     "k80",   "k40",
       "m60",     "m40",     "rtx20",   "rtx_20",  "gtx",    "titan", "quadro",
       "rtx6000", "rtx8000", "tesla_v", "tesla_t", "tesla_p"};
} // namespace

Bf16Support bf16Support(const TrainConfig &config, const ToolchainReport *probe)
{
    using A = Bf16Support::Answer;
    if (!config.requestGpus)
        return {A::No, Tr::tr("bf16 is offered on GPUs only, and this run asks for none.")};
    if (probe && probe->gpuVisible() && !probe->value(QStringLiteral("torch_bf16")).isEmpty()) {
        if (probe->supportsBf16())
            return {A::Yes, {}};
        return {A::No,
                Tr::tr("The GPU of this container's node does not compute in bf16 "
                       "(it needs an Ampere GPU or newer, such as the A100).")};
    }
    QString type = config.gresType.toLower();
    for (const char *prefix : {"nvidia_", "nvidia-", "tesla_", "tesla-"}) {
        if (type.startsWith(QLatin1String(prefix)) && type.size() > int(qstrlen(prefix)))
            type = type.mid(int(qstrlen(prefix)));
    }
    type.remove(u'-');
    if (type.isEmpty())
        return {A::Unknown,
                Tr::tr("bf16 is offered when the GPU type is known to support it "
                       "(A100, H100, L40, ...). Give the GPU type.")};
    // Older names first: "rtx6000" (Turing) must not match the Ampere "rtxa6000".
    for (const char *older : kOlderGpus) {
        if (type.startsWith(QLatin1String(older)))
            return {A::No,
                    Tr::tr("%1 GPUs do not compute in bf16 (it needs an Ampere GPU or "
                           "newer, such as the A100): use fp32.")
                        .arg(config.gresType)};
    }
    for (const char *newer : kBf16Gpus) {
        if (type.startsWith(QLatin1String(newer)))
            return {A::Yes, {}};
    }
    return {A::Unknown,
            Tr::tr("Whether %1 GPUs compute in bf16 is not known, so it is not "
                   "offered (Ampere GPUs and newer, such as the A100, do).")
                .arg(config.gresType)};
}

} // namespace Patagon::Train
