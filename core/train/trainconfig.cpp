#include "core/train/trainconfig.h"

#include "core/remote/shellquote.h"
#include "core/slurm/batchscript.h"
#include "core/slurm/clusterfacts.h"
#include "core/slurm/scriptchecker.h"
#include "core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace Patagon::Train {

QStringList TrainConfig::dataKinds()
{
    return {QStringLiteral("fashion-mnist"), QStringLiteral("mnist"), QStringLiteral("cifar10"),
            QStringLiteral("imagefolder")};
}

QStringList TrainConfig::models()
{
    return {QStringLiteral("smallcnn"), QStringLiteral("resnet9"), QStringLiteral("resnet18")};
}

QString TrainConfig::displayName() const
{
    return Tr::tr("%1 on %2").arg(model, dataKind.isEmpty() ? dataDir.section(u'/', -1) : dataKind);
}

Result TrainConfig::validate(bool requireDataKind) const
{
    auto invalid
        = [](const QString &message) { return Result::error(ErrorCode::InvalidInput, message); };
    if (!uploadFrom.isEmpty()) {
        const QFileInfo local(uploadFrom);
        if (!local.isDir())
            return invalid(Tr::tr("The folder %1 does not exist on this computer. Choose the "
                                  "folder that holds the dataset.")
                               .arg(QDir::toNativeSeparators(uploadFrom)));
    } else if (dataDir.isEmpty())
        return invalid(Tr::tr("No dataset was given. Choose a folder on the cluster that holds "
                              "Fashion-MNIST, MNIST, CIFAR-10 or one folder of images per class."));
    if (!dataDir.isEmpty() && !dataDir.startsWith(u'/') && !dataDir.startsWith(u"~/"))
        return invalid(Tr::tr("The dataset folder \"%1\" is not an absolute path. Give the full "
                              "path on the cluster (starting with / or ~/).")
                           .arg(dataDir));
    if ((requireDataKind || !dataKind.isEmpty()) && !dataKinds().contains(dataKind))
        return invalid(Tr::tr("\"%1\" is not a dataset format the trainer reads. Use one of: %2.")
                           .arg(dataKind, dataKinds().join(QStringLiteral(", "))));
    if (!models().contains(model))
        return invalid(Tr::tr("\"%1\" is not a model of the trainer. Use one of: %2.")
                           .arg(model, models().join(QStringLiteral(", "))));
    if (epochs < 1 || epochs > 100000)
        return invalid(Tr::tr("The number of epochs must be between 1 and 100000."));
    if (batchSize < 1 || batchSize > 65536)
        return invalid(Tr::tr("The batch size must be between 1 and 65536."));
    if (learningRate < 0 || learningRate > 10)
        return invalid(Tr::tr("The learning rate must be between 0 and 10 (0: the default)."));
    if (optimizer != u"sgd" && optimizer != u"adamw")
        return invalid(Tr::tr("The optimizer must be sgd or adamw."));
    if (precision != u"fp32" && precision != u"bf16")
        return invalid(Tr::tr("The precision must be fp32 or bf16."));
    if (gpus < 1 || gpus > 64)
        return invalid(Tr::tr("The number of GPUs must be between 1 and 64."));
    if (cpusPerTask < 1 || cpusPerTask > 1024)
        return invalid(Tr::tr("The CPUs per task must be between 1 and 1024."));
    static const QRegularExpression time(QStringLiteral(
        R"(^(\d+|\d+:\d{2}|\d+:\d{2}:\d{2}|\d+-\d+|\d+-\d+:\d{2}|\d+-\d+:\d{2}:\d{2})$)"));
    if (!time.match(timeLimit).hasMatch())
        return invalid(Tr::tr("The time limit \"%1\" is not one Slurm reads. Write minutes, "
                              "HH:MM:SS or D-HH:MM:SS (for example 02:00:00).")
                           .arg(timeLimit));
    static const QRegularExpression name(QStringLiteral(R"(^[A-Za-z0-9_.-]+$)"));
    if (partition.isEmpty() || !name.match(partition).hasMatch())
        return invalid(Tr::tr("Choose a partition (for example gpu)."));
    if (container.isEmpty())
        return invalid(Tr::tr("Choose the container to train in. Create one with PyTorch on the "
                              "Containers page if there is none yet."));
    if (!name.match(container).hasMatch())
        return invalid(Tr::tr("The container name \"%1\" may only hold letters, digits, '_', "
                              "'-' and '.'.")
                           .arg(container));
    if (!gresType.isEmpty() && !name.match(gresType).hasMatch())
        return invalid(Tr::tr("The GPU type \"%1\" may only hold letters, digits, '_', '-' and "
                              "'.'.")
                           .arg(gresType));
    return Result::ok();
}

QJsonObject TrainConfig::toJson() const
{
    QJsonObject o;
    o[u"data_kind"] = dataKind;
    o[u"data_dir"] = dataDir;
    if (!uploadFrom.isEmpty())
        o[u"upload_from"] = uploadFrom;
    o[u"model"] = model;
    o[u"epochs"] = epochs;
    o[u"batch_size"] = batchSize;
    o[u"lr"] = learningRate;
    o[u"optimizer"] = optimizer;
    o[u"precision"] = precision;
    o[u"gpus"] = gpus;
    o[u"cpus_per_task"] = cpusPerTask;
    o[u"time_limit"] = timeLimit;
    o[u"partition"] = partition;
    o[u"gres_type"] = gresType;
    o[u"request_gpus"] = requestGpus;
    o[u"container"] = container;
    o[u"node"] = node;
    o[u"account"] = account;
    o[u"limit_train"] = limitTrain;
    o[u"limit_test"] = limitTest;
    o[u"signal_at_step"] = signalAtStep;
    o[u"runs_folder"] = runsFolder;
    o[u"torch_prefix"] = torchPrefix;
    return o;
}

TrainConfig TrainConfig::fromJson(const QJsonObject &o)
{
    TrainConfig c;
    c.dataKind = o[u"data_kind"].toString();
    c.dataDir = o[u"data_dir"].toString();
    c.uploadFrom = o[u"upload_from"].toString();
    c.model = o[u"model"].toString(c.model);
    c.epochs = o[u"epochs"].toInt(c.epochs);
    c.batchSize = o[u"batch_size"].toInt(c.batchSize);
    c.learningRate = o[u"lr"].toDouble(c.learningRate);
    c.optimizer = o[u"optimizer"].toString(c.optimizer);
    c.precision = o[u"precision"].toString(c.precision);
    c.gpus = o[u"gpus"].toInt(c.gpus);
    c.cpusPerTask = o[u"cpus_per_task"].toInt(c.cpusPerTask);
    c.timeLimit = o[u"time_limit"].toString(c.timeLimit);
    c.partition = o[u"partition"].toString(c.partition);
    c.gresType = o[u"gres_type"].toString();
    c.requestGpus = o[u"request_gpus"].toBool(true);
    c.container = o[u"container"].toString();
    c.node = o[u"node"].toString();
    c.account = o[u"account"].toString();
    c.limitTrain = o[u"limit_train"].toInteger();
    c.limitTest = o[u"limit_test"].toInteger();
    c.signalAtStep = o[u"signal_at_step"].toInteger();
    c.runsFolder = o[u"runs_folder"].toString();
    c.torchPrefix = o[u"torch_prefix"].toString();
    return c;
}

Expected<TrainConfig> TrainConfig::withDataSpec(TrainConfig config, const QString &spec)
{
    const qsizetype colon = spec.indexOf(u':');
    if (colon > 0 && dataKinds().contains(spec.left(colon))) {
        config.dataKind = spec.left(colon);
        config.dataDir = spec.mid(colon + 1);
    } else if (colon > 0 && !spec.left(colon).contains(u'/')) {
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("\"%1\" is not a dataset format the trainer reads. Use one "
                                    "of: %2, or give only the folder.")
                                 .arg(spec.left(colon), dataKinds().join(QStringLiteral(", "))));
    } else {
        config.dataKind.clear();
        config.dataDir = spec;
    }
    while (config.dataDir.size() > 1 && config.dataDir.endsWith(u'/'))
        config.dataDir.chop(1);
    return config;
}

QStringList TrainConfig::trainerArguments(const QString &runDir, const QString &cacheDir) const
{
    QStringList a = {QStringLiteral("train"),
                     QStringLiteral("--data"),
                     dataSpec(),
                     QStringLiteral("--model"),
                     model,
                     QStringLiteral("--epochs"),
                     QString::number(epochs),
                     QStringLiteral("--batch-size"),
                     QString::number(batchSize),
                     QStringLiteral("--optimizer"),
                     optimizer};
    if (learningRate > 0)
        a << QStringLiteral("--lr") << QString::number(learningRate, 'g', 10);
    if (precision == u"bf16")
        a << QStringLiteral("--amp") << QStringLiteral("bf16");
    if (limitTrain > 0)
        a << QStringLiteral("--limit-train") << QString::number(limitTrain);
    if (limitTest > 0)
        a << QStringLiteral("--limit-test") << QString::number(limitTest);
    if (signalAtStep > 0)
        a << QStringLiteral("--signal-at-step") << QString::number(signalAtStep);
    if (!cacheDir.isEmpty() && dataKind == u"imagefolder")
        a << QStringLiteral("--cache-dir") << cacheDir;
    // In-epoch progress for the charts: one event at most every 10 s (one host read each).
    a << QStringLiteral("--progress-interval") << QStringLiteral("10");
    a << QStringLiteral("--progress") << QStringLiteral("lines") << QStringLiteral("--resume")
      << QStringLiteral("auto") << QStringLiteral("--out") << runDir;
    return a;
}

QString detectDataKind(const QStringList &entries, const QString &folder, QString *why)
{
    auto has = [&](const QString &name) {
        return entries.contains(name) || entries.contains(name + QStringLiteral(".gz"));
    };
    if (has(QStringLiteral("train-images-idx3-ubyte"))
        && has(QStringLiteral("train-labels-idx1-ubyte"))) {
        return folder.contains(QStringLiteral("fashion"), Qt::CaseInsensitive)
            ? QStringLiteral("fashion-mnist")
            : QStringLiteral("mnist");
    }
    if (entries.contains(QStringLiteral("data_batch_1.bin"))
        || entries.contains(QStringLiteral("cifar-10-batches-bin/")))
        return QStringLiteral("cifar10");
    int folders = 0;
    for (const QString &e : entries)
        folders += e.endsWith(u'/') ? 1 : 0;
    if (folders >= 2 || entries.contains(QStringLiteral("train/")))
        return QStringLiteral("imagefolder");
    if (why) {
        if (entries.isEmpty())
            *why = Tr::tr("The folder %1 is empty.").arg(folder);
        else
            *why = Tr::tr("The folder %1 holds none of the dataset formats the trainer reads "
                          "(IDX files such as train-images-idx3-ubyte, CIFAR-10 binary batches, "
                          "or one folder of images per class). It holds: %2.")
                       .arg(folder,
                            entries.mid(0, 8).join(QStringLiteral(", "))
                                + (entries.size() > 8 ? QStringLiteral(", …") : QString()));
    }
    return {};
}

QByteArray generateBatchScript(const TrainConfig &c, const ScriptInputs &in)
{
    using Slurm::BatchScript;
    // The body: the trainer runs as a job step in the container, in the background so that the
    // batch shell can take the time-limit signal and pass it on (srun forwards it to its tasks).
    QStringList srun = {QStringLiteral("srun"), QStringLiteral("--container-name=") + c.container};
    if (!in.mounts.isEmpty())
        srun << QStringLiteral("--container-mounts=") + in.mounts.join(u',');
    srun << in.binary << c.trainerArguments(in.runDir, in.cacheDir);
    const QByteArray step = Shell::joinArguments(srun).value();
    QByteArray text
        = "#!/bin/bash\n"
          "# Written by Patagon Studio's Train page: the trainer in the container, with\n"
          "# a checkpoint and requeue when the time limit comes.\n";
    text += "#SBATCH --job-name=x\n"; // the directive block the model edits
    text += "\n"
            "# USR1 (the time limit is near): the trainer checkpoints and exits with 3, then\n"
            "# the job is requeued. TERM (scancel): the trainer gets its own; no requeue.\n"
            "forward() { [ -n \"${pid:-}\" ] && kill -USR1 \"$pid\" 2>/dev/null; }\n"
            "cancelled=0\n"
            "trap forward USR1\n"
            "trap 'cancelled=1' TERM\n"
            "echo \"patagon: job $SLURM_JOB_ID on $(hostname), restart "
            "${SLURM_RESTART_COUNT:-0}\"\n";
    text += step + " &\n";
    text += "pid=$!\n"
            "status=0\n"
            "wait \"$pid\" || status=$?\n"
            "# a trapped signal interrupts wait: wait again for the trainer's own exit status\n"
            "while kill -0 \"$pid\" 2>/dev/null; do status=0; wait \"$pid\" || status=$?; done\n"
            "if [ \"$status\" -eq 3 ] && [ \"$cancelled\" -eq 0 ]; then\n"
            "    echo \"patagon: the trainer saved a checkpoint (exit 3); requeueing\"\n"
            "    scontrol requeue \"$SLURM_JOB_ID\"\n"
            "fi\n"
            "exit \"$status\"\n";
    BatchScript script = BatchScript::parse(text);
    script.setValue(QStringLiteral("job-name"), in.jobName);
    script.setValue(QStringLiteral("partition"), c.partition);
    if (!c.account.isEmpty())
        script.setValue(QStringLiteral("account"), c.account);
    if (c.requestGpus) {
        const QString gres = c.gresType.isEmpty()
            ? QStringLiteral("gpu:%1").arg(c.gpus)
            : QStringLiteral("gpu:%1:%2").arg(c.gresType).arg(c.gpus);
        script.setValue(QStringLiteral("gres"), gres);
    }
    script.setValue(QStringLiteral("nodes"), QStringLiteral("1"));
    script.setValue(QStringLiteral("ntasks"), QString::number(c.gpus));
    script.setValue(QStringLiteral("cpus-per-task"), QString::number(c.cpusPerTask));
    script.setValue(QStringLiteral("time"), c.timeLimit);
    if (!c.node.isEmpty())
        script.setValue(QStringLiteral("nodelist"), c.node);
    script.setValue(QStringLiteral("output"), in.runDir + QStringLiteral("/slurm-%j.out"));
    script.setValue(QStringLiteral("signal"), QStringLiteral("B:USR1@120"));
    script.setFlag(QStringLiteral("requeue"), true);
    script.setValue(QStringLiteral("open-mode"), QStringLiteral("append"));
    if (!in.submissionComment.isEmpty())
        script.setValue(QStringLiteral("comment"), in.submissionComment);
    return script.serialize();
}

} // namespace Patagon::Train

namespace Patagon::Train {

QList<Slurm::ScriptProblem> checkAgainstCluster(const TrainConfig &config,
                                                const Slurm::ClusterFacts &facts)
{
    ScriptInputs inputs;
    inputs.binary = QStringLiteral("/patagon-train");
    inputs.runDir = QStringLiteral("/run");
    inputs.jobName = QStringLiteral("patagon-train");
    const auto script = Slurm::BatchScript::parse(generateBatchScript(config, inputs));
    QList<Slurm::ScriptProblem> out;
    for (const Slurm::ScriptProblem &p : Slurm::ScriptChecker::check(script, &facts)) {
        if (p.severity != Slurm::ScriptProblem::Severity::Info)
            out << p;
    }
    return out;
}

} // namespace Patagon::Train
