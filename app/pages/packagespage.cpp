// The Packages page.
#include "app/pages/packagespage.h"

#include "app/containers/commandoutput.h"

#include "app/containers/containerlistmodel.h"
#include "app/containers/manifestmodel.h"
#include "core/packages/savepath.h"
#include "core/remote/remotehost.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace Patagon {

using namespace Patagon::Container;
using namespace Patagon::Packages;

namespace {

constexpr qint64 kMaxRequirementsBytes = 1024 * 1024;

bool isConnected(const RemoteHost *host)
{
    return host
        && (host->state() == RemoteHost::State::Connected
            || host->state() == RemoteHost::State::Reconnecting);
}

QVariant containerData(const NamedContainer &c)
{
    return QStringList {c.name, c.node, c.enrootName};
}

NamedContainer containerFromData(const QVariant &data)
{
    const QStringList parts = data.toStringList();
    NamedContainer c;
    c.name = parts.value(0);
    c.node = parts.value(1);
    c.enrootName = parts.value(2);
    return c;
}

} // namespace

PackagesPage::PackagesPage(ContainerService *service, ContainerListModel *containers,
                           QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_containers(containers)
    , m_manifest(new ManifestModel(this))
    , m_title(new QLabel(this))
    , m_containerLabel(new QLabel(this))
    , m_container(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_pipLabel(new QLabel(this))
    , m_aptLabel(new QLabel(this))
    , m_pip(new QPlainTextEdit(this))
    , m_apt(new QPlainTextEdit(this))
    , m_import(new QPushButton(this))
    , m_saveLabel(new QLabel(this))
    , m_save(new QLineEdit(this))
    , m_install(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_output(new QPlainTextEdit(this))
    , m_manifestView(new QTableView(this))
    , m_replayLabel(new QLabel(this))
    , m_replayTarget(new QComboBox(this))
    , m_replay(new QPushButton(this))
{
    setObjectName(QStringLiteral("packagesPage"));
    m_container->setObjectName(QStringLiteral("containerCombo"));
    m_note->setObjectName(QStringLiteral("packagesNote"));
    m_pip->setObjectName(QStringLiteral("pipList"));
    m_apt->setObjectName(QStringLiteral("aptList"));
    m_import->setObjectName(QStringLiteral("importRequirements"));
    m_save->setObjectName(QStringLiteral("saveAs"));
    m_install->setObjectName(QStringLiteral("installPackages"));
    m_cancel->setObjectName(QStringLiteral("cancelInstall"));
    m_status->setObjectName(QStringLiteral("installStatus"));
    m_error->setObjectName(QStringLiteral("packagesError"));
    m_output->setObjectName(QStringLiteral("installOutput"));
    m_manifestView->setObjectName(QStringLiteral("manifestTable"));
    m_replayTarget->setObjectName(QStringLiteral("replayTarget"));
    m_replay->setObjectName(QStringLiteral("replayManifest"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_note->setWordWrap(true);
    // the two side by side, with their examples, are wider than the page in Spanish
    m_pipLabel->setWordWrap(true);
    m_aptLabel->setWordWrap(true);
    m_pipLabel->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_aptLabel->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_status->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_container->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_container->setMinimumContentsLength(18);
    m_containerLabel->setBuddy(m_container);
    m_pipLabel->setBuddy(m_pip);
    m_aptLabel->setBuddy(m_apt);
    m_saveLabel->setBuddy(m_save);
    m_replayLabel->setBuddy(m_replayTarget);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : {m_pip, m_apt, m_output}) {
        edit->setFont(fixed);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_pip->setTabChangesFocus(true);
    m_apt->setTabChangesFocus(true);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(20000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->hide();

    m_manifestView->setModel(m_manifest);
    m_manifestView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_manifestView->verticalHeader()->hide();
    m_manifestView->horizontalHeader()->setSectionResizeMode(ManifestModel::Packages,
                                                             QHeaderView::Stretch);
    m_manifestView->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_containerLabel);
    top->addWidget(m_container);

    auto *lists = new QGridLayout;
    lists->addWidget(m_pipLabel, 0, 0);
    lists->addWidget(m_aptLabel, 0, 1);
    lists->addWidget(m_pip, 1, 0);
    lists->addWidget(m_apt, 1, 1);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addStretch();
    lists->addLayout(importRow, 2, 0);
    auto *run = new QHBoxLayout;
    run->addWidget(m_saveLabel);
    run->addWidget(m_save, 1);
    run->addWidget(m_install);
    run->addWidget(m_cancel);
    auto *editors = new QWidget(this);
    auto *editorsLayout = new QVBoxLayout(editors);
    editorsLayout->setContentsMargins(0, 0, 0, 0);
    editorsLayout->addLayout(lists, 1);
    editorsLayout->addLayout(run);
    editorsLayout->addWidget(m_error);
    editorsLayout->addWidget(m_status);
    editorsLayout->addWidget(m_progress);

    auto *manifestTab = new QWidget(this);
    auto *manifestLayout = new QVBoxLayout(manifestTab);
    manifestLayout->addWidget(m_manifestView, 1);
    auto *replayRow = new QHBoxLayout;
    replayRow->addWidget(m_replayLabel);
    replayRow->addWidget(m_replayTarget, 1);
    replayRow->addWidget(m_replay);
    manifestLayout->addLayout(replayRow);
    m_tabs->addTab(m_output, QString());
    m_tabs->addTab(manifestTab, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(editors);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    auto *installAction = new QAction(this);
    installAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    installAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(installAction, &QAction::triggered, this, &PackagesPage::install);
    addAction(installAction);
    auto *importAction = new QAction(this);
    importAction->setShortcut(QKeySequence::Open);
    importAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(importAction, &QAction::triggered, this, [this] { importRequirements(); });
    addAction(importAction);

    connect(m_install, &QPushButton::clicked, this, &PackagesPage::install);
    connect(m_cancel, &QPushButton::clicked, this, &PackagesPage::cancel);
    connect(m_replay, &QPushButton::clicked, this, &PackagesPage::replay);
    connect(m_import, &QPushButton::clicked, this, [this] { importRequirements(); });
    connect(m_container, &QComboBox::currentIndexChanged, this, [this] {
        reloadManifest();
        fillContainers(); // the replay targets: every other container
        updateActions();
    });
    // Installs typed in a container shell and recorded from the Terminal page.
    connect(m_service, &ContainerService::manifestChanged, this,
            [this](const PackageManifest &manifest) {
                if (manifest.container == currentContainer().name)
                    m_manifest->setManifest(manifest);
                updateActions();
            });
    connect(m_containers, &QAbstractItemModel::modelReset, this, &PackagesPage::fillContainers);
    connect(m_containers, &QAbstractItemModel::layoutChanged, this, &PackagesPage::fillContainers);
    connect(m_containers, &QAbstractItemModel::rowsInserted, this, &PackagesPage::fillContainers);
    connect(m_containers, &QAbstractItemModel::rowsRemoved, this, &PackagesPage::fillContainers);
    connect(m_containers, &QAbstractItemModel::dataChanged, this, &PackagesPage::fillContainers);
    if (RemoteHost *host = m_service->host())
        connect(host, &RemoteHost::stateChanged, this, &PackagesPage::updateActions);
    retranslate();
    fillContainers();
}

void PackagesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PackagesPage::retranslate()
{
    m_title->setText(tr("Packages"));
    if (m_statusText)
        m_status->setText(m_statusText());
    if (m_errorText)
        m_error->setText(m_errorText());
    retranslateCommandOutput(m_output);
    // "mienv (on vm)": the containers' labels are said again too.
    for (QComboBox *combo : {m_container, m_replayTarget}) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i, ContainerListModel::label(containerFromData(combo->itemData(i))));
    }
    m_containerLabel->setText(tr("&Container:"));
    m_container->setPlaceholderText(tr("No container"));
    m_pipLabel->setText(tr("p&ip packages (one a line, e.g. numpy==2.1 or torchvision>=0.19):"));
    m_aptLabel->setText(tr("&apt packages (one a line, e.g. libgl1):"));
    m_pip->setPlaceholderText(tr("numpy\npandas>=2"));
    m_apt->setPlaceholderText(tr("ffmpeg\nlibgl1"));
    m_import->setText(tr("Import &requirements.txt…"));
    m_saveLabel->setText(tr("&Save as .sqsh (optional):"));
    m_save->setPlaceholderText(tr("e.g. containers/trainer.sqsh, on the cluster"));
    m_save->setToolTip(tr("After the install, write the container to this squashfs file on the "
                          "cluster (--container-save), so jobs can start from it."));
    m_install->setText(tr("&Install"));
    m_install->setToolTip(tr("Install the packages into the container (Ctrl+Return)"));
    m_cancel->setText(tr("&Cancel"));
    m_tabs->setTabText(0, tr("Output"));
    m_tabs->setTabText(1, tr("Manifest"));
    m_replayLabel->setText(tr("Replay &onto:"));
    m_replay->setText(tr("Re&play"));
    m_replay->setToolTip(tr("Install what succeeded in this container into the chosen one."));
    updateActions();
}

NamedContainer PackagesPage::currentContainer() const
{
    return containerFromData(m_container->currentData());
}

void PackagesPage::selectContainer(const NamedContainer &container)
{
    int index = m_container->findData(containerData(container));
    for (int i = 0; index < 0 && i < m_container->count(); ++i) {
        if (containerFromData(m_container->itemData(i)).name == container.name)
            index = i;
    }
    if (index >= 0)
        m_container->setCurrentIndex(index);
}

void PackagesPage::fillContainers()
{
    const QVariant current = m_container->currentData();
    const QVariant currentTarget = m_replayTarget->currentData();
    m_container->blockSignals(true);
    m_replayTarget->blockSignals(true);
    m_container->clear();
    m_replayTarget->clear();
    for (const ContainerListModel::Row &row : m_containers->rows())
        m_container->addItem(ContainerListModel::label(row.container),
                             containerData(row.container));
    int index = m_container->findData(current);
    m_container->setCurrentIndex(index >= 0 ? index : 0);
    const NamedContainer chosen = currentContainer();
    for (const ContainerListModel::Row &row : m_containers->rows()) {
        if (row.container == chosen)
            continue;
        m_replayTarget->addItem(ContainerListModel::label(row.container),
                                containerData(row.container));
    }
    index = m_replayTarget->findData(currentTarget);
    m_replayTarget->setCurrentIndex(index >= 0 ? index : 0);
    m_container->blockSignals(false);
    m_replayTarget->blockSignals(false);
    if (m_container->currentData() != current)
        reloadManifest();
    updateActions();
}

void PackagesPage::reloadManifest()
{
    const NamedContainer c = currentContainer();
    if (!c.isValid()) {
        m_manifest->setManifest({});
        return;
    }
    const Expected<PackageManifest> m
        = m_service->manifestStore().load(m_service->profileName(), c.name);
    if (!m) {
        showError(m.result());
        m_manifest->setManifest({});
        return;
    }
    m_manifest->setManifest(*m);
}

void PackagesPage::updateActions()
{
    const bool connected = isConnected(m_service->host());
    const bool hasContainer = currentContainer().isValid();
    const bool busy = isBusy();
    m_install->setEnabled(connected && hasContainer && !busy);
    m_replay->setEnabled(connected && hasContainer && !busy && m_replayTarget->count() > 0
                         && !m_manifest->manifest().replayPlan().isEmpty());
    m_cancel->setVisible(busy);
    m_container->setEnabled(!busy);
    if (!connected)
        m_note->setText(tr("Not connected: connect on the Connection page to install packages. "
                           "The records of earlier installs stay readable."));
    else if (m_containers->rowCount() == 0)
        m_note->setText(tr("No named containers yet: create one on the Containers page, then "
                           "install packages into it here."));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
}

QString PackagesPage::errorText() const
{
    return m_error->text();
}

QString PackagesPage::statusText() const
{
    return m_status->text();
}

void PackagesPage::showError(std::function<QString()> message)
{
    m_errorText = std::move(message);
    const QString text = m_errorText ? m_errorText() : QString();
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PackagesPage::showError(const Result &result)
{
    showError([result] { return result.message(); });
}

void PackagesPage::clearError()
{
    showError(std::function<QString()>());
}

InstallTarget PackagesPage::targetFor(const NamedContainer &container) const
{
    InstallTarget target;
    target.container = container.name;
    target.node = container.node;
    // srun -w NODE needs a partition that holds the node.
    for (const ProbePartition &p : m_service->probeResult().partitions) {
        if (p.nodes.contains(container.node)) {
            target.partition = p.name;
            if (p.isDefault)
                break;
        }
    }
    return target;
}

void PackagesPage::install()
{
    if (isBusy() || !m_install->isEnabled())
        return;
    clearError();
    PackagePlan plan;
    // Nothing the user typed is touched: a bad line is named and the lists stay as they are.
    if (Result r = plan.addApt(PackagePlan::splitList(m_apt->toPlainText())); !r)
        return showError(r);
    if (Result r = plan.addPip(PackagePlan::splitList(m_pip->toPlainText())); !r)
        return showError(r);
    if (plan.isEmpty())
        return showError([this] {
            return tr("Type at least one pip or apt package, one a line, then install.");
        });
    const NamedContainer c = currentContainer();
    InstallTarget target = targetFor(c);
    target.save = m_save->text().trimmed();
    if (Result r = checkSavePath(target.save, c.name); !r)
        return showError(r);
    m_taskContainer = c;
    m_taskSteps = plan.steps();
    startTask(m_service->install(plan, target, this),
              [this, c] { return tr("Installing into %1 on %2…").arg(c.name, c.node); });
}

void PackagesPage::replay()
{
    if (isBusy() || !m_replay->isEnabled())
        return;
    clearError();
    const PackageManifest source = m_manifest->manifest();
    if (source.replayPlan().isEmpty())
        return showError([this] {
            return tr("Nothing to replay: no install into this container has succeeded.");
        });
    const NamedContainer onto = containerFromData(m_replayTarget->currentData());
    if (!onto.isValid())
        return showError([this] { return tr("Choose the container to replay onto."); });
    m_taskContainer = onto;
    m_taskSteps = source.replayPlan().steps();
    startTask(m_service->replay(source, targetFor(onto), this),
              [this, from = source.container, onto] {
                  return tr("Replaying the packages of %1 onto %2 on %3…")
                      .arg(from, onto.name, onto.node);
              });
}

void PackagesPage::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void PackagesPage::startTask(ContainerTask *task, std::function<QString()> what)
{
    m_task = task;
    m_taskStep = 0;
    clearCommandOutput(m_output);
    m_tabs->setCurrentIndex(0);
    setStatus(std::move(what));
    m_progress->setRange(0, 0);
    m_progress->show();
    connect(task, &ContainerTask::standardOutput, this,
            [this](const QByteArray &chunk) { appendCommandOutput(m_output, chunk); });
    connect(task, &ContainerTask::standardError, this, [this](const QByteArray &chunk) {
        appendCommandOutput(m_output, chunk, OutputStream::Err);
    });
    connect(task, &ContainerTask::stepStarted, this,
            [this](int index, int count, const QString &description) {
                m_taskStep = index;
                m_progress->setRange(0, count);
                m_progress->setValue(index);
                // Said from the step itself, so that it follows a change of language.
                const std::optional<Packages::PackageStep> step = index < m_taskSteps.size()
                    ? std::optional(m_taskSteps.at(index))
                    : std::nullopt;
                const auto text = [this, index, count, description, step] {
                    return tr("Step %1 of %2: %3")
                        .arg(index + 1)
                        .arg(count)
                        .arg(step ? Packages::describeStep(*step) : description);
                };
                setStatus(text);
                // The output says where each step's part begins: what comes before the
                // heading is the previous step's (its last lines can arrive in one burst).
                appendCommandHeading(m_output, text);
            });
    connect(task, &ContainerTask::manifestChanged, this, [this](const PackageManifest &manifest) {
        if (manifest.container == currentContainer().name)
            m_manifest->setManifest(manifest);
    });
    connect(task, &ContainerTask::finished, this, [this](const Result &result) {
        m_progress->hide();
        if (result) {
            setStatus([this, name = m_taskContainer.name] {
                return tr("Done: the packages are installed in %1.").arg(name);
            });
        } else if (result.code() == ErrorCode::Cancelled) {
            setStatus([this] { return tr("Cancelled. The manifest records what ran."); });
        } else {
            // The step that failed and those after it: nothing of them is installed.
            QStringList missing;
            for (qsizetype i = m_taskStep; i < m_taskSteps.size(); ++i)
                missing << m_taskSteps.at(i).packages;
            setStatus([this, missing] {
                return missing.isEmpty()
                    ? tr("The install failed. The output below shows why.")
                    : tr("The install failed; not installed: %1. The output below shows why.")
                          .arg(missing.join(QStringLiteral(", ")));
            });
            showError(result);
        }
        if (m_task)
            m_task->deleteLater();
        m_task = nullptr;
        reloadManifest();
        updateActions();
        emit taskFinished(result);
    });
    updateActions();
}

void PackagesPage::cancel()
{
    if (!isBusy())
        return;
    setStatus([this] { return tr("Cancelling…"); });
    m_task->cancel();
}

void PackagesPage::importRequirements(const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Import requirements.txt"), QString(),
                                            tr("Requirements (*.txt);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return showError([this, file, why = f.errorString()] {
            return tr("%1 could not be read: %2. Check the path and that you may read the file.")
                .arg(file, why);
        });
    if (f.size() > kMaxRequirementsBytes)
        return showError([this, file] {
            return tr("%1 is larger than 1 MiB: that is not a requirements file.").arg(file);
        });
    const Expected<QStringList> requirements = PackagePlan::parseRequirements(f.readAll());
    if (!requirements)
        return showError([this, file, r = requirements.result()] {
            return tr("%1: %2").arg(file, r.message());
        });
    clearError();
    QStringList lines = PackagePlan::splitList(m_pip->toPlainText());
    int added = 0;
    for (const QString &r : *requirements) {
        if (!lines.contains(r)) {
            lines << r;
            ++added;
        }
    }
    if (added > 0) {
        // Appended as an edit, so Ctrl+Z takes it back.
        QTextCursor cursor(m_pip->document());
        cursor.movePosition(QTextCursor::End);
        QString text;
        if (!m_pip->toPlainText().isEmpty() && !m_pip->toPlainText().endsWith(u'\n'))
            text += u'\n';
        text += lines.mid(lines.size() - added).join(u'\n');
        cursor.insertText(text);
    }
    setStatus(
        [this, added] { return tr("%n requirement(s) added from the file.", nullptr, added); });
}

} // namespace Patagon
