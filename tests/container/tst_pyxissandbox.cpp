// The container flow end to end on the sandbox cluster, through its real OpenSSH server and its
// Pyxis-compatible plugin (tests/sandbox/pyxis): commands come from core/container's builder.
#include "core/container/pyxiscommand.h"
#include "core/remote/shellquote.h"
#include "sandboxenv.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Patagon::Container;
using Patagon::Expected;
using Patagon::Testing::SandboxEnv;

class TestPyxisSandbox : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QString m_name; // this run's named container

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run ssh(const QByteArray &command, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral("ssh"),
                {QStringLiteral("-p"), m_env.port(), QStringLiteral("-i"), m_env.key(),
                 QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + m_env.knownHosts(),
                 QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                 QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-F"),
                 QStringLiteral("/dev/null"), m_env.user() + u'@' + m_env.host(),
                 QString::fromUtf8(command)});
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(240000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    Run srun(const PyxisOptions &options, const QStringList &program)
    {
        JobResources j;
        j.partition = QStringLiteral("cpu");
        const Expected<QByteArray> line = Pyxis::srunCommandLine(options, j, program);
        if (!line) {
            qWarning("%s", qPrintable(line.errorMessage()));
            return {};
        }
        return ssh(*line);
    }

    bool waitUntilGone(const QString &jobId)
    {
        for (int i = 0; i < 240; ++i) {
            const Run r = ssh("squeue -h -o %T -j " + jobId.toUtf8());
            if (r.exitCode == 0 && r.out.trimmed().isEmpty())
                return true;
            QTest::qWait(500);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.load(),
                 "sandbox.env not found: start the sandbox (scripts/dev sandbox start)");
        m_name = QStringLiteral("tst%1").arg(QDateTime::currentMSecsSinceEpoch());
        const Run r = ssh("srun --help");
        QVERIFY2(r.out.contains(QLatin1String("--container-image")),
                 "the sandbox's srun has no --container-image: restart it (scripts/dev sandbox "
                 "restart)");
    }

    void cleanupTestCase()
    {
        if (!m_name.isEmpty())
            ssh("enroot remove -f "
                + Patagon::Shell::quoteArgument(QStringLiteral("pyxis_") + m_name));
    }

    void pythonRunsInANamedContainer()
    {
        PyxisOptions o;
        o.image = QStringLiteral("python");
        o.name = m_name;
        const Run r = srun(o,
                           {QStringLiteral("python3"), QStringLiteral("-c"),
                            QStringLiteral("import sys; print('python', sys.version_info.major, "
                                           "open('/etc/pyxis-sandbox-image').read().strip())")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("python 3 python"));
        QVERIFY2(r.err.contains(QLatin1String("pyxis: importing docker image: python")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("pyxis: imported docker image: python")));
        const Run list = ssh("enroot list");
        QVERIFY2(list.out.split(u'\n').contains(QStringLiteral("pyxis_") + m_name),
                 qPrintable(list.out));
    }

    void theNamedContainerIsReused()
    {
        PyxisOptions o;
        o.name = m_name;
        o.writable = true;
        const Run write = srun(o,
                               {QStringLiteral("sh"), QStringLiteral("-c"),
                                QStringLiteral("echo kept > /opt/marker")});
        QVERIFY2(write.exitCode == 0, qPrintable(write.err));
        QVERIFY2(!write.err.contains(QLatin1String("importing")), qPrintable(write.err));
        o.writable.reset();
        const Run read = srun(o, {QStringLiteral("cat"), QStringLiteral("/opt/marker")});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        QCOMPARE(read.out, QStringLiteral("kept\n"));
        QVERIFY(!read.err.contains(QLatin1String("importing")));
    }

    void theRootFilesystemIsReadOnlyByDefault()
    {
        PyxisOptions o;
        o.name = m_name;
        const Run r = srun(o, {QStringLiteral("touch"), QStringLiteral("/opt/other")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("Read-only file system")), qPrintable(r.err));
    }

    void remapRootGivesUidZero()
    {
        PyxisOptions o;
        o.image = QStringLiteral("python");
        o.remapRoot = true;
        const Run root = srun(o, {QStringLiteral("id"), QStringLiteral("-u")});
        QVERIFY2(root.exitCode == 0, qPrintable(root.err));
        QCOMPARE(root.out.trimmed(), QStringLiteral("0"));
        o.remapRoot.reset();
        const Run user = srun(o, {QStringLiteral("id"), QStringLiteral("-un")});
        QVERIFY2(user.exitCode == 0, qPrintable(user.err));
        QCOMPARE(user.out.trimmed(), m_env.user());
    }

    void theHomeIsMountedAndTheImageHasTorchTools()
    {
        PyxisOptions o;
        o.image = QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3");
        const Run r = srun(o,
                           {QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("command -v cmake && command -v g++ && pwd")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("/usr/bin/cmake\n/usr/bin/g++\n") + m_env.home() + u'\n');
    }

    void sbatchRunsTheScriptInTheImage()
    {
        PyxisOptions o;
        o.image = QStringLiteral("python");
        JobResources j;
        j.partition = QStringLiteral("cpu");
        j.jobName = QStringLiteral("pyxis test");
        j.output = QStringLiteral("pyxis-test-%j.out");
        const Expected<QByteArray> directives = Pyxis::sbatchDirectives(o, j);
        QVERIFY2(directives.isOk(), qPrintable(directives.errorMessage()));
        const QByteArray script = "#!/bin/bash\n" + *directives
            + "echo \"image=$(cat /etc/pyxis-sandbox-image) job=$SLURM_JOB_NAME\"\n"
              "python3 -c 'print(6 * 7)'\n";
        const Run submitted = ssh("sbatch --parsable", script);
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        const QString id = submitted.out.trimmed().section(u';', 0, 0);
        QVERIFY(waitUntilGone(id));
        const Run out = ssh("cat pyxis-test-" + id.toUtf8() + ".out");
        QVERIFY2(out.out.contains(QLatin1String("pyxis: imported docker image: python")),
                 qPrintable(out.out));
        QVERIFY2(out.out.contains(QLatin1String("image=python job=pyxis test\n42\n")),
                 qPrintable(out.out));
    }

    // sbatch itself is the oracle: it logs every token it takes from an #SBATCH line.
    void sbatchReadsTheDirectivesAsBuilt()
    {
        PyxisOptions o;
        o.image = QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3");
        o.name = QStringLiteral("it's");
        o.mounts = {
            {QStringLiteral("/data sets/$(id)"), QStringLiteral("/data"), {QStringLiteral("ro")}}};
        o.workdir = QStringLiteral("/w/\"q\" `x` #h ñ");
        JobResources j;
        j.jobName = QStringLiteral("a 'b' \"c\" $HOME");
        const Expected<QByteArray> directives = Pyxis::sbatchDirectives(o, j);
        QVERIFY(directives.isOk());
        const Run r
            = ssh("f=$(mktemp) && cat > \"$f\" && sbatch -vvv --test-only \"$f\"; rm -f \"$f\"",
                  "#!/bin/bash\n" + *directives + "true\n");
        QStringList found;
        const QRegularExpression re(QStringLiteral("Found in script, argument \"(.*)\"$"),
                                    QRegularExpression::MultilineOption);
        for (auto it = re.globalMatch(r.err); it.hasNext();)
            found << it.next().captured(1);
        QStringList expected = *Pyxis::resourceArguments(j);
        expected << *Pyxis::containerArguments(o);
        QCOMPARE(found, expected);
    }

    void aBadReferenceFailsClearly_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed")
            << QStringLiteral("Bad Ref!")
            << QStringLiteral("[ERROR] Invalid image reference: docker://Bad Ref!");
        QTest::newRow("docker style on enroot 3")
            << QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3")
            << QStringLiteral("registry-1.docker.io/v2/nvcr.io/nvidia/pytorch/manifests/24.05-py3 "
                              "returned error code: 401 Unauthorized");
    }

    void aBadReferenceFailsClearly()
    {
        QFETCH(QString, image);
        QFETCH(QString, message);
        PyxisOptions o;
        o.image = image;
        const Run r = srun(o, {QStringLiteral("true")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("pyxis: importing docker image: ") + image),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("pyxis: couldn't start container")));
    }
};

QTEST_GUILESS_MAIN(TestPyxisSandbox)
#include "tst_pyxissandbox.moc"
