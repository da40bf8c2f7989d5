// What a finished run gives, as the Train page shows it.
#include "app/train/resultsview.h"

#include "app/train/confusionmodel.h"
#include "core/remote/remotehost.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

namespace Patagon {

using namespace Patagon::Train;

namespace {
constexpr int kThumbnail = 64;
constexpr int kTopAnswers = 3;

QLabel *newErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #c62828"));
    label->hide();
    return label;
}

// Fills `layout` in order: widgets, layouts, and a stretch for each null.
template<typename Layout> Layout *addAll(Layout *layout, std::initializer_list<QObject *> items)
{
    for (QObject *item : items) {
        if (auto *widget = qobject_cast<QWidget *>(item))
            layout->addWidget(widget);
        else if (auto *inner = qobject_cast<QLayout *>(item))
            layout->addLayout(inner);
        else
            layout->addStretch();
    }
    return layout;
}

QPixmap thumbnail(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (const QSize size = reader.size(); size.isValid())
        reader.setScaledSize(size.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio));
    return QPixmap::fromImage(reader.read()); // null when unreadable: no thumbnail
}
} // namespace

ResultsView::ResultsView(RemoteHost *host, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_hint(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_evaluate(new QPushButton(this))
    , m_evalBusy(new QProgressBar(this))
    , m_evalSummary(new QLabel(this))
    , m_evalError(newErrorLabel(this))
    , m_perClass(new QTableWidget(this))
    , m_confusionTitle(new QLabel(this))
    , m_confusion(new QTableView(this))
    , m_confusionModel(new ConfusionModel(this))
    , m_try(new QPushButton(this))
    , m_tryStatus(new QLabel(this))
    , m_tryError(newErrorLabel(this))
    , m_predictions(new QListWidget(this))
    , m_download(new QPushButton(this))
    , m_downloadBar(new QProgressBar(this))
    , m_downloadStatus(new QLabel(this))
    , m_downloadError(newErrorLabel(this))
    , m_saved(new QLabel(this))
    , m_openFolder(new QPushButton(this))
{
    setObjectName(QStringLiteral("resultsView"));
    m_hint->setObjectName(QStringLiteral("resultsHint"));
    m_evaluate->setObjectName(QStringLiteral("evaluateButton"));
    m_perClass->setObjectName(QStringLiteral("perClassTable"));
    m_confusion->setObjectName(QStringLiteral("confusionMatrix"));
    m_try->setObjectName(QStringLiteral("tryItButton"));
    m_predictions->setObjectName(QStringLiteral("predictions"));
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));

    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_evalBusy->setRange(0, 0);
    m_evalBusy->setTextVisible(false);
    m_evalBusy->setMaximumWidth(160);
    m_evalBusy->hide();
    m_evalSummary->setWordWrap(true);
    m_evalSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_perClass->setColumnCount(3);
    m_perClass->verticalHeader()->hide();
    m_confusion->setModel(m_confusionModel);
    m_confusion->horizontalHeader()->setMinimumSectionSize(36);
    for (QTableView *table : {static_cast<QTableView *>(m_perClass), m_confusion}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        // Elided headers keep ten columns within the page; the page scrolls, not the tables.
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        table->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    }
    m_confusionTitle->setWordWrap(true);

    m_tryStatus->setWordWrap(true);
    m_predictions->setIconSize(QSize(kThumbnail, kThumbnail));
    m_predictions->setSelectionMode(QAbstractItemView::NoSelection);
    m_predictions->setWordWrap(true);
    m_predictions->setMinimumHeight(3 * (kThumbnail + 8));
    m_predictions->hide();

    m_downloadBar->hide();
    m_downloadStatus->setWordWrap(true);
    m_saved->setWordWrap(true);
    // the whole width for the path: a word-wrapped label is otherwise squeezed to a sliver
    m_saved->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saved->hide();
    m_openFolder->hide();

    auto *evalPage = new QWidget(m_tabs);
    auto *tables
        = addAll(new QHBoxLayout,
                 {addAll(new QVBoxLayout, {m_perClass, nullptr}),
                  addAll(new QVBoxLayout, {m_confusionTitle, m_confusion, nullptr}), nullptr});
    addAll(new QVBoxLayout(evalPage),
           {addAll(new QHBoxLayout, {m_evaluate, m_evalBusy, nullptr}), m_evalError, m_evalSummary,
            tables, nullptr});
    m_tabs->addTab(evalPage, QString());
    auto *tryPage = new QWidget(m_tabs);
    addAll(new QVBoxLayout(tryPage),
           {addAll(new QHBoxLayout, {m_try, m_tryStatus}), m_tryError, m_predictions, nullptr});
    m_tabs->addTab(tryPage, QString());
    auto *downloadPage = new QWidget(m_tabs);
    addAll(new QVBoxLayout(downloadPage),
           {addAll(new QHBoxLayout, {m_download, m_downloadBar}), m_downloadStatus, m_downloadError,
            addAll(new QHBoxLayout, {m_saved, m_openFolder}), nullptr});
    m_tabs->addTab(downloadPage, QString());

    auto *layout = addAll(new QVBoxLayout(this), {m_hint, m_tabs});
    layout->setContentsMargins(0, 0, 0, 0);

    connect(m_evaluate, &QPushButton::clicked, this, &ResultsView::evaluate);
    connect(m_try, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Try the model with your images"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (*.png *.jpg *.jpeg)"));
        if (!paths.isEmpty())
            tryImages(paths);
    });
    connect(m_download, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Download the run's results to"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
        if (!folder.isEmpty())
            downloadTo(folder);
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (!m_savedFolder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedFolder));
    });
    if (m_host)
        connect(m_host, &RemoteHost::stateChanged, this, &ResultsView::updateActions);
    retranslate();
}

void ResultsView::setRecord(const RunRecord &record)
{
    if (m_results && record.id == m_record.id && record.state == m_record.state
        && record.runDir == m_record.runDir) {
        m_record = record; // the same run: what it showed still holds
        return;
    }
    if (m_results) {
        m_results->cancel();
        m_results->deleteLater();
    }
    m_record = record;
    m_results = new RunResults(m_host, record, this);
    connect(m_results, &RunResults::progress, this, &ResultsView::onProgress);
    m_busy = Busy::None;
    clearResults();
    updateActions();
}

bool ResultsView::isAvailable() const
{
    return m_results && m_host && m_host->isConnected() && m_record.state == RunState::Completed;
}

QString ResultsView::hintText() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

QAbstractItemModel *ResultsView::predictionsModel() const
{
    return m_predictions->model();
}

QString ResultsView::savedText() const
{
    return m_saved->isHidden() ? QString() : m_saved->text();
}

void ResultsView::evaluate()
{
    if (!m_results || m_busy != Busy::None)
        return;
    m_evalError->hide();
    setBusy(Busy::Evaluating);
    m_results->evaluate([this](const Expected<EvalReport> &report) {
        setBusy(Busy::None);
        showError(m_evalError, report.result());
        if (report)
            showReport(*report);
        emit evaluated(report.result());
    });
}

void ResultsView::tryImages(const QStringList &paths)
{
    if (!m_results || m_busy != Busy::None || paths.isEmpty())
        return;
    m_tryError->hide();
    m_tryStatus->setText(tr("Uploading and predicting %n image(s)…", nullptr, int(paths.size())));
    setBusy(Busy::Predicting);
    m_results->predict(paths, kTopAnswers, [this](const Expected<QList<Prediction>> &answers) {
        setBusy(Busy::None);
        m_tryStatus->clear();
        showError(m_tryError, answers.result());
        if (answers)
            showPredictions(*answers);
        emit predicted(answers.result());
    });
}

void ResultsView::downloadTo(const QString &folder)
{
    if (!m_results || m_busy != Busy::None || folder.isEmpty())
        return;
    m_downloadError->hide();
    m_saved->hide();
    m_openFolder->hide();
    m_downloadBar->setRange(0, 0);
    m_downloadBar->show();
    m_downloadStatus->setText(tr("Downloading…"));
    setBusy(Busy::Downloading);
    m_results->download(folder, [this, folder](const Result &result) {
        setBusy(Busy::None);
        m_downloadBar->hide();
        m_downloadStatus->clear();
        showError(m_downloadError, result);
        m_savedFolder = result ? folder : QString();
        m_saved->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(folder)));
        m_saved->setVisible(result.isOk());
        m_openFolder->setVisible(result.isOk());
        emit downloaded(result);
    });
}

void ResultsView::onProgress(const QString &text, qint64 done, qint64 maximum)
{
    if (m_busy == Busy::Predicting) {
        m_tryStatus->setText(text);
    } else if (m_busy == Busy::Downloading) {
        m_downloadStatus->setText(text);
        // QProgressBar counts in int: large byte counts are scaled to kilobytes.
        const qint64 scale = maximum > std::numeric_limits<int>::max() ? 1024 : 1;
        m_downloadBar->setRange(0, int(maximum / scale));
        m_downloadBar->setValue(int(qMin(done, maximum) / scale));
    }
}

void ResultsView::showError(QLabel *label, const Result &result)
{
    label->setText(result.message());
    label->setVisible(!result.message().isEmpty());
}

void ResultsView::showReport(const EvalReport &report)
{
    m_report = report;
    m_evalSummary->setText(
        tr("Test accuracy %1 % on %n image(s), test loss %2.", nullptr, report.testImages)
            .arg(report.testAccuracy * 100, 0, 'f', 1)
            .arg(report.testLoss, 0, 'f', 4));
    m_perClass->setRowCount(int(report.classes.size()));
    for (int i = 0; i < report.classes.size(); ++i) {
        qint64 images = 0;
        for (qint64 n : report.confusion.value(i))
            images += n;
        const std::optional<double> accuracy = report.perClassAccuracy.value(i);
        auto *name = new QTableWidgetItem(report.classes.at(i));
        auto *percent = new QTableWidgetItem(accuracy ? tr("%1 %").arg(*accuracy * 100, 0, 'f', 1)
                                                      : tr("no images"));
        auto *count = new QTableWidgetItem(QString::number(images));
        percent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_perClass->setItem(i, 0, name);
        m_perClass->setItem(i, 1, percent);
        m_perClass->setItem(i, 2, count);
    }
    m_confusionModel->setMatrix(report.classes, report.confusion);
    m_confusion->resizeColumnsToContents();
    m_confusion->resizeRowsToContents();
    fitTableHeight(m_perClass);
    fitTableHeight(m_confusion);
    m_perClass->show();
    m_confusion->show();
    m_confusionTitle->show();
}

// The page scrolls, not the tables: each is as tall as its rows.
void ResultsView::fitTableHeight(QTableView *view)
{
    int height = 2 * view->frameWidth() + view->horizontalHeader()->sizeHint().height();
    for (int row = 0; row < view->model()->rowCount(); ++row)
        height += view->rowHeight(row);
    view->setFixedHeight(height);
}

void ResultsView::showPredictions(const QList<Prediction> &predictions)
{
    m_predictions->clear();
    for (const Prediction &p : predictions) {
        QStringList words;
        QStringList names;
        for (const Prediction::Answer &a : p.answers) {
            //: A class the model answered and its confidence, e.g. "Sneaker 87 %"
            words << tr("%1 %2 %").arg(a.className).arg(a.confidence * 100, 0, 'f', 0);
            names << a.className;
        }
        auto *item = new QListWidgetItem(m_predictions);
        item->setIcon(QIcon(thumbnail(p.image)));
        item->setText(QFileInfo(p.image).fileName() + QLatin1Char('\n')
                      + words.join(QStringLiteral(" · ")));
        item->setToolTip(QDir::toNativeSeparators(p.image));
        item->setData(kAnswersRole, names);
    }
    m_predictions->setVisible(!predictions.isEmpty());
}

void ResultsView::clearResults()
{
    m_report.reset();
    m_savedFolder.clear();
    m_evalSummary->clear();
    m_perClass->setRowCount(0);
    m_perClass->hide();
    m_confusionModel->clear();
    m_confusion->hide();
    m_confusionTitle->hide();
    m_predictions->clear();
    m_predictions->hide();
    m_tryStatus->clear();
    m_downloadStatus->clear();
    m_downloadBar->hide();
    m_saved->hide();
    m_openFolder->hide();
    for (QLabel *label : {m_evalError, m_tryError, m_downloadError})
        label->hide();
    m_evalBusy->hide();
}

void ResultsView::setBusy(Busy busy)
{
    m_busy = busy;
    m_evalBusy->setVisible(busy == Busy::Evaluating);
    if (busy == Busy::Evaluating)
        m_evalSummary->setText(tr("Evaluating the best checkpoint on the test set…"));
    updateActions();
}

void ResultsView::updateActions()
{
    const bool available = isAvailable();
    const bool idle = m_busy == Busy::None;
    for (QPushButton *button : {m_evaluate, m_try, m_download})
        button->setEnabled(available && idle);
    QString hint;
    if (!m_results)
        hint = tr("Show a completed run to see its results.");
    else if (m_record.state != RunState::Completed)
        hint = tr("Results are there once the run has completed.");
    else if (!m_host || !m_host->isConnected())
        hint = tr("Not connected. Connect to the cluster on the Connection page to evaluate, try "
                  "or download this run's model.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void ResultsView::retranslate()
{
    m_tabs->setTabText(0, tr("&Evaluation"));
    m_tabs->setTabText(1, tr("Try &it"));
    m_tabs->setTabText(2, tr("&Download"));
    m_evaluate->setText(tr("Evaluate on the test set"));
    m_evaluate->setToolTip(
        tr("Run the best checkpoint on the test set on the cluster: accuracy per class and the "
           "confusion matrix"));
    m_try->setText(tr("Try it with your images…"));
    m_try->setToolTip(tr("Upload PNG or JPEG images and see the model's top three answers"));
    m_download->setText(tr("Download results…"));
    m_download->setToolTip(tr("Copy best.pt, metrics.jsonl and summary.json to this computer"));
    m_openFolder->setText(tr("Open folder"));
    m_perClass->setHorizontalHeaderLabels({tr("Class"), tr("Accuracy"), tr("Images")});
    m_confusionTitle->setText(tr("Confusion matrix (rows: true class, columns: predicted)"));
    if (m_report)
        showReport(*m_report);
    updateActions();
}

void ResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Patagon
