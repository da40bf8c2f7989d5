// `patagon-studio script check --profile NAME` against the sandbox: the cluster's facts are
// fetched over SSH and cached for the profile, and the cluster problems come out in the JSON.
#include "../sandbox/clirun.h"
#include "../sandbox/sandboxenv.h"
#include "core/profiles/profilestore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;

class TestScriptCliSandbox : public QObject
{
    Q_OBJECT

    Testing::SandboxEnv m_env;
    QTemporaryDir m_home;

    using Run = Testing::CliRun;
    Run run(const QStringList &args) { return Testing::runCli(m_home, args); }

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
        QVERIFY2(m_env.load(), qPrintable(Testing::SandboxEnv::notRunningMessage()));
        QVERIFY(ProfileStore::writeDropIn(
            m_home.filePath(QStringLiteral(".config/patagon-studio/profiles/scriptcli.ini")),
            m_env.profile(QStringLiteral("scriptcli"), m_home.path())));
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
            const QJsonArray problems = QJsonDocument::fromJson(r.out.toUtf8())
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
