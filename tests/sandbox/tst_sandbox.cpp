// The sandbox cluster answers like a real one, through its real OpenSSH server: sinfo, sbatch
// with a GPU request, the job's .out file, srun -n 2 inside a batch job, sacct, and the three
// ways to log in (key, password, password + one-time code).
#include "opensshclient.h"
#include "sandboxenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using Patagon::Testing::SandboxEnv;

class TestSandbox : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;
    Testing::OpenSshClient m_ssh {m_env};

    using Run = Testing::CliRun;
    Run ssh(const QString &command, const QByteArray &input = {})
    {
        return m_ssh.run(command.toUtf8(), input);
    }

    QString submit(const QByteArray &script, const QString &options)
    {
        const Run r = ssh(QStringLiteral("sbatch --parsable ") + options, script);
        if (r.exitCode != 0) {
            qWarning("sbatch failed: %s", qPrintable(r.err));
            return {};
        }
        return r.out.trimmed().section(QLatin1Char(';'), 0, 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.load(),
                 "sandbox.env not found: start the sandbox (scripts/dev sandbox start)");
        QVERIFY(m_tmp.isValid());
    }

    void sinfoListsBothPartitions()
    {
        const Run r = ssh(QStringLiteral("sinfo -h -o '%P %a %G'"));
        QCOMPARE(r.exitCode, 0);
        const QString out = r.out;
        QVERIFY2(out.contains(QLatin1String("cpu* up")), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("gpu up gpu:A100:1"))),
                 qPrintable(out));
    }

    void gpuJobRunsAndWritesItsOutput()
    {
        const QString id
            = submit("#!/bin/bash\necho \"job $SLURM_JOB_ID gpus=$CUDA_VISIBLE_DEVICES\"\n",
                     QStringLiteral("-p gpu --gres=gpu:A100:1 -J gpujob -o gpujob-%j.out"));
        QVERIFY(!id.isEmpty());
        QVERIFY(m_ssh.waitUntilGone(id));
        const Run out = ssh(QStringLiteral("cat gpujob-") + id + QStringLiteral(".out"));
        QCOMPARE(out.exitCode, 0);
        QCOMPARE(out.out.trimmed(), QStringLiteral("job %1 gpus=0").arg(id));
    }

    void srunWithTwoTasksInsideABatchJob()
    {
        const QString id = submit(
            "#!/bin/bash\nsrun -n 2 bash -c 'echo task $SLURM_PROCID of $SLURM_NTASKS' | sort\n",
            QStringLiteral("-n 2 -J twotasks -o twotasks-%j.out"));
        QVERIFY(!id.isEmpty());
        QVERIFY(m_ssh.waitUntilGone(id));
        const Run out = ssh(QStringLiteral("cat twotasks-") + id + QStringLiteral(".out"));
        QCOMPARE(out.out, QStringLiteral("task 0 of 2\ntask 1 of 2\n"));
    }

    void sacctShowsTheFinishedJob()
    {
        const QString id
            = submit("#!/bin/bash\nexit 3\n", QStringLiteral("-J failing -o /dev/null"));
        QVERIFY(!id.isEmpty());
        QVERIFY(m_ssh.waitUntilGone(id));
        QString line;
        // Accounting reaches slurmdbd asynchronously: poll for the record.
        for (int i = 0; i < 60 && !line.contains(QLatin1String("FAILED")); ++i) {
            const Run r = ssh(QStringLiteral("sacct -n -P -X -j ") + id
                              + QStringLiteral(" -o JobID,JobName,State,ExitCode"));
            line = r.out.trimmed();
            if (!line.contains(QLatin1String("FAILED")))
                QTest::qWait(500);
        }
        QCOMPARE(line, QStringLiteral("%1|failing|FAILED|3:0").arg(id));
    }

    void loginWithPassword()
    {
        const Run r = loginWithAskpass(m_env.port(), QStringLiteral("password"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), m_env.user());
    }

    void loginWithPasswordAndOneTimeCode()
    {
        const Run r = loginWithAskpass(m_env.otpPort(), QStringLiteral("keyboard-interactive"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), m_env.user());
    }

    void oneTimeCodeIsRequired()
    {
        // The OTP port refuses the key and a password-only answer.
        const Run r = m_ssh.run("true", {}, m_env.otpPort());
        QCOMPARE(r.exitCode, 255);
        QVERIFY(r.err.contains(QLatin1String("Permission denied")));
    }

private:
    // OpenSSH asks SSH_ASKPASS for each prompt: a script answers the password, and a fresh
    // TOTP code (tests/sandbox/otp-code.sh) for the one-time-password prompt.
    Run loginWithAskpass(const QString &port, const QString &method)
    {
        const QString askpass = m_tmp.filePath(QStringLiteral("askpass.sh"));
        QFile f(askpass);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("#!/bin/sh\ncase \"$1\" in\n"
                "  *[Oo]ne-time*|*OTP*|*OATH*) exec \"$SANDBOX_OTP_SCRIPT\" ;;\n"
                "  *) printf '%s\\n' \"$SANDBOX_PASSWORD\" ;;\nesac\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_ASKPASS"), askpass);
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":none"));
        env.insert(QStringLiteral("SANDBOX_PASSWORD"), m_env.password());
        env.insert(QStringLiteral("SANDBOX_OTP_SCRIPT"), SandboxEnv::oneTimeCodeScript());
        QStringList args = m_ssh.options(port);
        args << QStringLiteral("-o") << QStringLiteral("PreferredAuthentications=") + method
             << QStringLiteral("-o") << QStringLiteral("PubkeyAuthentication=no")
             << QStringLiteral("-o") << QStringLiteral("NumberOfPasswordPrompts=1")
             << m_ssh.destination() << QStringLiteral("whoami");
        return Testing::runProcess(QStringLiteral("setsid"),
                                   QStringList {QStringLiteral("-w"), QStringLiteral("ssh")} + args,
                                   {}, env);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
