// Jobs::JobSubmitter on LocalHost, with sbatch and scontrol as small scripts on PATH that
// record what they were given: the script reaches sbatch byte for byte with its folder and a
// submission token in --comment, it is kept by profile and job id, a refusal keeps nothing,
// and a resubmission takes the kept script (an array task its array's), else the one Slurm
// holds, else says that neither exists.
#include "../core/fakecommands.h"
#include "core/jobs/jobsubmitter.h"
#include "core/remote/localhost.h"
#include "core/slurm/slurmclient.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Jobs;
using namespace Patagon::Slurm;

namespace {
constexpr int kLong = 60000;

// A host named like a profile, its Slurm client, and a submitter keeping scripts in `store`.
struct Setup
{
    Setup(const QString &profile, const QString &store)
        : host(profile)
        , client(&host)
        , submitter(&client, ScriptStore(store))
    {}
    LocalHost host;
    SlurmClient client;
    JobSubmitter submitter;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestJobSubmitter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_bin; // the fake commands
    QTemporaryDir m_log; // what they were given
    QTemporaryDir m_store; // the kept scripts
    std::unique_ptr<Testing::FakePath> m_path;

    Expected<Submission> run(const std::function<void(JobSubmitter::Callback)> &start)
    {
        std::optional<Expected<Submission>> result;
        start([&](const Expected<Submission> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kLong))
            return Result::error(ErrorCode::Timeout, QStringLiteral("no answer"));
        return *result;
    }

    QByteArray lastScript() const { return readAll(m_log.filePath(QStringLiteral("stdin"))); }
    QStringList lastArguments() const
    {
        return QString::fromUtf8(readAll(m_log.filePath(QStringLiteral("args"))))
            .split(u'\n', Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        qputenv("FAKE_LOG", QFile::encodeName(m_log.path()));
        // sbatch records its arguments and standard input, then accepts (job 4242) unless the
        // script asks for the partition "nowhere".
        QVERIFY(Testing::writeFakeCommand(
            m_bin.path(), QStringLiteral("sbatch"),
            "printf '%s\\n' \"$@\" > \"$FAKE_LOG/args\"\n"
            "cat > \"$FAKE_LOG/stdin\"\n"
            "if grep -q 'partition=nowhere' \"$FAKE_LOG/stdin\"; then\n"
            "  echo 'sbatch: error: Batch job submission failed: Invalid partition name "
            "specified' >&2; exit 1\nfi\n"
            // what a hostile or broken cluster may print: a window title, colours, a screen clear
            "if grep -q 'partition=hostile' \"$FAKE_LOG/stdin\"; then\n"
            "  printf '\\033]0;owned\\007sbatch: error: \\033[31mInvalid "
            "account\\033[0m\\033[2J\\n' "
            ">&2; exit 1\nfi\n"
            "if grep -q 'partition=warned' \"$FAKE_LOG/stdin\"; then\n"
            "  printf 'sbatch: warning: \\033[2J\\033[Hquota\\r\\033]8;;x\\007near\\n' >&2\nfi\n"
            "echo 4242"));
        // squeue knows every job it is asked about (scancel asks first); scancel fails with noise
        QVERIFY(Testing::writeFakeCommand(m_bin.path(), QStringLiteral("squeue"),
                                          "for a; do case $a in --jobs=*) echo \"${a#--jobs=}\" ;; "
                                          "esac; done"));
        QVERIFY(Testing::writeFakeCommand(m_bin.path(), QStringLiteral("scancel"),
                                          "printf '\\033]0;owned\\007scancel: error: \\033[1mKill "
                                          "job error\\033[0m\\n' >&2; exit 1"));
        // scontrol write batch_script ID -: only job 777 is still known to Slurm.
        QVERIFY(Testing::writeFakeCommand(
            m_bin.path(), QStringLiteral("scontrol"),
            "if [ \"$3\" = 777 ]; then printf '#!/bin/sh\\n#SBATCH -J held\\nsrun true\\n'; "
            "else echo 'scontrol: error: Invalid job id specified' >&2; exit 1; fi"));
        // Slurm 22.05's sinfo and sacct (no StdOut field), with its captured accounting of
        // job 4 (compat-hello, -o compat-%j.out), which the controller has forgotten.
        const QByteArray captured = PATAGON_SOURCE_DIR "/tests/jobs/data/slurm-22.05/";
        QVERIFY(
            Testing::writeFakeOutput(m_bin.path(), QStringLiteral("sinfo"), "slurm-wlm 22.05.8"));
        QVERIFY(Testing::writeFakeCommand(m_bin.path(), QStringLiteral("sacct"),
                                          "case \"$*\" in\n"
                                          "*StdOut*) cat '"
                                              + captured
                                              + "sacct-paths.txt.stderr' >&2; exit 1 ;;\n"
                                                "*--jobs=4) cat '"
                                              + captured + "sacct.txt' ;;\nesac"));
        m_path = std::make_unique<Testing::FakePath>(m_bin.path());
    }

    void cleanupTestCase() { m_path.reset(); }

    void submitKeepsTheScript_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("workDir");
        QTest::newRow("home folder") << QByteArray("#!/bin/sh\nsrun true\n") << QString();
        QTest::newRow("own folder, non-ASCII and quotes")
            << QByteArray("#!/bin/sh\n#SBATCH -J 'ñandú \"$(x)\"'\necho `id`\n")
            << QStringLiteral("/scratch/a b");
        QTest::newRow("own comment kept")
            << QByteArray("#!/bin/sh\n#SBATCH --comment=mine\n") << QString();
    }

    void submitKeepsTheScript()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, workDir);
        Setup s(QStringLiteral("profile-a"), m_store.path());
        const Expected<Submission> r
            = run([&](auto done) { s.submitter.submit(script, workDir, &s.client, done); });
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->jobId, QStringLiteral("4242"));
        QVERIFY(!r->recovered);
        QVERIFY2(r->kept, qPrintable(r->kept.message()));
        QCOMPARE(lastScript(), script);
        const QStringList args = lastArguments();
        QVERIFY(args.contains(QStringLiteral("--parsable")));
        QCOMPARE(args.contains(QStringLiteral("--chdir=") + workDir), !workDir.isEmpty());
        // The token that makes a lost answer recoverable, after a comment of the script's own.
        const QString comment = args.filter(QStringLiteral("--comment=")).value(0);
        QVERIFY2(comment.contains(QStringLiteral("patagon")), qPrintable(comment));
        if (script.contains("--comment=mine"))
            QVERIFY2(comment.startsWith(QStringLiteral("--comment=mine ")), qPrintable(comment));
        const Expected<StoredScript> kept = s.submitter.store().load(s.host.name(), r->jobId);
        QVERIFY(kept);
        QCOMPARE(kept->script, script);
        QCOMPARE(kept->workDir, workDir);
    }

    void refusalKeepsNothing()
    {
        Setup s(QStringLiteral("profile-refused"), m_store.path());
        const Expected<Submission> r = run([&](auto done) {
            s.submitter.submit("#!/bin/sh\n#SBATCH --partition=nowhere\n", QString(), &s.client,
                               done);
        });
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("Invalid partition name")),
                 qPrintable(r.errorMessage()));
        QVERIFY(!QDir(m_store.filePath(QStringLiteral("profile-refused"))).exists()
                || QDir(m_store.filePath(QStringLiteral("profile-refused")))
                       .entryList(QDir::Files)
                       .isEmpty());
    }

    // What sbatch and scancel print reaches the user as text, without the escape sequences that
    // would retitle the terminal, colour it or clear it (issue 14).
    void clusterTextIsSanitized_data()
    {
        QTest::addColumn<QString>("partition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sbatch refuses")
            << QStringLiteral("hostile") << QStringLiteral("sbatch: error: Invalid account");
        QTest::newRow("sbatch accepts with a warning")
            << QStringLiteral("warned") << QStringLiteral("sbatch: warning: quotanear");
        QTest::newRow("scancel fails")
            << QString() << QStringLiteral("scancel: error: Kill job error");
    }

    void clusterTextIsSanitized()
    {
        QFETCH(QString, partition);
        QFETCH(QString, expected);
        Setup s(QStringLiteral("profile-hostile"), m_store.path());
        QString text;
        if (partition.isEmpty()) {
            std::optional<Result> cancelled;
            s.client.cancel({QStringLiteral("4242")}, &s.client,
                            [&](const Result &r) { cancelled = r; });
            QVERIFY(QTest::qWaitFor([&] { return cancelled.has_value(); }, kLong));
            QVERIFY(!*cancelled);
            text = cancelled->message();
        } else {
            const Expected<Submission> r = run([&](auto done) {
                s.submitter.submit("#!/bin/sh\n#SBATCH --partition=" + partition.toUtf8() + "\n",
                                   QString(), &s.client, done);
            });
            text = r ? r->standardError : r.errorMessage();
        }
        QVERIFY2(text.contains(expected), text.toUtf8().toPercentEncoding(" :").constData());
        for (const QChar c : std::as_const(text))
            QVERIFY2(c >= u' ' || c == u'\n' || c == u'\t',
                     text.toUtf8().toPercentEncoding(" :").constData());
    }

    void resubmitTakesTheKeptScript_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("arrayJobId");
        QTest::newRow("plain job") << QStringLiteral("500") << qint64(0);
        QTest::newRow("array task: its array's script") << QStringLiteral("501_3") << qint64(501);
    }

    void resubmitTakesTheKeptScript()
    {
        QFETCH(QString, id);
        QFETCH(qint64, arrayJobId);
        Setup s(QStringLiteral("profile-kept"), m_store.path());
        const QByteArray script = "#!/bin/sh\n#SBATCH -J kept-" + id.toUtf8() + "\n";
        const QString key = arrayJobId > 0 ? QString::number(arrayJobId) : id;
        QVERIFY(
            s.submitter.store().save(s.host.name(), key, {script, QStringLiteral("/kept/dir")}));
        JobInfo job;
        job.id = id;
        job.arrayJobId = arrayJobId;
        job.workDir = QStringLiteral("/elsewhere");
        const Expected<Submission> r
            = run([&](auto done) { s.submitter.resubmit(job, &s.client, done); });
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(lastScript(), script);
        QVERIFY(lastArguments().contains(QStringLiteral("--chdir=/kept/dir")));
    }

    void resubmitAsksSlurmForAScriptNotKept()
    {
        Setup s(QStringLiteral("profile-slurm"), m_store.path());
        JobInfo job;
        job.id = QStringLiteral("777");
        job.workDir = QStringLiteral("/job/dir");
        const Expected<Submission> r
            = run([&](auto done) { s.submitter.resubmit(job, &s.client, done); });
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(lastScript(), QByteArray("#!/bin/sh\n#SBATCH -J held\nsrun true\n"));
        QVERIFY(lastArguments().contains(QStringLiteral("--chdir=/job/dir")));
        // Kept now, under the new job's id.
        QVERIFY(s.submitter.store().load(s.host.name(), r->jobId));
    }

    void resubmitOfAForgottenJobSaysSo()
    {
        Setup s(QStringLiteral("profile-forgotten"), m_store.path());
        JobInfo job;
        job.id = QStringLiteral("888");
        const Expected<Submission> r
            = run([&](auto done) { s.submitter.resubmit(job, &s.client, done); });
        QVERIFY(!r);
        QCOMPARE(r.errorCode(), ErrorCode::NotFound);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("888")), qPrintable(r.errorMessage()));
    }

    // A job the controller forgot on Slurm 22.05: accounting has it without output paths, the
    // kept script gives them; a job nobody knows is NotFound.
    void findJobOfAForgottenJob_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("error");
        const QString home = QStringLiteral("/var/lib/patagon-oldslurm/home/researcher");
        QTest::newRow("kept -o compat-%j.out, no -e")
            << "4" << true << home + QStringLiteral("/compat-4.out")
            << home + QStringLiteral("/compat-4.out");
        QTest::newRow("not kept: no paths, Slurm's default is the follower's")
            << "4" << false << QString() << QString();
        QTest::newRow("known to no one") << "999" << false << QString() << QString();
    }
    void findJobOfAForgottenJob()
    {
        QFETCH(QString, id);
        QFETCH(bool, kept);
        Setup s(QStringLiteral("profile-find-%1-%2").arg(id).arg(kept), m_store.path());
        if (kept)
            QVERIFY(s.submitter.store().save(
                s.host.name(), id,
                {"#!/bin/sh\n#SBATCH -J compat-hello\n#SBATCH -o compat-%j.out\n", QString()}));
        std::optional<Expected<JobInfo>> found;
        s.submitter.findJob(id, &s.client, [&](const Expected<JobInfo> &j) { found = j; });
        QVERIFY(QTest::qWaitFor([&] { return found.has_value(); }, kLong));
        if (id == QLatin1String("999")) {
            QCOMPARE(found->errorCode(), ErrorCode::NotFound);
            QCOMPARE(found->errorMessage(), QStringLiteral("Slurm knows no job 999."));
            return;
        }
        QVERIFY2(*found, qPrintable(found->errorMessage()));
        QCOMPARE(found->value().id, id);
        QCOMPARE(found->value().name, QStringLiteral("compat-hello"));
        QTEST(found->value().standardOutput, "output");
        QTEST(found->value().standardError, "error");
    }

    void keptOutputPathsFillAJobWithoutThem()
    {
        Setup s(QStringLiteral("profile-paths"), m_store.path());
        QVERIFY(s.submitter.store().save(
            s.host.name(), QStringLiteral("900"),
            {"#!/bin/sh\n#SBATCH -o out-%j.txt\n", QStringLiteral("/work")}));
        JobInfo job;
        job.id = QStringLiteral("900");
        job.jobId = 900;
        job.workDir = QStringLiteral("/work");
        const JobInfo filled = s.submitter.withKeptOutputPaths(job);
        QCOMPARE(filled.standardOutput, QStringLiteral("/work/out-900.txt"));
        // Paths Slurm gave are left alone; a job with no kept script stays as it is.
        job.standardOutput = QStringLiteral("/given.out");
        QCOMPARE(s.submitter.withKeptOutputPaths(job).standardOutput, QStringLiteral("/given.out"));
        JobInfo unknown;
        unknown.id = QStringLiteral("901");
        QVERIFY(s.submitter.withKeptOutputPaths(unknown).standardOutput.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobSubmitter)
#include "tst_jobsubmitter.moc"
