// The checker: sbatch's refusals and rules as problems with fixes; cluster facts parsed from
// captured command output, and the validation that uses them.
#include "core/slurm/batchscript.h"
#include "core/slurm/clusterfacts.h"
#include "core/slurm/scriptchecker.h"
#include "slurmtestutil.h"

#include <QStandardPaths>
#include <QTest>

using namespace Patagon::Slurm;
using Severity = ScriptProblem::Severity;

class TestScriptChecker : public QObject
{
    Q_OBJECT

    static QByteArray data(const char *name)
    {
        return SlurmTest::readFile(QStringLiteral(PATAGON_SOURCE_DIR "/tests/slurm/data/")
                                   + QLatin1String(name));
    }

    static ClusterFacts multiCluster()
    {
        ClusterFacts facts;
        facts.partitions = ClusterFacts::parsePartitions(data("scontrol-partition-multi.txt"));
        ClusterFacts::addGres(facts.partitions, data("sinfo-gres-multi.txt"));
        ClusterFacts::addNodeSizes(facts.partitions, data("sinfo-nodes-multi.txt"));
        facts.pyxisKnown = true;
        facts.pyxisFlags = {QStringLiteral("container-image"), QStringLiteral("container-name")};
        facts.qos = {QStringLiteral("normal"), QStringLiteral("long")};
        facts.accounts = {QStringLiteral("lab")};
        return facts;
    }

    static const ScriptProblem *findProblem(const QList<ScriptProblem> &problems, int line,
                                            const QString &says)
    {
        for (const ScriptProblem &p : problems) {
            if (p.line == line && p.message.contains(says))
                return &p;
        }
        return nullptr;
    }

    static QString listing(const QList<ScriptProblem> &problems)
    {
        QString s;
        for (const ScriptProblem &p : problems)
            s += QStringLiteral("\n  %1 %2: %3")
                     .arg(ScriptProblem::severityName(p.severity))
                     .arg(p.line)
                     .arg(p.message);
        return s;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("hasFix");
        const auto row = [](const char *name, const char *script, int line, Severity s,
                            const char *says, bool fix) {
            QTest::newRow(name) << QByteArray(script) << line << int(s) << QString::fromUtf8(says)
                                << fix;
        };
        row("missing shebang is refused", "#SBATCH -p gpu\necho\n", 1, Severity::Error,
            "does not start with #!", true);
        row("DOS line breaks are refused", "#!/bin/sh\r\necho\r\n", 1, Severity::Error,
            "DOS line breaks", true);
        row("empty script", "", 1, Severity::Error, "empty", false);
        row("inactive directive", "#!/bin/sh\n#SBATCH -p a\necho\n#SBATCH -t 5\n", 4,
            Severity::Warning, "after the first command (line 3)", true);
        row("# SBATCH lookalike", "#!/bin/sh\n# SBATCH -p gpu\n", 2, Severity::Warning,
            "is a comment, not a directive", true);
        row("##SBATCH lookalike", "#!/bin/sh\n##SBATCH -p gpu\n", 2, Severity::Warning,
            "is a comment, not a directive", true);
        row("indented lookalike", "#!/bin/sh\n  #SBATCH -p gpu\n", 2, Severity::Warning,
            "is a comment, not a directive", true);
        row("#SLURM deprecated", "#!/bin/sh\n#SLURM -p gpu\n", 2, Severity::Warning, "deprecated",
            true);
        row("unknown option with suggestion", "#!/bin/sh\n#SBATCH --partion=gpu\n", 2,
            Severity::Error, "did you mean --partition?", true);
        row("unknown option without suggestion", "#!/bin/sh\n#SBATCH --frobnicate\n", 2,
            Severity::Error, "Unknown option \"--frobnicate\".", false);
        row("unknown short option", "#!/bin/sh\n#SBATCH -Z\n", 2, Severity::Error,
            "Unknown option \"-Z\"", false);
        row("ambiguous abbreviation", "#!/bin/sh\n#SBATCH --mem-per=4\n", 2, Severity::Error,
            "--mem-per-cpu, --mem-per-gpu", false);
        row("abbreviation", "#!/bin/sh\n#SBATCH --part=gpu\n", 2, Severity::Warning,
            "short for --partition", true);
        row("missing value", "#!/bin/sh\n#SBATCH --time\n", 2, Severity::Error, "needs a value",
            false);
        row("flag with value", "#!/bin/sh\n#SBATCH --hold=yes\n", 2, Severity::Error,
            "takes no value", false);
        row("stray word", "#!/bin/sh\n#SBATCH -p gpu stray\n", 2, Severity::Error,
            "\"stray\" is not an option", false);
        row("unmatched quote", "#!/bin/sh\n#SBATCH -J \"open\n", 2, Severity::Error, "never closed",
            false);
        row("leading colon", "#!/bin/sh\n#SBATCH : -p gpu\n", 2, Severity::Error,
            "may not start with \":\"", false);
        row("empty argument stops the line", "#!/bin/sh\n#SBATCH -J \"\" -p gpu\n", 2,
            Severity::Warning, "empty argument", false);
        row("repeated option", "#!/bin/sh\n#SBATCH -p a\n#SBATCH -p b\n", 2, Severity::Warning,
            "given again on line 3", false);
        row("bad time value", "#!/bin/sh\n#SBATCH -t 2h\n", 2, Severity::Error,
            "is not a time limit", false);
        row("memory unit with fix", "#!/bin/sh\n#SBATCH --mem=16GB\n", 2, Severity::Error,
            "write \"16G\"", true);
        row("hetjob info", "#!/bin/sh\n#SBATCH -p a\n#SBATCH hetjob\n#SBATCH -p b\n", 3,
            Severity::Info, "component 1", false);
    }

    void problems()
    {
        QFETCH(QByteArray, script);
        QFETCH(int, line);
        QFETCH(int, severity);
        QFETCH(QString, says);
        QFETCH(bool, hasFix);
        const QList<ScriptProblem> problems = ScriptChecker::check(BatchScript::parse(script));
        const ScriptProblem *p = findProblem(problems, line, says);
        QVERIFY2(p, qPrintable(listing(problems)));
        QCOMPARE(int(p->severity), severity);
        QCOMPARE(p->fix.isValid(), hasFix);
        QVERIFY(p->startColumn <= p->endColumn);
        if (hasFix) {
            // The fix removes the problem it was offered for.
            const QList<ScriptProblem> after
                = ScriptChecker::check(BatchScript::parse(p->fix.newScript));
            for (const ScriptProblem &q : after)
                QVERIFY2(!(q.message == p->message), qPrintable(listing(after)));
        }
    }

    void cleanScriptsHaveNoErrors_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"tutorial-mitareaml.slurm", "cpu-job.slurm", "job-array.slurm",
                              "blank-lines-first.slurm", "utf8.slurm"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void cleanScriptsHaveNoErrors()
    {
        QFETCH(QString, file);
        const QList<ScriptProblem> problems = ScriptChecker::check(
            BatchScript::parse(SlurmTest::readFile(SlurmTest::corpusDir() + u'/' + file)));
        QVERIFY2(!hasError(problems), qPrintable(listing(problems)));
    }

    void nulByteIsRefused()
    {
        const QList<ScriptProblem> problems
            = ScriptChecker::check(BatchScript::parse(QByteArray("#!/bin/sh\necho \0\n", 17)));
        const ScriptProblem *p = findProblem(problems, 2, QStringLiteral("NUL"));
        QVERIFY2(p, qPrintable(listing(problems)));
        QCOMPARE(p->fix.newScript, QByteArray("#!/bin/sh\necho \n"));
    }

    void dosFixConvertsLineBreaks()
    {
        const QList<ScriptProblem> problems
            = ScriptChecker::check(BatchScript::parse("#!/bin/sh\r\n#SBATCH -p a\r\necho\r\n"));
        const ScriptProblem *p = findProblem(problems, 1, QStringLiteral("DOS"));
        QVERIFY(p);
        QCOMPARE(p->fix.newScript, QByteArray("#!/bin/sh\n#SBATCH -p a\necho\n"));
    }

    void parseScontrolSandbox()
    {
        const QList<PartitionFacts> parts
            = ClusterFacts::parsePartitions(data("scontrol-partition-sandbox.txt"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).name, QStringLiteral("cpu"));
        QVERIFY(parts.at(0).isDefault);
        QVERIFY(!parts.at(0).maxTimeMinutes);
        QCOMPARE(parts.at(1).name, QStringLiteral("gpu"));
        QCOMPARE(parts.at(1).maxTimeMinutes.value_or(0), qint64(2880));
        QCOMPARE(parts.at(1).totalCpus, 4);
        QVERIFY(!parts.at(1).maxMemPerNodeMb);
    }

    void parseMulti()
    {
        const ClusterFacts facts = multiCluster();
        QCOMPARE(facts.partitions.size(), 3);
        const PartitionFacts *gpu = facts.partition(QStringLiteral("gpu"));
        QVERIFY(gpu);
        QCOMPARE(gpu->maxMemPerNodeMb.value_or(0), qint64(1000 * 1024));
        QCOMPARE(gpu->maxMemPerCpuMb.value_or(0), qint64(8 * 1024));
        QCOMPARE(gpu->allowAccounts, (QStringList {QStringLiteral("lab"), QStringLiteral("ml")}));
        QCOMPARE(gpu->gres,
                 (QStringList {QStringLiteral("gpu:A100:8(S:0-1)"),
                               QStringLiteral("gpu:A100:4(S:0)"), QStringLiteral("shard:16")}));
        QCOMPARE(gpu->gresTypes(QStringLiteral("gpu")), QStringList {QStringLiteral("A100")});
        QCOMPARE(facts.partition(QStringLiteral("cpu"))->maxNodes.value_or(0), qint64(4));
        QCOMPARE(facts.partition(QStringLiteral("debug"))->state, QStringLiteral("DOWN"));
        QVERIFY(facts.partition(QStringLiteral("cpu"))->gres.isEmpty());
        QCOMPARE(facts.defaultPartition()->name, QStringLiteral("cpu"));
        // The largest node of each partition, from sinfo -N.
        QCOMPARE(facts.partition(QStringLiteral("cpu"))->largestNodeCpus, 128);
        QCOMPARE(gpu->largestNodeMemMb, qint64(1031000));
        QCOMPARE(gpu->largestNodeGres.value(QStringLiteral("gpu")), qint64(8));
        QCOMPARE(gpu->largestNodeGres.value(QStringLiteral("gpu:A100")), qint64(8));
        QCOMPARE(gpu->largestNodeGres.value(QStringLiteral("shard")), qint64(16));
    }

    void parseSandboxGresAndAssociations()
    {
        QList<PartitionFacts> parts
            = ClusterFacts::parsePartitions(data("scontrol-partition-sandbox.txt"));
        ClusterFacts::addGres(parts, data("sinfo-gres-sandbox.txt"));
        QCOMPARE(parts.at(1).gres, QStringList {QStringLiteral("gpu:A100:1")});
        ClusterFacts::addNodeSizes(parts, data("sinfo-nodes-sandbox.txt"));
        QCOMPARE(parts.at(1).largestNodeCpus, 4);
        QCOMPARE(parts.at(1).largestNodeMemMb, qint64(4096));
        QCOMPARE(parts.at(1).largestNodeGres.value(QStringLiteral("gpu:A100")), qint64(1));
        QStringList accounts;
        QStringList qos;
        ClusterFacts::parseAssociations(data("sacctmgr-assoc-sandbox.txt"), accounts, qos);
        QCOMPARE(accounts, (QStringList {QStringLiteral("root"), QStringLiteral("research")}));
        QCOMPARE(qos, QStringList {QStringLiteral("normal")});
    }

    void parseContainerFlags()
    {
        const QByteArray help = "      --container             Path to OCI container bundle\n"
                                "      --container-image=[USER@][REGISTRY#]IMAGE[:TAG]|PATH\n"
                                "      --container-mounts=SRC:DST[:FLAGS][,SRC:DST...]\n"
                                "      --no-container-mount-home\n";
        QCOMPARE(
            ClusterFacts::parseContainerFlags(help),
            (QStringList {QStringLiteral("container-image"), QStringLiteral("container-mounts"),
                          QStringLiteral("no-container-mount-home")}));
        // Slurm's own OCI --container and --container-id are not Pyxis's.
        QVERIFY(!ClusterFacts::parseContainerFlags(data("srun-help-sandbox.txt"))
                     .contains(QStringLiteral("container-id")));
    }

    void jsonAndCacheRoundTrip()
    {
        const ClusterFacts facts = multiCluster();
        const ClusterFacts back = ClusterFacts::fromJson(facts.toJson());
        QCOMPARE(back.toJson(), facts.toJson());
        QVERIFY(ClusterFacts::saveToCache(QStringLiteral("test profile"), facts));
        const std::optional<ClusterFacts> cached
            = ClusterFacts::loadFromCache(QStringLiteral("test profile"));
        QVERIFY(cached);
        QCOMPARE(cached->toJson(), facts.toJson());
        QVERIFY(!ClusterFacts::loadFromCache(QStringLiteral("no such profile")));
    }

    void clusterValidation_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says"); // empty: no cluster problem expected
        const auto row = [](const char *name, const char *script, int line, const char *says) {
            QTest::newRow(name) << QByteArray(script) << line << QString::fromUtf8(says);
        };
        row("time above the partition's limit",
            "#!/bin/sh\n#SBATCH -p gpu\n#SBATCH -t 3-00:00:00\n", 3,
            "Partition gpu allows at most 2-00:00:00");
        row("unlimited above the partition's limit", "#!/bin/sh\n#SBATCH -p gpu -t UNLIMITED\n", 2,
            "Partition gpu allows at most 2-00:00:00");
        row("time within the limit", "#!/bin/sh\n#SBATCH -p gpu\n#SBATCH -t 1-00:00:00\n", 3, "");
        row("default partition's limit applies", "#!/bin/sh\n#SBATCH -t 8-00:00:00\n", 2,
            "Partition cpu allows at most 7-00:00:00");
        row("unknown partition", "#!/bin/sh\n#SBATCH -p gpux\n", 2,
            "no partition \"gpux\"; it has cpu, gpu, debug");
        row("gres type the cluster lacks", "#!/bin/sh\n#SBATCH -p gpu --gres=gpu:V100:1\n", 2,
            "--gres=gpu:V100:1: this cluster has gpu:A100");
        row("gres in a partition without it", "#!/bin/sh\n#SBATCH -p cpu --gres=gpu:1\n", 2,
            "Partition cpu has no gpu resources");
        row("gres fine", "#!/bin/sh\n#SBATCH -p gpu --gres=gpu:A100:1\n", 2, "");
        row("memory above the node limit", "#!/bin/sh\n#SBATCH -p gpu --mem=2000G\n", 2,
            "at most 1024000 MB of memory per node");
        row("memory per cpu above the limit", "#!/bin/sh\n#SBATCH -p gpu --mem-per-cpu=16G\n", 2,
            "at most 8192 MB of memory per CPU");
        row("cpus above the largest node", "#!/bin/sh\n#SBATCH -p cpu -c 200\n", 2,
            "The largest node of partition cpu has 128 CPUs; a task asking for 200");
        row("cpus on the largest node", "#!/bin/sh\n#SBATCH -p cpu -c 128\n", 2, "");
        row("memory above the largest node", "#!/bin/sh\n#SBATCH -p debug --mem=600G\n", 2,
            "has 515000 MB of memory; the job asks for 614400 MB");
        row("gpus above the largest node", "#!/bin/sh\n#SBATCH -p gpu --gres=gpu:A100:9\n", 2,
            "The largest node of partition gpu has 8 × gpu:A100");
        row("untyped gpus above the largest node", "#!/bin/sh\n#SBATCH -p gpu --gres=gpu:12\n", 2,
            "has 8 × gpu; --gres=gpu:12 asks for 12");
        row("gpus on the largest node", "#!/bin/sh\n#SBATCH -p gpu --gres=gpu:A100:8\n", 2, "");
        row("pyxis flag missing", "#!/bin/sh\n#SBATCH --container-writable\n", 2,
            "no --container-writable");
        row("pyxis flag present", "#!/bin/sh\n#SBATCH --container-image=ubuntu\n", 2, "");
        row("unknown qos", "#!/bin/sh\n#SBATCH --qos=high\n", 2, "allow the QOS normal, long");
        row("unknown account", "#!/bin/sh\n#SBATCH -A other\n", 2, "accounts lab");
    }

    void clusterValidation()
    {
        QFETCH(QByteArray, script);
        QFETCH(int, line);
        QFETCH(QString, says);
        const ClusterFacts facts = multiCluster();
        const BatchScript parsed = BatchScript::parse(script);
        const QList<ScriptProblem> problems = ScriptChecker::check(parsed, &facts);
        if (says.isEmpty()) {
            QVERIFY2(!hasError(problems), qPrintable(listing(problems)));
            return;
        }
        QVERIFY2(findProblem(problems, line, says), qPrintable(listing(problems)));
        // Without facts, no cluster problem.
        QVERIFY(!findProblem(ScriptChecker::check(parsed), line, says));
    }

    // How Pyxis runs a batch script: #SBATCH container options put the whole batch step in the
    // container (no srun there); named containers are checked against the user's list.
    void pyxisPlacement_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says"); // empty: no such problem expected
        QTest::addColumn<QByteArray>("fixed"); // the script after the fix; empty: no fix
        const auto row = [](const char *name, const char *script, int line, const char *says,
                            const char *fixed) {
            QTest::newRow(name) << QByteArray(script) << line << QString::fromUtf8(says)
                                << QByteArray(fixed);
        };
        row("the tutorial's trap: #SBATCH container, srun in the body",
            "#!/bin/bash\n#SBATCH -p cpu\n#SBATCH --container-name=mienv\n\n"
            "srun python train.py\n",
            5, "whole batch script inside the container, where there is no srun",
            "#!/bin/bash\n#SBATCH -p cpu\n\nsrun --container-name=mienv python train.py\n");
        row("two options on one #SBATCH line: said, no automatic fix",
            "#!/bin/bash\n#SBATCH --container-image=ubuntu --container-name=u\n"
            "srun hostname\nsrun --container-name=mienv python x.py\n",
            3, "line 2 makes Pyxis run the whole batch script", "");
        row("two directive lines move onto two srun steps",
            "#!/bin/bash\n#SBATCH --container-image='nvcr.io#nvidia/pytorch:24.05-py3'\n"
            "#SBATCH --container-mounts=/data:/data\nsrun -n1 a && srun b\n",
            4, "where there is no srun",
            "#!/bin/bash\nsrun --container-image='nvcr.io#nvidia/pytorch:24.05-py3' "
            "--container-mounts=/data:/data -n1 a && srun "
            "--container-image='nvcr.io#nvidia/pytorch:24.05-py3' --container-mounts=/data:/data "
            "b\n");
        row("the corpus's GPU script: the step keeps its name, gains the image and mounts",
            "#!/bin/bash\n#SBATCH -p gpu\n#SBATCH "
            "--container-image=\"nvcr.io#nvidia/pytorch:24.05-py3\"\n"
            "#SBATCH --container-name=pytorch\n#SBATCH --container-mounts=/data:/data:ro\n\n"
            "srun --container-name=pytorch python train.py --epochs 10\n",
            7, "line 4 makes Pyxis run the whole batch script",
            "#!/bin/bash\n#SBATCH -p gpu\n\nsrun "
            "--container-image='nvcr.io#nvidia/pytorch:24.05-py3' "
            "--container-mounts=/data:/data:ro --container-name=pytorch python train.py --epochs "
            "10\n");
        row("other Slurm commands in the batch step: no automatic fix",
            "#!/bin/bash\n#SBATCH --container-name=mienv\nX=1 exec scontrol show job "
            "$SLURM_JOB_ID\n",
            3, "where there is no scontrol", "");
        row("a container for the batch step alone is fine",
            "#!/bin/bash\n#SBATCH --container-name=mienv\npython train.py\n", 3, "", "");
        row("srun in a comment or a string is not a command",
            "#!/bin/bash\n#SBATCH --container-name=mienv\necho 'srun later' # srun\n", 3, "", "");
        row("a container that does not exist, on the srun line",
            "#!/bin/bash\n#SBATCH -p gpu\nsrun --container-name=pytorch python x.py\n", 3,
            "no container named pytorch on the cluster (yours: mienv, pt2)", "");
        row("a typo of one of the user's containers is fixed",
            "#!/bin/bash\n#SBATCH -p gpu\nsrun --container-name mienb python x.py\n", 3,
            "no container named mienb",
            "#!/bin/bash\n#SBATCH -p gpu\nsrun --container-name=mienv python x.py\n");
        row("an image given: the container is made, nothing to say",
            "#!/bin/bash\nsrun --container-image=ubuntu --container-name=new true\n", 2, "", "");
        row("a container on one node of a partition of four: -w offered",
            "#!/bin/bash\n#SBATCH -p cpu\nsrun --container-name=mienv python x.py\n", 3,
            "lives on node cn02 only",
            "#!/bin/bash\n#SBATCH -p cpu\nsrun -w cn02 --container-name=mienv python x.py\n");
        row("already pinned to its node",
            "#!/bin/bash\n#SBATCH -p cpu\nsrun -w cn02 --container-name=mienv python x.py\n", 3, "",
            "");
        row("a one-node partition needs no pin",
            "#!/bin/bash\n#SBATCH -p gpu\nsrun --container-name=pt2 python x.py\n", 3, "", "");
        row("a typo of a partition is fixed", "#!/bin/sh\n#SBATCH -p gpux\n", 2,
            "no partition \"gpux\"", "#!/bin/sh\n#SBATCH -p gpu\n");
        row("a GRES type in another case is fixed",
            "#!/bin/sh\n#SBATCH -p gpu\n#SBATCH --gres=gpu:a100:1\n", 3,
            "this cluster has gpu:A100", "#!/bin/sh\n#SBATCH -p gpu\n#SBATCH --gres=gpu:A100:1\n");
    }

    void pyxisPlacement()
    {
        QFETCH(QByteArray, script);
        QFETCH(int, line);
        QFETCH(QString, says);
        QFETCH(QByteArray, fixed);
        ClusterFacts facts = multiCluster();
        facts.containers = QList<ContainerFact> {{QStringLiteral("mienv"), QStringLiteral("cn02")},
                                                 {QStringLiteral("pt2"), QStringLiteral("gn01")}};
        const QList<ScriptProblem> problems
            = ScriptChecker::check(BatchScript::parse(script), &facts);
        if (says.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(listing(problems)));
            return;
        }
        const ScriptProblem *p = findProblem(problems, line, says);
        QVERIFY2(p, qPrintable(listing(problems)));
        QCOMPARE(p->fix.isValid(), !fixed.isEmpty());
        if (p->fix.isValid()) {
            QCOMPARE(p->fix.newScript, fixed);
            // The fixed script has no such problem left.
            QVERIFY2(
                !findProblem(ScriptChecker::check(BatchScript::parse(fixed), &facts), line, says),
                fixed.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestScriptChecker)
#include "tst_scriptchecker.moc"
