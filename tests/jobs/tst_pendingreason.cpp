// The pending-reason table: every common Slurm reason has words, the raw reason stays visible.
#include "core/slurm/pendingreason.h"

#include <QTest>

using namespace Patagon::Slurm;

class TestPendingReason : public QObject
{
    Q_OBJECT

private slots:
    void explained_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("fragment"); // a word the explanation must hold
        QTest::newRow("resources") << "Resources" << "busy";
        QTest::newRow("priority") << "Priority" << "priority";
        QTest::newRow("QOS job limit per user") << "QOSMaxJobsPerUserLimit" << "QOS";
        QTest::newRow("node not available, with its nodes")
            << "ReqNodeNotAvail, UnavailableNodes:gpu01" << "unavailable";
        QTest::newRow("partition time limit") << "PartitionTimeLimit" << "--time";
        QTest::newRow("group GPU limit of the account") << "AssocGrpGRES" << "GPU";
        QTest::newRow("group GPU minutes") << "AssocGrpGRESMinutes" << "GPU";
        QTest::newRow("dependency") << "Dependency" << "--dependency";
        QTest::newRow("dependency never satisfied") << "DependencyNeverSatisfied" << "cancel";
        QTest::newRow("begin time") << "BeginTime" << "--begin";
        QTest::newRow("held by the user") << "JobHeldUser" << "scontrol release";
        QTest::newRow("held by an admin") << "JobHeldAdmin" << "administrator";
        QTest::newRow("array task limit") << "JobArrayTaskLimit" << "--array";
        QTest::newRow("QOS GPU group") << "QOSGrpGRES" << "GPU";
        QTest::newRow("reservation") << "Reservation" << "reservation";
        QTest::newRow("bad constraints") << "BadConstraints" << "--constraint";
        QTest::newRow("partition down") << "PartitionDown" << "down";
    }
    void explained()
    {
        QFETCH(QString, raw);
        QFETCH(QString, fragment);
        const QString words = PendingReason::explain(raw);
        QVERIFY2(words.contains(fragment, Qt::CaseInsensitive), qPrintable(words));
        const QString described = PendingReason::describe(raw);
        QVERIFY2(described.contains(raw), qPrintable(described)); // the raw reason stays
        QVERIFY(described.contains(words));
    }

    void everyKnownReasonHasWords()
    {
        const QStringList known = PendingReason::knownReasons();
        QVERIFY(known.size() >= 14);
        for (const QString &r : known)
            QVERIFY2(!PendingReason::explain(r).isEmpty(), qPrintable(r));
    }

    void unknownAndNone_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("described");
        QTest::newRow("none") << "None" << "";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("unknown stays raw") << "SomethingNew" << "SomethingNew";
    }
    void unknownAndNone()
    {
        QFETCH(QString, raw);
        QFETCH(QString, described);
        QCOMPARE(PendingReason::explain(raw), QString());
        QCOMPARE(PendingReason::describe(raw), described);
    }
};

QTEST_GUILESS_MAIN(TestPendingReason)
#include "tst_pendingreason.moc"
