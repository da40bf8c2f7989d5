// What core/container reads from cluster output, tested on captured outputs: the cluster probe
// (srun --help, enroot version, sinfo), import progress as it streams, failures explained, and
// `enroot list`.
#include "core/container/clusterprobe.h"
#include "core/container/containerservice.h"
#include "core/container/importprogress.h"

#include <QTest>

using namespace Patagon::Container;
using Patagon::ErrorCode;
using Patagon::Result;

namespace {

// `srun --help` on a cluster with Pyxis 0.20 (the plugin part; Slurm's own options above it).
const QByteArray kSrunHelpPyxis = R"(Usage: srun [OPTIONS(0)... [executable(0) [args(0)...]]]
Parallel run options:
  -A, --account=name          charge job to specified account
  -p, --partition=partition   partition requested
  -w, --nodelist=hosts...     request a specific list of hosts

Options provided by plugins:
      --container-image=[USER@][REGISTRY#]IMAGE[:TAG]|PATH
                              [pyxis] the image to use for the container
                              filesystem.
      --container-mounts=SRC:DST[:FLAGS][,SRC:DST...]
                              [pyxis] bind mount[s] inside the container.
      --container-workdir=PATH
                              [pyxis] working directory inside the container
      --container-name=NAME   [pyxis] name to use for saving and loading the
                              container on the host.
      --container-save=PATH   [pyxis] Save the container state to a squashfs
      --container-mount-home  [pyxis] bind mount the user's home directory.
      --no-container-mount-home
      --container-remap-root  [pyxis] ask to be remapped to root inside the
      --no-container-remap-root
      --container-entrypoint  [pyxis] execute the entrypoint from the container
      --no-container-entrypoint
      --container-writable    [pyxis] make the container filesystem writable
      --container-readonly    [pyxis] make the container filesystem read-only
      --container-env=NAME[,NAME...]
)";

// An old Pyxis (before named-container saving and writable roots).
const QByteArray kSrunHelpOldPyxis = R"(Usage: srun [OPTIONS...] executable [args...]
Options provided by plugins:
      --container-image=[USER@][REGISTRY#]IMAGE[:TAG]|PATH
      --container-mounts=SRC:DST[:FLAGS][,SRC:DST...]
      --container-workdir=PATH
      --container-name=NAME   [pyxis] name to use for saving and loading the
      --container-mount-home  [pyxis] bind mount the user's home directory.
      --container-remap-root  [pyxis] ask to be remapped to root inside the
)";

const QByteArray kSrunHelpPlain = R"(Usage: srun [OPTIONS...] executable [args...]
Parallel run options:
  -A, --account=name          charge job to specified account
  -p, --partition=partition   partition requested
)";

const QByteArray kSinfo = "node1|cpu*|idle\nnode1|gpu|idle\nnode2|gpu|mix\n";

bool hasFinding(const ClusterProbeResult &r, ProbeFinding::Severity severity, const char *needle)
{
    for (const ProbeFinding &f : r.findings) {
        if (f.severity == severity && f.message.contains(QLatin1String(needle)))
            return true;
    }
    return false;
}

// Enroot 3.4 importing through Pyxis, as srun shows it (progress bars end in '\r').
const QByteArray kImportOutput = "srun: job 4242 queued and waiting for resources\n"
                                 "srun: job 4242 has been allocated resources\n"
                                 "pyxis: importing docker image: nvcr.io#nvidia/pytorch:24.05-py3\n"
                                 "[INFO] Querying registry for permission grant\n"
                                 "[INFO] Authenticating with user: $oauthtoken\n"
                                 "[INFO] Authentication succeeded\n"
                                 "[INFO] Fetching image manifest list\n"
                                 "[INFO] Fetching image manifest\n"
                                 "[INFO] Downloading 13 missing layers...\n"
                                 "  0% 0:13=0s 7c2d8b\r 46% 6:7=12s 7c2d8b\r100% 13:0=0s 7c2d8b\n"
                                 "[INFO] Extracting image layers...\n"
                                 "100% 12:0=0s 2a3b\n"
                                 "[INFO] Converting whiteouts...\n"
                                 "[INFO] Creating squashfs filesystem...\n"
                                 "[=======================-    ] 9123/12345  73%\r"
                                 "[============================] 12345/12345 100%\n"
                                 "pyxis: imported docker image: nvcr.io#nvidia/pytorch:24.05-py3\n";

} // namespace

class TestContainerOutput : public QObject
{
    Q_OBJECT

private slots:
    void probeFindings_data()
    {
        QTest::addColumn<QByteArray>("help");
        QTest::addColumn<QByteArray>("enroot");
        QTest::addColumn<bool>("enrootFound");
        QTest::addColumn<QString>("enrootNode");
        QTest::addColumn<bool>("pyxis");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("hashForm");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("needle");

        const int error = int(ProbeFinding::Severity::Error);
        const int warning = int(ProbeFinding::Severity::Warning);
        const int info = int(ProbeFinding::Severity::Info);
        QTest::newRow("no pyxis: cannot run containers")
            << kSrunHelpPlain << QByteArray() << false << QString() << false << QString() << true
            << error << QStringLiteral("cannot run containers");
        QTest::newRow("enroot 3.4.1: references rewritten")
            << kSrunHelpPyxis << QByteArray("3.4.1\n") << true << QString() << true
            << QStringLiteral("3.4.1") << true << warning << QStringLiteral("will be rewritten");
        QTest::newRow("enroot 4.1.1 reads both forms")
            << kSrunHelpPyxis << QByteArray("4.1.1\n") << true << QString() << true
            << QStringLiteral("4.1.1") << false << info << QStringLiteral("reads both");
        QTest::newRow("enroot only on the compute node")
            << kSrunHelpPyxis << QByteArray("3.5.0\n") << true << QStringLiteral("node1") << true
            << QStringLiteral("3.5.0") << true << info << QStringLiteral("asked on node1");
        QTest::newRow("enroot nowhere: version unknown")
            << kSrunHelpPyxis << QByteArray() << false << QString() << true << QString() << true
            << warning << QStringLiteral("could not be found");
        QTest::newRow("old pyxis lacks flags")
            << kSrunHelpOldPyxis << QByteArray("3.2.0") << true << QString() << true
            << QStringLiteral("3.2.0") << true << warning
            << QStringLiteral("--container-writable, --container-save");
        QTest::newRow("several nodes: containers stay on one")
            << kSrunHelpPyxis << QByteArray("4.0.0") << true << QString() << true
            << QStringLiteral("4.0.0") << false << info << QStringLiteral("has 2 node");
    }

    void probeFindings()
    {
        QFETCH(QByteArray, help);
        QFETCH(QByteArray, enroot);
        QFETCH(bool, enrootFound);
        QFETCH(QString, enrootNode);
        QFETCH(bool, pyxis);
        QFETCH(QString, version);
        QFETCH(bool, hashForm);
        QFETCH(int, severity);
        QFETCH(QString, needle);
        ProbeOutputs o;
        o.srunHelp = help;
        o.enrootVersion = enroot;
        o.enrootFound = enrootFound;
        o.enrootNode = enrootNode;
        o.sinfoNodes = kSinfo;
        const ClusterProbeResult r = ClusterProbeResult::fromOutputs(o);
        QCOMPARE(r.pyxisPresent, pyxis);
        QCOMPARE(r.canRunContainers(), pyxis);
        QCOMPARE(r.enrootVersion.toString(), version);
        QCOMPARE(r.needsHashReferences(), hashForm);
        QStringList all;
        for (const ProbeFinding &f : r.findings)
            all << f.message;
        QVERIFY2(hasFinding(r, ProbeFinding::Severity(severity), needle.toUtf8().constData()),
                 qPrintable(all.join(u'\n')));
        // Worst first.
        for (qsizetype i = 1; i < r.findings.size(); ++i)
            QVERIFY(int(r.findings.at(i - 1).severity) <= int(r.findings.at(i).severity));
        QCOMPARE(r.hasErrors(), !pyxis);
    }

    void probeFlagsAndPartitions()
    {
        ProbeOutputs o;
        o.srunHelp = kSrunHelpPyxis;
        o.enrootVersion = "4.1.1";
        o.enrootFound = true;
        o.sinfoNodes = kSinfo;
        const ClusterProbeResult r = ClusterProbeResult::fromOutputs(o);
        QVERIFY(r.hasFlag(QStringLiteral("container-writable")));
        QVERIFY(r.hasFlag(QStringLiteral("no-container-mount-home")));
        QVERIFY(!r.hasFlag(QStringLiteral("container-unshare")));
        QCOMPARE(r.partitions.size(), 2);
        QCOMPARE(r.defaultPartition()->name, QStringLiteral("cpu"));
        QCOMPARE(r.partition(QStringLiteral("gpu"))->nodes,
                 QStringList({QStringLiteral("node1"), QStringLiteral("node2")}));
        QCOMPARE(r.nodes(), QStringList({QStringLiteral("node1"), QStringLiteral("node2")}));
        QVERIFY(!r.hasErrors());
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("enroot_version")).toString(), QStringLiteral("4.1.1"));
        QCOMPARE(json.value(QLatin1String("pyxis")).toBool(), true);
    }

    void nodeStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("takesJobs");
        for (const char *s : {"idle", "mix", "alloc", "comp", "resv", "IDLE", "mix-", "idle$",
                              "idle@", "planned", "something-new"})
            QTest::newRow(s) << QString::fromLatin1(s) << true;
        for (const char *s : {"down",  "down*", "drain",  "drng",  "drained", "fail",   "failg",
                              "maint", "idle*", "idle~",  "idle#", "mix%",    "idle!",  "futr",
                              "unk",   "boot",  "pow_dn", "inval", "npc",     "reboot^"})
            QTest::newRow(s) << QString::fromLatin1(s) << false;
    }

    void nodeStates()
    {
        QFETCH(QString, state);
        QFETCH(bool, takesJobs);
        QCOMPARE(ClusterProbeResult::nodeStateTakesJobs(state), takesJobs);
    }

    void unavailableNodesAreKept()
    {
        const QList<ProbePartition> parts = ClusterProbeResult::parseSinfoNodes(
            "n1|cpu*|idle\nn2|cpu*|drain\nn2|gpu|drain\nn3|gpu|down*\nn4|gpu|mix\n");
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).nodes, QStringList({QStringLiteral("n1"), QStringLiteral("n2")}));
        QCOMPARE(parts.at(0).unavailable.keys(), QStringList({QStringLiteral("n2")}));
        QCOMPARE(parts.at(1).unavailable.value(QStringLiteral("n3")), QStringLiteral("down*"));
        QCOMPARE(parts.at(1).unavailable.size(), 2);
        QVERIFY(!parts.at(1).unavailable.contains(QStringLiteral("n4")));
    }

    void partitionOfANode()
    {
        ClusterProbeResult r;
        r.partitions = ClusterProbeResult::parseSinfoNodes(
            "n1|cpu*|idle\nn2|cpu*|idle\nn2|gpu|idle\nn3|gpu|mix\nn3|debug|mix\n");
        QCOMPARE(r.partitionOfNode(QStringLiteral("n2")), QStringLiteral("cpu")); // the default
        QCOMPARE(r.partitionOfNode(QStringLiteral("n3")), QStringLiteral("gpu")); // the first
        QCOMPARE(r.partitionOfNode(QStringLiteral("n9")), QString());
        QCOMPARE(ClusterProbeResult().partitionOfNode(QStringLiteral("n1")), QString());
    }

    void noPartitionsIsAnError()
    {
        ProbeOutputs o;
        o.srunHelp = kSrunHelpPyxis;
        o.enrootFound = true;
        o.enrootVersion = "3.4.1";
        const ClusterProbeResult r = ClusterProbeResult::fromOutputs(o);
        QVERIFY(hasFinding(r, ProbeFinding::Severity::Error, "no partitions"));
    }

    void enrootVersion_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("version");
        QTest::newRow("plain") << QByteArray("3.4.1\n") << QStringLiteral("3.4.1");
        QTest::newRow("with text")
            << QByteArray("enroot version 4.1.0\n") << QStringLiteral("4.1.0");
        QTest::newRow("two parts") << QByteArray("3.2") << QStringLiteral("3.2");
        QTest::newRow("nothing") << QByteArray("command not found") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void enrootVersion()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, version);
        QCOMPARE(ClusterProbeResult::parseEnrootVersion(output).toString(), version);
    }

    void importProgressStreams()
    {
        // Fed in awkward pieces: lines split across chunks, progress ending in '\r'.
        ImportProgressParser parser;
        QList<ImportProgress> updates;
        for (qsizetype i = 0; i < kImportOutput.size(); i += 7)
            updates << parser.feed(kImportOutput.mid(i, 7));
        updates << parser.finish();
        QList<ImportProgress::Phase> phases;
        for (const ImportProgress &p : updates) {
            if (phases.isEmpty() || phases.last() != p.phase)
                phases << p.phase;
        }
        using P = ImportProgress::Phase;
        const QList<P> expected {P::Waiting,     P::Starting,   P::Importing,  P::Authenticating,
                                 P::Downloading, P::Extracting, P::Converting, P::Done};
        QCOMPARE(phases, expected);
        // The download's percentages, in order.
        QList<double> download;
        for (const ImportProgress &p : updates) {
            if (p.phase == P::Downloading && p.percent)
                download << *p.percent;
        }
        QCOMPARE(download, QList<double>({0, 46, 100}));
        bool saw73 = false;
        for (const ImportProgress &p : updates)
            saw73 = saw73 || (p.phase == P::Converting && p.percent == 73.0);
        QVERIFY(saw73);
        QCOMPARE(parser.current().phase, P::Done);
    }

    void aFailureIsTheLastPhase()
    {
        // Pyxis reports the failure first, then prints Enroot's log of the attempt.
        ImportProgressParser parser;
        const QList<ImportProgress> updates = parser.feed(
            "pyxis: importing docker image: registry.patagon.test#private/trainer\n"
            "slurmstepd: error: pyxis: child 7 failed with error code: 1\n"
            "slurmstepd: error: pyxis:     [INFO] Querying registry for permission grant\n"
            "slurmstepd: error: pyxis:     [INFO] Fetching image manifest\n"
            "slurmstepd: error: pyxis:     [ERROR] URL https://x returned error code: 401\n");
        QCOMPARE(updates.size(), 2);
        QCOMPARE(updates.at(0).phase, ImportProgress::Phase::Importing);
        QCOMPARE(updates.at(1).phase, ImportProgress::Phase::Failed);
        QCOMPARE(parser.current().phase, ImportProgress::Phase::Failed);
    }

    void progressLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("phase"); // -1: no update on its own
        QTest::addColumn<double>("percent"); // -1: none
        QTest::addColumn<qint64>("bytes"); // -1: none
        using P = ImportProgress::Phase;
        QTest::newRow("pyxis importing") << QStringLiteral("pyxis: importing docker image: python")
                                         << int(P::Importing) << -1.0 << qint64(-1);
        QTest::newRow("pyxis imported") << QStringLiteral("pyxis: imported docker image: python")
                                        << int(P::Done) << -1.0 << qint64(-1);
        QTest::newRow("size in MiB")
            << QStringLiteral("[INFO] Downloading 3 missing layers (512.5 MiB)...")
            << int(P::Downloading) << -1.0 << qint64(512.5 * 1024 * 1024);
        QTest::newRow("error line")
            << QStringLiteral("slurmstepd: error: pyxis:     [ERROR] URL https://x returned error "
                              "code: 401 Unauthorized")
            << int(P::Failed) << -1.0 << qint64(-1);
        QTest::newRow("bare bar") << QStringLiteral(" 46% 6:7=12s 7c2d8b") << -1 << -1.0
                                  << qint64(-1);
        QTest::newRow("unrelated") << QStringLiteral("hello") << -1 << -1.0 << qint64(-1);
        QTest::newRow("mksquashfs")
            << QStringLiteral("[=====-   ] 50/100  50%") << -1 << -1.0 << qint64(-1);
        QTest::newRow("squashfs header")
            << QStringLiteral("Creating 4.0 filesystem on /tmp/x.sqsh, block size 131072.")
            << int(P::Converting) << -1.0 << qint64(-1);
    }

    void progressLines()
    {
        QFETCH(QString, line);
        QFETCH(int, phase);
        QFETCH(double, percent);
        QFETCH(qint64, bytes);
        const std::optional<ImportProgress> p = ImportProgressParser::parseLine(line);
        QCOMPARE(p.has_value(), phase >= 0);
        if (!p)
            return;
        QCOMPARE(int(p->phase), phase);
        QCOMPARE(p->percent.value_or(-1.0), percent);
        QCOMPARE(p->bytes.value_or(-1), bytes);
        QVERIFY(!ImportProgress::phaseText(p->phase).isEmpty());
    }

    void failuresExplained_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("enroot");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("needles");

        const QByteArray unauthorized
            = "pyxis: importing docker image: nvcr.io/nvidia/pytorch:24.05-py3\n"
              "slurmstepd: error: pyxis: child 12 failed with error code: 1\n"
              "slurmstepd: error: pyxis: failed to import docker image\n"
              "slurmstepd: error: pyxis: printing enroot log file:\n"
              "slurmstepd: error: pyxis:     [INFO] Querying registry for permission grant\n"
              "slurmstepd: error: pyxis:     [ERROR] URL https://auth.docker.io/token returned "
              "error code: 401 Unauthorized\n"
              "slurmstepd: error: pyxis: couldn't start container\n";
        QTest::newRow("401 from a Docker-style reference on enroot 3")
            << unauthorized << QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3")
            << QStringLiteral("3.4.1") << int(ErrorCode::Authentication)
            << QStringList {QStringLiteral("401"), QStringLiteral("Docker Hub"),
                            QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3")};
        QTest::newRow("401 with the right form: credentials")
            << unauthorized << QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3")
            << QStringLiteral("3.4.1") << int(ErrorCode::Authentication)
            << QStringList {QStringLiteral("machine nvcr.io"), QStringLiteral("authn.nvidia.com"),
                            QStringLiteral(".credentials")};
        QTest::newRow("401 on Docker Hub: maybe no such image")
            << unauthorized << QStringLiteral("someone/private") << QStringLiteral("4.1.0")
            << int(ErrorCode::Authentication)
            << QStringList {QStringLiteral("registry-1.docker.io"),
                            QStringLiteral("does not exist")};
        QTest::newRow("no space left")
            << QByteArray("mksquashfs: write failed: No space left on device\n")
            << QStringLiteral("python") << QStringLiteral("3.4.1") << int(ErrorCode::Io)
            << QStringList {QStringLiteral("disk space")};
        QTest::newRow("invalid reference")
            << QByteArray("slurmstepd: error: pyxis:     [ERROR] Invalid image reference: "
                          "docker://a//b\n")
            << QStringLiteral("a//b") << QStringLiteral("3.4.1") << int(ErrorCode::InvalidInput)
            << QStringList {QStringLiteral("REGISTRY#IMAGE:TAG")};
        QTest::newRow("404") << QByteArray(
            "[ERROR] URL https://ghcr.io/v2/x/manifests/1 returned error code: 404 "
            "Not Found\n") << QStringLiteral("ghcr.io#x:1")
                             << QStringLiteral("4.1.0") << int(ErrorCode::NotFound)
                             << QStringList {QStringLiteral("404")};
        QTest::newRow("read-only root for apt")
            << QByteArray("E: Could not open lock file /var/lib/dpkg/lock-frontend - open (30: "
                          "Read-only file system)\n")
            << QString() << QString() << int(ErrorCode::PermissionDenied)
            << QStringList {QStringLiteral("--container-writable")};
        QTest::newRow("pip: no such package")
            << QByteArray("ERROR: No matching distribution found for nosuchpkg\n") << QString()
            << QString() << int(ErrorCode::NotFound) << QStringList {QStringLiteral("pip")};
        QTest::newRow("named container elsewhere")
            << QByteArray("slurmstepd: error: pyxis: a container with name x does not exist, and "
                          "--container-image is not set\n")
            << QString() << QString() << int(ErrorCode::NotFound)
            << QStringList {QStringLiteral("only on the node")};
        QTest::newRow("anything else keeps the output")
            << QByteArray("line one\nsomething odd happened\n") << QString() << QString()
            << int(ErrorCode::Remote)
            << QStringList {QStringLiteral("exit status 3"), QStringLiteral("something odd")};
    }

    void failuresExplained()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, image);
        QFETCH(QString, enroot);
        QFETCH(int, code);
        QFETCH(QStringList, needles);
        const Result r
            = explainContainerFailure(output, 3, image, QVersionNumber::fromString(enroot));
        QVERIFY(!r);
        QCOMPARE(int(r.code()), code);
        for (const QString &n : needles)
            QVERIFY2(r.message().contains(n),
                     qPrintable(n + QStringLiteral(" not in: ") + r.message()));
    }

    void enrootList()
    {
        const QByteArray out = "pyxis_torch\npyxis_4242.0\npyxis_4243.batch\nmy-own\n"
                               "pyxis_with_underscore\n\n";
        const QList<NamedContainer> list
            = ContainerList::parseEnrootList(out, QStringLiteral("node7"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, QStringLiteral("torch"));
        QCOMPARE(list.at(0).node, QStringLiteral("node7"));
        QCOMPARE(list.at(0).enrootName, QStringLiteral("pyxis_torch"));
        QCOMPARE(list.at(1).name, QStringLiteral("with_underscore"));
    }

    void containerNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("torch") << true;
        QTest::newRow("dots and dashes") << QStringLiteral("py3.12-env_a") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("colon (the name flag separator)") << QStringLiteral("a:exec") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("command substitution") << QStringLiteral("$(reboot)") << false;
        QTest::newRow("leading dash") << QStringLiteral("-rf") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("ñandú") << false;
        QTest::newRow("too long") << QString(65, u'a') << false;
    }

    void containerNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const Result r = ContainerService::validateName(name);
        QCOMPARE(r.isOk(), valid);
        if (!valid)
            QVERIFY(!r.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContainerOutput)
#include "tst_containeroutput.moc"
