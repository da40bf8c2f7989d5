// core/train's parts that need no cluster: the bundle, the toolchain probe's report and its
// advice, the first build error, metrics.jsonl read in pieces, dataset detection, the config's
// checks and the batch script it becomes.
#include "core/slurm/batchscript.h"
#include "core/slurm/clusterfacts.h"
#include "core/train/metricsreader.h"
#include "core/train/runnerbundle.h"
#include "core/train/runresults.h"
#include "core/train/runwatcher.h"
#include "core/train/toolchain.h"
#include "core/train/toolchainfix.h"
#include "core/train/trainconfig.h"

#include <QtTest>

using namespace Patagon;
using namespace Patagon::Train;

static QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class TestTrainCore : public QObject
{
    Q_OBJECT

private slots:
    void bundleHoldsTheTrainerAndScripts()
    {
        const RunnerBundle &b = RunnerBundle::builtIn();
        QVERIFY(b.isValid());
        QStringList paths;
        for (const BundleFile &f : b.files())
            paths << f.path;
        for (const char *needed :
             {"CMakeLists.txt", "main.cpp", "trainer.cpp", "probe.sh", "build.sh"})
            QVERIFY2(paths.contains(QLatin1String(needed)), needed);
        QVERIFY(!paths.contains(QStringLiteral("tests/lib.sh")));
        QCOMPARE(b.hash().size(), 16);
        // The hash is of the contents: a copy has it, a change of one byte changes it.
        RunnerBundle copy = b;
        QCOMPARE(copy.hash(), b.hash());
        copy.setFile(QStringLiteral("main.cpp"), b.files().first().contents + ' ');
        QVERIFY(copy.hash() != b.hash());
        QVERIFY(b.manifest().startsWith(QByteArray(b.hash().toLatin1() + '\n')));
    }

    void toolchainFindings_data()
    {
        QTest::addColumn<QByteArray>("probe");
        QTest::addColumn<bool>("canBuild");
        QTest::addColumn<QStringList>("mentions");
        QTest::addColumn<QString>("prefix");

        const QByteArray tools = "cmake=/usr/bin/cmake\ncmake_version=3.31.6\ncxx=/usr/bin/c++\n"
                                 "cxx_version=14.2.0\ngloo=/usr/include\ncpus=4\n";
        QTest::newRow("sandbox pytorch image: Debian's LibTorch, CPU")
            << QByteArray("probe=1\npython=/usr/bin/python3\ntorch_version=2.6.0\ntorch_cuda=\n"
                          "torch_python_prefix=/usr/lib/python3/dist-packages/torch/share/cmake\n"
                          "torch_python_config=no\n"
                          "torch_system_config=/usr/lib/x86_64-linux-gnu/cmake/Torch\n"
                          "torch_system_version=2.6.0\n"
                          + tools + "probe_end=1\n")
            << true << QStringList {QStringLiteral("CPU-only")}
            << QStringLiteral("/usr/lib/x86_64-linux-gnu/cmake/Torch");
        QTest::newRow("python image: no compiler, no torch")
            << QByteArray("probe=1\npython=/usr/bin/python3\n"
                          "torch_error=ModuleNotFoundError: No module named 'torch'\ncmake=\n"
                          "cxx=\ngloo=\nprobe_end=1\n")
            << false
            << QStringList {QStringLiteral("cannot import torch"), QStringLiteral("C++ compiler"),
                            QStringLiteral("CMake is missing")}
            << QString();
        QTest::newRow("pip CUDA wheel without nvcc: built without it")
            << QByteArray("probe=1\npython=/usr/bin/python3\ntorch_version=2.5.1+cu124\n"
                          "torch_cuda=12.4\ntorch_python_prefix=/site/torch/share/cmake\n"
                          "torch_python_config=yes\nnvcc=\n"
                          + tools + "probe_end=1\n")
            << true << QStringList {QStringLiteral("no CUDA compiler")}
            << QStringLiteral("/site/torch/share/cmake");
        QTest::newRow("old cmake") << QByteArray(
            "probe=1\ntorch_system_config=/usr/lib/cmake/Torch\ncmake=/usr/bin/cmake\n"
            "cmake_version=3.16.3\ncxx=/usr/bin/g++\ngloo=/usr/include\nprobe_end=1\n")
                                   << false << QStringList {QStringLiteral("older than 3.21")}
                                   << QStringLiteral("/usr/lib/cmake/Torch");
        QTest::newRow("cut short (the container did not start)")
            << QByteArray("probe=1\npython=/usr/bin/python3\n") << false
            << QStringList {QStringLiteral("did not finish")} << QString();
        QTest::newRow("noise from a login script is ignored")
            << QByteArray("Welcome to Patagon!\nWARNING: quota=90%\nprobe=1\n"
                          "torch_system_config=/usr/lib/cmake/Torch\n"
                          + tools + "probe_end=1\n")
            << true << QStringList {} << QStringLiteral("/usr/lib/cmake/Torch");
    }

    void toolchainFindings()
    {
        QFETCH(QByteArray, probe);
        QFETCH(bool, canBuild);
        QFETCH(QStringList, mentions);
        QFETCH(QString, prefix);
        const ToolchainReport report = ToolchainReport::parse(probe);
        QCOMPARE(report.canBuild(), canBuild);
        QCOMPARE(report.torchPrefix(), prefix);
        QString all;
        for (const ToolchainFinding &f : report.findings())
            all += f.message + u'\n';
        for (const QString &m : mentions)
            QVERIFY2(all.contains(m), qPrintable(all));
        QVERIFY(!report.value(QStringLiteral("quota")).size());
    }

    void cudaWithoutNvccBypassesTheToolkitSearch()
    {
        const auto report = ToolchainReport::parse(
            "probe=1\ntorch_cuda=12.4\ntorch_python_config=yes\ntorch_python_prefix=/p\n"
            "gloo_torch=/p/include\nprobe_end=1\n");
        QVERIFY(report.cmakeArguments().contains(
            QStringLiteral("-DPATAGON_TRAIN_SKIP_CUDA_DISCOVERY=ON")));
        QVERIFY(report.cmakeArguments().contains(
            QStringLiteral("-DPATAGON_GLOO_INCLUDE_DIR=/p/include")));
        QVERIFY(report.hasGloo());
    }

    void buildKeyFollowsTorchAndBundle()
    {
        const auto a = ToolchainReport::parse("torch_version=2.6.0\ncxx_version=14\n");
        const auto b = ToolchainReport::parse("torch_version=2.7.0\ncxx_version=14\n");
        QCOMPARE(a.buildKey(QStringLiteral("h1")), a.buildKey(QStringLiteral("h1")));
        QVERIFY(a.buildKey(QStringLiteral("h1")) != a.buildKey(QStringLiteral("h2")));
        QVERIFY(a.buildKey(QStringLiteral("h1")) != b.buildKey(QStringLiteral("h1")));
    }

    void compileJobsBoundedByMemory()
    {
        QCOMPARE(ToolchainReport::parse("cpus=64\nmem_available_kb=4194304\n").compileJobs(), 2);
        QCOMPARE(ToolchainReport::parse("cpus=64\nmem_available_kb=419430400\n").compileJobs(), 8);
        QCOMPARE(ToolchainReport::parse("cpus=2\n").compileJobs(), 2);
        QCOMPARE(ToolchainReport::parse("").compileJobs(), 1);
    }

    void firstBuildError_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gcc, after warnings and 300 lines")
            << QByteArray("[1/12] Building CXX\n/w/src/a.cpp:3:5: warning: unused [-Wunused]\n")
                + QByteArray("note: noise\n").repeated(300)
                + "/w/src/trainer.cpp:42:7: error: 'foo' was not declared in this scope\n"
                  "   42 |       foo();\n      |       ^~~\n"
                  "/w/src/trainer.cpp:50:1: error: second\n"
            << QStringLiteral("/w/src/trainer.cpp:42:7: error: 'foo' was not declared in this "
                              "scope\n42 |       foo();\n|       ^~~");
        QTest::newRow("cmake")
            << QByteArray("-- The CXX compiler\nCMake Error at CMakeLists.txt:18 (find_package):\n"
                          "  By not providing \"FindTorch.cmake\"\n\n-- Configuring incomplete\n")
            << QStringLiteral("CMake Error at CMakeLists.txt:18 (find_package):\nBy not providing "
                              "\"FindTorch.cmake\"");
        QTest::newRow("linker") << QByteArray(
            "main.cpp.o: in function `main':\nmain.cpp:(.text+0x1): undefined "
            "reference to `torch::x()'\ncollect2: error: ld returned 1\n")
                                << QStringLiteral(
                                       "main.cpp:(.text+0x1): undefined reference to `torch::x()'\n"
                                       "collect2: error: ld returned 1");
        QTest::newRow("nothing recognised") << QByteArray("ninja: build stopped\n") << QString();
    }

    void firstBuildError()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, expected);
        QCOMPARE(Train::firstBuildError(output), expected);
    }

    void metricsInPieces()
    {
        const QByteArray file
            = "{\"format\":1,\"event\":\"start\",\"time\":1}\n"
              "{\"format\":1,\"event\":\"epoch\",\"epoch\":1,\"epochs\":2,\"train_loss\":0.5,"
              "\"val_accuracy\":0.8}\n"
              "not json\n"
              "{\"format\":2,\"event\":\"epoch\",\"epoch\":9}\n"
              "{\"format\":1,\"event\":\"future-event\"}\n"
              "{\"format\":1,\"event\":\"epoch\",\"epoch\":2,\"epochs\":2,\"train_loss\":0.25,"
              "\"val_accuracy\":0.875}\n"
              "{\"format\":1,\"event\":\"done\",\"test_accuracy\":0.86}\n";
        // Any split gives the same events, and the offset stops at the last line end.
        for (int cut : {1, 7, 40, 100, int(file.size()) - 1}) {
            MetricsReader reader;
            QList<MetricsEvent> events = reader.feed(file.left(cut));
            QCOMPARE(reader.offset(), file.left(cut).lastIndexOf('\n') + 1);
            events += reader.feed(file.mid(cut));
            QCOMPARE(reader.offset(), file.size());
            QCOMPARE(events.size(), 4);
            QCOMPARE(events.at(1).epoch().epoch, 1);
            QCOMPARE(events.at(2).epoch().trainLoss, 0.25);
            QCOMPARE(events.at(2).epoch().valAccuracy, 0.875);
            QCOMPARE(events.at(3).kind, MetricsEvent::Kind::Done);
            QCOMPARE(reader.skippedLines(), 2);
        }
    }

    void metricsFollowedByOffsetNoticesARewrite()
    {
        // The file as the trainer writes it, read the way the watcher reads it: from
        // readOffset(), as far as it is written now.
        QByteArray file = "{\"format\":1,\"event\":\"start\"}\n"
                          "{\"format\":1,\"event\":\"epoch\",\"epoch\":1}\n"
                          "{\"format\":1,\"event\":\"check";
        MetricsReader reader;
        QList<MetricsEvent> events;
        QVERIFY(reader.feedChecked(file.mid(reader.readOffset()), &events));
        QCOMPARE(events.size(), 2);
        // Nothing new: the same bytes again give nothing, and nothing twice.
        QVERIFY(reader.feedChecked(file.mid(reader.readOffset()), &events));
        QCOMPARE(events.size(), 0);
        file += "point\"}\n{\"format\":1,\"event\":\"interrupted\"}\n";
        QVERIFY(reader.feedChecked(file.mid(reader.readOffset()), &events));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).kind, MetricsEvent::Kind::Checkpoint);
        // Resumed: the trainer drops the last two lines and appends a longer start event.
        QByteArray rewritten = file.left(file.indexOf("{\"format\":1,\"event\":\"check"))
            + "{\"format\":1,\"event\":\"start\",\"resumed\":{\"epoch\":1,\"pad\":"
              "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}}\n"
              "{\"format\":1,\"event\":\"epoch\",\"epoch\":2}\n";
        QVERIFY(!reader.feedChecked(rewritten.mid(reader.readOffset()), &events));
        reader.resetTo(0);
        QVERIFY(reader.feedChecked(rewritten.mid(reader.readOffset()), &events));
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(3).epoch().epoch, 2);
        QCOMPARE(reader.offset(), rewritten.size());
        // A file that became shorter than what was read: noticed too.
        QVERIFY(!reader.feedChecked(QByteArray(), &events));
    }

    void metricsOverlongLineIsSkippedNotKept()
    {
        MetricsReader reader;
        const QByteArray huge(MetricsReader::kMaxLine + 10, 'x');
        QVERIFY(reader.feed(huge.left(1000)).isEmpty());
        QVERIFY(reader.feed(huge.mid(1000)).isEmpty());
        const QByteArray tail = "\n{\"format\":1,\"event\":\"done\"}\n";
        const auto events = reader.feed(tail);
        QCOMPARE(events.size(), 1);
        QCOMPARE(reader.skippedLines(), 1);
        QCOMPARE(reader.offset(), huge.size() + tail.size());
    }

    void detectData_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("kind");
        QTest::newRow("fashion-mnist gz")
            << QStringList {s("t10k-images-idx3-ubyte.gz"), s("t10k-labels-idx1-ubyte.gz"),
                            s("train-images-idx3-ubyte.gz"), s("train-labels-idx1-ubyte.gz")}
            << s("/usr/share/datasets/fashion-mnist") << s("fashion-mnist");
        QTest::newRow("mnist plain")
            << QStringList {s("train-images-idx3-ubyte"), s("train-labels-idx1-ubyte")}
            << s("/data/mnist") << s("mnist");
        QTest::newRow("cifar") << QStringList {s("cifar-10-batches-bin/")} << s("/d")
                               << s("cifar10");
        QTest::newRow("image folder")
            << QStringList {s("train/"), s("test/")} << s("/d") << s("imagefolder");
        QTest::newRow("classes") << QStringList {s("cat/"), s("dog/")} << s("/d")
                                 << s("imagefolder");
        QTest::newRow("wrong: csv files")
            << QStringList {s("a.csv"), s("b.csv")} << s("/d") << s("");
        QTest::newRow("empty") << QStringList {} << s("/d") << s("");
    }

    void detectData()
    {
        QFETCH(QStringList, entries);
        QFETCH(QString, folder);
        QFETCH(QString, kind);
        QString why;
        QCOMPARE(detectDataKind(entries, folder, &why), kind);
        QCOMPARE(why.isEmpty(), !kind.isEmpty());
    }

    void configChecks_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("relative data") << s("data") << s("data/mnist") << s("absolute");
        QTest::newRow("unknown model") << s("model") << s("vgg") << s("smallcnn");
        QTest::newRow("zero epochs") << s("epochs") << s("0") << s("epochs");
        QTest::newRow("bad time") << s("time") << s("2 hours") << s("HH:MM:SS");
        QTest::newRow("container with slash") << s("container") << s("a/b") << s("letters");
        QTest::newRow("no container") << s("container") << s("") << s("Containers page");
        QTest::newRow("partition with space") << s("partition") << s("g pu") << s("partition");
    }

    void configChecks()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        TrainConfig c;
        c.dataDir = QStringLiteral("/d");
        c.container = QStringLiteral("pytorch");
        QVERIFY(c.validate());
        if (field == u"data")
            c.dataDir = value;
        else if (field == u"model")
            c.model = value;
        else if (field == u"epochs")
            c.epochs = value.toInt();
        else if (field == u"time")
            c.timeLimit = value;
        else if (field == u"container")
            c.container = value;
        else if (field == u"partition")
            c.partition = value;
        const Result r = c.validate();
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
    }

    void uploadFromIsALocalFolder()
    {
        TrainConfig c;
        c.container = QStringLiteral("pytorch");
        QTemporaryDir local;
        c.uploadFrom = local.path();
        QVERIFY2(c.validate(), "no cluster folder is needed: the run picks one");
        QCOMPARE(TrainConfig::fromJson(c.toJson()).uploadFrom, local.path());
        c.uploadFrom = local.path() + QStringLiteral("/missing");
        const Result r = c.validate();
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QLatin1String("this computer")), qPrintable(r.message()));
    }

    void bf16Offered_data()
    {
        QTest::addColumn<QString>("gres");
        QTest::addColumn<bool>("gpus");
        QTest::addColumn<int>("answer");
        using A = Bf16Support::Answer;
        QTest::newRow("A100") << s("A100") << true << int(A::Yes);
        QTest::newRow("a100 lower case") << s("a100") << true << int(A::Yes);
        QTest::newRow("nvidia_h100_80gb_hbm3") << s("nvidia_h100_80gb_hbm3") << true << int(A::Yes);
        QTest::newRow("L40S") << s("L40S") << true << int(A::Yes);
        QTest::newRow("rtx_a6000 (Ampere)") << s("rtx_a6000") << true << int(A::Yes);
        QTest::newRow("rtx6000 (Turing)") << s("rtx6000") << true << int(A::No);
        QTest::newRow("V100") << s("V100") << true << int(A::No);
        QTest::newRow("tesla_t4") << s("tesla_t4") << true << int(A::No);
        QTest::newRow("unknown type") << s("mi250") << true << int(A::Unknown);
        QTest::newRow("no type") << s("") << true << int(A::Unknown);
        QTest::newRow("no GPUs asked") << s("A100") << false << int(A::No);
    }

    void bf16Offered()
    {
        QFETCH(QString, gres);
        QFETCH(bool, gpus);
        QFETCH(int, answer);
        TrainConfig c;
        c.gresType = gres;
        c.requestGpus = gpus;
        const Bf16Support b = bf16Support(c);
        QCOMPARE(int(b.answer), answer);
        QCOMPARE(b.offered(), answer == int(Bf16Support::Answer::Yes));
        QCOMPARE(b.why.isEmpty(), b.offered());
    }

    void bf16FromTheProbeWins()
    {
        TrainConfig c;
        c.gresType = QStringLiteral("A100");
        const ToolchainReport no
            = ToolchainReport::parse("probe=1\ntorch_gpu=yes\ntorch_bf16=no\nprobe_end=1\n");
        QCOMPARE(bf16Support(c, &no).answer, Bf16Support::Answer::No);
        c.gresType.clear();
        const ToolchainReport yes
            = ToolchainReport::parse("probe=1\ntorch_gpu=yes\ntorch_bf16=yes\nprobe_end=1\n");
        QCOMPARE(bf16Support(c, &yes).answer, Bf16Support::Answer::Yes);
        // A probe that saw no GPU (run without one) says nothing about it.
        const ToolchainReport blind
            = ToolchainReport::parse("probe=1\ntorch_gpu=no\ntorch_bf16=no\nprobe_end=1\n");
        c.gresType = QStringLiteral("A100");
        QCOMPARE(bf16Support(c, &blind).answer, Bf16Support::Answer::Yes);
    }

    void fixesOfferedOncePerKind()
    {
        using Fix = ToolchainFinding::Fix;
        using S = ToolchainFinding::Severity;
        const QList<ToolchainFinding> findings = {
            {S::Missing, QStringLiteral("a"), Fix::PipInstallCMake},
            {S::Missing, QStringLiteral("b"), Fix::GiveTorchPath},
            {S::Warning, QStringLiteral("c"), Fix::NewContainerFromNgc},
            {S::Missing, QStringLiteral("d"), Fix::PipInstallCMake},
            {S::Info, QStringLiteral("e"), Fix::None},
        };
        QCOMPARE(offeredFixes(findings),
                 (QList<Fix> {Fix::PipInstallCMake, Fix::NewContainerFromNgc}));
        for (Fix f : {Fix::PipInstallCMake, Fix::InstallCompiler, Fix::NewContainerFromNgc})
            QVERIFY(!fixLabel(f).isEmpty() && !fixDescription(f, TrainConfig()).isEmpty());
        QVERIFY(fixLabel(Fix::GiveTorchPath).isEmpty());
        QCOMPARE(newContainerName({}), QStringLiteral("pytorch-ngc"));
        QCOMPARE(newContainerName({QStringLiteral("pytorch-ngc"), QStringLiteral("pytorch-ngc-2")}),
                 QStringLiteral("pytorch-ngc-3"));
        QVERIFY(startFix(nullptr, Fix::PipInstallCMake, TrainConfig(), {}) == nullptr);
    }

    void dataSpec()
    {
        auto c = TrainConfig::withDataSpec({}, QStringLiteral("cifar10:/data/cifar/"));
        QVERIFY(c);
        QCOMPARE(c->dataKind, QStringLiteral("cifar10"));
        QCOMPARE(c->dataDir, QStringLiteral("/data/cifar"));
        c = TrainConfig::withDataSpec({}, QStringLiteral("/data/x"));
        QVERIFY(c);
        QVERIFY(c->dataKind.isEmpty());
        QVERIFY(!TrainConfig::withDataSpec({}, QStringLiteral("imagenet:/x")));
        TrainConfig full;
        full.dataKind = QStringLiteral("mnist");
        full.dataDir = QStringLiteral("/m");
        full.container = QStringLiteral("c");
        full.epochs = 3;
        full.learningRate = 0.01;
        full.gresType = QStringLiteral("A100");
        const TrainConfig back = TrainConfig::fromJson(full.toJson());
        QCOMPARE(back.toJson(), full.toJson());
    }

    void evalAndPredictionsParsed()
    {
        const auto e = EvalReport::parse(
            "{\"test_accuracy\":0.5,\"test_loss\":1.2,\"test_images\":4,\"classes\":[\"a\",\"b\"],"
            "\"per_class_accuracy\":[1.0,null],\"confusion_matrix\":[[2,0],[2,0]]}");
        QVERIFY(e);
        QCOMPARE(e->perClassAccuracy.at(0), std::optional<double>(1.0));
        QVERIFY(!e->perClassAccuracy.at(1));
        QCOMPARE(e->confusion.at(1).at(0), 2);
        QVERIFY(!EvalReport::parse("{\"test_accuracy\":0.5,\"classes\":[\"a\"],"
                                   "\"confusion_matrix\":[[1,2]]}"));
        QVERIFY(!EvalReport::parse("garbage"));
        const auto p = parsePredictions("path,predicted,confidence,class,predicted_2,confidence_2,"
                                        "class_2\n\"/r/a,b.png\",3,0.75,Dress,0,0.125,\"T-shirt, "
                                        "top\"\n");
        QVERIFY(p);
        QCOMPARE(p->size(), 1);
        QCOMPARE(p->first().image, s("/r/a,b.png"));
        QCOMPARE(p->first().answers.size(), 2);
        QCOMPARE(p->first().answers.at(1).className, s("T-shirt, top"));
        QCOMPARE(p->first().answers.at(0).confidence, 0.75);
        QVERIFY(!parsePredictions("index,label\n"));
    }

    void checkedAgainstTheClustersFacts()
    {
        Slurm::ClusterFacts facts;
        Slurm::PartitionFacts gpu;
        gpu.name = s("gpu");
        gpu.state = s("UP");
        gpu.maxTimeMinutes = 2 * 24 * 60;
        gpu.gres = {s("gpu:A100:1")};
        gpu.totalNodes = 1;
        gpu.totalCpus = 64;
        Slurm::PartitionFacts cpu = gpu;
        cpu.name = s("cpu");
        cpu.gres.clear();
        cpu.isDefault = true;
        facts.partitions = {cpu, gpu};
        TrainConfig c;
        c.dataKind = s("mnist");
        c.dataDir = s("/d");
        c.container = s("pytorch");
        c.gresType = s("A100");
        QVERIFY2(checkAgainstCluster(c, facts).isEmpty(),
                 qPrintable(checkAgainstCluster(c, facts).value(0).message));
        auto mentions = [&](const TrainConfig &config, const QString &word) {
            for (const auto &p : checkAgainstCluster(config, facts)) {
                if (p.message.contains(word))
                    return true;
            }
            return false;
        };
        TrainConfig wrong = c;
        wrong.partition = s("gpux");
        QVERIFY(mentions(wrong, s("gpux")));
        wrong = c;
        wrong.timeLimit = s("3-00:00:00");
        QVERIFY(!checkAgainstCluster(wrong, facts).isEmpty());
        wrong = c;
        wrong.gresType = s("H100");
        QVERIFY(mentions(wrong, s("H100")));
    }

    void gpuSamples()
    {
        const GpuSample two = GpuSample::parse("87, 12000, 40960\n[N/A], 3, 40960\n");
        QVERIFY(two.available);
        QCOMPARE(two.utilization, (QList<int> {87, -1}));
        QCOMPARE(two.memoryUsedMiB, (QList<int> {12000, 3}));
        QCOMPARE(two.memoryTotalMiB, (QList<int> {40960, 40960}));
        const GpuSample none = GpuSample::parse("");
        QVERIFY(!none.available);
        QVERIFY(none.why.contains(s("nvidia-smi")));
        QVERIFY(
            !GpuSample::parse("NVIDIA-SMI has failed because it couldn't communicate\n").available);
    }

    // What a cancelled run says it can resume from, for each way the stop can come: the
    // trainer's checkpoint at the stop, only an earlier one (Slurm killed the trainer before it
    // logged the stop), none yet, or no trainer at all.
    void cancelledRunSaysWhatWasSaved()
    {
        const QString dir = s("/scratch/r/run-1");
        const QJsonObject interrupted {{s("event"), s("interrupted")}, {s("epoch"), 2}};
        const QJsonObject checkpoint {{s("event"), s("checkpoint")}, {s("epoch"), 3}};
        // (the plural's English forms come from the app's translation, not loaded here)
        const QString atStop = cancelledRunText(dir, interrupted, checkpoint, true);
        QVERIFY2(atStop.startsWith(s("The run was cancelled after 2 complete epoch"))
                     && atStop.endsWith(s("The trainer saved a checkpoint as it stopped: "
                                          "/scratch/r/run-1/checkpoints/last.pt.")),
                 qPrintable(atStop));
        QCOMPARE(cancelledRunText(dir, {}, checkpoint, true),
                 s("The run was cancelled. The trainer saved no checkpoint as it stopped (Slurm "
                   "may have ended it first); the last one, after epoch 3, is "
                   "/scratch/r/run-1/checkpoints/last.pt."));
        QCOMPARE(cancelledRunText(dir, {}, {}, true),
                 s("The run was cancelled before the trainer saved a checkpoint."));
        QCOMPARE(cancelledRunText(dir, {}, {}, false),
                 s("The run was cancelled before training started."));
    }

    void decodeCacheOnlyForImageFolders()
    {
        TrainConfig c;
        c.dataKind = QStringLiteral("imagefolder");
        QVERIFY(c.trainerArguments(s("/r"), s("/c")).join(u' ').contains(s("--cache-dir /c")));
        c.dataKind = QStringLiteral("mnist");
        QVERIFY(!c.trainerArguments(s("/r"), s("/c")).contains(s("--cache-dir")));
    }

    void batchScript()
    {
        TrainConfig c;
        c.dataKind = QStringLiteral("fashion-mnist");
        c.dataDir = QStringLiteral("/data/fashion mnist");
        c.container = QStringLiteral("pytorch");
        c.node = QStringLiteral("node01");
        c.gpus = 2;
        c.gresType = QStringLiteral("A100");
        ScriptInputs in;
        in.binary = QStringLiteral("/home/u/.patagon-studio/build/x/patagon-train");
        in.runDir = QStringLiteral("/scratch/u/patagon-runs/r1");
        in.mounts = {QStringLiteral("/scratch/u/patagon-runs")};
        in.jobName = QStringLiteral("patagon-train");
        const QByteArray text = generateBatchScript(c, in);
        const Slurm::BatchScript script = Slurm::BatchScript::parse(text);
        QCOMPARE(script.value(QStringLiteral("partition")), QStringLiteral("gpu"));
        QCOMPARE(script.value(QStringLiteral("gres")), QStringLiteral("gpu:A100:2"));
        QCOMPARE(script.value(QStringLiteral("ntasks")), QStringLiteral("2"));
        QCOMPARE(script.value(QStringLiteral("nodelist")), QStringLiteral("node01"));
        QCOMPARE(script.value(QStringLiteral("signal")), QStringLiteral("B:USR1@120"));
        QCOMPARE(script.value(QStringLiteral("open-mode")), QStringLiteral("append"));
        QVERIFY(script.isSet(QStringLiteral("requeue")));
        QCOMPARE(script.value(QStringLiteral("output")),
                 QStringLiteral("/scratch/u/patagon-runs/r1/slurm-%j.out"));
        QVERIFY2(text.contains("srun --container-name=pytorch "
                               "--container-mounts=/scratch/u/patagon-runs "
                               "/home/u/.patagon-studio/build/x/patagon-train train --data "
                               "'fashion-mnist:/data/fashion mnist'"),
                 text.constData());
        QVERIFY(text.contains("--resume auto --out /scratch/u/patagon-runs/r1 &\n"));
        QVERIFY(text.contains("scontrol requeue"));
        // Every directive comes before the first command, as sbatch requires.
        QVERIFY(script.firstCommandLine() > 0);
        int last = -1;
        for (const auto &d : script.directives())
            last = qMax(last, d.line);
        QVERIFY(last < script.firstCommandLine());
    }
};

QTEST_GUILESS_MAIN(TestTrainCore)
#include "tst_traincore.moc"
