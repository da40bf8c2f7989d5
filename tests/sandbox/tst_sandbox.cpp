// The sandbox cluster answers like a real one, through its real OpenSSH server: sinfo, sbatch
// with a GPU request, the job's .out file, srun -n 2 inside a batch job, sacct, and the three
// ways to log in (key, password, password + one-time code).
#include "sandboxenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Patagon::Testing::SandboxEnv;

class TestSandbox : public QObject
{
    Q_OBJECT

    SandboxEnv m_env;
    QTemporaryDir m_tmp;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QStringList sshOptions(const QString &port) const
    {
        return {QStringLiteral("-p"), port,
                QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + m_env.knownHosts(),
                QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                QStringLiteral("-o"), QStringLiteral("ConnectTimeout=20"),
                QStringLiteral("-F"), QStringLiteral("/dev/null")};
    }

    Run runProcess(const QString &program, const QStringList &args, const QByteArray &input = {},
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(180000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // ssh with the client key; the remote command is one string for the remote shell.
    Run ssh(const QString &command, const QByteArray &input = {})
    {
        QStringList args = sshOptions(m_env.port());
        args << QStringLiteral("-i") << m_env.key() << QStringLiteral("-o")
             << QStringLiteral("BatchMode=yes") << m_env.user() + QStringLiteral("@") + m_env.host()
             << command;
        return runProcess(QStringLiteral("ssh"), args, input);
    }

    QString submit(const QByteArray &script, const QString &options)
    {
        const Run r = ssh(QStringLiteral("sbatch --parsable ") + options, script);
        if (r.exitCode != 0) {
            qWarning("sbatch failed: %s", r.err.constData());
            return {};
        }
        return QString::fromUtf8(r.out).trimmed().section(QLatin1Char(';'), 0, 0);
    }

    bool waitUntilGone(const QString &jobId)
    {
        for (int i = 0; i < 240; ++i) {
            const Run r = ssh(QStringLiteral("squeue -h -j ") + jobId + QStringLiteral(" -o %T"));
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
        QVERIFY(m_tmp.isValid());
    }

    void sinfoListsBothPartitions()
    {
        const Run r = ssh(QStringLiteral("sinfo -h -o '%P %a %G'"));
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
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
        QVERIFY(waitUntilGone(id));
        const Run out = ssh(QStringLiteral("cat gpujob-") + id + QStringLiteral(".out"));
        QCOMPARE(out.exitCode, 0);
        QCOMPARE(QString::fromUtf8(out.out).trimmed(), QStringLiteral("job %1 gpus=0").arg(id));
    }

    void srunWithTwoTasksInsideABatchJob()
    {
        const QString id = submit(
            "#!/bin/bash\nsrun -n 2 bash -c 'echo task $SLURM_PROCID of $SLURM_NTASKS' | sort\n",
            QStringLiteral("-n 2 -J twotasks -o twotasks-%j.out"));
        QVERIFY(!id.isEmpty());
        QVERIFY(waitUntilGone(id));
        const Run out = ssh(QStringLiteral("cat twotasks-") + id + QStringLiteral(".out"));
        QCOMPARE(QString::fromUtf8(out.out), QStringLiteral("task 0 of 2\ntask 1 of 2\n"));
    }

    void sacctShowsTheFinishedJob()
    {
        const QString id
            = submit("#!/bin/bash\nexit 3\n", QStringLiteral("-J failing -o /dev/null"));
        QVERIFY(!id.isEmpty());
        QVERIFY(waitUntilGone(id));
        QString line;
        // Accounting reaches slurmdbd asynchronously: poll for the record.
        for (int i = 0; i < 60 && !line.contains(QLatin1String("FAILED")); ++i) {
            const Run r = ssh(QStringLiteral("sacct -n -P -X -j ") + id
                              + QStringLiteral(" -o JobID,JobName,State,ExitCode"));
            line = QString::fromUtf8(r.out).trimmed();
            if (!line.contains(QLatin1String("FAILED")))
                QTest::qWait(500);
        }
        QCOMPARE(line, QStringLiteral("%1|failing|FAILED|3:0").arg(id));
    }

    void loginWithPassword()
    {
        const Run r = loginWithAskpass(m_env.port(), QStringLiteral("password"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), m_env.user().toUtf8());
    }

    void loginWithPasswordAndOneTimeCode()
    {
        const Run r = loginWithAskpass(m_env.otpPort(), QStringLiteral("keyboard-interactive"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), m_env.user().toUtf8());
    }

    void oneTimeCodeIsRequired()
    {
        // The OTP port refuses the key and a password-only answer.
        QStringList args = sshOptions(m_env.otpPort());
        args << QStringLiteral("-i") << m_env.key() << QStringLiteral("-o")
             << QStringLiteral("BatchMode=yes") << m_env.user() + QStringLiteral("@") + m_env.host()
             << QStringLiteral("true");
        const Run r = runProcess(QStringLiteral("ssh"), args);
        QCOMPARE(r.exitCode, 255);
        QVERIFY(r.err.contains("Permission denied"));
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
        QStringList args = sshOptions(port);
        args << QStringLiteral("-o") << QStringLiteral("PreferredAuthentications=") + method
             << QStringLiteral("-o") << QStringLiteral("PubkeyAuthentication=no")
             << QStringLiteral("-o") << QStringLiteral("NumberOfPasswordPrompts=1")
             << m_env.user() + QStringLiteral("@") + m_env.host() << QStringLiteral("whoami");
        return runProcess(QStringLiteral("setsid"),
                          QStringList {QStringLiteral("-w"), QStringLiteral("ssh")} + args, {},
                          env);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
