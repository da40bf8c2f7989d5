// core/container end to end against the sandbox cluster (real sshd, real Slurm, the
// Pyxis-compatible plugin): probe, credentials over SFTP, import by name with progress, reuse,
// list per node, pip and apt installs recorded in the manifest, replay onto another container,
// cancel, and clean failures for a bad reference and a wrong registry password.
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "../sandbox/waitfor.h"
#include "core/container/clusterprobe.h"
#include "core/container/containerservice.h"
#include "core/container/registrycredentialsstore.h"
#include "core/ssh/connection.h"
#include "core/ssh/sshsession.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Container;
using namespace Patagon::Packages;
using Patagon::Testing::SandboxEnv;

namespace {

// What the sandbox's plugin models (tests/sandbox/pyxis/README.md).
const QString kPipPackage = QStringLiteral("patagon-hello");
const QString kPipModule = QStringLiteral("patagon_hello");
const QString kAptPackage = QStringLiteral("patagon-tool");
const QString kPrivateRegistry = QStringLiteral("registry.patagon.test");
const QString kPrivateImage = QStringLiteral("registry.patagon.test#private/trainer");
const QString kPrivateLogin = QStringLiteral("researcher");
const QString kPrivatePassword = QStringLiteral("s3cret-token");
const QString kCredentials = QStringLiteral(".config/enroot/.credentials");
const QString kRemoteManifests = QStringLiteral("patagon-containertest/manifests");

// Every message of every category, for the search for secrets.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    if (g_previous && type != QtDebugMsg)
        g_previous(type, context, message);
}

} // namespace

using Patagon::Testing::waitFor;

class TestContainerSandbox : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;
    Testing::SshPair *m_connection = nullptr;
    ContainerService *m_service = nullptr;
    ClusterProbeResult m_probe;
    QString m_name; // this run's named container
    QString m_other; // the one the manifest is replayed onto
    QString m_node;
    std::optional<QByteArray> m_savedCredentials; // the user's file before the test

    Expected<CommandOutput> runRemote(const QStringList &argv)
    {
        return m_connection->runAndWait(argv, {}, Testing::kSandboxTimeoutMs);
    }

    bool removeUserPackages()
    {
        const Expected<CommandOutput> r = runRemote(
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("rm -rf \"$HOME\"/.local/lib/python3*/site-packages/patagon_hello* "
                            "\"$HOME\"/.local/lib/python3*/site-packages/patagon_greet*")});
        return r && r->succeeded();
    }

    Result waitOperation(RemoteOperation *op)
    {
        waitFor([op] { return op->isFinished(); });
        const Result r = op->isFinished()
            ? op->result()
            : Result::error(ErrorCode::Timeout, QStringLiteral("timeout"));
        return r;
    }

    // The credentials file exactly as it is on the cluster (nullopt: there is none).
    std::optional<QByteArray> readCredentials()
    {
        RemoteOperation *op = m_connection->readFrom(kCredentials, 0, 1 << 20);
        const Result r = waitOperation(op);
        const QByteArray data = op->data();
        delete op;
        if (!r)
            return std::nullopt;
        return data;
    }

    Result writeCredentials(const QByteArray &text)
    {
        RemoteOperation *op = m_connection->writeFile(kCredentials, text, 0600);
        const Result r = waitOperation(op);
        delete op;
        return r;
    }

    quint32 credentialsMode()
    {
        RemoteOperation *op = m_connection->stat(kCredentials);
        (void)waitOperation(op);
        const quint32 mode = op->fileInfo().permissions & 07777;
        delete op;
        return mode;
    }

    Result finish(ContainerTask *task)
    {
        QSignalSpy done(task, &ContainerTask::finished);
        if (!waitFor([&] { return !done.isEmpty(); }))
            return Result::error(ErrorCode::Timeout, QStringLiteral("the task did not finish"));
        return done.first().first().value<Result>();
    }

    Result call(const std::function<void(std::function<void(const Result &)>)> &start)
    {
        std::optional<Result> result;
        start([&](const Result &r) { result = r; });
        waitFor([&] { return result.has_value(); });
        return result.value_or(Result::error(ErrorCode::Timeout, QStringLiteral("no answer")));
    }

    Expected<ContainerList> list()
    {
        std::optional<Expected<ContainerList>> result;
        m_service->list(QStringLiteral("cpu"), this,
                        [&](const Expected<ContainerList> &r) { result = r; });
        waitFor([&] { return result.has_value(); });
        return result.value_or(Result::error(ErrorCode::Timeout, QStringLiteral("no answer")));
    }

    InstallTarget target(const QString &name) const
    {
        InstallTarget t;
        t.container = name;
        t.partition = QStringLiteral("cpu");
        return t;
    }

    // Runs a program in a named container; its standard output, or an empty optional.
    std::optional<QString> runIn(const QString &name, const QStringList &program)
    {
        ContainerTask *task = m_service->runInContainer(target(name), program, {}, this);
        QByteArray out;
        connect(task, &ContainerTask::standardOutput, this,
                [&out](const QByteArray &b) { out += b; });
        const Result r = finish(task);
        task->deleteLater();
        if (!r) {
            qWarning("%s", qPrintable(r.message()));
            return std::nullopt;
        }
        return QString::fromUtf8(out).trimmed();
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("patagon.*=true"));
        g_previous = qInstallMessageHandler(captureLog);
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        m_name = QStringLiteral("ctst") + stamp;
        m_other = QStringLiteral("ctst") + stamp + QStringLiteral("-b");

        m_connection = new Testing::SshPair(this);
        QString why;
        QVERIFY2(m_connection->loginToSandbox(m_env, QStringLiteral("containertest"), m_tmp.path(),
                                              &why),
                 qPrintable(why));
        m_savedCredentials = readCredentials();
        // pip --user installs into the home folder, which every container mounts: start clean.
        QVERIFY(removeUserPackages());

        m_service = new ContainerService(m_connection->host(), this);
        m_service->setManifestStore(ManifestStore(m_tmp.filePath(QStringLiteral("manifests"))));
        m_service->setRemoteManifestFolder(kRemoteManifests);
    }

    void cleanupTestCase()
    {
        if (m_connection && m_connection->state() == Connection::State::Connected) {
            for (const QString &n : {m_name, m_other})
                (void)runRemote({QStringLiteral("enroot"), QStringLiteral("remove"),
                                 QStringLiteral("-f"), QStringLiteral("pyxis_") + n});
            (void)removeUserPackages();
            (void)runRemote({QStringLiteral("rm"), QStringLiteral("-rf"),
                             QStringLiteral("patagon-containertest")});
            if (m_savedCredentials)
                (void)writeCredentials(*m_savedCredentials);
            else
                (void)runRemote({QStringLiteral("rm"), QStringLiteral("-f"), kCredentials});
        }
        qInstallMessageHandler(g_previous);
    }

    void probeFindsPyxisEnrootAndPartitions()
    {
        ClusterProbe probe(m_connection->host());
        std::optional<Expected<ClusterProbeResult>> result;
        probe.probe(this, [&](const Expected<ClusterProbeResult> &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY2(*result, qPrintable(result->errorMessage()));
        m_probe = result->value();
        QVERIFY(m_probe.pyxisPresent);
        QVERIFY(m_probe.hasFlag(QStringLiteral("container-name")));
        QVERIFY(m_probe.hasFlag(QStringLiteral("container-writable")));
        QVERIFY(m_probe.hasFlag(QStringLiteral("container-remap-root")));
        QVERIFY(!m_probe.enrootVersion.isNull());
        QVERIFY(m_probe.partition(QStringLiteral("cpu")));
        QVERIFY(!m_probe.partition(QStringLiteral("cpu"))->nodes.isEmpty());
        m_node = m_probe.partition(QStringLiteral("cpu"))->nodes.first();
        QVERIFY(!m_probe.hasErrors());
        // The sandbox models Enroot 3.x: Docker-style references must be rewritten.
        if (m_probe.enrootVersion.majorVersion() < 4)
            QVERIFY(m_probe.needsHashReferences());
        m_service->setProbeResult(m_probe);
    }

    void credentialsKeepOtherLinesAndMode()
    {
        // A missing file is an empty one, and the folder is made on the first write.
        QVERIFY(runRemote(
            {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral(".config/enroot")}));
        RegistryCredentialsStore store(m_connection->host());
        std::optional<Expected<EnrootCredentials>> loaded;
        store.load(this, [&](const Expected<EnrootCredentials> &c) { loaded = c; });
        QVERIFY(waitFor([&] { return loaded.has_value(); }));
        QVERIFY2(*loaded, qPrintable(loaded->errorMessage()));
        QVERIFY(loaded->value().entries().isEmpty());

        const QByteArray original = "# hand-written, keep me\n"
                                    "machine gitlab.example.com login alice password glpat-KEEP\n"
                                    "\n"
                                    "machine   odd.example.com   login  bob  password  x  \n"
                                    "default login anonymous password guest";
        QVERIFY(writeCredentials(original));
        QVERIFY(runRemote({QStringLiteral("chmod"), QStringLiteral("0644"), kCredentials}));

        const QString secret
            = QStringLiteral("Sup3r-S3cret-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString ngcKey = QStringLiteral("nvapi-%1").arg(QDateTime::currentMSecsSinceEpoch());
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        QVERIFY(call([&](auto done) {
            store.setCredential(kPrivateRegistry, kPrivateLogin, secret, this, done);
        }));
        QVERIFY(call([&](auto done) {
            store.setCredential(QStringLiteral("nvcr.io"), QStringLiteral("$oauthtoken"), ngcKey,
                                this, done);
        }));
        const std::optional<QByteArray> after = readCredentials();
        QVERIFY(after);
        // Every line that was there is still there, byte for byte and in order.
        const QList<QByteArray> before = original.split('\n');
        QList<QByteArray> lines = after->split('\n');
        qsizetype at = 0;
        for (const QByteArray &line : before) {
            at = lines.indexOf(line, at);
            QVERIFY2(at >= 0, line.constData());
        }
        QVERIFY(
            after->contains(QByteArray("machine registry.patagon.test login researcher password ")
                                .append(secret.toUtf8())));
        QVERIFY(after->contains(
            QByteArray("machine nvcr.io login $oauthtoken password ").append(ngcKey.toUtf8())));
        QVERIFY(after->contains(QByteArray("machine authn.nvidia.com login $oauthtoken password ")
                                    .append(ngcKey.toUtf8())));
        QCOMPARE(credentialsMode(), quint32(0600));

        // Removing NGC takes both of its lines and nothing else.
        QVERIFY(call([&](auto done) { store.remove(QStringLiteral("nvcr.io"), this, done); }));
        const std::optional<QByteArray> removed = readCredentials();
        QVERIFY(removed);
        QVERIFY(!removed->contains("nvcr.io"));
        QVERIFY(!removed->contains("authn.nvidia.com"));
        QVERIFY(removed->startsWith(original.left(original.indexOf("default"))));
        QVERIFY(removed->contains("default login anonymous password guest"));
        const Result missing
            = call([&](auto done) { store.remove(QStringLiteral("nvcr.io"), this, done); });
        QCOMPARE(missing.code(), ErrorCode::NotFound);

        // The secrets appear in no log line (the debug categories were all on).
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(secret), qPrintable(line));
            QVERIFY2(!line.contains(ngcKey), qPrintable(line));
        }
    }

    void badReferenceFailsCleanly_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("code");
        QTest::newRow("malformed: refused before anything runs")
            << QStringLiteral("Bad Image::") << int(ErrorCode::InvalidInput);
        QTest::newRow("unknown image: the registry answers")
            << QStringLiteral("ghcr.io#patagon/no-such-image:1") << -1;
    }

    void badReferenceFailsCleanly()
    {
        QFETCH(QString, image);
        QFETCH(int, code);
        CreateRequest r;
        r.name = m_name + QStringLiteral("-bad");
        r.image = image;
        r.partition = QStringLiteral("cpu");
        ContainerTask *task = m_service->create(r, this);
        QSignalSpy progress(task, &ContainerTask::progressChanged);
        const Result result = finish(task);
        QVERIFY(!result);
        if (code >= 0)
            QCOMPARE(int(result.code()), code);
        else
            QVERIFY2(result.code() == ErrorCode::NotFound
                         || result.code() == ErrorCode::Authentication,
                     qPrintable(result.message()));
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(task->progress().phase, ImportProgress::Phase::Failed);
        // No container is left behind.
        const Expected<ContainerList> l = list();
        QVERIFY(l);
        for (const NamedContainer &c : l->containers)
            QVERIFY(c.name != r.name);
        delete task;
    }

    void importByNameWithProgress()
    {
        CreateRequest r;
        r.name = m_name;
        r.image = QStringLiteral("python");
        r.partition = QStringLiteral("cpu");
        ContainerTask *task = m_service->create(r, this);
        QList<ImportProgress::Phase> phases;
        connect(task, &ContainerTask::progressChanged, this, [&](const ImportProgress &p) {
            if (phases.isEmpty() || phases.last() != p.phase)
                phases << p.phase;
        });
        const Result result = finish(task);
        QVERIFY2(result, qPrintable(result.message() + u'\n' + QString::fromUtf8(task->output())));
        QVERIFY2(phases.contains(ImportProgress::Phase::Importing),
                 qPrintable(QString::fromUtf8(task->output())));
        QCOMPARE(phases.last(), ImportProgress::Phase::Done);
        QVERIFY(!task->reused());
        QCOMPARE(task->node(), m_node);
        const Expected<PackageManifest> m
            = m_service->manifestStore().load(QStringLiteral("containertest"), m_name);
        QVERIFY(m);
        QCOMPARE(m->node, m_node);
        QVERIFY2(m->image.contains(QLatin1String("library/python")), qPrintable(m->image));
        delete task;
    }

    void theNamedContainerIsReused()
    {
        CreateRequest r;
        r.name = m_name;
        r.image = QStringLiteral("python");
        r.partition = QStringLiteral("cpu");
        ContainerTask *task = m_service->create(r, this);
        const Result result = finish(task);
        QVERIFY2(result, qPrintable(result.message()));
        QVERIFY(task->reused());
        QCOMPARE(task->progress().phase, ImportProgress::Phase::Reusing);
        delete task;

        const Expected<ContainerList> l = list();
        QVERIFY2(l, qPrintable(l.errorMessage()));
        QVERIFY(l->problems.isEmpty());
        QVERIFY(l->nodesChecked.contains(m_node));
        const NamedContainer expected {m_name, m_node, QStringLiteral("pyxis_") + m_name};
        QVERIFY(l->containers.contains(expected));
    }

    void pipAndAptInstallsAreRecorded()
    {
        PackagePlan plan;
        QVERIFY(plan.addPip({kPipPackage}));
        QVERIFY(plan.addApt({kAptPackage}));
        ContainerTask *task = m_service->install(plan, target(m_name), this);
        QList<int> steps;
        // What each step printed, in the order the signals came: nothing of apt's after the
        // pip step began (a page shows "Step 2 of 2: pip" from that signal on).
        QList<QByteArray> streamed;
        connect(task, &ContainerTask::stepStarted, this,
                [&](int index, int count, const QString &) {
                    steps << index << count;
                    streamed << QByteArray();
                });
        const auto collect = [&](const QByteArray &b) {
            QVERIFY2(!streamed.isEmpty(), "output before the first step began");
            streamed.last() += b;
        };
        connect(task, &ContainerTask::standardOutput, this, collect);
        connect(task, &ContainerTask::standardError, this, collect);
        QSignalSpy manifests(task, &ContainerTask::manifestChanged);
        const Result result = finish(task);
        QVERIFY2(result, qPrintable(result.message()));
        QCOMPARE(steps, QList<int>({0, 2, 1, 2}));
        QCOMPARE(streamed.size(), 2);
        QVERIFY2(
            streamed.at(0).contains(QByteArray(QByteArray("Setting up ") + kAptPackage.toUtf8())),
            streamed.at(0).constData());
        QVERIFY2(!streamed.at(1).contains(kAptPackage.toUtf8()), streamed.at(1).constData());
        QVERIFY2(streamed.at(1).contains(kPipPackage.toUtf8()), streamed.at(1).constData());
        QCOMPARE(manifests.size(), 2);
        delete task;

        const Expected<PackageManifest> m
            = m_service->manifestStore().load(QStringLiteral("containertest"), m_name);
        QVERIFY(m);
        QCOMPARE(m->entries.size(), 2);
        QCOMPARE(m->entries.at(0).kind, PackageKind::Apt);
        QCOMPARE(m->entries.at(0).packages, QStringList {kAptPackage});
        QVERIFY(m->entries.at(0).succeeded());
        QCOMPARE(m->entries.at(1).kind, PackageKind::Pip);
        QCOMPARE(m->entries.at(1).packages, QStringList {kPipPackage});
        QVERIFY(m->entries.at(1).succeeded());
        QCOMPARE(m->entries.at(1).node, m_node);
        QVERIFY(m->entries.at(1).started.isValid() && m->entries.at(1).finished.isValid());
        QVERIFY(!m->entries.at(1).outputTail.isEmpty());

        // The copy on the cluster says the same.
        QVERIFY(waitFor(
            [&] {
                RemoteOperation *op = m_connection->readFrom(
                    kRemoteManifests + u'/' + m_name + QStringLiteral(".json"), 0, 1 << 20);
                const bool ok = waitOperation(op).isOk();
                const QByteArray data = op->data();
                delete op;
                const Expected<PackageManifest> copy = PackageManifest::fromJson(data);
                return ok && copy && copy->entries.size() == 2;
            },
            30000));

        // Both are there on the next use of the named container.
        const std::optional<QString> tool = runIn(m_name, {kAptPackage});
        QVERIFY(tool);
        QCOMPARE(*tool, QStringLiteral("patagon-tool 1.0-1"));
        const std::optional<QString> module
            = runIn(m_name,
                    {QStringLiteral("python3"), QStringLiteral("-c"),
                     QStringLiteral("import %1; print('ok')").arg(kPipModule)});
        QVERIFY(module);
        QVERIFY2(module->endsWith(QLatin1String("ok")), qPrintable(*module));
    }

    void aFailedInstallIsRecordedAndExplained()
    {
        PackagePlan plan;
        QVERIFY(plan.addPip({QStringLiteral("patagon-no-such-package")}));
        ContainerTask *task = m_service->install(plan, target(m_name), this);
        const Result result = finish(task);
        QVERIFY(!result);
        QCOMPARE(result.code(), ErrorCode::NotFound);
        delete task;
        const Expected<PackageManifest> m
            = m_service->manifestStore().load(QStringLiteral("containertest"), m_name);
        QVERIFY(m);
        QCOMPARE(m->entries.size(), 3);
        QVERIFY(!m->entries.last().succeeded());
        QVERIFY(m->entries.last().exitStatus > 0);
        QVERIFY(m->entries.last().outputTail.contains(QLatin1String("No matching distribution")));
    }

    // A command that prints more than the task keeps (1 MiB) and fails: its last lines still
    // explain the failure, and what is kept stays bounded. (Positions in the output count from
    // its start, so a later step's part is found after the start was dropped too.)
    void aLongOutputKeepsItsLastLines()
    {
        ContainerTask *task = m_service->runInContainer(
            target(m_name),
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("head -c 3000000 /dev/zero | tr '\\0' x | fold -w 99; "
                            "echo the-last-words; exit 3")},
            {}, this);
        qint64 printed = 0;
        connect(task, &ContainerTask::standardOutput, this,
                [&](const QByteArray &b) { printed += b.size(); });
        const Result result = finish(task);
        QVERIFY(!result);
        QVERIFY2(printed > 3000000, qPrintable(QString::number(printed)));
        QVERIFY2(result.message().contains(QLatin1String("the-last-words")),
                 qPrintable(result.message().right(400)));
        QVERIFY(task->output().size() <= 1024 * 1024);
        // srun's own "task 0: Exited with exit code 3" may come after it
        QVERIFY(task->output().right(300).contains("the-last-words\n"));
        delete task;
    }

    void replayOntoAnotherContainer()
    {
        CreateRequest r;
        r.name = m_other;
        r.image = QStringLiteral("python");
        r.partition = QStringLiteral("cpu");
        ContainerTask *create = m_service->create(r, this);
        QVERIFY2(finish(create), qPrintable(create->result().message()));
        delete create;

        const Expected<PackageManifest> source
            = m_service->manifestStore().load(QStringLiteral("containertest"), m_name);
        QVERIFY(source);
        QVERIFY(removeUserPackages());
        ContainerTask *task = m_service->replay(*source, target(m_other), this);
        const Result result = finish(task);
        QVERIFY2(result, qPrintable(result.message()));
        delete task;
        const Expected<PackageManifest> copy
            = m_service->manifestStore().load(QStringLiteral("containertest"), m_other);
        QVERIFY(copy);
        // The failed pip entry is not replayed.
        QCOMPARE(copy->entries.size(), 2);
        QCOMPARE(copy->entries.at(0).packages, QStringList {kAptPackage});
        QCOMPARE(copy->entries.at(1).packages, QStringList {kPipPackage});
        const std::optional<QString> tool = runIn(m_other, {kAptPackage});
        QVERIFY(tool);
        QCOMPARE(*tool, QStringLiteral("patagon-tool 1.0-1"));
        const std::optional<QString> module
            = runIn(m_other, {QStringLiteral("python3"), QStringLiteral("-m"), kPipModule});
        QVERIFY(module);
        QVERIFY2(module->startsWith(QLatin1String("patagon-hello")), qPrintable(*module));
    }

    void cancelStopsTheCommand()
    {
        ContainerTask *task = m_service->runInContainer(
            target(m_name), {QStringLiteral("sleep"), QStringLiteral("300")}, {}, this);
        QSignalSpy done(task, &ContainerTask::finished);
        // Cancel once the step runs on the node.
        QVERIFY(waitFor([&] {
            const Expected<CommandOutput> q
                = runRemote({QStringLiteral("squeue"), QStringLiteral("-h"), QStringLiteral("-n"),
                             QStringLiteral("patagon-run"), QStringLiteral("-t"),
                             QStringLiteral("R"), QStringLiteral("-o"), QStringLiteral("%i")});
            return q && !q->standardOutput.trimmed().isEmpty();
        }));
        QVERIFY(done.isEmpty());
        task->cancel();
        QVERIFY(waitFor([&] { return !done.isEmpty(); }));
        QCOMPARE(done.first().first().value<Result>().code(), ErrorCode::Cancelled);
        delete task;
        // No step of it is left in the queue.
        QVERIFY(waitFor(
            [&] {
                const Expected<CommandOutput> q = runRemote(
                    {QStringLiteral("squeue"), QStringLiteral("-h"), QStringLiteral("-n"),
                     QStringLiteral("patagon-run"), QStringLiteral("-o"), QStringLiteral("%i")});
                return q && q->standardOutput.trimmed().isEmpty();
            },
            60000));
    }

    void wrongPasswordFailsCleanly()
    {
        RegistryCredentialsStore store(m_connection->host());
        QVERIFY(call([&](auto done) {
            store.setCredential(kPrivateRegistry, kPrivateLogin, QStringLiteral("wrong-password"),
                                this, done);
        }));
        CreateRequest r;
        r.name = m_name + QStringLiteral("-private");
        r.image = kPrivateImage;
        r.partition = QStringLiteral("cpu");
        ContainerTask *task = m_service->create(r, this);
        const Result result = finish(task);
        QVERIFY(!result);
        QCOMPARE(result.code(), ErrorCode::Authentication);
        QVERIFY2(result.message().contains(QLatin1String("machine registry.patagon.test")),
                 qPrintable(result.message()));
        QVERIFY(!result.message().contains(QLatin1String("wrong-password")));
        delete task;

        // With the right password the same import works.
        QVERIFY(call([&](auto done) {
            store.setCredential(kPrivateRegistry, kPrivateLogin, kPrivatePassword, this, done);
        }));
        task = m_service->create(r, this);
        const Result ok = finish(task);
        QVERIFY2(ok, qPrintable(ok.message()));
        delete task;
        QVERIFY(call(
            [&](auto done) { m_service->remove(r.name, {}, QStringLiteral("cpu"), this, done); }));
    }

    void removeTakesTheContainerAndItsManifest()
    {
        QVERIFY(call([&](auto done) {
            m_service->remove(m_other, m_node, QStringLiteral("cpu"), this, done);
        }));
        const Expected<ContainerList> l = list();
        QVERIFY(l);
        for (const NamedContainer &c : l->containers)
            QVERIFY(c.name != m_other);
        QVERIFY(!m_service->manifestStore()
                     .containers(QStringLiteral("containertest"))
                     .contains(m_other));
        const Result again = call([&](auto done) {
            m_service->remove(m_other, m_node, QStringLiteral("cpu"), this, done);
        });
        QCOMPARE(again.code(), ErrorCode::NotFound);
    }

    // A drained node is reported with its state instead of being asked (srun would wait).
    void aDrainedNodeIsReportedNotAsked()
    {
        const QString node = QStringLiteral("nodename=") + m_node;
        QVERIFY(m_env.scontrol({QStringLiteral("update"), node, QStringLiteral("state=drain"),
                                QStringLiteral("reason=patagon-test")}));
        const auto resume = qScopeGuard([&] {
            m_env.scontrol({QStringLiteral("update"), node, QStringLiteral("state=resume")});
        });
        const Expected<ContainerList> l = list();
        QVERIFY2(l, qPrintable(l.errorMessage()));
        QVERIFY(l->nodesChecked.isEmpty());
        QVERIFY(l->containers.isEmpty());
        QCOMPARE(l->problems.size(), 1);
        QVERIFY2(l->problems.first().message.contains(m_node),
                 qPrintable(l->problems.first().message));
        QVERIFY2(l->problems.first().message.contains(QLatin1String("\"dr")),
                 qPrintable(l->problems.first().message));
        // removing then cannot be sure: it says so and keeps the container's record
        const Result removed = call(
            [&](auto done) { m_service->remove(m_name, {}, QStringLiteral("cpu"), this, done); });
        QVERIFY(!removed);
        QVERIFY2(removed.message().contains(m_node), qPrintable(removed.message()));
        QVERIFY(m_service->manifestStore()
                    .containers(QStringLiteral("containertest"))
                    .contains(m_name));
    }

    // On a node where no step can start (a job holds it whole), listing gives up after the
    // bounded wait and says so, instead of queueing behind the job.
    void aBusyNodeIsGivenUp()
    {
        const Expected<CommandOutput> job = runRemote(
            {QStringLiteral("sbatch"), QStringLiteral("--parsable"), QStringLiteral("--exclusive"),
             QStringLiteral("--partition=cpu"), QStringLiteral("--nodelist=") + m_node,
             QStringLiteral("--job-name=patagon-busy"), QStringLiteral("--wrap=sleep 300")});
        QVERIFY(job && job->succeeded());
        const QString id = QString::fromUtf8(job->standardOutput).trimmed().section(u';', 0, 0);
        const auto cancel = qScopeGuard([&] { (void)runRemote({QStringLiteral("scancel"), id}); });
        QVERIFY(waitFor([&] {
            const Expected<CommandOutput> s
                = runRemote({QStringLiteral("squeue"), QStringLiteral("-h"), QStringLiteral("-j"),
                             id, QStringLiteral("-o"), QStringLiteral("%t")});
            return s && s->standardOutput.trimmed() == "R";
        }));
        const Expected<ContainerList> l = list();
        QVERIFY2(l, qPrintable(l.errorMessage()));
        QCOMPARE(l->problems.size(), 1);
        QVERIFY2(l->problems.first().message.contains(QLatin1String("within 30 second")),
                 qPrintable(l->problems.first().message));
    }
};

QTEST_GUILESS_MAIN(TestContainerSandbox)
#include "tst_containersandbox.moc"
