// The Slurm output parsers against outputs captured from the sandbox cluster (Slurm 24.11):
// squeue --json and the text format, sacct -P, scontrol show job -o, squeue --start, sbatch.
#include "capturedoutput.h"
#include "core/jobs/scriptstore.h"
#include "core/slurm/pendingreason.h"
#include "core/slurm/slurmcommands.h"
#include "core/slurm/slurmoutput.h"

#include <QFile>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Jobs;
using namespace Patagon::Slurm;

namespace {

QByteArray data(const QString &name)
{
    return Testing::capturedOutput(name);
}

const JobInfo *find(const JobList &jobs, const QString &id)
{
    return Testing::findJob(jobs, id);
}

QDateTime local(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

} // namespace

class TestSlurmOutput : public QObject
{
    Q_OBJECT

private slots:
    void submission_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("jobId");
        QTest::addColumn<QString>("cluster");
        QTest::newRow("id alone") << QByteArray("523\n") << "523" << "";
        QTest::newRow("id and cluster") << QByteArray("524;sandbox\n") << "524" << "sandbox";
        QTest::newRow("a plugin's note before it")
            << QByteArray("Note: GPU jobs are billed\n525\n") << "525" << "";
        QTest::newRow("not parsable output") << QByteArray("Submitted batch job 5\n") << "" << "";
        QTest::newRow("empty") << QByteArray() << "" << "";
    }
    void submission()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, jobId);
        QFETCH(QString, cluster);
        const std::optional<SlurmOutput::Submission> s = SlurmOutput::parseSubmission(output);
        QCOMPARE(s.has_value(), !jobId.isEmpty());
        if (s) {
            QCOMPARE(s->jobId, jobId);
            QCOMPARE(s->cluster, cluster);
        }
    }

    // A host without Slurm: the shell could not run the command (127, 126) and the message
    // says so with the shell's words; other statuses are the command's own business.
    void missingCommand_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("missing");
        QTest::newRow("not found") << 127 << true;
        QTest::newRow("not executable") << 126 << true;
        QTest::newRow("failed") << 1 << false;
        QTest::newRow("succeeded") << 0 << false;
    }
    void missingCommand()
    {
        QFETCH(int, status);
        QFETCH(bool, missing);
        const std::optional<Result> r = SlurmOutput::missingCommand(
            QStringLiteral("squeue"), status, "sh: 1: exec: squeue: not found\n",
            QStringLiteral("me@login:22"));
        QCOMPARE(r.has_value(), missing);
        if (missing) {
            QCOMPARE(r->code(), ErrorCode::NotFound);
            QVERIFY(r->message().contains(QLatin1String("No Slurm commands")));
            QVERIFY(r->message().contains(QLatin1String("me@login:22")));
            QVERIFY(r->message().contains(QLatin1String("exec: squeue: not found")));
        }
    }

    void submitErrors_data()
    {
        // The first three are what the sandbox's sbatch printed.
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("explained");
        QTest::newRow("unknown partition")
            << "sbatch: error: invalid partition specified: nosuch\nsbatch: error: Batch job "
               "submission failed: Invalid partition name specified"
            << true;
        QTest::newRow("too much memory")
            << "sbatch: error: Memory specification can not be satisfied\nsbatch: error: Batch "
               "job submission failed: Requested node configuration is not available"
            << true;
        QTest::newRow("unknown GPU type")
            << "sbatch: error: Batch job submission failed: Requested node configuration is not "
               "available"
            << true;
        QTest::newRow("time limit") << "sbatch: error: Batch job submission failed: Requested time "
                                       "limit is invalid (missing or exceeds some limit)"
                                    << true;
        QTest::newRow("QOS policy")
            << "sbatch: error: Batch job submission failed: Job violates accounting/QOS policy "
               "(job submit limit, user's size and/or time limits)"
            << true;
        QTest::newRow("DOS line breaks") << "sbatch: error: Batch script contains DOS line breaks "
                                            "(\\r\\n)"
                                         << true;
        QTest::newRow("something new") << "sbatch: error: the moon is not aligned" << false;
    }
    void submitErrors()
    {
        QFETCH(QString, error);
        QFETCH(bool, explained);
        QCOMPARE(!SlurmOutput::explainSubmitError(error).isEmpty(), explained);
    }

    void queueJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("partition");
        QTest::addColumn<QString>("stdOut");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<qint64>("arrayJobId");
        QTest::addColumn<qint64>("timeLimit");
        QTest::addColumn<QString>("nodes");
        const QString one = QStringLiteral("squeue-sandbox.json");
        const QString two = QStringLiteral("squeue-sandbox-2.json");
        QTest::newRow("running, output as %x-%j")
            << one << 8 << "523" << "cap-run" << int(JobState::Running) << "None" << "cpu"
            << "/home/researcher/capt/cap-cap-run-523.out" << 0 << qint64(0) << qint64(5) << "vm";
        QTest::newRow("held") << one << 8 << "524" << "cap-held" << int(JobState::Pending)
                              << "JobHeldUser" << "cpu" << "/home/researcher/capt/slurm-524.out"
                              << 0 << qint64(0) << qint64(60) << "";
        QTest::newRow("GPU job waiting for its begin time, | in its name")
            << one << 8 << "525" << "cap gpu|pipe" << int(JobState::Pending) << "BeginTime"
            << "gpu" << "/home/researcher/capt/slurm-525.out" << 1 << qint64(0) << qint64(60) << "";
        QTest::newRow("array task has its own job id")
            << one << 8 << "527_1" << "cap-arr" << int(JobState::Running) << "None" << "cpu"
            << "/home/researcher/capt/arr-527_1.out" << 0 << qint64(527) << qint64(60) << "vm";
        QTest::newRow("array task with the array's id")
            << one << 8 << "527_3" << "cap-arr" << int(JobState::Running) << "None" << "cpu"
            << "/home/researcher/capt/arr-527_3.out" << 0 << qint64(527) << qint64(60) << "vm";
        QTest::newRow("waiting for resources")
            << one << 8 << "528" << "cap-fail" << int(JobState::Pending) << "Resources" << "cpu"
            << "/home/researcher/capt/slurm-528.out" << 0 << qint64(0) << qint64(60) << "";
        QTest::newRow("rest of an array held by its task limit")
            << two << 7 << "543_[3-4%2]" << "cap-arr2" << int(JobState::Pending)
            << "JobArrayTaskLimit" << "cpu" << "/home/researcher/capt/slurm-543_4294967294.out" << 0
            << qint64(543) << qint64(60) << "";
        QTest::newRow("two-minute limit")
            << two << 7 << "542" << "cap-run2" << int(JobState::Running) << "None" << "cpu"
            << "/home/researcher/capt/slurm-542.out" << 0 << qint64(0) << qint64(2) << "vm";
    }
    void queueJson()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(QString, id);
        const Expected<JobList> jobs
            = SlurmOutput::parseQueueJson(data(file), local("2026-11-29T13:30:00"));
        QVERIFY2(jobs, qPrintable(jobs.errorMessage()));
        QCOMPARE(jobs->size(), count);
        const JobInfo *job = find(*jobs, id);
        QVERIFY(job);
        QTEST(job->name, "name");
        QTEST(int(job->state), "state");
        QTEST(job->reason, "reason");
        QTEST(job->partition, "partition");
        QTEST(job->standardOutput, "stdOut");
        QTEST(job->gpus, "gpus");
        QTEST(job->arrayJobId, "arrayJobId");
        QTEST(job->timeLimitMinutes, "timeLimit");
        QTEST(job->nodes, "nodes");
        QCOMPARE(job->user, QStringLiteral("researcher"));
        QVERIFY(job->submitTime.isValid());
        if (job->state == JobState::Running)
            QVERIFY(job->elapsedSeconds >= 0);
    }

    void queueJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("squeue: error: unrecognized option '--json'");
        QTest::newRow("cut short") << QByteArray("{\"jobs\": [ {\"job_id\": 5");
        QTest::newRow("errors reported")
            << QByteArray("{\"jobs\":[],\"errors\":[{\"description\":\"Invalid user\"}]}");
    }
    void queueJsonErrors()
    {
        QFETCH(QByteArray, json);
        const Expected<JobList> jobs
            = SlurmOutput::parseQueueJson(json, QDateTime::currentDateTime());
        QVERIFY(!jobs);
        QVERIFY(!jobs.errorMessage().isEmpty());
    }

    void queueText_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<qint64>("timeLimit");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<QString>("arrayTask");
        QTest::newRow("running") << "542" << "cap-run2" << int(JobState::Running) << "None"
                                 << qint64(7) << qint64(2) << 0 << "vm" << "";
        QTest::newRow("array task waiting for the task limit")
            << "543_3" << "cap-arr2" << int(JobState::Pending) << "JobArrayTaskLimit" << qint64(0)
            << qint64(60) << 0 << "" << "3";
        QTest::newRow("array task running") << "543_1" << "cap-arr2" << int(JobState::Running)
                                            << "None" << qint64(7) << qint64(60) << 0 << "vm"
                                            << "1";
        QTest::newRow("held") << "524" << "cap-held" << int(JobState::Pending) << "JobHeldUser"
                              << qint64(0) << qint64(60) << 0 << "" << "";
        QTest::newRow("GPU, | in its name") << "525" << "cap gpu|pipe" << int(JobState::Pending)
                                            << "BeginTime" << qint64(0) << qint64(60) << 1 << ""
                                            << "";
    }
    void queueText()
    {
        QFETCH(QString, id);
        const Expected<JobList> jobs
            = SlurmOutput::parseQueueText(data(QStringLiteral("squeue-text-sandbox.txt")));
        QVERIFY2(jobs, qPrintable(jobs.errorMessage()));
        QCOMPARE(jobs->size(), 8);
        const JobInfo *job = find(*jobs, id);
        QVERIFY(job);
        QTEST(job->name, "name");
        QTEST(int(job->state), "state");
        QTEST(job->reason, "reason");
        QTEST(job->elapsedSeconds, "elapsed");
        QTEST(job->timeLimitMinutes, "timeLimit");
        QTEST(job->gpus, "gpus");
        QTEST(job->nodes, "nodes");
        QTEST(job->arrayTaskId, "arrayTask");
        QCOMPARE(job->workDir, QStringLiteral("/home/researcher/capt"));
    }

    void queueTextRejectsOtherFormats()
    {
        QVERIFY(!SlurmOutput::parseQueueText("523|cap-run|RUNNING\n"));
    }

    void history_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<qint64>("maxRss");
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<int>("gpus");
        QTest::newRow("failed with exit code 3") << "528" << "cap-fail" << int(JobState::Failed)
                                                 << 3 << qint64(0) << qint64(-1) << "vm" << 0;
        QTest::newRow("array task, memory from its batch step")
            << "527_1" << "cap-arr" << int(JobState::Completed) << 0 << qint64(30)
            << qint64(3428 * 1024) << "vm" << 0;
        QTest::newRow("cancelled by the user before it ran")
            << "531" << "wrap" << int(JobState::Cancelled) << 0 << qint64(0) << qint64(-1) << ""
            << 0;
        QTest::newRow("GPU job") << "1" << "gpujob" << int(JobState::Completed) << 0 << qint64(1)
                                 << qint64(-1) << "vm" << 1;
        QTest::newRow("still running") << "542" << "cap-run2" << int(JobState::Running) << 0
                                       << qint64(8) << qint64(-1) << "vm" << 0;
    }
    void history()
    {
        QFETCH(QString, id);
        const Expected<JobList> jobs
            = SlurmOutput::parseHistory(data(QStringLiteral("sacct-sandbox.txt")));
        QVERIFY2(jobs, qPrintable(jobs.errorMessage()));
        for (const JobInfo &j : *jobs)
            QVERIFY2(!j.id.contains(u'.'), qPrintable(j.id)); // steps are folded in
        const JobInfo *job = find(*jobs, id);
        QVERIFY(job);
        QTEST(job->name, "name");
        QTEST(int(job->state), "state");
        QTEST(job->exitCode, "exitCode");
        QTEST(job->elapsedSeconds, "elapsed");
        QTEST(job->maxRssBytes, "maxRss");
        QTEST(job->nodes, "nodes");
        QTEST(job->gpus, "gpus");
        QCOMPARE(job->cluster, QStringLiteral("sandbox"));
    }

    void historyOutputPaths_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("stdOut");
        QTest::addColumn<QString>("stdErr");
        const QString dir = QStringLiteral("/home/researcher/patagon-jobtest/");
        QTest::newRow("%x-%j, errors in the same file")
            << "1098" << dir + QLatin1String("pt-pt-ok-1098.out")
            << dir + QLatin1String("pt-pt-ok-1098.out");
        QTest::newRow("separate -o and -e")
            << "1099" << dir + QLatin1String("out-1099.txt") << dir + QLatin1String("err-1099.txt");
        QTest::newRow("array task: %A_%a, not its own job id")
            << "1102_2" << dir + QLatin1String("arr-1102_2.out")
            << dir + QLatin1String("arr-1102_2.out");
        QTest::newRow("Slurm's default") << "1097" << dir + QLatin1String("slurm-1097.out")
                                         << dir + QLatin1String("slurm-1097.out");
        QTest::newRow("a name with a space") << "1093" << "/home/researcher/pyxis-test-1093.out"
                                             << "/home/researcher/pyxis-test-1093.out";
        QTest::newRow("cancelled before it ran")
            << "1109" << "/home/researcher/page-1109.out" << "/home/researcher/page-1109.out";
    }
    void historyOutputPaths()
    {
        // sacct of Slurm 23.02+ prints StdOut/StdErr as the patterns sbatch was given.
        QFETCH(QString, id);
        const Expected<JobList> jobs
            = SlurmOutput::parseHistory(data(QStringLiteral("sacct-paths-sandbox.txt")));
        QVERIFY2(jobs, qPrintable(jobs.errorMessage()));
        QCOMPARE(jobs->size(), 7);
        const JobInfo *job = find(*jobs, id);
        QVERIFY(job);
        QTEST(job->standardOutput, "stdOut");
        QTEST(job->standardError, "stdErr");
    }

    void historyWithoutOutputPaths()
    {
        // An older sacct (no StdOut field): no paths, nothing guessed here.
        const Expected<JobList> jobs
            = SlurmOutput::parseHistory(data(QStringLiteral("sacct-sandbox.txt")));
        QVERIFY(jobs);
        for (const JobInfo &j : *jobs) {
            QCOMPARE(j.standardOutput, QString());
            QCOMPARE(j.standardError, QString());
        }
    }

    void outputPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<bool>("array");
        QTest::addColumn<QString>("path");
        QTest::newRow("relative to the working folder")
            << "logs/%x.%j.out" << "vm" << false << "/work/d/logs/train run.77.out";
        QTest::newRow("absolute, user and first node")
            << "/scratch/%u/%N-%j.log" << "gpu[03-04,09],cpu1" << false
            << "/scratch/alice/gpu03-77.log";
        QTest::newRow("default of a job") << "" << "" << false << "/work/d/slurm-77.out";
        QTest::newRow("default of an array task") << "" << "" << true << "/work/d/slurm-70_5.out";
        QTest::newRow("escaped percent") << "a%%j" << "" << false << "/work/d/a%j";
    }
    void outputPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, nodes);
        QFETCH(bool, array);
        JobInfo job;
        job.id = QStringLiteral("77");
        job.jobId = 77;
        job.name = QStringLiteral("train run");
        job.user = QStringLiteral("alice");
        job.nodes = nodes;
        job.workDir = QStringLiteral("/work/d");
        if (array) {
            job.id = QStringLiteral("70_5");
            job.arrayJobId = 70;
            job.arrayTaskId = QStringLiteral("5");
        }
        QTEST(SlurmOutput::resolveOutputPath(pattern, job), "path");
    }

    void outputPathsFromAKeptScript_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("stdOut");
        QTest::addColumn<QString>("stdErr");
        QTest::newRow("-o and -e") << QByteArray("#!/bin/bash\n#SBATCH -o o-%j.txt\n#SBATCH "
                                                 "--error=/tmp/e-%x.txt\ntrue\n")
                                   << "/w/o-9.txt" << "/tmp/e-n.txt";
        QTest::newRow("only -o: errors there too")
            << QByteArray("#!/bin/bash\n#SBATCH --output=%x.log\n") << "/w/n.log" << "/w/n.log";
        QTest::newRow("neither: Slurm's default")
            << QByteArray("#!/bin/bash\necho\n") << "/w/slurm-9.out" << "/w/slurm-9.out";
        QTest::newRow("a directive after the first command counts not")
            << QByteArray("#!/bin/bash\necho\n#SBATCH -o late.out\n") << "/w/slurm-9.out"
            << "/w/slurm-9.out";
    }
    void outputPathsFromAKeptScript()
    {
        QFETCH(QByteArray, script);
        JobInfo job;
        job.id = QStringLiteral("9");
        job.jobId = 9;
        job.name = QStringLiteral("n");
        job.workDir = QStringLiteral("/w");
        fillOutputPaths(job, StoredScript {script, QString()});
        QTEST(job.standardOutput, "stdOut");
        QTEST(job.standardError, "stdErr");
        // Paths Slurm gave are kept.
        JobInfo known = job;
        known.standardOutput = QStringLiteral("/real.out");
        fillOutputPaths(known, StoredScript {script, QString()});
        QCOMPARE(known.standardOutput, QStringLiteral("/real.out"));
    }

    void firstNode_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("first");
        QTest::newRow("one") << "vm" << "vm";
        QTest::newRow("several") << "a1,b2" << "a1";
        QTest::newRow("range") << "gpu[01-02]" << "gpu01";
        QTest::newRow("list in brackets") << "gpu[05,07-09]" << "gpu05";
        QTest::newRow("plain before a range") << "login,gpu[1-2]" << "login";
        QTest::newRow("empty") << "" << "";
    }
    void firstNode()
    {
        QFETCH(QString, list);
        QTEST(SlurmOutput::firstNode(list), "first");
    }

    void showJob()
    {
        const JobList jobs
            = SlurmOutput::parseShowJob(data(QStringLiteral("scontrol-sandbox.txt")));
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).id, QStringLiteral("523"));
        QCOMPARE(jobs.at(0).state, JobState::Running);
        QCOMPARE(jobs.at(0).standardOutput,
                 QStringLiteral("/home/researcher/capt/cap-cap-run-523.out"));
        QCOMPARE(jobs.at(0).standardError,
                 QStringLiteral("/home/researcher/capt/cap-cap-run-523.out"));
        QCOMPARE(jobs.at(0).timeLimitMinutes, 5);
        QCOMPARE(jobs.at(0).nodes, QStringLiteral("vm"));
        QCOMPARE(jobs.at(1).name, QStringLiteral("cap gpu|pipe")); // a space in a value
        QCOMPARE(jobs.at(1).reason, QStringLiteral("BeginTime"));
        QCOMPARE(jobs.at(1).gpus, 1);
        QCOMPARE(jobs.at(1).nodes, QString());

        const JobList all
            = SlurmOutput::parseShowJob(data(QStringLiteral("scontrol-all-sandbox.txt")));
        QVERIFY(all.size() >= 7);
        const JobInfo *task = find(all, QStringLiteral("543_1"));
        QVERIFY(task);
        QCOMPARE(task->standardOutput, QStringLiteral("/home/researcher/capt/slurm-543_1.out"));
    }

    void startEstimates()
    {
        const QHash<QString, QDateTime> s
            = SlurmOutput::parseStartEstimates(data(QStringLiteral("squeue-start-sandbox.txt")));
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.value(QStringLiteral("525")), local("2026-11-29T14:26:57"));
        QVERIFY(s.contains(QStringLiteral("524")));
        QVERIFY(!s.value(QStringLiteral("524")).isValid());
        QVERIFY(s.contains(QStringLiteral("543_[3-4%2]")));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -2: not a duration
        QTest::newRow("minutes:seconds") << "0:07" << qint64(7);
        QTest::newRow("hours") << "1:00:00" << qint64(3600);
        QTest::newRow("days") << "2-00:00:00" << qint64(172800);
        QTest::newRow("days and hours") << "1-02" << qint64(93600);
        QTest::newRow("sacct elapsed") << "00:00:30" << qint64(30);
        QTest::newRow("unlimited") << "UNLIMITED" << qint64(-1);
        QTest::newRow("not one") << "N/A" << qint64(-2);
        QTest::newRow("empty") << "" << qint64(-2);
        // Found by fuzz_slurmtext: these multiplied past qint64 (undefined behaviour).
        QTest::newRow("hours beyond qint64") << "8888888888888888888:00:00" << qint64(-2);
        QTest::newRow("days beyond qint64") << "99999999999999-00:00:00" << qint64(-2);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(SlurmOutput::parseDurationSeconds(text).value_or(-2), seconds);
    }

    void memory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("kilobytes") << "3428K" << qint64(3428 * 1024);
        QTest::newRow("megabytes") << "12M" << qint64(12 * 1024 * 1024);
        QTest::newRow("fraction of a gigabyte") << "1.5G" << qint64(1536) * 1024 * 1024;
        QTest::newRow("plain bytes") << "0" << qint64(0);
        QTest::newRow("empty") << "" << qint64(-1);
    }
    void memory()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(SlurmOutput::parseMemoryBytes(text).value_or(-1), bytes);
    }

    void gpus_data()
    {
        QTest::addColumn<QString>("tres");
        QTest::addColumn<int>("gpus");
        QTest::newRow("allocated") << "billing=1,cpu=1,gres/gpu=1,mem=1G,node=1" << 1;
        QTest::newRow("typed beside untyped") << "cpu=8,gres/gpu=2,gres/gpu:a100=2" << 2;
        QTest::newRow("typed only") << "gres/gpu:a100=4" << 4;
        QTest::newRow("per node request") << "gres/gpu:A100:1" << 1;
        QTest::newRow("old gres syntax") << "gres:gpu:2" << 2;
        QTest::newRow("count without type") << "gres/gpu" << 1;
        QTest::newRow("none") << "cpu=1,mem=1G" << 0;
    }
    void gpus()
    {
        QFETCH(QString, tres);
        QFETCH(int, gpus);
        QCOMPARE(SlurmOutput::gpusFromTres(tres), gpus);
    }

    void states_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("final");
        QTest::newRow("pending") << "PENDING" << int(JobState::Pending) << false;
        QTest::newRow("short code") << "CD" << int(JobState::Completed) << true;
        QTest::newRow("cancelled by a user")
            << "CANCELLED by 1000" << int(JobState::Cancelled) << true;
        QTest::newRow("sacct's plus") << "CANCELLED+" << int(JobState::Cancelled) << true;
        QTest::newRow("out of memory") << "OUT_OF_MEMORY" << int(JobState::OutOfMemory) << true;
        QTest::newRow("node failure") << "NODE_FAIL" << int(JobState::NodeFail) << true;
        QTest::newRow("timeout") << "TIMEOUT" << int(JobState::Timeout) << true;
        QTest::newRow("preempted") << "PREEMPTED" << int(JobState::Preempted) << true;
        QTest::newRow("requeue hold") << "REQUEUE_HOLD" << int(JobState::Requeued) << false;
        QTest::newRow("JSON flag list")
            << "COMPLETING,REQUEUED" << int(JobState::Completing) << false;
        QTest::newRow("nonsense") << "SLEEPY" << int(JobState::Unknown) << false;
    }
    void states()
    {
        QFETCH(QString, text);
        QFETCH(int, state);
        QFETCH(bool, final);
        QCOMPARE(int(parseJobState(text)), state);
        QCOMPARE(isFinalState(JobState(state)), final);
        if (JobState(state) != JobState::Unknown)
            QCOMPARE(parseJobState(jobStateName(JobState(state))), JobState(state));
        QVERIFY(!jobStateLabel(JobState(state)).isEmpty());
    }

    void commandsQuoteNothingThemselves()
    {
        // Separators travel as their own byte inside one argument; quoting is Shell's job.
        const QStringList q = SlurmCommands::queueText();
        QVERIFY(q.last().startsWith(QLatin1String("--format=%i")));
        QCOMPARE(q.last().count(QChar(SlurmCommands::kSeparator)), 18);
        const QStringList h
            = SlurmCommands::history({}, {QStringLiteral("5"), QStringLiteral("7_1")});
        QCOMPARE(h.last(), QStringLiteral("--jobs=5,7_1"));
        QVERIFY(h.at(h.size() - 2).endsWith(QLatin1String(",StdOut,StdErr")));
        QVERIFY(!SlurmCommands::history({}, {QStringLiteral("5")}, false)
                     .join(u' ')
                     .contains(QLatin1String("StdOut")));
        QCOMPARE(SlurmCommands::cancel({QStringLiteral("9")}),
                 QStringList({QStringLiteral("scancel"), QStringLiteral("9")}));
    }
};

QTEST_GUILESS_MAIN(TestSlurmOutput)
#include "tst_slurmoutput.moc"
