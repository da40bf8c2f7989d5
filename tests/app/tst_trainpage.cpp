// The Train page: its runs table model under QAbstractItemModelTester, the curves (a repeated
// epoch replaces the one shown), live validation of the form, the layout at the window's
// default size in English and Spanish, and one click of Train against the sandbox cluster: a
// Fashion-MNIST subset trained for two epochs in a named PyTorch container made for the test,
// the steps ending on Finished, both epochs in every curve, the run listed as completed with
// the test accuracy the store holds; then show, compare, re-run and delete from the Runs tab.
#include "../sandbox/trainfixture.h"
#include "../sandbox/widgettest.h"
#include "app/containers/containerlistmodel.h"
#include "app/pages/trainpage.h"
#include "app/train/metricschart.h"
#include "app/train/runactionbar.h"
#include "app/train/runlistmodel.h"
#include "app/train/runprogressview.h"
#include "app/train/runsview.h"
#include "app/train/trainform.h"
#include "core/container/containerservice.h"
#include "core/i18n/languagemanager.h"
#include "core/slurm/slurmclient.h"
#include "core/train/runstore.h"
#include "core/train/toolchainfix.h"
#include "core/train/trainrun.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Train;
using Step = TrainRun::Step;

namespace {
const QString kContainer = QStringLiteral("trainpage");
const QSize kPageSize(880, 650); // the page area of the window at its default 1100x700

RunRecord record(qint64 id, RunState state = RunState::Completed)
{
    RunRecord r;
    r.id = id;
    r.name = QStringLiteral("smallcnn on fashion-mnist");
    r.state = state;
    r.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::UTC).addSecs(id);
    r.container = kContainer;
    r.jobIds = {QString::number(100 + id)};
    if (state == RunState::Completed)
        r.testAccuracy = 0.9123;
    return r;
}

QList<RunRecord> records(const QList<qint64> &ids)
{
    QList<RunRecord> out;
    for (qint64 id : ids)
        out.append(record(id));
    return out;
}

EpochRecord epoch(int number, double loss, int epochs = 5)
{
    EpochRecord e;
    e.epoch = number;
    e.epochs = epochs;
    e.trainLoss = loss + 0.1;
    e.valLoss = loss;
    e.trainAccuracy = 0.5 + number * 0.05;
    e.valAccuracy = 0.45 + number * 0.05;
    e.imagesPerSecond = 1200;
    e.learningRate = 0.05;
    e.epochSeconds = 30;
    return e;
}

QList<double> xs(const QLineSeries *series)
{
    QList<double> out;
    for (const QPointF &p : series->points())
        out.append(p.x());
    return out;
}
} // namespace

class TestTrainPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Testing::TrainFixture m_fx;
    ContainerListModel *m_containerModel = nullptr;
    RunRecord m_trained; // the run trainsWithOneClick made

    TrainConfig config() const { return Testing::TrainFixture::fashionMnist(kContainer); }

    std::unique_ptr<TrainPage> newPage()
    {
        auto page = std::make_unique<TrainPage>(m_fx.pair->host(), m_fx.client, m_fx.containers,
                                                m_containerModel, m_fx.store.get());
        page->resize(kPageSize);
        return page;
    }

private slots:
    void initTestCase()
    {
        Testing::useOwnSettings(QStringLiteral("tst_trainpage"));
        QVERIFY(m_tmp.isValid());
        QString why;
        QVERIFY2(m_fx.setUp(this, QStringLiteral("trainpage"), m_tmp, &why), qPrintable(why));

        const Result created = m_fx.recreateContainer(kContainer);
        QVERIFY2(created, qPrintable(created.message()));

        m_containerModel = new ContainerListModel(this);
        ContainerListModel::Row row;
        row.container.name = kContainer;
        row.container.node = m_fx.env.node();
        m_containerModel->setRows({row});
    }

    void cleanupTestCase() { m_fx.removeContainer(kContainer); }

    void runListModel_data()
    {
        QTest::addColumn<QList<QList<qint64>>>("lists");
        QTest::addColumn<QList<qint64>>("updates");
        QTest::addColumn<QList<qint64>>("expected");
        using Ids = QList<qint64>;
        QTest::newRow("fill an empty model") << QList<Ids> {{3, 2, 1}} << Ids {} << Ids {3, 2, 1};
        QTest::newRow("a new run comes on top")
            << QList<Ids> {{2, 1}, {3, 2, 1}} << Ids {} << Ids {3, 2, 1};
        QTest::newRow("deleted runs go") << QList<Ids> {{3, 2, 1}, {3, 1}} << Ids {} << Ids {3, 1};
        QTest::newRow("every run goes") << QList<Ids> {{2, 1}, {}} << Ids {} << Ids {};
        QTest::newRow("a run changes in place") << QList<Ids> {{2, 1}} << Ids {1} << Ids {2, 1};
        QTest::newRow("a changed run not listed yet comes on top")
            << QList<Ids> {{2, 1}} << Ids {5} << Ids {5, 2, 1};
        QTest::newRow("a run not stored yet is no row")
            << QList<Ids> {{2, 1}} << Ids {0} << Ids {2, 1};
    }

    void runListModel()
    {
        QFETCH(QList<QList<qint64>>, lists);
        QFETCH(QList<qint64>, updates);
        QFETCH(QList<qint64>, expected);
        RunListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QList<qint64> &ids : lists)
            model.setRuns(records(ids));
        for (qint64 id : updates) {
            RunRecord r = record(id, RunState::Failed);
            r.error = QStringLiteral("out of memory");
            model.updateRun(r);
        }
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(
                model.index(row, RunListModel::Id).data(RunListModel::RunIdRole).toLongLong());
        QCOMPARE(ids, expected);
        for (qint64 id : updates) {
            const int row = model.rowOf(id);
            if (id == 0) {
                QCOMPARE(row, -1);
                continue;
            }
            QCOMPARE(model.index(row, RunListModel::State).data().toString(),
                     QStringLiteral("Failed"));
            QCOMPARE(model.index(row, RunListModel::State).data(Qt::ToolTipRole).toString(),
                     QStringLiteral("out of memory"));
        }
    }

    // The probe's fixes as buttons; the review's two buttons.
    void actionBarOffersFixesAndReview()
    {
        using Fix = ToolchainFinding::Fix;
        using S = ToolchainFinding::Severity;
        RunActionBar bar(nullptr);
        QVERIFY(bar.isHidden()); // nothing to decide
        TrainConfig c = config();
        bar.offerFixes({{S::Missing, QStringLiteral("no cmake"), Fix::PipInstallCMake},
                        {S::Missing, QStringLiteral("no torch"), Fix::NewContainerFromNgc},
                        {S::Missing, QStringLiteral("give it"), Fix::GiveTorchPath}},
                       c, {});
        QVERIFY(!bar.isHidden());
        QVERIFY(bar.text().contains(c.container));
        QPushButton *cmake = bar.button(QStringLiteral("fix_%1").arg(int(Fix::PipInstallCMake)));
        QVERIFY(cmake);
        QCOMPARE(cmake->text(), fixLabel(Fix::PipInstallCMake));
        QVERIFY(cmake->toolTip().contains(c.container));
        QVERIFY(bar.button(QStringLiteral("fix_%1").arg(int(Fix::NewContainerFromNgc))));
        QVERIFY(!bar.button(QStringLiteral("fix_%1").arg(int(Fix::GiveTorchPath))));
        // Without the Containers core the fix says where to do it instead.
        QSignalSpy done(&bar, &RunActionBar::fixFinished);
        QTest::mouseClick(cmake, Qt::LeftButton);
        QVERIFY(!bar.isFixing());
        QVERIFY2(bar.text().contains(QLatin1String("Containers")), qPrintable(bar.text()));

        bar.offerReview("#!/bin/bash\n");
        QSignalSpy open(&bar, &RunActionBar::openScriptRequested);
        QSignalSpy approved(&bar, &RunActionBar::submitApproved);
        QTest::mouseClick(bar.button(QStringLiteral("reviewScript")), Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QTest::mouseClick(bar.button(QStringLiteral("approveSubmit")), Qt::LeftButton);
        QCOMPARE(approved.size(), 1);
        QVERIFY(bar.isHidden());
    }

    void runListModelShowsWords()
    {
        RunListModel model;
        model.setRuns({record(7)});
        auto text = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(text(RunListModel::Id), QStringLiteral("7"));
        QCOMPARE(text(RunListModel::State), QStringLiteral("Completed"));
        QCOMPARE(text(RunListModel::TestAccuracy), QStringLiteral("91.23%"));
        QCOMPARE(text(RunListModel::Container), kContainer);
        QCOMPARE(text(RunListModel::JobId), QStringLiteral("107"));
        QCOMPARE(text(RunListModel::Created),
                 QLocale().toString(record(7).created.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.headerData(RunListModel::TestAccuracy, Qt::Horizontal).toString(),
                 QStringLiteral("Test accuracy"));
    }

    void chartKeepsOnePointPerEpoch_data()
    {
        QTest::addColumn<QList<int>>("arrivals");
        QTest::addColumn<QList<double>>("epochs");
        QTest::newRow("in order") << QList<int> {1, 2, 3} << QList<double> {1, 2, 3};
        QTest::newRow("a requeued job repeats an epoch")
            << QList<int> {1, 2, 2, 3} << QList<double> {1, 2, 3};
        QTest::newRow("a resumed run reads the file again from the start")
            << QList<int> {1, 2, 1, 2, 3} << QList<double> {1, 2, 3};
        QTest::newRow("out of order") << QList<int> {2, 1, 3} << QList<double> {1, 2, 3};
    }

    void chartKeepsOnePointPerEpoch()
    {
        QFETCH(QList<int>, arrivals);
        QFETCH(QList<double>, epochs);
        MetricsChart chart;
        QHash<int, double> lastLoss;
        for (int i = 0; i < arrivals.size(); ++i) {
            const double loss = 1.0 / (i + 1);
            chart.addEpoch(epoch(arrivals.at(i), loss));
            lastLoss[arrivals.at(i)] = loss;
        }
        const QList<QLineSeries *> series = chart.series();
        QCOMPARE(series.size(), 4);
        for (QLineSeries *s : series)
            QCOMPARE(xs(s), epochs);
        // The validation loss (second curve) holds the last value of each epoch.
        for (const QPointF &p : series.at(1)->points())
            QCOMPARE(p.y(), lastLoss.value(int(p.x())));
        QCOMPARE(chart.epochs().size(), epochs.size());
        QVERIFY2(chart.summaryText().contains(QStringLiteral("Epoch 3 of 5")),
                 qPrintable(chart.summaryText()));
        // Two epochs of 30 s left.
        QVERIFY2(chart.summaryText().contains(QStringLiteral("00:01:00")),
                 qPrintable(chart.summaryText()));
    }

    void chartComparesRuns()
    {
        MetricsChart chart;
        chart.setEpochs({epoch(1, 0.9), epoch(2, 0.5)});
        chart.showRuns({{QStringLiteral("run 1"), {epoch(1, 0.9), epoch(2, 0.5)}},
                        {QStringLiteral("run 2"), {epoch(1, 0.8)}},
                        {QStringLiteral("run 3"), {}}});
        QVERIFY(chart.isComparing());
        QCOMPARE(chart.series().size(), 6);
        QCOMPARE(chart.series().at(0)->count(), 2);
        QCOMPARE(chart.series().at(2)->name(), QStringLiteral("run 2"));
        QCOMPARE(chart.lossChart()->series().size(), 3);
        // An epoch of a live run ends the compare mode; the run's own curves come back.
        chart.addEpoch(epoch(3, 0.4));
        QVERIFY(!chart.isComparing());
        QCOMPARE(chart.series().size(), 4);
        QCOMPARE(chart.series().at(0)->count(), 3);
        QCOMPARE(chart.lossChart()->series().size(), 2);
        chart.clear();
        QCOMPARE(chart.series().at(0)->count(), 0);
    }

    void invalidInputDisablesTrain_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a relative dataset folder")
            << QStringLiteral("dataDir") << QStringLiteral("datasets/fashion-mnist")
            << QStringLiteral("not an absolute path");
        QTest::newRow("no dataset folder")
            << QStringLiteral("dataDir") << QString() << QStringLiteral("No dataset");
        QTest::newRow("no container")
            << QStringLiteral("container") << QString() << QStringLiteral("Choose the container");
        QTest::newRow("a container name with a space")
            << QStringLiteral("container") << QStringLiteral("my box")
            << QStringLiteral("may only hold");
        QTest::newRow("a time limit Slurm cannot read")
            << QStringLiteral("timeLimit") << QStringLiteral("2 hours")
            << QStringLiteral("time limit");
    }

    void invalidInputDisablesTrain()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        auto page = newPage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->setConfig(config());
        QVERIFY(page->trainButton()->isEnabled());
        QCOMPARE(page->validationText(), QString());

        // Typed, as a person would.
        QLineEdit *edit = field == u"container" ? page->form()->containerBox()->lineEdit()
                                                : page->form()->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, value);
        QVERIFY(!page->trainButton()->isEnabled());
        QVERIFY2(page->validationText().contains(mentions), qPrintable(page->validationText()));
        QCOMPARE(page->trainButton()->toolTip(), page->validationText());
        // Ctrl+Return does nothing either.
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!page->currentRun());

        page->setConfig(config());
        QVERIFY(page->trainButton()->isEnabled());
        QCOMPARE(page->validationText(), QString());
    }

    void formRoundTripsTheConfig()
    {
        auto page = newPage();
        TrainConfig c = config();
        c.learningRate = 0.0003;
        c.optimizer = QStringLiteral("adamw");
        c.precision = QStringLiteral("bf16");
        c.gpus = 2;
        c.gresType = QStringLiteral("A100");
        c.runsFolder = QStringLiteral("~/runs");
        page->setConfig(c);
        QCOMPARE(page->config().toJson(), c.toJson());
        c.dataKind.clear(); // "Detect"
        page->setConfig(c);
        QCOMPARE(page->config().dataKind, QString());
    }

    // bf16 follows the GPU type typed in the form; a bf16 run's settings keep it.
    void bf16OfferedForTheGpuType()
    {
        auto page = newPage();
        TrainConfig c = config();
        c.gresType = QStringLiteral("V100");
        page->setConfig(c);
        QVERIFY(!page->form()->isBf16Available());
        auto *gpuType = page->form()->findChild<QLineEdit *>(QStringLiteral("gpuType"));
        QVERIFY(gpuType);
        gpuType->setText(QStringLiteral("A100"));
        QVERIFY(page->form()->isBf16Available());
        gpuType->setText(QStringLiteral("T4"));
        QVERIFY(!page->form()->isBf16Available());
        c.gresType = QStringLiteral("H100");
        c.precision = QStringLiteral("bf16");
        page->setConfig(c);
        QCOMPARE(page->config().precision, QStringLiteral("bf16"));
    }

    void fitsTheWindowInEnglishAndSpanish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void fitsTheWindowInEnglishAndSpanish()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        languages.useLanguage(language);
        auto page = newPage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QTest::qWait(50); // the language change reaches the widgets
        // Nothing scrolls sideways on the New run tab, and nothing is squeezed anywhere.
        auto *scroll = page->findChild<QScrollArea *>();
        QVERIFY(scroll);
        const int contentWidth = scroll->widget()->minimumSizeHint().width();
        QVERIFY2(contentWidth <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("the form needs %1 of %2 pixels")
                                .arg(contentWidth)
                                .arg(scroll->viewport()->width())));
        for (int tab = 0; tab < page->tabs()->count(); ++tab) {
            page->tabs()->setCurrentIndex(tab);
            const QSize needed = page->minimumSizeHint();
            QVERIFY2(needed.width() <= kPageSize.width() && needed.height() <= kPageSize.height(),
                     qPrintable(QStringLiteral("tab %1 needs %2x%3")
                                    .arg(tab)
                                    .arg(needed.width())
                                    .arg(needed.height())));
        }
        languages.useLanguage(QStringLiteral("en"));
    }

    void trainsWithOneClick()
    {
        auto page = newPage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->setConfig(config());
        QVERIFY(page->trainButton()->isEnabled());
        page->reviewBox()->setChecked(true); // the script is read before it goes
        QTest::mouseClick(page->trainButton(), Qt::LeftButton);
        TrainRun *run = page->currentRun();
        QVERIFY(run);
        QSignalSpy finished(run, &TrainRun::finished);
        QVERIFY(page->isRunActive());
        QVERIFY(!page->trainButton()->isEnabled()); // one run at a time
        QVERIFY(!page->trainButton()->toolTip().isEmpty());
        QVERIFY(page->cancelButton()->isEnabled());
        QVERIFY(!page->isFormVisible()); // the run has the room

        // Stopped before the submit: the script opens on the Script page, then Submit.
        RunActionBar *bar = page->actionBar();
        QTRY_VERIFY_WITH_TIMEOUT(run->isAwaitingApproval() || run->isFinished(), 600000);
        QVERIFY2(!run->isFinished(), qPrintable(run->result().message()));
        QVERIFY(bar->isVisible());
        QSignalSpy reviewed(page.get(), &TrainPage::openScriptRequested);
        QTest::mouseClick(bar->button(QStringLiteral("reviewScript")), Qt::LeftButton);
        QCOMPARE(reviewed.size(), 1);
        QCOMPARE(reviewed.constFirst().constFirst().toByteArray(), run->pendingScript());
        Testing::saveScreenshot(page.get(), QStringLiteral("trainpage-review-en.png"));
        QTest::mouseClick(bar->button(QStringLiteral("approveSubmit")), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        page->reviewBox()->setChecked(false);
        QVERIFY(run->isFinished() || finished.wait(600000));
        RunProgressView *view = page->liveView();
        QVERIFY2(run->result(),
                 qPrintable(run->result().message() + u'\n'
                            + view->buildOutput()->toPlainText().right(3000)));
        QVERIFY(!view->isShowingError());

        // Both epochs in every curve.
        const QList<QLineSeries *> series = page->chart()->series();
        QCOMPARE(series.size(), 4);
        for (QLineSeries *s : series)
            QCOMPARE(xs(s), (QList<double> {1, 2}));
        const RunRecord &record = run->record();
        QCOMPARE(page->chart()->epochs(), *m_fx.store->epochs(record.id));

        // Listed as completed, with the test accuracy the store holds.
        RunListModel *model = page->runsModel();
        const int row = model->rowOf(record.id);
        QVERIFY(row >= 0);
        QCOMPARE(
            RunState(model->index(row, RunListModel::State).data(RunListModel::StateRole).toInt()),
            RunState::Completed);
        QCOMPARE(model->index(row, RunListModel::State).data().toString(),
                 QStringLiteral("Completed"));
        const auto stored = m_fx.store->find(record.id);
        QVERIFY(stored);
        QVERIFY(stored->testAccuracy);
        QVERIFY(record.testAccuracy);
        QCOMPARE(*stored->testAccuracy, *record.testAccuracy);
        QCOMPARE(model->index(row, RunListModel::TestAccuracy).data().toString(),
                 RunListModel::percentText(stored->testAccuracy));
        QCOMPARE(model->index(row, RunListModel::JobId).data().toString(), record.lastJobId());

        // The steps end on Finished; those that ran are checked.
        QCOMPARE(view->step(), Step::Finished);
        QLabel *last = view->stepLabel(Step::Finished);
        QVERIFY(last->font().bold());
        QVERIFY2(last->text().startsWith(QStringLiteral("✓")), qPrintable(last->text()));
        for (Step s : {Step::Checking, Step::Deploying, Step::Submitting, Step::Watching}) {
            QVERIFY2(view->stepLabel(s)->text().startsWith(QStringLiteral("✓")),
                     qPrintable(view->stepLabel(s)->text()));
            QVERIFY(!view->stepLabel(s)->font().bold());
        }
        QVERIFY2(view->statusText().contains(RunListModel::percentText(record.testAccuracy)),
                 qPrintable(view->statusText()));
        QVERIFY(page->trainButton()->isEnabled());
        QVERIFY(!page->cancelButton()->isEnabled());
        Testing::saveScreenshot(page.get(), QStringLiteral("trainpage-en.png"));
        {
            LanguageManager languages;
            languages.useLanguage(QStringLiteral("es"));
            QTest::qWait(50);
            Testing::saveScreenshot(page.get(), QStringLiteral("trainpage-es.png"));
            languages.useLanguage(QStringLiteral("en"));
            QTest::qWait(50);
        }

        // The job's log and the batch script, for the Logs and Script pages.
        QSignalSpy logs(page.get(), &TrainPage::openLogsRequested);
        QSignalSpy script(page.get(), &TrainPage::openScriptRequested);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("showLogs")),
                          Qt::LeftButton);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("openScript")),
                          Qt::LeftButton);
        QCOMPARE(logs.size(), 1);
        m_trained = record;
        const auto job = logs.constFirst().constFirst().value<Slurm::JobInfo>();
        QCOMPARE(job.id, record.lastJobId());
        QCOMPARE(job.standardOutput,
                 record.runDir + QStringLiteral("/slurm-") + record.lastJobId()
                     + QStringLiteral(".out"));
        QCOMPARE(script.size(), 1);
        const QByteArray containerFlag = "--container-name=" + kContainer.toUtf8();
        QVERIFY(script.constFirst().constFirst().toByteArray().contains(containerFlag));

        // The Runs tab: show it, compare it with another, fill the form from it, delete.
        RunRecord other = ::record(0);
        other.profile = QStringLiteral("trainpage");
        QVERIFY(m_fx.store->insert(other));
        for (int e = 1; e <= 3; ++e)
            QVERIFY(m_fx.store->addEpoch(other.id, epoch(e, 1.0 / e, 3)));
        RunsView *runs = page->runsView();
        page->tabs()->setCurrentWidget(runs); // reloads
        QVERIFY(model->rowOf(other.id) >= 0);
        Testing::saveScreenshot(page.get(), QStringLiteral("trainpage-runs-en.png"));

        runs->setFilterText(QStringLiteral("COMPLETED")); // the state in words, any case
        QCOMPARE(runs->proxy()->rowCount(), 2);
        runs->setFilterText(QStringLiteral("no such run"));
        QCOMPARE(runs->proxy()->rowCount(), 0);
        runs->setFilterText(kContainer);
        QCOMPARE(runs->proxy()->rowCount(), 2);
        runs->setFilterText(QString());

        runs->selectRuns({record.id});
        runs->showSelected();
        QVERIFY(!page->isShowingLiveRun());
        QCOMPARE(page->tabs()->currentIndex(), 0);
        QCOMPARE(page->recordView()->chart()->epochs().size(), 2);
        page->showLiveRun();
        QVERIFY(page->isShowingLiveRun());

        runs->selectRuns({record.id, other.id});
        QCOMPARE(runs->selectedRuns().size(), 2);
        runs->compareSelected();
        QVERIFY(page->recordView()->chart()->isComparing());
        QCOMPARE(page->recordView()->chart()->series().size(), 4);
        Testing::saveScreenshot(page.get(), QStringLiteral("trainpage-compare-en.png"));

        page->setConfig(TrainConfig());
        runs->selectRuns({record.id});
        runs->rerunSelected();
        const TrainConfig again = page->config();
        QCOMPARE(again.epochs, 2);
        QCOMPARE(again.limitTrain, qint64(2000));
        QCOMPARE(again.container, kContainer);
        QVERIFY(again.node.isEmpty()); // found again
        QVERIFY(page->isFormVisible());

        runs->selectRuns({other.id});
        runs->deleteSelected(true);
        QCOMPARE(model->rowOf(other.id), -1);
        QCOMPARE(m_fx.store->find(other.id).errorCode(), ErrorCode::NotFound);
        QVERIFY(model->rowOf(record.id) >= 0);

        // Deleted with its run folder on the cluster: the record goes once the folder is gone.
        RunRecord withFolder = ::record(1);
        withFolder.profile = QStringLiteral("trainpage");
        withFolder.runDir
            = QFileInfo(record.runDir).path() + QStringLiteral("/20260101-000000-gui");
        QVERIFY(m_fx.store->insert(withFolder));
        QVERIFY(m_fx.remote({QStringLiteral("mkdir"), QStringLiteral("-p"), withFolder.runDir}));
        QVERIFY(m_fx.remote(
            {QStringLiteral("touch"), withFolder.runDir + QStringLiteral("/train.sbatch")}));
        runs->reload();
        runs->selectRuns({withFolder.id});
        runs->deleteSelected(true, true);
        QVERIFY(runs->isDeleting());
        QTRY_VERIFY_WITH_TIMEOUT(!runs->isDeleting(), 60000);
        QCOMPARE(model->rowOf(withFolder.id), -1);
        const auto gone
            = m_fx.remote({QStringLiteral("test"), QStringLiteral("-e"), withFolder.runDir});
        QVERIFY(gone && !gone->succeeded());
    }

    // The app was closed while the job ran: once connected again the page watches the newest
    // unfinished run of the profile to its end (here a copy of the finished run, still marked
    // running).
    void watchesAnUnfinishedRunAgain()
    {
        QVERIFY2(m_trained.isValid(), "trainsWithOneClick did not train");
        RunRecord left = m_trained;
        left.id = 0;
        left.state = RunState::Running;
        left.testAccuracy.reset();
        left.finished = {};
        QVERIFY(m_fx.store->insert(left));
        auto page = newPage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(!page->currentRun());
        page->resumeUnfinished(QStringLiteral("another profile"));
        QVERIFY(!page->currentRun());

        page->resumeUnfinished(QStringLiteral("trainpage"));
        TrainRun *run = page->currentRun();
        QVERIFY(run);
        QCOMPARE(run->record().id, left.id);
        QVERIFY(page->isRunActive());
        QVERIFY(!page->trainButton()->isEnabled());
        RunProgressView *view = page->liveView();
        QCOMPARE(view->step(), Step::Watching);
        QVERIFY(view->stepLabel(Step::Submitting)->text().startsWith(QStringLiteral("✓")));
        QSignalSpy finished(run, &TrainRun::finished);
        QVERIFY(run->isFinished() || finished.wait(120000));
        QVERIFY2(run->result(), qPrintable(run->result().message()));
        QCOMPARE(xs(page->chart()->series().constFirst()), (QList<double> {1, 2}));
        const auto stored = m_fx.store->find(left.id);
        QVERIFY(stored);
        QCOMPARE(stored->state, RunState::Completed);
        QVERIFY(stored->testAccuracy);
        QCOMPARE(*stored->testAccuracy, *m_trained.testAccuracy);
        QCOMPARE(page->runsModel()->run(page->runsModel()->rowOf(left.id)).state,
                 RunState::Completed);
        // Nothing unfinished is left: connecting again starts nothing.
        page->resumeUnfinished(QStringLiteral("trainpage"));
        QCOMPARE(page->currentRun(), run);
        QVERIFY(m_fx.store->remove(left.id));
    }
};

QTEST_MAIN(TestTrainPage)
#include "tst_trainpage.moc"
