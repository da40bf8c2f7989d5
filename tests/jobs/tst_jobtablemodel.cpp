// The Jobs page's table model at the scale of large job arrays: rows are found, changed and
// removed by id, in runs (one signal per run of neighbours, and only for rows that show
// something new), and the typed sort and text match that the page's proxy uses agree with what
// the table shows. No cluster needed.
#include "app/jobs/jobtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Slurm;

namespace {

JobInfo makeJob(const QString &id, JobState state = JobState::Pending)
{
    JobInfo j;
    j.id = id;
    j.jobId = id.section(u'_', 0, 0).toLongLong();
    if (id.contains(u'_')) {
        j.arrayJobId = j.jobId;
        j.arrayTaskId = id.section(u'_', 1);
    }
    j.name = QStringLiteral("train-") + id;
    j.state = state;
    j.reason = isWaitingState(state) ? QStringLiteral("Priority") : QStringLiteral("None");
    j.partition = QStringLiteral("cpu");
    j.timeLimitMinutes = 60;
    j.elapsedSeconds = 0;
    j.submitTime = QDateTime(QDate(2026, 12, 1), QTime(8, 0));
    return j;
}

// "100", "101", ... as the monitor lists them (newest first).
JobList numbered(int count)
{
    JobList out;
    for (int i = count - 1; i >= 0; --i)
        out << makeJob(QString::number(100 + i));
    return out;
}

QList<QPair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<QPair<int, int>> out;
    for (const QList<QVariant> &args : spy) {
        if (args.at(1).typeId() == QMetaType::Int) // rowsRemoved(parent, first, last)
            out << qMakePair(args.at(1).toInt(), args.at(2).toInt());
        else // dataChanged(topLeft, bottomRight, roles)
            out << qMakePair(args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row());
    }
    return out;
}

void verifyRowsFoundById(const JobTableModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.job(row).id), row);
}

// A mixed table: array tasks, names in both cases, every kind of state, reasons, GPUs, times.
JobList mixed()
{
    JobList out;
    const JobState states[] = {JobState::Pending, JobState::Running,  JobState::Completed,
                               JobState::Failed,  JobState::Requeued, JobState::Cancelled};
    const QStringList reasons
        = {QStringLiteral("Resources"), QStringLiteral("Priority"),
           QStringLiteral("QOSMaxJobsPerUserLimit"), QStringLiteral("SomethingNew")};
    for (int i = 0; i < 24; ++i) {
        const QString id = i % 3 == 0 ? QStringLiteral("%1").arg(500 + i)
                                      : QStringLiteral("400_%1").arg(i * 7 % 13);
        JobInfo j = makeJob(id, states[i % 6]);
        j.id += QStringLiteral("x").repeated(i % 2); // distinct ids for the repeated tasks
        j.name = i % 4 == 0 ? QStringLiteral("Train-%1").arg(i) : QStringLiteral("eval-%1").arg(i);
        j.partition = i % 2 ? QStringLiteral("gpu") : QStringLiteral("cpu");
        j.elapsedSeconds = (i * 37) % 11 * 60;
        j.gpus = i % 3;
        if (isWaitingState(j.state))
            j.reason = reasons.at(i % reasons.size());
        j.submitTime = QDateTime(QDate(2026, 11, 20 + i % 9), QTime(i % 24, (i * 13) % 60));
        out << j;
    }
    return out;
}

} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT

private slots:
    void announcesOnlyChangedRowsInRuns()
    {
        JobTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobList jobs = numbered(10);
        model.setJobs(jobs);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setJobs(jobs);
        QCOMPARE(changed.size(), 0); // a poll that changed nothing costs the views nothing

        jobs[2].elapsedSeconds = 5;
        jobs[3].reason = QStringLiteral("Resources");
        jobs[7].state = JobState::Running;
        jobs[5].standardOutput = QStringLiteral("/home/r/out.txt"); // not shown in the table
        model.setJobs(jobs);
        QCOMPARE(ranges(changed), (QList<QPair<int, int>> {{2, 3}, {7, 7}}));
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), JobTableModel::ColumnCount - 1);
        QCOMPARE(model.job(5).standardOutput, QStringLiteral("/home/r/out.txt"));
        QCOMPARE(model.job(7).state, JobState::Running);
    }

    void removesInRunsAndFindsRowsById()
    {
        JobTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const JobList jobs = numbered(10);
        model.setJobs(jobs);
        verifyRowsFoundById(model);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        JobList kept;
        for (int row : {0, 4, 5, 7, 8})
            kept << jobs.at(row);
        model.setJobs(kept);
        QCOMPARE(ranges(removed), (QList<QPair<int, int>> {{9, 9}, {6, 6}, {1, 3}}));
        QCOMPARE(model.rowCount(), 5);
        verifyRowsFoundById(model);
        QCOMPARE(model.rowOf(jobs.at(2).id), -1);

        // New jobs on top, the rest found where they moved.
        model.setJobs(JobList {makeJob(QStringLiteral("300_1")), makeJob(QStringLiteral("300_2"))}
                      + kept);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("300_1")), 0);
        QCOMPARE(model.rowOf(jobs.at(8).id), 6);
        verifyRowsFoundById(model);
    }

    void typedSortAgreesWithSortRole_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("job id (numbers, array tasks)") << int(JobTableModel::Id);
        QTest::newRow("name (case counts)") << int(JobTableModel::Name);
        QTest::newRow("state in words") << int(JobTableModel::State);
        QTest::newRow("partition") << int(JobTableModel::Partition);
        QTest::newRow("elapsed") << int(JobTableModel::Elapsed);
        QTest::newRow("GPUs") << int(JobTableModel::Gpus);
        QTest::newRow("reason in words") << int(JobTableModel::Reason);
        QTest::newRow("submitted") << int(JobTableModel::Submitted);
    }

    void typedSortAgreesWithSortRole()
    {
        QFETCH(int, column);
        JobTableModel model;
        model.setJobs(mixed());
        for (int a = 0; a < model.rowCount(); ++a) {
            for (int b = 0; b < model.rowCount(); ++b) {
                const QVariant left = model.index(a, column).data(JobTableModel::SortRole);
                const QVariant right = model.index(b, column).data(JobTableModel::SortRole);
                const bool expected = left.typeId() == QMetaType::QString
                    ? left.toString().compare(right.toString()) < 0
                    : QVariant::compare(left, right) == QPartialOrdering::Less;
                QVERIFY2(model.lessThan(a, b, column) == expected,
                         qPrintable(QStringLiteral("%1 < %2 by column %3")
                                        .arg(left.toString(), right.toString())
                                        .arg(column)));
            }
        }
    }

    void nodesSortByNodeThenExpectedStartInTime()
    {
        JobTableModel model;
        JobInfo later = makeJob(QStringLiteral("1"));
        later.estimatedStart = QDateTime(QDate(2026, 12, 10), QTime(9, 0));
        JobInfo sooner = makeJob(QStringLiteral("2"));
        sooner.estimatedStart = QDateTime(QDate(2026, 12, 9), QTime(10, 0));
        JobInfo running = makeJob(QStringLiteral("3"), JobState::Running);
        running.nodes = QStringLiteral("vm");
        const JobInfo unknown = makeJob(QStringLiteral("4"));
        model.setJobs({later, sooner, running, unknown});
        const auto row = [&](const char *id) { return model.rowOf(QLatin1String(id)); };
        const int n = JobTableModel::Nodes;
        // "from 12/10/26" sorts before "from 12/9/26" as text; in time it comes after.
        QVERIFY(model.lessThan(row("2"), row("1"), n));
        QVERIFY(!model.lessThan(row("1"), row("2"), n));
        QVERIFY(model.lessThan(row("4"), row("2"), n)); // no estimate first
        QVERIFY(model.lessThan(row("1"), row("3"), n)); // then the running on their nodes
    }

    void matchesWhatTheFilterNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("array task id") << QStringLiteral("700_3") << true;
        QTest::newRow("name, any case") << QStringLiteral("TRAIN-700") << true;
        QTest::newRow("partition") << QStringLiteral("gpu") << true;
        QTest::newRow("node") << QStringLiteral("node17") << false; // pending: no node yet
        QTest::newRow("raw reason") << QStringLiteral("QOSMaxJobsPerUserLimit") << true;
        QTest::newRow("reason in words") << QStringLiteral("qos") << true;
        QTest::newRow("elapsed is not searched") << QStringLiteral("00:00:00") << false;
        QTest::newRow("nothing like it") << QStringLiteral("zzz") << false;
    }

    void matchesWhatTheFilterNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, matches);
        JobTableModel model;
        JobInfo j = makeJob(QStringLiteral("700_3"));
        j.partition = QStringLiteral("gpu");
        j.reason = QStringLiteral("QOSMaxJobsPerUserLimit");
        JobInfo running = makeJob(QStringLiteral("701"), JobState::Running);
        running.nodes = QStringLiteral("node17");
        model.setJobs({j, running});
        QCOMPARE(model.matches(model.rowOf(j.id), text), matches);
        QVERIFY(model.matches(model.rowOf(running.id), QStringLiteral("node17")));

        // A change of the row is searched, not the text made before.
        j.partition = QStringLiteral("long");
        model.setJobs({j, running});
        QCOMPARE(model.matches(model.rowOf(j.id), QStringLiteral("gpu")), false);
        QVERIFY(model.matches(model.rowOf(j.id), QStringLiteral("long")));
    }
};

QTEST_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
