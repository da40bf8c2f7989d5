// `patagon-studio demo` runs a job on the sandbox through the app's own core (libssh) and
// reports every step: connection, partitions, submission, states, output, accounting.
#include "sandboxenv.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void demoRunsAJobEndToEnd()
    {
        Patagon::Testing::SandboxEnv env;
        QVERIFY2(env.load(),
                 "sandbox.env not found: start the sandbox (scripts/dev sandbox start)");
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(PATAGON_STUDIO_BINARY),
                {QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("sandbox")});
        QVERIFY(p.waitForFinished(300000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(out.contains(QLatin1String("Host key ssh-ed25519 ")
                              + env.value("SANDBOX_HOST_KEY_SHA256")),
                 qPrintable(out));
        const QRegularExpression submitted(QStringLiteral("Submitted batch job (\\d+)\\."));
        const QRegularExpressionMatch m = submitted.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        const QString id = m.captured(1);
        QVERIFY(out.contains(QStringLiteral("Hello from job %1 on ").arg(id)));
        QVERIFY(out.contains(QLatin1String("A job step ran too.")));
        QVERIFY2(out.contains(QRegularExpression(
                     QStringLiteral("^%1\\|patagon-demo\\|COMPLETED\\|0:0\\|").arg(id),
                     QRegularExpression::MultilineOption)),
                 qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
