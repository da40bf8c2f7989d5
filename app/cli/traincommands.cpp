// `patagon-studio train ...` and `patagon-studio runs ...`.
#include "app/cli/traincommands.h"

#include "app/cli/clisession.h"
#include "app/cli/terminal.h"
#include "core/container/containerservice.h"
#include "core/slurm/jobstate.h"
#include "core/slurm/pendingreason.h"
#include "core/slurm/slurmclient.h"
#include "core/train/runresults.h"
#include "core/train/runstore.h"
#include "core/train/trainrun.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Patagon::Cli {

namespace {

using namespace Patagon::Train;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Cli)
};

QString trainUsage()
{
    return Text::tr(
        "patagon-studio train (--data SPEC | --upload DIR [--data SPEC]) [--model NAME]\n"
        "       [--epochs N] [--container NAME]\n"
        "       [--gpus N] [--batch-size N] [--lr X] [--optimizer sgd|adamw] [--bf16]\n"
        "       [--partition P] [--gpu-type T | --no-gpu] [--time LIMIT] [--cpus N]\n"
        "       [--limit-train N] [--limit-test N] [--runs-folder DIR] [--torch-prefix DIR]\n"
        "       [--follow] [--json] [--profile NAME]\n"
        "SPEC is KIND:FOLDER (fashion-mnist, mnist, cifar10, imagefolder) or a folder on the\n"
        "cluster, whose format is then detected. --upload copies a folder from this computer\n"
        "first (to SPEC's folder, else beside the run folders), skipping files already there.");
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject recordJson(const RunRecord &r, bool full)
{
    QJsonObject o;
    o[u"run_id"] = r.id;
    o[u"name"] = r.name;
    o[u"profile"] = r.profile;
    o[u"state"] = runStateName(r.state);
    o[u"job_id"] = r.lastJobId().isEmpty() ? QJsonValue() : QJsonValue(r.lastJobId());
    o[u"job_ids"] = QJsonArray::fromStringList(r.jobIds);
    o[u"container"] = r.container;
    o[u"node"] = r.node;
    o[u"run_dir"] = r.runDir;
    o[u"created"] = r.created.toString(Qt::ISODateWithMs);
    o[u"finished"]
        = r.finished.isValid() ? QJsonValue(r.finished.toString(Qt::ISODateWithMs)) : QJsonValue();
    o[u"test_accuracy"] = numberOrNull(r.testAccuracy);
    o[u"best_val_accuracy"] = numberOrNull(r.bestValAccuracy);
    o[u"bundle_hash"] = r.bundleHash;
    o[u"error"] = r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error);
    if (full) {
        o[u"config"] = r.config;
        o[u"script"] = QString::fromUtf8(r.script);
        o[u"summary"] = r.summary;
        o[u"accounting"] = r.accounting;
        o[u"manifest"] = r.manifest;
    }
    return o;
}

QString percent(const std::optional<double> &value)
{
    return value ? QStringLiteral("%1%").arg(*value * 100, 0, 'f', 2) : QStringLiteral("-");
}

// Takes "--name VALUE" or "--name=VALUE" out of `args`.
std::optional<QString> takeValue(QStringList &args, const QString &name, QString *problem)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == name) {
            if (i + 1 >= args.size()) {
                *problem = Text::tr("%1 needs a value.").arg(name);
                return std::nullopt;
            }
            const QString value = args.at(i + 1);
            args.remove(i, 2);
            return value;
        }
        if (a.startsWith(name + u'=')) {
            const QString value = a.mid(name.size() + 1);
            args.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

// eval / predict / download of a run, on the cluster through the run's profile.
int runOnResults(const QString &what, const RunRecord &record, const QStringList &rest, bool json,
                 const QString &profile)
{
    if ((what == u"download" && rest.size() != 1) || (what == u"predict" && rest.isEmpty())
        || (what == u"eval" && !rest.isEmpty()))
        return usageError(Text::tr("runs %1: wrong arguments. See patagon-studio runs.").arg(what));
    CliSession session(err());
    if (auto r = session.open(profile); !r)
        return fail(r.message());
    RunResults results(session.host(), record);
    QObject::connect(&results, &RunResults::progress, &results,
                     [json](const QString &text, qint64, qint64 maximum) {
                         if (!json && maximum == 0)
                             err() << text << Qt::endl;
                     });
    if (what == u"download") {
        const Result r = await<Result>([&](std::function<void(const Result &)> done) {
            results.download(rest.first(), done);
        });
        if (!r)
            return fail(r.message());
        out() << Text::tr("Downloaded best.pt, metrics.jsonl and summary.json to %1")
                     .arg(rest.first())
              << Qt::endl;
        return 0;
    }
    if (what == u"eval") {
        const auto report = await<Expected<EvalReport>>(
            [&](std::function<void(const Expected<EvalReport> &)> done) {
                results.evaluate(done);
            });
        if (!report)
            return fail(report.errorMessage());
        if (json) {
            QJsonObject o;
            o[u"test_accuracy"] = report->testAccuracy;
            o[u"test_loss"] = report->testLoss;
            o[u"test_images"] = report->testImages;
            o[u"classes"] = QJsonArray::fromStringList(report->classes);
            QJsonArray perClass, matrix;
            for (const auto &a : report->perClassAccuracy)
                perClass.append(a ? QJsonValue(*a) : QJsonValue());
            for (const auto &row : report->confusion) {
                QJsonArray r;
                for (qint64 n : row)
                    r.append(n);
                matrix.append(r);
            }
            o[u"per_class_accuracy"] = perClass;
            o[u"confusion_matrix"] = matrix;
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
            return 0;
        }
        out() << Text::tr("Test accuracy: %1 on %2 images")
                     .arg(percent(report->testAccuracy))
                     .arg(report->testImages)
              << '\n';
        for (qsizetype i = 0; i < report->classes.size(); ++i)
            out() << QStringLiteral("  %1  %2\n")
                         .arg(report->classes.at(i).leftJustified(16),
                              percent(report->perClassAccuracy.value(i)));
        out().flush();
        return 0;
    }
    const auto answers = await<Expected<QList<Prediction>>>(
        [&](std::function<void(const Expected<QList<Prediction>> &)> done) {
            results.predict(rest, 3, done);
        });
    if (!answers)
        return fail(answers.errorMessage());
    QJsonArray array;
    for (const Prediction &p : *answers) {
        QJsonArray top;
        QStringList words;
        for (const Prediction::Answer &a : p.answers) {
            top.append(QJsonObject {{QStringLiteral("class"), a.className},
                                    {QStringLiteral("confidence"), a.confidence}});
            words << QStringLiteral("%1 %2").arg(a.className, percent(a.confidence));
        }
        array.append(
            QJsonObject {{QStringLiteral("image"), p.image}, {QStringLiteral("top"), top}});
        if (!json)
            out() << p.image << ": " << words.join(QStringLiteral(", ")) << '\n';
    }
    if (json)
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out().flush();
    return 0;
}

} // namespace

int runTrainCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.contains(u"--help") || args.contains(u"-h")) {
        out() << Text::tr("Usage: %1").arg(trainUsage()) << Qt::endl;
        return 0;
    }
    QString problem;
    const QString profile = CliSession::profileFor(&args, &problem);
    const bool follow = takeFlag(args, QStringLiteral("--follow"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool bf16 = takeFlag(args, QStringLiteral("--bf16"));
    const bool noGpu = takeFlag(args, QStringLiteral("--no-gpu"));
    TrainConfig config;
    config.container.clear();
    std::optional<QString> data;
    auto number = [&](const QString &name, auto apply) {
        if (const auto v = takeValue(args, name, &problem)) {
            bool ok = false;
            const double x = v->toDouble(&ok);
            if (!ok)
                problem = Text::tr("%1 expects a number, not \"%2\".").arg(name, *v);
            else
                apply(x);
        }
    };
    data = takeValue(args, QStringLiteral("--data"), &problem);
    if (const auto v = takeValue(args, QStringLiteral("--upload"), &problem))
        config.uploadFrom = QFileInfo(*v).absoluteFilePath();
    if (const auto v = takeValue(args, QStringLiteral("--model"), &problem))
        config.model = *v;
    if (const auto v = takeValue(args, QStringLiteral("--container"), &problem))
        config.container = *v;
    if (const auto v = takeValue(args, QStringLiteral("--optimizer"), &problem))
        config.optimizer = *v;
    if (const auto v = takeValue(args, QStringLiteral("--partition"), &problem))
        config.partition = *v;
    if (const auto v = takeValue(args, QStringLiteral("--gpu-type"), &problem))
        config.gresType = *v;
    if (const auto v = takeValue(args, QStringLiteral("--time"), &problem))
        config.timeLimit = *v;
    if (const auto v = takeValue(args, QStringLiteral("--runs-folder"), &problem))
        config.runsFolder = *v;
    if (const auto v = takeValue(args, QStringLiteral("--torch-prefix"), &problem))
        config.torchPrefix = *v;
    if (const auto v = takeValue(args, QStringLiteral("--node"), &problem))
        config.node = *v;
    number(QStringLiteral("--epochs"), [&](double x) { config.epochs = int(x); });
    number(QStringLiteral("--gpus"), [&](double x) { config.gpus = int(x); });
    number(QStringLiteral("--cpus"), [&](double x) { config.cpusPerTask = int(x); });
    number(QStringLiteral("--batch-size"), [&](double x) { config.batchSize = int(x); });
    number(QStringLiteral("--lr"), [&](double x) { config.learningRate = x; });
    number(QStringLiteral("--limit-train"), [&](double x) { config.limitTrain = qint64(x); });
    number(QStringLiteral("--limit-test"), [&](double x) { config.limitTest = qint64(x); });
    number(QStringLiteral("--signal-at-step"), [&](double x) { config.signalAtStep = qint64(x); });
    if (!problem.isEmpty())
        return usageError(problem + u'\n' + trainUsage());
    if (!args.isEmpty())
        return usageError(Text::tr("Unknown argument \"%1\".").arg(args.first()) + u'\n'
                          + trainUsage());
    if (!data && config.uploadFrom.isEmpty())
        return usageError(Text::tr("--data or --upload is required.") + u'\n' + trainUsage());
    config.precision = bf16 ? QStringLiteral("bf16") : QStringLiteral("fp32");
    config.requestGpus = !noGpu;
    if (data) {
        auto withData = TrainConfig::withDataSpec(config, *data);
        if (!withData)
            return fail(withData.errorMessage());
        config = *withData;
    }

    RunStore store;
    if (auto r = store.open(); !r)
        return fail(r.message());
    if (config.container.isEmpty()) {
        // The container of this profile's last run, else the sandbox's usual name.
        RunStore::Filter filter;
        filter.profile = profile;
        const auto runs = store.list(filter);
        config.container
            = runs && !runs->isEmpty() ? runs->constFirst().container : QStringLiteral("pytorch");
    }
    if (auto r = config.validate(); !r)
        return fail(r.message());

    CliSession session(err());
    if (auto r = session.open(profile); !r)
        return fail(r.message());
    Slurm::SlurmClient client(session.host());
    Container::ContainerService containers(session.host());
    TrainRun run(session.host(), &client, &store, &containers);
    run.setProfileName(profile);

    QEventLoop loop;
    QObject::connect(&run, &TrainRun::stepChanged, &run, [&](TrainRun::Step step) {
        if (!json && step != TrainRun::Step::Finished)
            err() << TrainRun::stepLabel(step) << Qt::endl;
    });
    QObject::connect(&run, &TrainRun::progress, &run,
                     [&](const QString &text, qint64, qint64 maximum) {
                         if (!json && maximum == 0)
                             err() << "  " << text << Qt::endl;
                     });
    QObject::connect(&run, &TrainRun::output, &run, [&](const QByteArray &chunk) {
        if (!json && run.step() == TrainRun::Step::Building)
            err() << QString::fromUtf8(chunk) << Qt::flush;
    });
    QObject::connect(&run, &TrainRun::toolchainFound, &run, [&](const ToolchainReport &report) {
        if (json)
            return;
        for (const ToolchainFinding &f : report.findings()) {
            if (f.severity != ToolchainFinding::Severity::Missing)
                err() << "  " << f.message << Qt::endl;
        }
    });
    QObject::connect(&run, &TrainRun::submitted, &run, [&](const RunRecord &record) {
        if (!json)
            out() << Text::tr("Run %1 submitted as job %2; its folder is %3")
                         .arg(record.id)
                         .arg(record.lastJobId(), record.runDir)
                  << Qt::endl;
        if (!follow)
            loop.quit();
    });
    QObject::connect(&run, &TrainRun::jobChanged, &run, [&](const Slurm::JobInfo &job) {
        if (json)
            return;
        QString line = Text::tr("Job %1: %2").arg(job.id, Slurm::jobStateLabel(job.state));
        if (job.state == Slurm::JobState::Pending && !job.reason.isEmpty() && job.reason != u"None")
            line += QStringLiteral(" (") + Slurm::PendingReason::describe(job.reason) + u')';
        err() << line << Qt::endl;
    });
    QObject::connect(&run, &TrainRun::epochReceived, &run, [&](const EpochRecord &e) {
        if (!json)
            out() << Text::tr("epoch %1/%2: train loss %3, validation accuracy %4%, %5 images/s")
                         .arg(e.epoch)
                         .arg(e.epochs)
                         .arg(e.trainLoss, 0, 'f', 4)
                         .arg(e.valAccuracy * 100, 0, 'f', 2)
                         .arg(e.imagesPerSecond, 0, 'f', 0)
                  << Qt::endl;
    });
    QObject::connect(&run, &TrainRun::trainerProgress, &run, [&](const QJsonObject &p) {
        if (!json)
            err() << Text::tr("  epoch %1, step %2/%3: loss %4, %5 images/s")
                         .arg(p[u"epoch"].toInt())
                         .arg(p[u"step_in_epoch"].toInteger())
                         .arg(p[u"steps_per_epoch"].toInteger())
                         .arg(p[u"train_loss"].toDouble(), 0, 'f', 4)
                         .arg(p[u"images_per_second"].toDouble(), 0, 'f', 0)
                  << Qt::endl;
    });
    QObject::connect(&run, &TrainRun::gpuSampled, &run, [&](const GpuSample &g) {
        if (json)
            return;
        if (!g.available) {
            err() << "  " << g.why << Qt::endl;
            return;
        }
        for (qsizetype i = 0; i < g.memoryTotalMiB.size(); ++i)
            err() << Text::tr("  GPU %1: %2% busy, %3 of %4 MiB")
                         .arg(i)
                         .arg(g.utilization.at(i))
                         .arg(g.memoryUsedMiB.at(i))
                         .arg(g.memoryTotalMiB.at(i))
                  << Qt::endl;
    });
    QObject::connect(&run, &TrainRun::finished, &run, [&] { loop.quit(); });
    run.start(config);
    if (!run.isFinished())
        loop.exec();

    const RunRecord &record = run.record();
    if (json) {
        QJsonObject o = recordJson(record, false);
        o[u"run_id"] = record.id > 0 ? QJsonValue(record.id) : QJsonValue();
        o[u"uploaded"] = run.uploaded();
        o[u"built"] = run.built();
        o[u"dataset_files_uploaded"] = run.datasetFilesUploaded();
        if (run.isFinished() && !run.result())
            o[u"error"] = run.result().message();
        if (!run.buildError().isEmpty())
            o[u"build_error"] = run.buildError();
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
    }
    if (run.isFinished() && !run.result()) {
        if (!json)
            fail(run.result().message());
        return 1;
    }
    if (!json && run.isFinished())
        out() << Text::tr("Test accuracy: %1").arg(percent(record.testAccuracy)) << Qt::endl;
    return 0;
}

int runRunsCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    QString problem;
    const std::optional<QString> profile = CliSession::takeProfile(&args, &problem);
    if (!problem.isEmpty())
        return usageError(problem);
    const QString usage = Text::tr("patagon-studio runs list [--json] [--profile NAME]\n"
                                   "       patagon-studio runs show ID [--json]\n"
                                   "       patagon-studio runs eval ID [--json]\n"
                                   "       patagon-studio runs predict ID IMAGE... [--json]\n"
                                   "       patagon-studio runs download ID FOLDER");
    if (args.isEmpty())
        return usageError(usage);
    RunStore store;
    if (auto r = store.open(); !r)
        return fail(r.message());
    if (args.first() == u"list" && args.size() == 1) {
        RunStore::Filter filter;
        filter.profile = profile.value_or(QString());
        const auto runs = store.list(filter);
        if (!runs)
            return fail(runs.errorMessage());
        if (json) {
            QJsonArray array;
            for (const RunRecord &r : *runs)
                array.append(recordJson(r, false));
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
            return 0;
        }
        if (runs->isEmpty()) {
            out() << Text::tr("No runs yet. Start one with \"patagon-studio train\".") << Qt::endl;
            return 0;
        }
        for (const RunRecord &r : *runs)
            out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(r.id, 4)
                         .arg(r.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              runStateName(r.state).leftJustified(10), percent(r.testAccuracy),
                              r.name, r.lastJobId())
                  << Qt::endl;
        return 0;
    }
    if (args.first() == u"show" && args.size() == 2) {
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!ok)
            return usageError(usage);
        const auto record = store.find(id);
        if (!record)
            return fail(record.errorMessage());
        if (json) {
            QJsonObject o = recordJson(*record, true);
            QJsonArray epochs;
            if (const auto list = store.epochs(id)) {
                for (const EpochRecord &e : *list)
                    epochs.append(
                        QJsonObject {{QStringLiteral("epoch"), e.epoch},
                                     {QStringLiteral("train_loss"), e.trainLoss},
                                     {QStringLiteral("train_accuracy"), e.trainAccuracy},
                                     {QStringLiteral("val_loss"), e.valLoss},
                                     {QStringLiteral("val_accuracy"), e.valAccuracy},
                                     {QStringLiteral("images_per_second"), e.imagesPerSecond},
                                     {QStringLiteral("lr"), e.learningRate}});
            }
            o[u"epochs"] = epochs;
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
            return 0;
        }
        const RunRecord &r = *record;
        out() << Text::tr("Run %1: %2").arg(r.id).arg(r.name) << '\n'
              << Text::tr("State: %1").arg(runStateName(r.state)) << '\n'
              << Text::tr("Jobs: %1").arg(r.jobIds.join(QStringLiteral(", "))) << '\n'
              << Text::tr("Container: %1 on %2").arg(r.container, r.node) << '\n'
              << Text::tr("Run folder: %1").arg(r.runDir) << '\n'
              << Text::tr("Test accuracy: %1").arg(percent(r.testAccuracy)) << '\n';
        if (!r.error.isEmpty())
            out() << r.error << '\n';
        out().flush();
        return 0;
    }
    if ((args.first() == u"eval" || args.first() == u"download" || args.first() == u"predict")
        && args.size() >= 2) {
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!ok)
            return usageError(usage);
        const auto record = store.find(id);
        if (!record)
            return fail(record.errorMessage());
        return runOnResults(args.first(), *record, args.mid(2), json,
                            profile.value_or(record->profile));
    }
    return usageError(usage);
}

} // namespace Patagon::Cli
