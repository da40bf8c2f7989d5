// The Results view of a finished run against the sandbox cluster: a Fashion-MNIST subset
// trained for one epoch in a named PyTorch container made for the test, then Evaluate (the
// confusion matrix adds up to the test set and its diagonal to the accuracy, under
// QAbstractItemModelTester), Try it with two images from this computer (three answers each),
// Download (the run's files arrive), the view disabled offline or for a run that did not
// complete, and the Train page showing it under a completed record's curves.
#include "../sandbox/trainfixture.h"
#include "../sandbox/widgettest.h"
#include "app/containers/containerlistmodel.h"
#include "app/pages/trainpage.h"
#include "app/train/confusionmodel.h"
#include "app/train/resultsview.h"
#include "core/container/containerservice.h"
#include "core/i18n/languagemanager.h"
#include "core/slurm/slurmclient.h"
#include "core/train/runstore.h"
#include "core/train/trainrun.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Patagon;
using namespace Patagon::Train;

namespace {
const QString kContainer = QStringLiteral("resultsview");
const QSize kPageSize(880, 650); // the page area of the window at its default 1100x700
} // namespace

class TestResultsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Testing::TrainFixture m_fx;
    RunRecord m_run;
    std::unique_ptr<ResultsView> m_view;

private slots:
    void initTestCase()
    {
        Testing::useOwnSettings(QStringLiteral("tst_resultsview"));
        QVERIFY(m_tmp.isValid());
        QString why;
        QVERIFY2(m_fx.setUp(this, QStringLiteral("resultsview"), m_tmp, &why), qPrintable(why));

        const Result created = m_fx.recreateContainer(kContainer);
        QVERIFY2(created, qPrintable(created.message()));

        const TrainConfig c = Testing::TrainFixture::fashionMnist(kContainer, 1, 1000, 300);
        TrainRun run(m_fx.pair->host(), m_fx.client, m_fx.store.get(), m_fx.containers);
        run.setProfileName(QStringLiteral("resultsview"));
        QSignalSpy finished(&run, &TrainRun::finished);
        run.start(c);
        QVERIFY(run.isFinished() || finished.wait(600000));
        const Result trained = finished.isEmpty()
            ? Result::ok()
            : finished.constFirst().constFirst().value<Result>();
        QVERIFY2(trained, qPrintable(trained.message()));
        m_run = run.record();
        QCOMPARE(m_run.state, RunState::Completed);

        m_view = std::make_unique<ResultsView>(m_fx.pair->host());
        m_view->resize(kPageSize);
        m_view->setRecord(m_run);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_fx.removeContainer(kContainer);
    }

    void disabledUnlessCompletedAndConnected()
    {
        ResultsView view(m_fx.pair->host());
        QVERIFY(!view.isAvailable());
        QVERIFY(!view.hintText().isEmpty());
        RunRecord failed = m_run;
        failed.state = RunState::Failed;
        view.setRecord(failed);
        QVERIFY(!view.isAvailable());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("evaluateButton"))->isEnabled());
        view.setRecord(m_run);
        QVERIFY(view.isAvailable());
        QVERIFY(view.hintText().isEmpty());
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("evaluateButton"))->isEnabled());
        ResultsView offline(nullptr);
        offline.setRecord(m_run);
        QVERIFY(!offline.isAvailable());
        QVERIFY(!offline.hintText().isEmpty());
    }

    void evaluates()
    {
        QAbstractItemModelTester tester(m_view->confusionModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy evaluated(m_view.get(), &ResultsView::evaluated);
        m_view->evaluate();
        QVERIFY(evaluated.wait(180000));
        const Result r = evaluated.constFirst().constFirst().value<Result>();
        QVERIFY2(r, qPrintable(r.message()));
        ConfusionModel *model = m_view->confusionModel();
        QCOMPARE(model->rowCount(), 10);
        QCOMPARE(model->columnCount(), 10);
        QCOMPARE(model->total(), 300);
        qint64 sum = 0;
        for (int i = 0; i < 10; ++i)
            for (int j = 0; j < 10; ++j)
                sum += model->data(model->index(i, j)).toString().toLongLong();
        QCOMPARE(sum, 300);
        QCOMPARE(m_view->perClassTable()->rowCount(), 10);
        // The diagonal is the report's accuracy.
        QVERIFY(m_view->report().has_value());
        QCOMPARE(m_view->report()->testImages, 300);
        QVERIFY2(qAbs(double(model->diagonal()) / 300 - m_view->report()->testAccuracy) < 1e-9,
                 qPrintable(QString::number(model->diagonal())));
        // Ten classes fit at the page's size without scrolling sideways.
        m_view->tabs()->setCurrentIndex(0);
        QTest::qWait(100);
        QTableView *matrix = m_view->confusionView();
        QVERIFY2(matrix->viewport()->width() >= matrix->horizontalHeader()->length(),
                 qPrintable(QStringLiteral("the matrix shows %1 pixels, needs %2")
                                .arg(matrix->viewport()->width())
                                .arg(matrix->horizontalHeader()->length())));
        QVERIFY(m_view->minimumSizeHint().width() <= kPageSize.width());
        QVERIFY(!model->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        Testing::saveScreenshot(m_view.get(), QStringLiteral("resultsview-evaluation-en.png"));
    }

    void triesImages()
    {
        QStringList images;
        for (int i = 0; i < 2; ++i) {
            QImage image(28, 28, QImage::Format_RGB32);
            image.fill(i == 0 ? Qt::white : Qt::darkGray);
            images << m_tmp.filePath(QStringLiteral("try %1.png").arg(i));
            QVERIFY(image.save(images.last()));
        }
        QSignalSpy predicted(m_view.get(), &ResultsView::predicted);
        m_view->tryImages(images);
        QVERIFY(predicted.wait(180000));
        const Result r = predicted.constFirst().constFirst().value<Result>();
        QVERIFY2(r, qPrintable(r.message()));
        QAbstractItemModel *model = m_view->predictionsModel();
        QCOMPARE(model->rowCount(), 2);
        for (int i = 0; i < 2; ++i) {
            const QModelIndex index = model->index(i, 0);
            QCOMPARE(index.data(ResultsView::kAnswersRole).toStringList().size(), 3);
            QVERIFY(index.data().toString().startsWith(QFileInfo(images.at(i)).fileName()));
            QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        m_view->tabs()->setCurrentIndex(1);
        Testing::saveScreenshot(m_view.get(), QStringLiteral("resultsview-tryit-en.png"));
    }

    void downloads()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("download"));
        QSignalSpy downloaded(m_view.get(), &ResultsView::downloaded);
        m_view->downloadTo(folder);
        QVERIFY(downloaded.wait(180000));
        const Result r = downloaded.constFirst().constFirst().value<Result>();
        QVERIFY2(r, qPrintable(r.message()));
        for (const char *name : {"best.pt", "metrics.jsonl", "summary.json"})
            QVERIFY2(QFileInfo(QDir(folder).filePath(QLatin1String(name))).size() > 0, name);
        QVERIFY(m_view->savedText().contains(QDir::toNativeSeparators(folder)));
        m_view->tabs()->setCurrentIndex(2);
        Testing::saveScreenshot(m_view.get(), QStringLiteral("resultsview-download-en.png"));
    }

    void spanish()
    {
        LanguageManager languages;
        languages.useLanguage(QStringLiteral("es"));
        QTest::qWait(50); // the language change reaches the widgets
        m_view->tabs()->setCurrentIndex(0);
        QVERIFY(m_view->minimumSizeHint().width() <= kPageSize.width());
        QTableView *matrix = m_view->confusionView();
        QVERIFY(matrix->viewport()->width() >= matrix->horizontalHeader()->length());
        Testing::saveScreenshot(m_view.get(), QStringLiteral("resultsview-evaluation-es.png"));
        languages.useLanguage(QStringLiteral("en"));
    }

    void trainPageShowsResultsOfACompletedRecord()
    {
        ContainerListModel containerModel;
        TrainPage page(m_fx.pair->host(), m_fx.client, m_fx.containers, &containerModel,
                       m_fx.store.get());
        page.resize(kPageSize);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.resultsView()->isHidden());
        page.showRecord(m_run);
        QVERIFY(!page.resultsView()->isHidden());
        QCOMPARE(page.resultsView()->record().id, m_run.id);
        QVERIFY(page.resultsView()->isAvailable());
        RunRecord failed = m_run;
        failed.state = RunState::Failed;
        page.showRecord(failed);
        QVERIFY(page.resultsView()->isHidden());
    }
};

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
