// The Slurm parsers and client against outputs captured from other Slurm versions than the
// main sandbox's 24.11: 22.05 (Debian 12, the old-Slurm sandbox) and 26.05 (Debian unstable,
// the same sandbox on a sid root), in tests/jobs/data/slurm-VERSION/ (jobs.txt says which job
// is which). 22.05's squeue --json ignores --me and the state filter, writes raw wait statuses
// as exit codes and unresolved %j patterns as output paths, and scancel says nothing of a job
// that does not exist. 26.05's writes the patterns again, beside the resolved paths.
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

struct Capture
{
    QString version; // "22.05": the folder is slurm-22.05
    QString home; // the researcher's home on that sandbox
    bool queueListsFinished; // squeue --json lists finished jobs (MinJobAge) and every user's
};

const Capture kCaptures[] = {
    {QStringLiteral("22.05"), QStringLiteral("/var/lib/patagon-oldslurm/home/researcher"), true},
    {QStringLiteral("26.05"), QStringLiteral("/var/lib/patagon-sidslurm/home/researcher"), false},
};

const Capture &capture(const QString &version)
{
    for (const Capture &c : kCaptures) {
        if (c.version == version)
            return c;
    }
    qFatal("no capture of Slurm %s", qPrintable(version));
}

QByteArray data(const QString &name, const QString &version = QStringLiteral("22.05"))
{
    return Testing::capturedOutput(name, QStringLiteral("slurm-") + version);
}

const JobInfo *find(const JobList &jobs, const QString &id)
{
    return Testing::findJob(jobs, id);
}

QString jobId(const QString &version, const QString &name)
{
    return Testing::capturedJobId(name, QStringLiteral("slurm-") + version);
}

QStringList jobIds(const QString &version, const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out << jobId(version, name);
    out.sort();
    return out;
}

JobList queue(const QString &version = QStringLiteral("22.05"))
{
    const Expected<JobList> jobs = SlurmOutput::parseQueueJson(
        data(QStringLiteral("squeue-me.json"), version), QDateTime::fromSecsSinceEpoch(1796316200));
    if (!jobs)
        qFatal("squeue-me.json: %s", qPrintable(jobs.errorMessage()));
    return *jobs;
}

JobList history(const QString &version)
{
    const Expected<JobList> jobs
        = SlurmOutput::parseHistory(data(QStringLiteral("sacct.txt"), version));
    if (!jobs)
        qFatal("sacct.txt: %s", qPrintable(jobs.errorMessage()));
    return *jobs;
}

// One row per captured version.
void versionRows()
{
    QTest::addColumn<QString>("version");
    for (const Capture &c : kCaptures)
        QTest::newRow(qPrintable(c.version)) << c.version;
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

    // Every job squeue --json --me listed, as the app reads it.
    void queueJson_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("exitSignal");
        QTest::addColumn<QString>("stdOut"); // in the home folder; %j is the job's id
        QTest::addColumn<int>("gpus");
        for (const Capture &c : kCaptures) {
            const QByteArray v = c.version.toUtf8();
            QTest::addRow("%s: running GPU job, Slurm's default output file", v.constData())
                << c.version << "running" << int(JobState::Running) << 0 << 0 << "slurm-%j.out"
                << 1;
            QTest::addRow("%s: -o compat-%%j.out and no -e: errors in the output file",
                          v.constData())
                << c.version << "compat-hello" << int(JobState::Running) << 0 << 0
                << "compat-%j.out" << 0;
            QTest::addRow("%s: pending", v.constData())
                << c.version << "pending" << int(JobState::Pending) << 0 << 0 << "slurm-%j.out"
                << 0;
            if (!c.queueListsFinished)
                continue;
            QTest::addRow("%s: completed: wait status 0", v.constData())
                << c.version << "completed" << int(JobState::Completed) << 0 << 0 << "slurm-%j.out"
                << 0;
            QTest::addRow("%s: exit 3: wait status 768", v.constData())
                << c.version << "failed" << int(JobState::Failed) << 3 << 0 << "slurm-%j.out" << 0;
            QTest::addRow("%s: kill -9: wait status 9", v.constData())
                << c.version << "killed" << int(JobState::Failed) << 0 << 9 << "slurm-%j.out" << 0;
            QTest::addRow("%s: cancelled while running: wait status 15", v.constData())
                << c.version << "cancelled" << int(JobState::Cancelled) << 0 << 15 << "slurm-%j.out"
                << 0;
        }
    }
    void queueJson()
    {
        QFETCH(QString, version);
        QFETCH(QString, name);
        QFETCH(QString, stdOut);
        const QString id = jobId(version, name);
        const JobList jobs = queue(version);
        const JobInfo *job = find(jobs, id);
        QVERIFY(job);
        QCOMPARE(job->name, name);
        QTEST(int(job->state), "state");
        QTEST(job->exitCode, "exitCode");
        QTEST(job->exitSignal, "exitSignal");
        const QString path
            = capture(version).home + u'/' + QString(stdOut).replace(QLatin1String("%j"), id);
        QCOMPARE(job->standardOutput, path);
        QCOMPARE(job->standardError, path);
        QTEST(job->gpus, "gpus");
    }

    void pendingReasons_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        for (const Capture &c : kCaptures) {
            const QByteArray v = c.version.toUtf8();
            QTest::addRow("%s: -c 4 on a node of 4 busy CPUs", v.constData())
                << c.version << "pending" << "Resources";
            QTest::addRow("%s: --begin=now+1hour", v.constData())
                << c.version << "later" << "BeginTime";
        }
    }
    void pendingReasons()
    {
        QFETCH(QString, version);
        QFETCH(QString, name);
        const JobList queued = queue(version);
        const JobInfo *job = find(queued, jobId(version, name));
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Pending);
        QTEST(job->reason, "reason");
        QCOMPARE(job->elapsedSeconds, qint64(0));
        QVERIFY(job->nodes.isEmpty());
    }

    // The path squeue's pattern resolves to is the one scontrol reports for the same job.
    void outputPathAsScontrolSaysIt_data() { versionRows(); }
    void outputPathAsScontrolSaysIt()
    {
        QFETCH(QString, version);
        const JobList shown = SlurmOutput::parseShowJob(
            data(QStringLiteral("scontrol-show-job-compat.txt"), version));
        QCOMPARE(shown.size(), 1);
        const JobList jobs = queue(version);
        const JobInfo *queued = find(jobs, jobId(version, QStringLiteral("compat-hello")));
        QVERIFY(queued);
        QCOMPARE(queued->standardOutput, shown.first().standardOutput);
        QCOMPARE(queued->standardError, shown.first().standardError);
    }

    // Finished jobs have the elapsed time sacct gives them: in scontrol, and in squeue while it
    // still lists them (22.05, MinJobAge).
    void elapsedOfFinishedJobs_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("name");
        for (const Capture &c : kCaptures) {
            const QByteArray v = c.version.toUtf8();
            QTest::addRow("%s: completed after 4 s", v.constData()) << c.version << "completed";
            QTest::addRow("%s: cancelled after 4 s", v.constData()) << c.version << "cancelled";
            QTest::addRow("%s: failed at once", v.constData()) << c.version << "failed";
        }
    }
    void elapsedOfFinishedJobs()
    {
        QFETCH(QString, version);
        QFETCH(QString, name);
        const QString id = jobId(version, name);
        const JobList accounted = history(version);
        const JobInfo *job = find(accounted, id);
        QVERIFY(job);
        QVERIFY(job->elapsedSeconds >= 0);
        if (name != QLatin1String("failed"))
            QCOMPARE(job->elapsedSeconds, qint64(4));
        const JobList shown
            = SlurmOutput::parseShowJob(data(QStringLiteral("scontrol-show-job.txt"), version));
        QVERIFY(find(shown, id));
        QCOMPARE(find(shown, id)->elapsedSeconds, job->elapsedSeconds);
        const JobList queued = queue(version);
        if (const JobInfo *q = find(queued, id))
            QCOMPARE(q->elapsedSeconds, job->elapsedSeconds);
    }

    // Exit codes as sacct's text gives them ("3:0", "0:9"), as scontrol gives them, and as
    // squeue's JSON gives them while it lists the job.
    void exitCodesAgree_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("exitSignal");
        for (const Capture &c : kCaptures) {
            const QByteArray v = c.version.toUtf8();
            QTest::addRow("%s: completed", v.constData()) << c.version << "completed" << 0 << 0;
            QTest::addRow("%s: exit 3", v.constData()) << c.version << "failed" << 3 << 0;
            QTest::addRow("%s: kill -9", v.constData()) << c.version << "killed" << 0 << 9;
        }
    }
    void exitCodesAgree()
    {
        QFETCH(QString, version);
        QFETCH(QString, name);
        const QString id = jobId(version, name);
        const JobList accounted = history(version);
        const JobList shown
            = SlurmOutput::parseShowJob(data(QStringLiteral("scontrol-show-job.txt"), version));
        const JobList queued = queue(version);
        QVERIFY(find(accounted, id) && find(shown, id));
        QCOMPARE(find(queued, id) != nullptr, capture(version).queueListsFinished);
        for (const JobInfo *job : {find(accounted, id), find(shown, id), find(queued, id)}) {
            if (!job)
                continue; // squeue no longer lists it (26.05)
            QTEST(job->exitCode, "exitCode");
            QTEST(job->exitSignal, "exitSignal");
        }
    }

    // --me, -u or nothing: 22.05 gives every user's jobs, finished ones too; 26.05 what was
    // asked. The client's filter leaves the researcher's unfinished jobs either way.
    void ownQueuedJobs_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("listed");
        QTest::addColumn<QStringList>("expected");
        const QStringList mine = {QStringLiteral("running"), QStringLiteral("compat-hello"),
                                  QStringLiteral("pending"), QStringLiteral("later")};
        const QStringList other = {QStringLiteral("other-running")};
        for (const Capture &c : kCaptures) {
            const QByteArray v = c.version.toUtf8();
            const int all = c.queueListsFinished ? 9 : 5;
            const int own = c.queueListsFinished ? 9 : 4;
            QTest::addRow("%s: --me", v.constData())
                << c.version << "squeue-me.json" << "researcher" << own << mine;
            QTest::addRow("%s: -u researcher", v.constData())
                << c.version << "squeue-user.json" << "researcher" << own << mine;
            QTest::addRow("%s: no filter", v.constData())
                << c.version << "squeue-all.json" << "researcher" << all << mine;
            QTest::addRow("%s: the other user", v.constData())
                << c.version << "squeue-all.json" << "other" << all << other;
        }
    }
    void ownQueuedJobs()
    {
        QFETCH(QString, version);
        QFETCH(QString, file);
        QFETCH(QString, user);
        QFETCH(QStringList, expected);
        const Expected<JobList> jobs
            = SlurmOutput::parseQueueJson(data(file, version), QDateTime::currentDateTime());
        QVERIFY(jobs);
        QTEST(int(jobs->size()), "listed");
        QCOMPARE(ids(SlurmOutput::ownQueuedJobs(*jobs, user)), jobIds(version, expected));
    }

    // 22.05's scontrol show job prints TRES= where newer ones print AllocTRES/ReqTRES.
    void showJobTres_data() { versionRows(); }
    void showJobTres()
    {
        QFETCH(QString, version);
        const JobList jobs
            = SlurmOutput::parseShowJob(data(QStringLiteral("scontrol-show-job.txt"), version));
        QCOMPARE(jobs.size(), 9);
        const JobInfo *gpu = find(jobs, jobId(version, QStringLiteral("running")));
        QVERIFY(gpu);
        QCOMPARE(gpu->gpus, 1);
        QCOMPARE(find(jobs, jobId(version, QStringLiteral("compat-hello")))->gpus, 0);
    }

    void submitErrorsAreExplained_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("file");
        for (const Capture &c : kCaptures) {
            const QByteArray v = c.version.toUtf8();
            QTest::addRow("%s: bad partition", v.constData())
                << c.version << "sbatch-bad-partition.txt.stderr";
            QTest::addRow("%s: bad GRES", v.constData())
                << c.version << "sbatch-bad-gres.txt.stderr";
            QTest::addRow("%s: no Pyxis: --container-image unknown", v.constData())
                << c.version << "sbatch-container.txt.stderr";
            QTest::addRow("%s: DOS line breaks", v.constData())
                << c.version << "sbatch-dos.txt.stderr";
            QTest::addRow("%s: no #! line", v.constData())
                << c.version << "sbatch-no-shebang.txt.stderr";
        }
    }
    void submitErrorsAreExplained()
    {
        QFETCH(QString, version);
        QFETCH(QString, file);
        QVERIFY(!SlurmOutput::explainSubmitError(QString::fromUtf8(data(file, version))).isEmpty());
    }

    // Slurm 23.02 and 23.11 (data_parser v0.0.39 and v0.0.40) are in no Debian release, so
    // nothing was captured from them. These jobs are BUILT FROM THE DOCUMENTED SCHEMA (the
    // parser tables of Slurm's data_parser/v0.0.39 and v0.0.40 plugins), not captured: one job
    // each, with only the fields the app reads.
    void documentedShapes_data()
    {
        QTest::addColumn<QByteArray>("job");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("exitSignal");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<QString>("stdErr");
        // v0.0.39: times plain numbers, ids and limits set/number objects, the state a string,
        // the exit code the raw wait status in a set/number object, paths resolved.
        const QByteArray v39 = R"("job_state":"FAILED","start_time":1796316010,
            "end_time":1796316070,"time_limit":{"set":true,"infinite":false,"number":60},
            "standard_output":"/home/r/run-41.out","standard_error":"/home/r/run-41.err",)";
        QTest::newRow("v0.0.39 (23.02): exit 3, wait status 768")
            << v39 + R"("exit_code":{"set":true,"infinite":false,"number":768})"
            << int(JobState::Failed) << 3 << 0 << qint64(60) << "/home/r/run-41.err";
        QTest::newRow("v0.0.39 (23.02): kill -9, wait status 9")
            << v39 + R"("exit_code":{"set":true,"infinite":false,"number":9})"
            << int(JobState::Failed) << 0 << 9 << qint64(60) << "/home/r/run-41.err";
        QTest::newRow("v0.0.39 (23.02): pending, no exit code, no start")
            << QByteArray(R"("job_state":"PENDING","start_time":0,"end_time":0,
                "standard_output":"/home/r/run-41.out","standard_error":"",
                "exit_code":{"set":false,"infinite":false,"number":0})")
            << int(JobState::Pending) << -1 << 0 << qint64(0) << "/home/r/run-41.out";
        // v0.0.40: every number an object, the state a list, the exit code an object whose
        // return code is unset when a signal ended the job.
        const QByteArray v40 = R"("job_state":["FAILED"],
            "start_time":{"set":true,"infinite":false,"number":1796316010},
            "end_time":{"set":true,"infinite":false,"number":1796316070},
            "standard_output":"/home/r/run-41.out","standard_error":"/home/r/run-41.out",)";
        QTest::newRow("v0.0.40 (23.11): exit 3")
            << v40 + R"("exit_code":{"status":["ERROR"],
                "return_code":{"set":true,"infinite":false,"number":3},
                "signal":{"id":{"set":false,"infinite":false,"number":0},"name":""}})"
            << int(JobState::Failed) << 3 << 0 << qint64(60) << "/home/r/run-41.out";
        QTest::newRow("v0.0.40 (23.11): kill -9, no return code")
            << v40 + R"("exit_code":{"status":["SIGNALED"],
                "return_code":{"set":false,"infinite":false,"number":0},
                "signal":{"id":{"set":true,"infinite":false,"number":9},"name":"KILL"}})"
            << int(JobState::Failed) << 0 << 9 << qint64(60) << "/home/r/run-41.out";
    }
    void documentedShapes()
    {
        QFETCH(QByteArray, job);
        const QByteArray json = R"({"jobs":[{"job_id":41,"name":"run","user_name":"r",
            "array_job_id":{"set":true,"infinite":false,"number":0},
            "array_task_id":{"set":false,"infinite":false,"number":0},"batch_flag":true,
            "current_working_directory":"/home/r",)"
            + job + "}]}";
        const Expected<JobList> jobs
            = SlurmOutput::parseQueueJson(json, QDateTime::fromSecsSinceEpoch(1796316100));
        QVERIFY2(jobs, qPrintable(jobs.errorMessage()));
        QCOMPARE(jobs->size(), 1);
        const JobInfo &j = jobs->first();
        QCOMPARE(j.id, QStringLiteral("41"));
        QTEST(int(j.state), "state");
        QTEST(j.exitCode, "exitCode");
        QTEST(j.exitSignal, "exitSignal");
        QTEST(j.elapsedSeconds, "elapsed");
        QCOMPARE(j.standardOutput, QStringLiteral("/home/r/run-41.out"));
        QTEST(j.standardError, "stdErr");
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
        QTest::newRow("26.05, Debian unstable (captured)")
            << data(QStringLiteral("sinfo-version.txt"), QStringLiteral("26.05")) << "26.05.5"
            << true << true;
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
