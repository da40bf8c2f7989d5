// Value checks of sbatch options: one row per case, with the severity and a piece of the message.
#include "core/slurm/valuecheck.h"

#include <QTest>

using namespace Patagon::Slurm;
using Severity = ScriptProblem::Severity;

Q_DECLARE_METATYPE(Patagon::Slurm::ValueKind)

class TestValueCheck : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<ValueKind>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("severity"); // -1: fine
        QTest::addColumn<QString>("says");
        const auto ok = [](const char *name, ValueKind k, const char *v) {
            QTest::newRow(name) << k << QString::fromUtf8(v) << -1 << QString();
        };
        const auto bad = [](const char *name, ValueKind k, const char *v, Severity s,
                            const char *says) {
            QTest::newRow(name) << k << QString::fromUtf8(v) << int(s) << QString::fromUtf8(says);
        };
        using K = ValueKind;
        ok("time MM", K::Time, "30");
        ok("time MM:SS", K::Time, "30:15");
        ok("time HH:MM:SS", K::Time, "01:30:00");
        ok("time D-HH", K::Time, "2-12");
        ok("time D-HH:MM", K::Time, "2-12:30");
        ok("time D-HH:MM:SS", K::Time, "2-00:00:00");
        ok("time UNLIMITED", K::Time, "UNLIMITED");
        ok("time infinite lowercase", K::Time, "infinite");
        bad("time with unit", K::Time, "2h", Severity::Error, "is not a time limit");
        bad("time too many fields", K::Time, "1:2:3:4", Severity::Error, "is not a time limit");
        bad("time empty", K::Time, "", Severity::Error, "is not a time limit");
        bad("time minutes above 59", K::Time, "01:75:00", Severity::Warning, "02:15:00");
        bad("time hours above 23 with days", K::Time, "1-100", Severity::Warning, "5-04:00:00");
        ok("memory plain megabytes", K::Memory, "4096");
        ok("memory G", K::Memory, "16G");
        ok("memory lowercase unit", K::Memory, "500m");
        ok("memory T", K::Memory, "1T");
        bad("memory GB", K::Memory, "16GB", Severity::Error, "write \"16G\"");
        bad("memory GiB", K::Memory, "16GiB", Severity::Error, "write \"16G\"");
        bad("memory word", K::Memory, "lots", Severity::Error, "is not an amount of memory");
        bad("memory decimal", K::Memory, "1.5G", Severity::Error, "is not an amount of memory");
        ok("count", K::Count, "4");
        bad("count zero", K::Count, "0", Severity::Error, "above zero");
        bad("count negative", K::Count, "-2", Severity::Error, "above zero");
        bad("count word", K::Count, "four", Severity::Error, "above zero");
        ok("node count", K::CountRange, "2");
        ok("node range", K::CountRange, "2-4");
        bad("node range backwards", K::CountRange, "4-2", Severity::Error, "runs backwards");
        bad("node count garbage", K::CountRange, "2-", Severity::Error, "is not a node count");
        ok("integer negative", K::Integer, "-5");
        bad("integer word", K::Integer, "low", Severity::Error, "is not a whole number");
        ok("gres name", K::Gres, "gpu");
        ok("gres count", K::Gres, "gpu:2");
        ok("gres type and count", K::Gres, "gpu:A100:1");
        ok("gres type only", K::Gres, "gpu:A100");
        ok("gres list", K::Gres, "gpu:A100:1,shard:2");
        ok("gres none", K::Gres, "none");
        bad("gres with equals", K::Gres, "gpu=1", Severity::Error, "write \"gpu:1\"");
        bad("gres zero", K::Gres, "gpu:A100:0", Severity::Error, "asks for zero gpu");
        bad("gres too many fields", K::Gres, "gpu:A100:1:2", Severity::Error, "is not a GRES");
        bad("gres empty type", K::Gres, "gpu::1", Severity::Error, "is not a GRES");
        ok("gpus count", K::Gpus, "2");
        ok("gpus typed", K::Gpus, "A100:2");
        bad("gpus zero", K::Gpus, "0", Severity::Error, "is not a GPU count");
        ok("array range with limit", K::Array, "0-15%4");
        ok("array list", K::Array, "1,3,5");
        ok("array step", K::Array, "0-15:2");
        ok("array mixed", K::Array, "1,3,10-20%2");
        bad("array backwards", K::Array, "15-0", Severity::Error, "runs backwards");
        bad("array zero limit", K::Array, "0-15%0", Severity::Error, "would let no task");
        bad("array zero step", K::Array, "0-15:0", Severity::Error, "step");
        bad("array words", K::Array, "a-b", Severity::Error, "is not a job array");
        ok("mail type one", K::MailType, "END");
        ok("mail type list lowercase", K::MailType, "begin,end,fail");
        ok("mail type time limit 90", K::MailType, "TIME_LIMIT_90");
        bad("mail type unknown", K::MailType, "END,FINISH", Severity::Error,
            "\"FINISH\" is not a mail type");
        ok("output pattern job id", K::FilePattern, "name-%j.out");
        ok("output pattern all known", K::FilePattern, "%x-%A_%a-%u-%N-%n-%t-%%.log");
        ok("output pattern zero padded", K::FilePattern, "task-%4a.out");
        bad("output pattern unknown letter", K::FilePattern, "out-%q.log", Severity::Warning,
            "\"%q\" is not a file-name pattern");
        bad("output pattern lone percent", K::FilePattern, "out-%", Severity::Warning, "lone");
        bad("output pattern with backslash", K::FilePattern, "out\\-%j", Severity::Info,
            "replaces none");
        ok("dependency afterok", K::Dependency, "afterok:123");
        ok("dependency several ids", K::Dependency, "afterok:123:456");
        ok("dependency all of", K::Dependency, "afterok:1,afterany:2");
        ok("dependency any of", K::Dependency, "afterok:1?afternotok:2");
        ok("dependency array task", K::Dependency, "aftercorr:123_4");
        ok("dependency with time", K::Dependency, "after:123+10");
        ok("dependency singleton", K::Dependency, "singleton");
        bad("dependency unknown type", K::Dependency, "afterwards:123", Severity::Error,
            "Unknown dependency type \"afterwards\"");
        bad("dependency no id", K::Dependency, "afterok", Severity::Error, "is not a dependency");
        bad("dependency both separators", K::Dependency, "afterok:1,afterok:2?afterok:3",
            Severity::Error, "not both");
        ok("signal", K::Signal, "B:USR1@60");
        ok("signal number", K::Signal, "10");
        bad("signal garbage", K::Signal, "B:USR1@soon", Severity::Error, "is not a signal");
        ok("partition", K::Partition, "gpu");
        ok("partition list", K::Partition, "gpu,cpu");
        bad("partition with space", K::Partition, "g pu", Severity::Error, "is not a partition");
        ok("image with hash", K::ContainerImage, "nvcr.io#nvidia/pytorch:24.05-py3");
        ok("image from docker hub", K::ContainerImage, "ubuntu:24.04");
        ok("image file", K::ContainerImage, "/scratch/pytorch.sqsh");
        bad("image registry with slash", K::ContainerImage, "nvcr.io/nvidia/pytorch:24.05-py3",
            Severity::Warning, "nvcr.io#nvidia/pytorch:24.05-py3");
        ok("container name", K::ContainerName, "pytorch");
        ok("container name with flag", K::ContainerName, "pytorch:no_exec");
        bad("container name bad flag", K::ContainerName, "pytorch:later", Severity::Error,
            "not a container-name flag");
    }

    void check()
    {
        QFETCH(ValueKind, kind);
        QFETCH(QString, value);
        QFETCH(int, severity);
        QFETCH(QString, says);
        const ValueCheck::Finding f = ValueCheck::check(kind, value);
        if (severity < 0) {
            QVERIFY2(!f.isValid(), qPrintable(f.message));
            return;
        }
        QVERIFY(f.isValid());
        QCOMPARE(int(f.severity), severity);
        QVERIFY2(f.message.contains(says), qPrintable(f.message));
    }

    void minutes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("minutes");
        QTest::newRow("minutes") << QStringLiteral("90") << qint64(90);
        QTest::newRow("seconds round up") << QStringLiteral("1:01") << qint64(2);
        QTest::newRow("hours") << QStringLiteral("02:00:00") << qint64(120);
        QTest::newRow("days and hours") << QStringLiteral("2-00") << qint64(2880);
        QTest::newRow("unlimited") << QStringLiteral("UNLIMITED") << qint64(-1);
        QTest::newRow("largest field") << QStringLiteral("999999999-00") << qint64(1439999998560);
        // Found by fuzz_sbatchvalue: these multiplied past qint64 (undefined behaviour).
        QTest::newRow("hours beyond qint64")
            << QStringLiteral("3333333333333333332:00:00") << qint64(-2);
        QTest::newRow("days beyond qint64") << QStringLiteral("99999999999999999-0") << qint64(-2);
    }

    void megabytesStayInRange()
    {
        QCOMPARE(ValueCheck::parseMegabytes(QStringLiteral("999999999999T")),
                 std::optional<qint64>(999999999999LL * 1024 * 1024));
        QCOMPARE(ValueCheck::parseMegabytes(QStringLiteral("9999999999999T")), std::nullopt);
    }

    void minutes()
    {
        QFETCH(QString, value);
        QFETCH(qint64, minutes);
        QCOMPARE(ValueCheck::parseMinutes(value).value_or(-2), minutes);
    }

    void formatMinutes()
    {
        QCOMPARE(ValueCheck::formatMinutes(2880), QStringLiteral("2-00:00:00"));
        QCOMPARE(ValueCheck::formatMinutes(75), QStringLiteral("01:15:00"));
        QCOMPARE(ValueCheck::formatMinutes(-1), QStringLiteral("UNLIMITED"));
    }

    void resolvePattern_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("job id") << QStringLiteral("MiTareaML-%j.out")
                                << QStringLiteral("MiTareaML-12345.out");
        QTest::newRow("name and user")
            << QStringLiteral("%x-%u.log") << QStringLiteral("job-ana.log");
        QTest::newRow("array") << QStringLiteral("s-%A_%a.out") << QStringLiteral("s-12345_7.out");
        QTest::newRow("zero padded") << QStringLiteral("t-%3a") << QStringLiteral("t-007");
        QTest::newRow("percent") << QStringLiteral("100%%") << QStringLiteral("100%");
        QTest::newRow("unknown kept") << QStringLiteral("a-%q") << QStringLiteral("a-%q");
        QTest::newRow("node") << QStringLiteral("%N.out") << QStringLiteral("node1.out");
    }

    void resolvePattern()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, resolved);
        ValueCheck::PatternContext c;
        c.user = QStringLiteral("ana");
        c.arrayTaskId = QStringLiteral("7");
        QCOMPARE(ValueCheck::resolveFilePattern(pattern, c), resolved);
    }
};

QTEST_GUILESS_MAIN(TestValueCheck)
#include "tst_valuecheck.moc"
