// Pyxis command lines from a typed description: flag syntax, refusal of values no command can
// carry, and hostile values that reach srun byte for byte through the one quoting function.
#include "core/container/pyxiscommand.h"

#include <QProcess>
#include <QTest>

using namespace Patagon::Container;
using Patagon::Expected;

namespace {
QString S(const char *s)
{
    return QString::fromUtf8(s);
}

// What `sh -c LINE` hands to the program: run the line with `srun` replaced by printf.
QStringList shellWords(const QByteArray &line)
{
    QProcess p;
    p.start(QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("srun() { printf '%s\\0' \"$@\"; }; ") + QString::fromUtf8(line)});
    p.waitForFinished();
    QStringList words = QString::fromUtf8(p.readAllStandardOutput()).split(QChar(0));
    words.removeLast();
    return words;
}
} // namespace

class TestPyxisCommand : public QObject
{
    Q_OBJECT

private slots:
    void tutorialImport()
    {
        PyxisOptions o;
        o.image = S("nvcr.io#nvidia/pytorch:24.05-py3");
        o.name = S("pytorch");
        JobResources j;
        j.partition = S("cpu");
        const Expected<QByteArray> line = Pyxis::srunCommandLine(o, j, {});
        QVERIFY2(line.isOk(), qPrintable(line.errorMessage()));
        QCOMPARE(
            *line,
            QByteArray("srun --partition=cpu '--container-image=nvcr.io#nvidia/pytorch:24.05-py3' "
                       "--container-name=pytorch true"));
    }

    void everyFlag()
    {
        PyxisOptions o;
        o.image = S("python");
        o.name = S("x");
        o.nameFlag = PyxisOptions::NameFlag::NoExec;
        o.mounts
            = {{S("/data"), S("/mnt/data"), {S("ro"), S("rprivate")}}, {S("/scratch"), {}, {}}};
        o.workdir = S("/workspace");
        o.remapRoot = true;
        o.mountHome = false;
        o.entrypoint = false;
        o.entrypointLog = true;
        o.writable = true;
        o.env = {S("PATH"), S("LD_LIBRARY_PATH")};
        o.save = S("/scratch/saved.sqsh");
        JobResources j {
            S("gpu"),          S("train"),       1, 2, 4, S("gpu:A100:1"), S("01:00:00"), S("8G"),
            S("train-%j.out"), S("train-%j.err")};
        const Expected<QStringList> argv = Pyxis::srunArguments(o, j, {S("python3"), S("-V")});
        QVERIFY2(argv.isOk(), qPrintable(argv.errorMessage()));
        const QStringList expected = {S("srun"),
                                      S("--partition=gpu"),
                                      S("--job-name=train"),
                                      S("--nodes=1"),
                                      S("--ntasks=2"),
                                      S("--cpus-per-task=4"),
                                      S("--gres=gpu:A100:1"),
                                      S("--time=01:00:00"),
                                      S("--mem=8G"),
                                      S("--output=train-%j.out"),
                                      S("--error=train-%j.err"),
                                      S("--container-image=python"),
                                      S("--container-name=x:no_exec"),
                                      S("--container-mounts=/data:/mnt/data:ro+rprivate,/scratch"),
                                      S("--container-workdir=/workspace"),
                                      S("--container-remap-root"),
                                      S("--no-container-mount-home"),
                                      S("--no-container-entrypoint"),
                                      S("--container-entrypoint-log"),
                                      S("--container-writable"),
                                      S("--container-env=PATH,LD_LIBRARY_PATH"),
                                      S("--container-save=/scratch/saved.sqsh"),
                                      S("python3"),
                                      S("-V")};
        QCOMPARE(*argv, expected);
        o.writable = false;
        o.remapRoot = false;
        o.mountHome = true;
        const Expected<QStringList> other = Pyxis::containerArguments(o);
        QVERIFY(other->contains(S("--container-readonly")));
        QVERIFY(other->contains(S("--no-container-remap-root")));
        QVERIFY(other->contains(S("--container-mount-home")));
    }

    void hostileValuesReachSrunIntact_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("spaces") << S("my image dir/x y");
        QTest::newRow("single quote") << S("it's");
        QTest::newRow("double quote") << S("say \"hi\"");
        QTest::newRow("command substitution") << S("$(touch /tmp/pwned)");
        QTest::newRow("backticks") << S("`id`");
        QTest::newRow("semicolon") << S("a; rm -rf ~");
        QTest::newRow("glob") << S("*?[a]");
        QTest::newRow("non-ascii") << S("ñandú-€-日本");
        QTest::newRow("backslash") << S("a\\b");
        QTest::newRow("dollar brace") << S("${HOME}");
        QTest::newRow("leading dash") << S("-rf");
        QTest::newRow("tilde") << S("~root");
        QTest::newRow("pipe and redirect") << S("a|b>c<d&e");
    }

    void hostileValuesReachSrunIntact()
    {
        QFETCH(QString, value);
        PyxisOptions o;
        o.image = S("python");
        o.save = S("/s/") + value;
        o.workdir = S("/w/") + value;
        JobResources j;
        j.jobName = value;
        j.partition = value;
        const QStringList program = {S("echo"), value};
        const Expected<QStringList> argv = Pyxis::srunArguments(o, j, program);
        QVERIFY2(argv.isOk(), qPrintable(argv.errorMessage()));
        const Expected<QByteArray> line = Pyxis::srunCommandLine(o, j, program);
        QVERIFY(line.isOk());
        QCOMPARE(shellWords(*line), argv->mid(1));
        QVERIFY(argv->contains(S("--job-name=") + value));
        QVERIFY(argv->contains(S("--container-workdir=/w/") + value));
    }

    void everyByteInTheProgramArguments()
    {
        QString all;
        for (int c = 1; c < 256; ++c)
            all.append(QChar(c));
        PyxisOptions o;
        o.name = S("x");
        const Expected<QByteArray> line = Pyxis::srunCommandLine(o, {}, {S("printf"), all});
        QVERIFY(line.isOk());
        const QStringList words = shellWords(*line);
        QCOMPARE(words.value(2), all);
    }

    void refused_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        // 0 image, 1 name, 2 mount source, 3 mount flag, 4 workdir, 5 env, 6 save, 7 partition
        QTest::newRow("image with newline") << 0 << S("python\nid");
        QTest::newRow("image with NUL") << 0 << S("py") + QChar(0) + S("thon");
        QTest::newRow("name with slash") << 1 << S("../x");
        QTest::newRow("name with colon") << 1 << S("x:create");
        QTest::newRow("name with space") << 1 << S("my container");
        QTest::newRow("name with dot") << 1 << S(".hidden");
        QTest::newRow("mount with comma") << 2 << S("/a,/b");
        QTest::newRow("mount with colon") << 2 << S("/a:/b");
        QTest::newRow("relative mount") << 2 << S("data");
        QTest::newRow("unknown mount flag") << 3 << S("rw;id");
        QTest::newRow("relative workdir") << 4 << S("work");
        QTest::newRow("workdir with newline") << 4 << S("/w\n");
        QTest::newRow("env with space") << 5 << S("A B");
        QTest::newRow("env with equals") << 5 << S("A=1");
        QTest::newRow("env starting with digit") << 5 << S("1A");
        QTest::newRow("save into folder") << 6 << S("/scratch/");
        QTest::newRow("partition with newline") << 7 << S("cpu\n#SBATCH --uid=0");
    }

    void refused()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        PyxisOptions o;
        o.image = S("python");
        JobResources j;
        switch (field) {
        case 0:
            o.image = value;
            break;
        case 1:
            o.name = value;
            break;
        case 2:
            o.mounts = {{value, {}, {}}};
            break;
        case 3:
            o.mounts = {{S("/a"), S("/b"), {value}}};
            break;
        case 4:
            o.workdir = value;
            break;
        case 5:
            o.env = {value};
            break;
        case 6:
            o.save = value;
            break;
        case 7:
            j.partition = value;
            break;
        }
        const Expected<QByteArray> line = Pyxis::srunCommandLine(o, j, {S("true")});
        QVERIFY(!line.isOk());
        QCOMPARE(line.errorCode(), Patagon::ErrorCode::InvalidInput);
        QVERIFY(!line.errorMessage().isEmpty());
        QVERIFY(!Pyxis::sbatchDirectives(o, j).isOk());
    }

    void needsImageOrName()
    {
        const Expected<QStringList> args = Pyxis::containerArguments({});
        QVERIFY(!args.isOk());
        QVERIFY(!Pyxis::srunArguments({}, {}, {S("true")}).isOk());
    }

    void programMustComeFirst()
    {
        PyxisOptions o;
        o.image = S("python");
        QVERIFY(!Pyxis::srunArguments(o, {}, {S("--uid=0"), S("id")}).isOk());
    }

    // The tutorial's interactive step: `srun --container-name=... --nodelist=NODE -p cpu --pty
    // bash`; a batch job has no terminal.
    void interactiveShellOnTheContainersNode()
    {
        PyxisOptions o;
        o.name = S("python3.8");
        JobResources j;
        j.partition = S("cpu");
        j.nodeList = S("node-1");
        j.pty = true;
        const Expected<QStringList> argv = Pyxis::srunArguments(o, j, {S("bash")});
        QVERIFY2(argv, qPrintable(argv.errorMessage()));
        QCOMPARE(*argv,
                 QStringList({S("srun"), S("--partition=cpu"), S("--nodelist=node-1"), S("--pty"),
                              S("--container-name=python3.8"), S("bash")}));
        QVERIFY(!Pyxis::sbatchDirectives(o, j).isOk());
        j.nodeList = S("node-1\nnode-2");
        QVERIFY(!Pyxis::srunArguments(o, j, {S("bash")}).isOk());
    }

    void negativeResources()
    {
        PyxisOptions o;
        o.image = S("python");
        JobResources j;
        j.ntasks = -1;
        QVERIFY(!Pyxis::srunArguments(o, j, {S("true")}).isOk());
    }

    void sbatchDirectives()
    {
        PyxisOptions o;
        o.image = S("nvcr.io#nvidia/pytorch:24.05-py3");
        o.name = S("pytorch");
        o.mounts = {{S("/data sets"), S("/data"), {S("ro")}}};
        JobResources j;
        j.partition = S("gpu");
        j.gres = S("gpu:A100:1");
        j.jobName = S("it's mine");
        j.output = S("train-%j.out");
        const Expected<QByteArray> lines = Pyxis::sbatchDirectives(o, j);
        QVERIFY2(lines.isOk(), qPrintable(lines.errorMessage()));
        QCOMPARE(*lines,
                 QByteArray("#SBATCH --partition=gpu\n"
                            "#SBATCH '--job-name=it'\\''s mine'\n"
                            "#SBATCH --gres=gpu:A100:1\n"
                            "#SBATCH --output=train-%j.out\n"
                            "#SBATCH '--container-image=nvcr.io#nvidia/pytorch:24.05-py3'\n"
                            "#SBATCH --container-name=pytorch\n"
                            "#SBATCH '--container-mounts=/data sets:/data:ro'\n"));
    }

    void sbatchRefusesBackslash()
    {
        PyxisOptions o;
        o.image = S("python");
        JobResources j;
        j.jobName = S("a\\b");
        const Expected<QByteArray> lines = Pyxis::sbatchDirectives(o, j);
        QVERIFY(!lines.isOk());
        QVERIFY(lines.errorMessage().contains(S("backslash")));
        // srun lines carry it fine.
        QVERIFY(Pyxis::srunCommandLine(o, j, {S("true")}).isOk());
    }
};

QTEST_GUILESS_MAIN(TestPyxisCommand)
#include "tst_pyxiscommand.moc"
