// Installs typed in a shell: which command lines count as a succeeded pip/apt install, and the
// filter that takes the prompt hook's marks out of a terminal's output.
#include "core/container/shellmarks.h"
#include "core/packages/typedinstall.h"

#include <QSignalSpy>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Packages;

namespace {
QStringList packagesOf(const QString &line, int status = 0, PackageKind kind = PackageKind::Pip)
{
    QStringList out;
    for (const TypedInstall &i : typedInstalls(line, status))
        if (i.step.kind == kind)
            out << i.step.packages;
    return out;
}

QByteArray mark(const QString &token, int status, const QByteArray &command)
{
    return "\x1b]6973;" + token.toLatin1() + ';' + QByteArray::number(status) + ';' + command
        + '\a';
}
} // namespace

class TestTypedInstall : public QObject
{
    Q_OBJECT

private slots:
    void pipForms_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("packages");
        const QStringList hello {QStringLiteral("patagon-hello")};
        QTest::newRow("python3 -m pip") << "python3 -m pip install --user patagon-hello" << hello;
        QTest::newRow("pip") << "pip install patagon-hello" << hello;
        QTest::newRow("pip3.8 path") << "/usr/local/bin/pip3.8 install -U patagon-hello" << hello;
        QTest::newRow("python -m pip quiet")
            << "python -m pip -q install -qq patagon-hello" << QStringList();
        QTest::newRow("versions and extras")
            << "pip install 'numpy==1.24.*' \"torch[cuda]>=2.0\" --no-cache-dir"
            << QStringList {QStringLiteral("numpy==1.24.*"), QStringLiteral("torch[cuda]>=2.0")};
        QTest::newRow("env and sudo") << "PIP_NO_INPUT=1 sudo pip install patagon-hello" << hello;
        QTest::newRow("value option") << "pip install --progress-bar off patagon-hello" << hello;
        QTest::newRow("after cd &&") << "cd /tmp && pip install patagon-hello" << hello;
        QTest::newRow("trailing ;") << "pip install patagon-hello;" << hello;
        QTest::newRow("comment") << "pip install patagon-hello # for the demo" << hello;
        QTest::newRow("redirect") << "pip install patagon-hello > log 2>&1" << hello;
        QTest::newRow("requirements file") << "pip install -r requirements.txt" << QStringList();
        QTest::newRow("editable") << "pip install -e ." << QStringList();
        QTest::newRow("other index")
            << "pip install --index-url https://example.org/simple x" << QStringList();
        QTest::newRow("target") << "pip install --target /tmp/x patagon-hello" << QStringList();
        QTest::newRow("expansion") << "pip install $PKG" << QStringList();
        QTest::newRow("quoted expansion") << "pip install \"$PKG\"" << QStringList();
        QTest::newRow("glob") << "pip install *.whl" << QStringList();
        QTest::newRow("uninstall") << "pip uninstall -y patagon-hello" << QStringList();
        QTest::newRow("list") << "pip list" << QStringList();
        QTest::newRow("subshell") << "(pip install patagon-hello)" << QStringList();
        QTest::newRow("before ;") << "pip install patagon-hello; true" << QStringList();
        QTest::newRow("before ||") << "pip install patagon-hello || true" << QStringList();
        QTest::newRow("before |") << "pip install patagon-hello | tail -1" << QStringList();
        QTest::newRow("unclosed quote") << "pip install 'patagon-hello" << QStringList();
        QTest::newRow("echo") << "echo pip install patagon-hello" << QStringList();
        QTest::newRow("not a requirement") << "pip install 'a b c'" << QStringList();
    }

    void pipForms()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, packages);
        QCOMPARE(packagesOf(line), packages);
    }

    void failedCommandsAreNotOffered()
    {
        QVERIFY(typedInstalls(QStringLiteral("pip install patagon-hello"), 1).isEmpty());
        QVERIFY(typedInstalls(QStringLiteral("pip install patagon-hello"), 130).isEmpty());
    }

    void aptForms()
    {
        QCOMPARE(packagesOf(QStringLiteral("apt-get update && apt-get install -y patagon-tool"), 0,
                            PackageKind::Apt),
                 QStringList {QStringLiteral("patagon-tool")});
        QCOMPARE(packagesOf(QStringLiteral("apt install --no-install-recommends -y libgl1 curl"), 0,
                            PackageKind::Apt),
                 (QStringList {QStringLiteral("libgl1"), QStringLiteral("curl")}));
        QVERIFY(
            packagesOf(QStringLiteral("apt install ./tool.deb"), 0, PackageKind::Apt).isEmpty());
        QVERIFY(packagesOf(QStringLiteral("apt-get -t bookworm-backports install x"), 0,
                           PackageKind::Apt)
                    .isEmpty());
    }

    void bothKindsJoinedByAnd()
    {
        const QList<TypedInstall> both = typedInstalls(
            QStringLiteral("apt-get install -y patagon-tool && python3 -m pip install --user "
                           "patagon-hello"),
            0);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).step.kind, PackageKind::Apt);
        QCOMPARE(both.at(0).command, QStringLiteral("apt-get install -y patagon-tool"));
        QCOMPARE(both.at(1).step.kind, PackageKind::Pip);
        QCOMPARE(both.at(1).command, QStringLiteral("python3 -m pip install --user patagon-hello"));
    }

    void marksAreTakenOutOfTheOutput()
    {
        Container::ShellMarks marks;
        QSignalSpy commands(&marks, &Container::ShellMarks::commandFinished);
        const QByteArray out
            = marks.filter("before\r\n" + mark(marks.token(), 0, "pip install patagon-hello")
                           + "\x1b[1m$ \x1b[0m");
        QCOMPARE(out, QByteArray("before\r\n\x1b[1m$ \x1b[0m"));
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.at(0).at(0).toString(), QStringLiteral("pip install patagon-hello"));
        QCOMPARE(commands.at(0).at(1).toInt(), 0);
    }

    void aMarkCutAnywhereIsJoined()
    {
        bool cutEverywhere = false;
        for (qsizetype cut = 0; !cutEverywhere; ++cut) {
            Container::ShellMarks marks;
            const QByteArray real = "x" + mark(marks.token(), 2, "false") + "y";
            cutEverywhere = cut == real.size();
            QSignalSpy commands(&marks, &Container::ShellMarks::commandFinished);
            QByteArray shown = marks.filter(real.left(cut)); // (in this order)
            shown += marks.filter(real.mid(cut));
            QVERIFY2(shown == QByteArray("xy"), qPrintable(QString::number(cut)));
            QCOMPARE(commands.size(), 1);
            QCOMPARE(commands.at(0).at(1).toInt(), 2);
            QVERIFY(!marks.hasPending());
        }
    }

    void forgedOrEndlessMarksAreNotCommands()
    {
        Container::ShellMarks marks;
        QSignalSpy commands(&marks, &Container::ShellMarks::commandFinished);
        // A log printing a mark with another token: dropped, never a command.
        QCOMPARE(marks.filter("a" + mark(QStringLiteral("0000"), 0, "pip install evil") + "b"),
                 QByteArray("ab"));
        QCOMPARE(commands.size(), 0);
        // A start without an end, longer than any mark: shown as the text it is.
        QByteArray endless
            = "\x1b]6973;" + QByteArray(Container::ShellMarks::kMaxMarkBytes + 10, 'z');
        const QByteArray shown = marks.filter(endless);
        QCOMPARE(shown, endless);
        QVERIFY(!marks.hasPending());
        // A prefix at the very end is held, and given up when asked.
        QCOMPARE(marks.filter("tail\x1b]69"), QByteArray("tail"));
        QVERIFY(marks.hasPending());
        QCOMPARE(marks.takePending(), QByteArray("\x1b]69"));
    }
};

QTEST_GUILESS_MAIN(TestTypedInstall)
#include "tst_typedinstall.moc"
