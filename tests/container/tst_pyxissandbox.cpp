// The container flow end to end on the sandbox cluster, through its real OpenSSH server and its
// Pyxis-compatible plugin (tests/sandbox/pyxis): commands come from core/container's builder.
#include "core/container/pyxiscommand.h"
#include "core/remote/shellquote.h"
#include "opensshclient.h"
#include "sandboxenv.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace Patagon::Container;
using Patagon::Expected;
using Patagon::Testing::SandboxEnv;

class TestPyxisSandbox : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    Patagon::Testing::OpenSshClient m_ssh {m_env};
    QString m_name; // this run's named container
    bool m_credentialsSaved = false;
    QByteArray m_credentials; // the user's own ~/.config/enroot/.credentials, put back at the end
    bool m_hadCredentials = false;

    static constexpr char credentialsPath[] = "~/.config/enroot/.credentials";

    // pip --user installs go here (in the mounted home, but not the user's own ~/.local).
    QString userBase() const { return m_env.home() + QStringLiteral("/.cache/") + m_name; }
    QString savedImage() const { return m_env.home() + u'/' + m_name + QStringLiteral(".sqsh"); }

    using Run = Patagon::Testing::CliRun;

    Run srun(const PyxisOptions &options, const QStringList &program)
    {
        JobResources j;
        j.partition = QStringLiteral("cpu");
        const Expected<QByteArray> line = Pyxis::srunCommandLine(options, j, program);
        if (!line) {
            qWarning("%s", qPrintable(line.errorMessage()));
            return {};
        }
        return m_ssh.run(*line);
    }

    void restoreCredentials()
    {
        if (m_hadCredentials)
            m_ssh.run(QByteArray("umask 077 && cat > ") + credentialsPath, m_credentials);
        else
            m_ssh.run(QByteArray("rm -f ") + credentialsPath);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.load(),
                 "sandbox.env not found: start the sandbox (scripts/dev sandbox start)");
        m_name = QStringLiteral("tst%1").arg(QDateTime::currentMSecsSinceEpoch());
        const Run r = m_ssh.run("srun --help");
        QVERIFY2(r.out.contains(QLatin1String("--container-image")),
                 "the sandbox's srun has no --container-image: restart it (scripts/dev sandbox "
                 "restart)");
    }

    void cleanupTestCase()
    {
        if (m_name.isEmpty())
            return;
        m_ssh.run("enroot remove -f "
                  + Patagon::Shell::quoteArgument(QStringLiteral("pyxis_") + m_name) + " "
                  + Patagon::Shell::quoteArgument(QStringLiteral("pyxis_") + m_name
                                                  + QStringLiteral("apt"))
                  + " 2>/dev/null; rm -rf " + Patagon::Shell::quoteArgument(userBase()) + " "
                  + Patagon::Shell::quoteArgument(savedImage()));
        if (m_credentialsSaved)
            restoreCredentials();
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
        const Run list = m_ssh.run("enroot list");
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
        const Run submitted = m_ssh.run("sbatch --parsable", script);
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        const QString id = submitted.out.trimmed().section(u';', 0, 0);
        QVERIFY(m_ssh.waitUntilGone(id));
        const Run out = m_ssh.run("cat pyxis-test-" + id.toUtf8() + ".out");
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
        const Run r = m_ssh.run(
            "f=$(mktemp) && cat > \"$f\" && sbatch -vvv --test-only \"$f\"; rm -f \"$f\"",
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

    // pip --user writes into the mounted home; the image's pip.conf points at its wheelhouse,
    // the sandbox's stand-in for PyPI.
    void pipInstallsIntoTheHome()
    {
        PyxisOptions o;
        o.image = QStringLiteral("python");
        o.name = m_name;
        const QString env = QStringLiteral("PYTHONUSERBASE=") + userBase();
        const QString sh = QStringLiteral("sh");
        const QString c = QStringLiteral("-c");
        const QString pip = QStringLiteral("export %1 && python3 -m pip install --user ").arg(env);
        const Run first = srun(o, {sh, c, pip + QStringLiteral("patagon-hello==1.0")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        QVERIFY2(first.out.contains(QLatin1String("Successfully installed patagon-hello-1.0")),
                 qPrintable(first.out));
        const QString run = QStringLiteral("export %1 && python3 -m patagon_hello").arg(env);
        const Run hello = srun(o, {sh, c, run});
        QVERIFY2(hello.exitCode == 0, qPrintable(hello.err));
        QCOMPARE(hello.out, QStringLiteral("patagon-hello 1.0\n"));

        // A dependency is resolved from the wheelhouse, and the upgrade is seen at once.
        const Run greet = srun(o, {sh, c, pip + QStringLiteral("--upgrade patagon-greet")});
        QVERIFY2(greet.exitCode == 0, qPrintable(greet.err + greet.out));
        const Run both
            = srun(o, {sh, c, QStringLiteral("export %1 && python3 -m patagon_greet").arg(env)});
        QVERIFY2(both.exitCode == 0, qPrintable(both.err));
        QCOMPARE(both.out, QStringLiteral("patagon-greet 2.0 with patagon-hello 1.1\n"));

        // The files are in the home folder, outside any container.
        const Run host = m_ssh.run("ls " + Patagon::Shell::quoteArgument(userBase())
                                   + "/lib/python3*/site-packages");
        QVERIFY2(host.out.split(u'\n').contains(QStringLiteral("patagon_hello")),
                 qPrintable(host.out + host.err));

        const Run missing = srun(o, {sh, c, pip + QStringLiteral("patagon-no-such-package")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.out.contains(
                     QLatin1String("No matching distribution found for patagon-no-such-package"))
                     || missing.err.contains(QLatin1String(
                         "No matching distribution found for patagon-no-such-package")),
                 qPrintable(missing.out + missing.err));
    }

    // apt needs --container-remap-root and --container-writable, as on a Pyxis cluster; what it
    // installs stays in the named container, and only there.
    void aptInstallsIntoTheNamedContainer()
    {
        PyxisOptions o;
        o.image = QStringLiteral("python");
        o.name = m_name + QStringLiteral("apt");
        const QStringList install = {QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("apt-get update && apt-get install -y "
                                                    "patagon-tool")};

        o.writable = true;
        // dpkg's own messages go to the output, apt's to the error stream.
        const Run notRoot = srun(o, install);
        QCOMPARE(notRoot.exitCode, 100);
        QVERIFY2(QString(notRoot.out + notRoot.err)
                     .contains(QLatin1String("dpkg: error: requested operation requires superuser "
                                             "privilege")),
                 qPrintable(notRoot.out + notRoot.err));

        o.writable = false;
        o.remapRoot = true;
        const Run readOnly = srun(o, install);
        QCOMPARE(readOnly.exitCode, 100);
        QVERIFY2(
            QString(readOnly.out + readOnly.err).contains(QLatin1String("Read-only file system")),
            qPrintable(readOnly.out + readOnly.err));

        o.writable = true;
        const Run installed = srun(o, install);
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.err + installed.out));
        QVERIFY2(installed.out.contains(QLatin1String("Setting up patagon-tool (1.0-1)")),
                 qPrintable(installed.out));

        // Reused by name, without any flag: the package is there.
        PyxisOptions again;
        again.name = o.name;
        const Run reused = srun(again,
                                {QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("patagon-tool && dpkg-query -W -f "
                                                "'${Status}\\n' patagon-tool")});
        QVERIFY2(reused.exitCode == 0, qPrintable(reused.err));
        QCOMPARE(reused.out, QStringLiteral("patagon-tool 1.0-1\ninstall ok installed\n"));
        QVERIFY(!reused.err.contains(QLatin1String("importing")));

        // A new container from the same image does not have it: the image is untouched.
        PyxisOptions fresh;
        fresh.image = QStringLiteral("python");
        const Run other = srun(fresh,
                               {QStringLiteral("sh"), QStringLiteral("-c"),
                                QStringLiteral("command -v patagon-tool || echo absent")});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QCOMPARE(other.out, QStringLiteral("absent\n"));
    }

    // --container-save writes the container as squashfs; that file is an image in its turn.
    void aSavedContainerIsAnImage()
    {
        PyxisOptions o;
        o.name = m_name + QStringLiteral("apt");
        o.save = savedImage();
        const Run saved = srun(o, {QStringLiteral("true")});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        const Run file = m_ssh.run("head -c 4 " + Patagon::Shell::quoteArgument(savedImage()));
        QCOMPARE(file.out, QStringLiteral("hsqs"));

        PyxisOptions fromFile;
        fromFile.image = savedImage();
        const Run run = srun(fromFile,
                             {QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("patagon-tool && cat /etc/pyxis-sandbox-image && "
                                             "python3 -c 'print(1 + 1)'")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("patagon-tool 1.0-1\npython\n2\n"));

        fromFile.image = QStringLiteral("/no/such/image.sqsh");
        const Run missing = srun(fromFile, {QStringLiteral("true")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(
            missing.err.contains(QLatin1String("No such file or directory: /no/such/image.sqsh")),
            qPrintable(missing.err));
    }

    // A private registry: Enroot sends the netrc entry of ~/.config/enroot/.credentials.
    void aPrivateImageNeedsCredentials_data()
    {
        QTest::addColumn<QByteArray>("credentials"); // empty: no file
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message"); // empty: the import succeeds
        const QString manifest = QStringLiteral(
            "[ERROR] URL https://registry.patagon.test/v2/private/trainer/manifests/1.0 returned "
            "error code: 401 Unauthorized");
        QTest::newRow("no file") << QByteArray() << 0600 << manifest;
        QTest::newRow("other registry")
            << QByteArray("machine nvcr.io login $oauthtoken password s3cret-token\n") << 0600
            << manifest;
        QTest::newRow("wrong password")
            << QByteArray("machine registry.patagon.test login researcher password wrong\n") << 0600
            << QStringLiteral("[ERROR] URL https://registry.patagon.test/token?scope=repository:"
                              "private/trainer:pull&service=registry.patagon.test returned error "
                              "code: 401 Unauthorized");
        QTest::newRow("readable by others")
            << QByteArray("machine registry.patagon.test login researcher password s3cret-token\n")
            << 0644 << QStringLiteral("can be read by other users");
        QTest::newRow("right") << QByteArray("machine nvcr.io login $oauthtoken password x\n"
                                             "machine registry.patagon.test\n  login researcher\n"
                                             "  password s3cret-token\n")
                               << 0600 << QString();
    }

    void aPrivateImageNeedsCredentials()
    {
        QFETCH(QByteArray, credentials);
        QFETCH(int, mode);
        QFETCH(QString, message);
        if (!m_credentialsSaved) {
            const Run old = m_ssh.run(QByteArray("cat ") + credentialsPath);
            m_hadCredentials = old.exitCode == 0;
            m_credentials = old.out.toUtf8();
            m_credentialsSaved = true;
        }
        if (credentials.isEmpty()) {
            QCOMPARE(m_ssh.run(QByteArray("rm -f ") + credentialsPath).exitCode, 0);
        } else {
            const Run written = m_ssh.run(QByteArray("mkdir -p ~/.config/enroot && cat > ")
                                              + credentialsPath + " && chmod "
                                              + QByteArray::number(mode, 8) + ' ' + credentialsPath,
                                          credentials);
            QCOMPARE(written.exitCode, 0);
        }
        PyxisOptions o;
        o.image = QStringLiteral("registry.patagon.test#private/trainer:1.0");
        const Run r = srun(o, {QStringLiteral("cat"), QStringLiteral("/etc/pyxis-sandbox-image")});
        restoreCredentials();
        QVERIFY2(!r.err.contains(QLatin1String("s3cret-token")), qPrintable(r.err));
        if (message.isEmpty()) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(r.out, QStringLiteral("python\n"));
            return;
        }
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("pyxis: couldn't start container")));
    }

    void enrootListsAndRemovesNamedContainers()
    {
        const Run version = m_ssh.run("enroot version");
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+\n$"))
                     .match(version.out)
                     .hasMatch(),
                 qPrintable(version.out));
        const QString name = QStringLiteral("pyxis_") + m_name + QStringLiteral("apt");
        QVERIFY(m_ssh.run("enroot list").out.split(u'\n').contains(name));
        // A container that was writable holds overlayfs's work folder (mode 0): still removed.
        const Run removed = m_ssh.run("enroot remove -f " + Patagon::Shell::quoteArgument(name));
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        const Run list = m_ssh.run("enroot list");
        QVERIFY2(!list.out.split(u'\n').contains(name), qPrintable(list.out));
        QVERIFY(list.out.split(u'\n').contains(QStringLiteral("pyxis_") + m_name));
    }
};

QTEST_GUILESS_MAIN(TestPyxisSandbox)
#include "tst_pyxissandbox.moc"
