// `patagon-studio script check --profile NAME` against the sandbox: the cluster's facts are
// fetched over SSH and cached for the profile, and the cluster problems come out in the JSON.
#include "../sandbox/sandboxenv.h"
#include "core/profiles/profilestore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;

class TestScriptCliSandbox : public QObject
{
    Q_OBJECT

    Testing::SandboxEnv m_env;
    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("XDG_DATA_HOME"),
                   m_home.filePath(QStringLiteral(".local/share")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("SSH_AUTH_SOCK"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PATAGON_STUDIO_BINARY), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(240000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QStringList cachedFiles() const
    {
        QStringList files;
        QDirIterator it(m_home.filePath(QStringLiteral(".cache")), {QStringLiteral("*.json")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.load(), "the sandbox is not running: scripts/dev sandbox start");
        ConnectionProfile p;
        p.name = QStringLiteral("scriptcli");
        p.host = m_env.host();
        p.port = m_env.port().toInt();
        p.user = m_env.user();
        p.identityFile = m_env.key();
        p.knownHostsFile = m_env.knownHosts();
        QVERIFY(ProfileStore::writeDropIn(
            m_home.filePath(QStringLiteral(".config/patagon-studio/profiles/scriptcli.ini")), p));
    }

    void checkAgainstTheCluster()
    {
        const QString path = m_home.filePath(QStringLiteral("job.slurm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/bash\n#SBATCH -p gpu\n#SBATCH --gres=gpu:V100:1\n#SBATCH -t 3-0\necho\n");
        f.close();
        const QStringList args
            = {QStringLiteral("script"), QStringLiteral("check"),     path,
               QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("scriptcli")};
        // Without the profile it is a correct script.
        QCOMPARE(run(args.mid(0, 4)).exitCode, 0);

        for (const bool refresh : {false, false, true}) {
            const Run r = run(refresh ? args + QStringList {QStringLiteral("--refresh")} : args);
            QCOMPARE(r.exitCode, 1);
            const QJsonArray problems = QJsonDocument::fromJson(r.out)
                                            .object()
                                            .value(QStringLiteral("problems"))
                                            .toArray();
            QStringList messages;
            for (const QJsonValue &p : problems)
                messages.append(p.toObject().value(QStringLiteral("message")).toString());
            QCOMPARE(messages,
                     (QStringList {QStringLiteral("--gres=gpu:V100:1: this cluster has gpu:A100."),
                                   QStringLiteral("Partition gpu allows at most 2-00:00:00.")}));
            // Fetched once and cached for the profile.
            QCOMPARE(cachedFiles().size(), 1);
            QVERIFY(cachedFiles().first().endsWith(QLatin1String("/scriptcli.json")));
        }
    }
};

QTEST_GUILESS_MAIN(TestScriptCliSandbox)
#include "tst_scriptclisandbox.moc"
