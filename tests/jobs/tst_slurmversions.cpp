// The Slurm parsers and client against outputs captured from Slurm 22.05 (Debian 12, the
// old-Slurm sandbox: tests/jobs/data/slurm-22.05/, jobs.txt says which job is which).
// 22.05's squeue --json ignores --me and the state filter, writes raw wait statuses as exit
// codes and unresolved %j patterns as output paths, and scancel says nothing of a job that
// does not exist.
#include "capturedoutput.h"
#include "core/remote/localhost.h"
#include "core/slurm/slurmclient.h"
#include "core/slurm/slurmoutput.h"
#include "core/slurm/slurmversion.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Slurm;

namespace {

const QString kDataDir = QStringLiteral(PATAGON_SOURCE_DIR "/tests/jobs/data/slurm-22.05/");
const QString kHome = QStringLiteral("/var/lib/patagon-oldslurm/home/researcher");

QByteArray data(const QString &name)
{
    return Testing::capturedOutput(name, QStringLiteral("slurm-22.05"));
}

const JobInfo *find(const JobList &jobs, const QString &id)
{
    return Testing::findJob(jobs, id);
}

JobList queue()
{
    const Expected<JobList> jobs = SlurmOutput::parseQueueJson(
        data(QStringLiteral("squeue-me.json")), QDateTime::fromSecsSinceEpoch(1796316200));
    if (!jobs)
        qFatal("squeue-me.json: %s", qPrintable(jobs.errorMessage()));
    return *jobs;
}

QStringList ids(const JobList &jobs)
{
    QStringList out;
    for (const JobInfo &j : jobs)
        out << j.id;
    out.sort();
    return out;
}

} // namespace

class TestSlurmVersions : public QObject
{
    Q_OBJECT

    // The fake squeue and scancel, written once before any command runs: a script written
    // while another thread forks can be held open in the child ("Text file busy" on exec).
    QTemporaryDir m_bin;

private slots:
    void initTestCase()
    {
        QVERIFY(m_bin.isValid());
        fakeSlurm(m_bin.path());
    }

    void queueJson_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("exitSignal");
        QTest::addColumn<QString>("stdOut");
        QTest::addColumn<QString>("stdErr");
        QTest::addColumn<int>("gpus");
        const QString slurm5 = kHome + QStringLiteral("/slurm-5.out");
        const QString compat = kHome + QStringLiteral("/compat-4.out");
        QTest::newRow("running GPU job, Slurm's default output file")
            << "2" << int(JobState::Running) << 0 << 0 << kHome + QStringLiteral("/slurm-2.out")
            << kHome + QStringLiteral("/slurm-2.out") << 1;
        QTest::newRow("-o compat-%j.out and no -e: both resolved, errors in the output file")
            << "4" << int(JobState::Running) << 0 << 0 << compat << compat << 0;
        QTest::newRow("completed: wait status 0")
            << "5" << int(JobState::Completed) << 0 << 0 << slurm5 << slurm5 << 0;
        QTest::newRow("exit 3: wait status 768")
            << "6" << int(JobState::Failed) << 3 << 0 << kHome + QStringLiteral("/slurm-6.out")
            << kHome + QStringLiteral("/slurm-6.out") << 0;
        QTest::newRow("kill -9: wait status 9")
            << "7" << int(JobState::Failed) << 0 << 9 << kHome + QStringLiteral("/slurm-7.out")
            << kHome + QStringLiteral("/slurm-7.out") << 0;
        QTest::newRow("cancelled while running: wait status 15")
            << "3" << int(JobState::Cancelled) << 0 << 15 << kHome + QStringLiteral("/slurm-3.out")
            << kHome + QStringLiteral("/slurm-3.out") << 0;
    }
    void queueJson()
    {
        QFETCH(QString, id);
        const JobList jobs = queue();
        const JobInfo *job = find(jobs, id);
        QVERIFY(job);
        QTEST(int(job->state), "state");
        QTEST(job->exitCode, "exitCode");
        QTEST(job->exitSignal, "exitSignal");
        QTEST(job->standardOutput, "stdOut");
        QTEST(job->standardError, "stdErr");
        QTEST(job->gpus, "gpus");
    }

    // The path squeue's pattern resolves to is the one scontrol reports for the same job.
    void outputPathAsScontrolSaysIt()
    {
        const JobList shown
            = SlurmOutput::parseShowJob(data(QStringLiteral("scontrol-show-job-compat.txt")));
        QCOMPARE(shown.size(), 1);
        const JobInfo *queued = find(queue(), QStringLiteral("4"));
        QVERIFY(queued);
        QCOMPARE(queued->standardOutput, shown.first().standardOutput);
        QCOMPARE(queued->standardError, shown.first().standardError);
    }

    // Finished jobs still in squeue (MinJobAge) have the elapsed time sacct gives them.
    void elapsedOfFinishedJobs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("completed after 4 s") << "5";
        QTest::newRow("cancelled after 4 s") << "3";
        QTest::newRow("failed at once") << "6";
    }
    void elapsedOfFinishedJobs()
    {
        QFETCH(QString, id);
        const Expected<JobList> history
            = SlurmOutput::parseHistory(data(QStringLiteral("sacct.txt")));
        QVERIFY2(history, qPrintable(history.errorMessage()));
        const JobInfo *accounted = find(*history, id);
        const JobInfo *queued = find(queue(), id);
        QVERIFY(accounted && queued);
        QVERIFY(accounted->elapsedSeconds >= 0);
        QCOMPARE(queued->elapsedSeconds, accounted->elapsedSeconds);
    }

    // Exit codes as sacct's text gives them ("3:0", "0:9") agree with the decoded statuses.
    void exitCodesAgreeWithSacct()
    {
        const Expected<JobList> history
            = SlurmOutput::parseHistory(data(QStringLiteral("sacct.txt")));
        QVERIFY(history);
        for (const char *id : {"5", "6", "7"}) {
            const JobInfo *accounted = find(*history, QLatin1String(id));
            const JobInfo *queued = find(queue(), QLatin1String(id));
            QVERIFY(accounted && queued);
            QCOMPARE(queued->exitCode, accounted->exitCode);
            QCOMPARE(queued->exitSignal, accounted->exitSignal);
        }
    }

    // --me, -u or nothing: 22.05 gives every user's jobs, finished ones too.
    void ownQueuedJobs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("expected");
        const QStringList mine = QStringLiteral("2 4 8 9").split(u' ');
        QTest::newRow("--me") << "squeue-me.json" << "researcher" << mine;
        QTest::newRow("-u researcher") << "squeue-user.json" << "researcher" << mine;
        QTest::newRow("no filter") << "squeue-all.json" << "researcher" << mine;
        QTest::newRow("the other user")
            << "squeue-all.json" << "other" << QStringList {QStringLiteral("1")};
    }
    void ownQueuedJobs()
    {
        QFETCH(QString, file);
        QFETCH(QString, user);
        const Expected<JobList> jobs
            = SlurmOutput::parseQueueJson(data(file), QDateTime::currentDateTime());
        QVERIFY(jobs);
        QCOMPARE(jobs->size(), 9); // what 22.05 gave: the filters were ignored
        QTEST(ids(SlurmOutput::ownQueuedJobs(*jobs, user)), "expected");
    }

    // 22.05's scontrol show job prints TRES= where newer ones print AllocTRES/ReqTRES.
    void showJobTres()
    {
        const JobList jobs
            = SlurmOutput::parseShowJob(data(QStringLiteral("scontrol-show-job.txt")));
        QCOMPARE(jobs.size(), 9);
        const JobInfo *gpu = find(jobs, QStringLiteral("2"));
        QVERIFY(gpu);
        QCOMPARE(gpu->gpus, 1);
        QCOMPARE(find(jobs, QStringLiteral("4"))->gpus, 0);
    }

    void submitErrorsAreExplained_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("bad partition") << "sbatch-bad-partition.txt.stderr";
        QTest::newRow("bad GRES") << "sbatch-bad-gres.txt.stderr";
        QTest::newRow("no Pyxis: --container-image unknown") << "sbatch-container.txt.stderr";
        QTest::newRow("DOS line breaks") << "sbatch-dos.txt.stderr";
        QTest::newRow("no #! line") << "sbatch-no-shebang.txt.stderr";
    }
    void submitErrorsAreExplained()
    {
        QFETCH(QString, file);
        QVERIFY(!SlurmOutput::explainSubmitError(QString::fromUtf8(data(file))).isEmpty());
    }

    // The client, on a host whose squeue and scancel print what 22.05 printed.
    void clientFiltersTheQueue()
    {
        LocalHost host;
        SlurmClient client(&host);
        bool answered = false;
        Expected<JobList> result = JobList();
        client.queue(this, [&](const Expected<JobList> &jobs) {
            result = jobs;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QCOMPARE(ids(*result), QStringLiteral("2 4 8 9").split(u' '));
        QCOMPARE(client.queueFormat(), SlurmClient::QueueFormat::Json);
    }

    // sinfo --version as the versions print it, and what the client then chooses.
    void versionChoices_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("queueJson");
        QTest::addColumn<bool>("historyPaths");
        QTest::newRow("22.05, Debian 12 (captured)")
            << data(QStringLiteral("sinfo-version.txt")) << "22.05.8" << true << false;
        QTest::newRow("24.11, upstream build")
            << QByteArray("slurm 24.11.1\n") << "24.11.1" << true << true;
        QTest::newRow("23.02, the first sacct with StdOut")
            << QByteArray("slurm 23.02.7-1\n") << "23.02.7" << true << true;
        QTest::newRow("21.08, the first squeue --json")
            << QByteArray("slurm 21.08.8-2") << "21.08.8" << true << false;
        QTest::newRow("20.11: text format")
            << QByteArray("slurm 20.11.9") << "20.11.9" << false << false;
        QTest::newRow("25.05 without a patch level")
            << QByteArray("slurm 25.05") << "25.05.0" << true << true;
        QTest::newRow("no version: unknown, newest behaviour")
            << QByteArray("sh: 1: sinfo: not found") << QString() << true << true;
        QTest::newRow("empty") << QByteArray() << QString() << true << true;
    }
    void versionChoices()
    {
        QFETCH(QByteArray, output);
        const SlurmVersion v = SlurmVersion::parse(output);
        QTEST(v.toString(), "version");
        QCOMPARE(v.isValid(), !v.toString().isEmpty());
        QTEST(v.hasQueueJson(), "queueJson");
        QTEST(v.hasHistoryOutputPaths(), "historyPaths");
    }

    // The version is read once for the host, however many clients ask and however often.
    void clientReadsTheVersionOnce()
    {
        const QDir bin(m_bin.path());
        QFile::remove(bin.filePath(QStringLiteral("sinfo.ran")));
        LocalHost host;
        SlurmClient first(&host);
        SlurmClient second(&host);
        int answered = 0;
        for (SlurmClient *client : {&first, &second, &first, &second}) {
            client->queue(this, [&](const Expected<JobList> &jobs) {
                QVERIFY2(jobs, qPrintable(jobs.errorMessage()));
                ++answered;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 4, 20000);
        QCOMPARE(first.version().toString(), QStringLiteral("22.05.8"));
        QCOMPARE(second.version(), first.version());
        first.queue(this, [&](const Expected<JobList> &) { ++answered; });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 20000);
        QFile ran(bin.filePath(QStringLiteral("sinfo.ran")));
        QVERIFY(ran.open(QIODevice::ReadOnly));
        QCOMPARE(ran.readAll(), QByteArray("--version\n"));
    }

    // On 22.05 sacct is asked without StdOut at once, not refused first on every history.
    void clientHistoryWithoutPathsOn2205()
    {
        const QDir bin(m_bin.path());
        QFile::remove(bin.filePath(QStringLiteral("sacct.ran")));
        LocalHost host;
        SlurmClient client(&host);
        bool answered = false;
        Expected<JobList> result = JobList();
        client.history(QDateTime::currentDateTime().addDays(-1), {}, this,
                       [&](const Expected<JobList> &jobs) {
                           result = jobs;
                           answered = true;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QVERIFY(find(*result, QStringLiteral("5")));
        QFile ran(bin.filePath(QStringLiteral("sacct.ran")));
        QVERIFY(ran.open(QIODevice::ReadOnly));
        const QList<QByteArray> runs = ran.readAll().trimmed().split('\n');
        QCOMPARE(runs.size(), 1);
        QVERIFY(!runs.first().contains("StdOut"));
    }

    void clientCancelOfAnUnknownJob()
    {
        const QDir bin(m_bin.path());
        QFile::remove(bin.filePath(QStringLiteral("scancel.ran")));
        LocalHost host;
        SlurmClient client(&host);
        bool answered = false;
        Result result = Result::ok();
        client.cancel({QStringLiteral("999999")}, this, [&](const Result &r) {
            result = r;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY(!result);
        QCOMPARE(result.code(), ErrorCode::NotFound);
        QVERIFY(!QFile::exists(bin.filePath(QStringLiteral("scancel.ran"))));

        answered = false;
        client.cancel({QStringLiteral("999999"), QStringLiteral("5")}, this, [&](const Result &r) {
            result = r;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY2(result, qPrintable(result.message()));
        QVERIFY(QFile::exists(bin.filePath(QStringLiteral("scancel.ran"))));
    }

private:
    // squeue and scancel in `dir`, first on PATH, printing the captured outputs; the user is
    // the researcher.
    void fakeSlurm(const QString &dir)
    {
        const QByteArray d = kDataDir.toUtf8();
        const QByteArray squeue = "#!/bin/sh\n"
                                  "case \"$*\" in\n"
                                  "*--json*) cat '"
            + d
            + "squeue-me.json' ;;\n"
              "*--jobs=999999,5*) cat '"
            + d
            + "squeue-known-some.txt' ;;\n"
              "*--jobs=999999*) cat '"
            + d
            + "squeue-known-missing.txt.stderr' >&2; exit 1 ;;\n"
              "*) echo \"unexpected squeue $*\" >&2; exit 2 ;;\n"
              "esac\n";
        const QByteArray scancel = "#!/bin/sh\ntouch '" + dir.toUtf8() + "/scancel.ran'\n";
        // Each run of sinfo and sacct leaves a line (sacct: its arguments) in NAME.ran.
        const QByteArray sinfo = "#!/bin/sh\necho \"$*\" >>'" + dir.toUtf8()
            + "/sinfo.ran'\n"
              "[ \"$*\" = --version ] && exec cat '"
            + d + "sinfo-version.txt'\nexit 2\n";
        const QByteArray sacct = "#!/bin/sh\necho \"$*\" >>'" + dir.toUtf8()
            + "/sacct.ran'\n"
              "case \"$*\" in\n"
              "*StdOut*) cat '"
            + d
            + "sacct-paths.txt.stderr' >&2; exit 1 ;;\n"
              "*) cat '"
            + d + "sacct.txt' ;;\nesac\n";
        for (const auto &[name, text] : {std::pair {"squeue", squeue},
                                         {"scancel", scancel},
                                         {"sinfo", sinfo},
                                         {"sacct", sacct}}) {
            QFile f(dir + u'/' + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
            f.close();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        qputenv("PATH", QByteArray(dir.toUtf8() + ':' + qgetenv("PATH")));
        qputenv("USER", "researcher");
    }
};

QTEST_GUILESS_MAIN(TestSlurmVersions)
#include "tst_slurmversions.moc"
