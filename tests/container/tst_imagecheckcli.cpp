// `patagon-studio image check`: text and JSON output, exit statuses, bad arguments.
#include "../sandbox/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestImageCheckCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    using Run = Patagon::Testing::CliRun;
    Run run(const QStringList &args)
    {
        return Patagon::Testing::runCli(m_home, QStringList {QStringLiteral("image")} + args);
    }

private slots:
    void json_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("firstSeverity");

        QTest::newRow("old enroot rewrites docker style")
            << QStringList {QStringLiteral("check"),
                            QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3"),
                            QStringLiteral("--enroot-version"), QStringLiteral("3.4.1"),
                            QStringLiteral("--json")}
            << 0 << true << QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3")
            << QStringLiteral("nvcr.io") << QStringLiteral("nvidia/pytorch")
            << QStringLiteral("24.05-py3") << QStringLiteral("warning");
        QTest::newRow("new enroot, equals form")
            << QStringList {QStringLiteral("check"), QStringLiteral("--enroot-version=4.1.0"),
                            QStringLiteral("--json"), QStringLiteral("python")}
            << 0 << true << QStringLiteral("registry-1.docker.io#library/python:latest")
            << QStringLiteral("registry-1.docker.io") << QStringLiteral("library/python")
            << QStringLiteral("latest") << QString();
        QTest::newRow("invalid") << QStringList {QStringLiteral("check"), QStringLiteral("Bad Ref"),
                                                 QStringLiteral("--json")}
                                 << 1 << false << QString() << QString() << QString() << QString()
                                 << QStringLiteral("error");
    }

    void json()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QFETCH(QString, registry);
        QFETCH(QString, image);
        QFETCH(QString, tag);
        QFETCH(QString, firstSeverity);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QLatin1String("valid")).toBool(), valid);
        QCOMPARE(o.value(QLatin1String("normalized")).toString(), normalized);
        QCOMPARE(o.value(QLatin1String("registry")).toString(), registry);
        QCOMPARE(o.value(QLatin1String("image")).toString(), image);
        QCOMPARE(o.value(QLatin1String("tag")).toString(), tag);
        QVERIFY(o.value(QLatin1String("digest")).isNull());
        const QJsonArray problems = o.value(QLatin1String("problems")).toArray();
        QCOMPARE(problems.isEmpty(), firstSeverity.isEmpty());
        if (!problems.isEmpty()) {
            const QJsonObject p = problems.first().toObject();
            QCOMPARE(p.value(QLatin1String("severity")).toString(), firstSeverity);
            QVERIFY(!p.value(QLatin1String("message")).toString().isEmpty());
        }
    }

    void text()
    {
        const Run r
            = run({QStringLiteral("check"), QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3"),
                   QStringLiteral("--enroot-version"), QStringLiteral("3.4.1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Normalized:  nvcr.io#nvidia/pytorch:24.05-py3")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Registry:    nvcr.io")));
        QVERIFY(r.out.contains(QLatin1String("Image:       nvidia/pytorch")));
        QVERIFY(r.out.contains(QLatin1String("Tag:         24.05-py3")));
        QVERIFY(r.out.contains(QLatin1String("warning: ")));
        QVERIFY(r.out.contains(QLatin1String("401 Unauthorized")));
    }

    void digestInJson()
    {
        const QString digest = QStringLiteral("sha256:") + QString(64, u'b');
        const Run r = run({QStringLiteral("check"), QStringLiteral("python@") + digest,
                           QStringLiteral("--enroot-version"), QStringLiteral("4.1.0"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("digest")).toString(), digest);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList {};
        QTest::newRow("unknown subcommand")
            << QStringList {QStringLiteral("pull"), QStringLiteral("x")};
        QTest::newRow("no reference") << QStringList {QStringLiteral("check")};
        QTest::newRow("bad version")
            << QStringList {QStringLiteral("check"), QStringLiteral("python"),
                            QStringLiteral("--enroot-version"), QStringLiteral("three")};
        QTest::newRow("unknown option") << QStringList {
            QStringLiteral("check"), QStringLiteral("python"), QStringLiteral("--yaml")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImageCheckCli)
#include "tst_imagecheckcli.moc"
