// The container wizard's PyTorch check, read without a container: the version and CUDA from
// the answer line wherever banners and warnings put it, a missing torch module, a stopped
// check, and a run that failed or printed no answer.
#include "core/container/pytorchcheck.h"

#include <QTest>

using namespace Patagon;
using namespace Patagon::Container;

Q_DECLARE_METATYPE(Patagon::Container::PyTorchCheck::Outcome)

class TestPyTorchCheck : public QObject
{
    Q_OBJECT

private slots:
    void commandImportsTorch()
    {
        const QStringList argv = PyTorchCheck::command();
        QCOMPARE(argv.value(0), QStringLiteral("python3"));
        QCOMPARE(argv.value(1), QStringLiteral("-c"));
        QVERIFY(argv.value(2).contains(QStringLiteral("import torch")));
        QVERIFY(argv.value(2).contains(QStringLiteral("torch.cuda.is_available()")));
    }

    void read_data()
    {
        using O = PyTorchCheck::Outcome;
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("code"); // ErrorCode of how it ended; None: exit status 0
        QTest::addColumn<PyTorchCheck::Outcome>("outcome");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("cuda");

        const int ok = int(ErrorCode::None);
        const int remote = int(ErrorCode::Remote);
        QTest::newRow("CUDA build on a GPU node")
            << QByteArray("2.6.0+cu124 True\n") << ok << O::Found << QStringLiteral("2.6.0+cu124")
            << true;
        QTest::newRow("CPU-only") << QByteArray("2.6.0 False\n") << ok << O::Found
                                  << QStringLiteral("2.6.0") << false;
        QTest::newRow("no final newline, extra spaces")
            << QByteArray("  2.3.1   True") << ok << O::Found << QStringLiteral("2.3.1") << true;
        QTest::newRow("login banner before the answer")
            << QByteArray("Welcome to Patagon\nModules loaded: cuda/12\n2.1.0 False\n") << ok
            << O::Found << QStringLiteral("2.1.0") << false;
        QTest::newRow("warning after the answer")
            << QByteArray("2.6.0 True\n/usr/lib/python3/torch/cuda/__init__.py:1: UserWarning: "
                          "old driver\n")
            << ok << O::Found << QStringLiteral("2.6.0") << true;
        QTest::newRow("no torch (quoted)")
            << QByteArray("Traceback (most recent call last):\n  File \"<string>\", line 1\n"
                          "ModuleNotFoundError: No module named 'torch'\n")
            << remote << O::NoTorch << QString() << false;
        QTest::newRow("no torch (python 2 wording)")
            << QByteArray("ImportError: No module named torch\n") << remote << O::NoTorch
            << QString() << false;
        QTest::newRow("stopped") << QByteArray() << int(ErrorCode::Cancelled) << O::Cancelled
                                 << QString() << false;
        QTest::newRow("no python3") << QByteArray("sh: 1: python3: not found\n") << remote
                                    << O::Failed << QString() << false;
        QTest::newRow("succeeded without an answer")
            << QByteArray("something else\n") << ok << O::Failed << QString() << false;
        QTest::newRow("empty output") << QByteArray() << ok << O::Failed << QString() << false;
    }

    void read()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, code);
        QFETCH(PyTorchCheck::Outcome, outcome);
        QFETCH(QString, version);
        QFETCH(bool, cuda);
        const Result ended = code == int(ErrorCode::None)
            ? Result::ok()
            : Result::error(ErrorCode(code), QStringLiteral("python3 exited with status 1."));
        const PyTorchCheck check = PyTorchCheck::read(output, ended);
        QCOMPARE(check.outcome, outcome);
        QCOMPARE(check.version, version);
        QCOMPARE(check.cuda, cuda);
        // A failure always says why.
        QCOMPARE(check.message.isEmpty(), outcome != PyTorchCheck::Outcome::Failed);
    }
};

QTEST_GUILESS_MAIN(TestPyTorchCheck)
#include "tst_pytorchcheck.moc"
