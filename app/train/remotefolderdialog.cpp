// A folder browser for the cluster.
#include "app/train/remotefolderdialog.h"

#include "core/remote/remotehost.h"
#include "core/train/trainconfig.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Patagon {

namespace {

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash <= 0)
        return QStringLiteral("/");
    return path.left(slash);
}

QString joined(const QString &folder, const QString &name)
{
    return folder.endsWith(u'/') ? QString(folder + name) : QString(folder + u'/' + name);
}

// Natural order, case aside: "sub2" before "Sub3" before "sub10", whatever the locale.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            // Compared as numbers of any length: leading zeros off, then length, then digits.
            QStringView da = QStringView(a).sliced(i, ei - i);
            QStringView db = QStringView(b).sliced(j, ej - j);
            while (da.size() > 1 && da.front() == u'0')
                da = da.sliced(1);
            while (db.size() > 1 && db.front() == u'0')
                db = db.sliced(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return a.size() - i < b.size() - j;
    return a < b; // equal but for case or zeros: a stable order all the same
}

// A dataset format's name as the Train form shows it.
QString formatName(const QString &kind)
{
    if (kind == u"fashion-mnist")
        return RemoteFolderDialog::tr("Fashion-MNIST (IDX files)");
    if (kind == u"mnist")
        return RemoteFolderDialog::tr("MNIST (IDX files)");
    if (kind == u"cifar10")
        return RemoteFolderDialog::tr("CIFAR-10 (binary batches)");
    if (kind == u"imagefolder")
        return RemoteFolderDialog::tr("image folders (one folder per class)");
    return kind;
}

} // namespace

// The entries of the folder shown: folders first, then files (which cannot be chosen), each
// group in natural order ("2" before "10"); hidden entries only when asked for.
class RemoteFolderDialog::Model : public QAbstractTableModel
{
public:
    enum Column
    {
        Name,
        Size,
        Modified,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<RemoteFileInfo> entries)
    {
        std::sort(entries.begin(), entries.end(),
                  [](const RemoteFileInfo &a, const RemoteFileInfo &b) {
                      if (a.isDirectory != b.isDirectory)
                          return a.isDirectory;
                      return naturalLess(a.name, b.name);
                  });
        m_all = std::move(entries);
        refilter();
    }
    const QList<RemoteFileInfo> &allEntries() const { return m_all; }
    const QList<RemoteFileInfo> &shownEntries() const { return m_rows; }

    void setShowHidden(bool show)
    {
        if (show == m_showHidden)
            return;
        m_showHidden = show;
        refilter();
    }

    const RemoteFileInfo *entry(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    static bool canEnter(const RemoteFileInfo &e) { return e.exists && e.isDirectory; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        const RemoteFileInfo *e = entry(index.row());
        if (!e || !canEnter(*e))
            return Qt::NoItemFlags; // greyed: files are shown, never chosen
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const RemoteFileInfo *e
            = checkIndex(index, CheckIndexOption::IndexIsValid) ? entry(index.row()) : nullptr;
        if (!e)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Name:
                return e->name;
            case Size:
                if (e->isDirectory || !e->exists)
                    return {};
                return QLocale().formattedDataSize(e->size);
            case Modified:
                if (!e->exists || !e->modified.isValid())
                    return {};
                return QLocale().toString(e->modified.toLocalTime(), QLocale::ShortFormat);
            }
            return {};
        case Qt::DecorationRole:
            if (index.column() != Name)
                return {};
            return QApplication::style()->standardIcon(
                e->isDirectory ? (e->isSymlink ? QStyle::SP_DirLinkIcon : QStyle::SP_DirIcon)
                               : (e->isSymlink ? QStyle::SP_FileLinkIcon : QStyle::SP_FileIcon));
        case Qt::ToolTipRole:
            if (!e->exists)
                return RemoteFolderDialog::tr("A link to something that does not exist.");
            if (!e->isDirectory)
                return RemoteFolderDialog::tr("A file. Choose the folder that holds the files.");
            return e->isSymlink ? RemoteFolderDialog::tr("A link to a folder.") : QVariant();
        case Qt::TextAlignmentRole:
            if (index.column() != Size)
                return {};
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Name:
            return RemoteFolderDialog::tr("Name");
        case Size:
            return RemoteFolderDialog::tr("Size");
        case Modified:
            return RemoteFolderDialog::tr("Modified");
        default:
            return {};
        }
    }

    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }

private:
    void refilter()
    {
        beginResetModel();
        m_rows.clear();
        for (const RemoteFileInfo &e : std::as_const(m_all))
            if (m_showHidden || !e.name.startsWith(u'.'))
                m_rows.append(e);
        endResetModel();
    }

    QList<RemoteFileInfo> m_all;
    QList<RemoteFileInfo> m_rows;
    bool m_showHidden = false;
};

RemoteFolderDialog::RemoteFolderDialog(RemoteHost *host, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_model(new Model(this))
    , m_up(new QToolButton(this))
    , m_home(new QToolButton(this))
    , m_pathEdit(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_showHidden(new QCheckBox(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_dataset(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("remoteFolderDialog"));
    m_up->setObjectName(QStringLiteral("up"));
    m_home->setObjectName(QStringLiteral("home"));
    m_pathEdit->setObjectName(QStringLiteral("path"));
    m_view->setObjectName(QStringLiteral("entries"));
    m_showHidden->setObjectName(QStringLiteral("showHidden"));
    m_busy->setObjectName(QStringLiteral("busy"));
    m_status->setObjectName(QStringLiteral("status"));
    m_error->setObjectName(QStringLiteral("error"));
    m_dataset->setObjectName(QStringLiteral("datasetHint"));

    m_up->setIcon(style()->standardIcon(QStyle::SP_FileDialogToParent));
    m_home->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    for (QToolButton *button : {m_up, m_home})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true); // folders of many thousand entries
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(Model::Name, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    m_view->header()->resizeSection(Model::Size,
                                    metrics.horizontalAdvance(QStringLiteral("0000.0 MiB")) + 16);
    m_view->header()->resizeSection(
        Model::Modified, metrics.horizontalAdvance(QStringLiteral("00/00/0000 00:00 PM")) + 16);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_status->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(4);
    m_error->setStyleSheet(QStringLiteral("QLabel#error { background: #fdecea; color: #611a15; }"));
    m_error->hide();
    m_dataset->setWordWrap(true);
    m_dataset->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_up);
    top->addWidget(m_home);
    top->addWidget(m_pathEdit, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(status);
    layout->addWidget(m_dataset);
    layout->addWidget(m_showHidden);
    layout->addWidget(m_buttons);

    // Alt+Up anywhere in the dialog; Backspace and Enter in the list (see eventFilter).
    auto *upAction = new QAction(this);
    upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(upAction, &QAction::triggered, this, &RemoteFolderDialog::goUp);
    addAction(upAction);
    m_pathEdit->installEventFilter(this);
    m_view->installEventFilter(this);

    connect(m_up, &QToolButton::clicked, this, &RemoteFolderDialog::goUp);
    connect(m_home, &QToolButton::clicked, this, &RemoteFolderDialog::goHome);
    connect(m_view, &QTreeView::doubleClicked, this,
            [this](const QModelIndex &index) { enter(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RemoteFolderDialog::updateState);
    connect(m_showHidden, &QCheckBox::toggled, this, [this](bool show) {
        m_model->setShowHidden(show);
        updateState();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!chosenFolder().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    resize(680, 480);
    m_view->setFocus();
}

RemoteFolderDialog::~RemoteFolderDialog()
{
    delete m_operation; // cancels a listing in progress
}

QAbstractItemModel *RemoteFolderDialog::model() const
{
    return m_model;
}

bool RemoteFolderDialog::isBusy() const
{
    return !m_operation.isNull();
}

QString RemoteFolderDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString RemoteFolderDialog::datasetText() const
{
    return m_dataset->text();
}

QString RemoteFolderDialog::chosenFolder() const
{
    if (m_failed || isBusy())
        return {};
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        if (const RemoteFileInfo *e = m_model->entry(rows.first().row()); e && Model::canEnter(*e))
            return joined(m_path, e->name);
    return m_path;
}

void RemoteFolderDialog::setPath(const QString &path)
{
    startListing(path.trimmed());
}

void RemoteFolderDialog::goUp()
{
    if (m_path.startsWith(u'/') && m_path != u"/")
        startListing(parentOf(m_path));
}

void RemoteFolderDialog::goHome()
{
    startListing(QStringLiteral("~"));
}

void RemoteFolderDialog::enter(int row)
{
    const RemoteFileInfo *e = m_model->entry(row);
    if (e && Model::canEnter(*e) && !isBusy())
        startListing(joined(m_path, e->name));
}

void RemoteFolderDialog::startListing(const QString &path)
{
    delete m_operation; // the folder asked for before is of no interest any more
    m_path = path.isEmpty() ? QStringLiteral("~") : path;
    m_pathEdit->setText(m_path);
    m_status->setText(tr("Reading %1…").arg(m_path));
    m_busy->show();
    if (!m_host) {
        showListing({}, tr("There is no connection to the cluster."));
        return;
    }
    RemoteOperation *op = m_host->list(m_path, this);
    m_operation = op;
    connect(op, &RemoteOperation::finished, this, [this, op](const Result &result) {
        op->deleteLater();
        if (m_operation != op)
            return;
        m_operation = nullptr;
        showListing(op->listing(), result ? QString() : result.message());
    });
    updateState();
}

void RemoteFolderDialog::showListing(const RemoteListing &listing, const QString &error)
{
    if (!listing.path.isEmpty())
        m_path = listing.path;
    m_pathEdit->setText(m_path);
    m_failed = !error.isEmpty();
    m_truncated = listing.truncated;
    m_busy->hide();
    m_error->setText(error);
    m_error->setVisible(m_failed);
    m_model->setEntries(listing.entries);
    m_dataset->clear();
    if (!m_failed) {
        QStringList names;
        for (const RemoteFileInfo &e : m_model->allEntries())
            names << (Model::canEnter(e) ? e.name + u'/' : e.name);
        QString why;
        const QString kind = Train::detectDataKind(names, m_path, &why);
        m_dataset->setText(
            kind.isEmpty() ? why : tr("As a dataset, this folder holds %1.").arg(formatName(kind)));
    }
    updateState();
    emit listed();
}

void RemoteFolderDialog::updateState()
{
    const bool busy = isBusy();
    m_up->setEnabled(m_path.startsWith(u'/') && m_path != u"/");
    if (!busy) {
        int folders = 0;
        for (const RemoteFileInfo &e : m_model->shownEntries())
            folders += Model::canEnter(e) ? 1 : 0;
        const int files = int(m_model->shownEntries().size()) - folders;
        if (m_failed)
            m_status->clear();
        else if (m_truncated)
            m_status->setText(tr("Only the first %L1 entries are shown: the folder holds more.")
                                  .arg(m_model->allEntries().size()));
        else
            m_status->setText(tr("Folders: %L1, files: %L2").arg(folders).arg(files));
    }
    const QString chosen = chosenFolder();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!chosen.isEmpty());
    const QString name = chosen == u"/" ? chosen : chosen.section(u'/', -1);
    ok->setText(chosen.isEmpty() ? tr("&Choose") : tr("&Choose “%1”").arg(name));
    ok->setToolTip(chosen);
}

bool RemoteFolderDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enterKey = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_pathEdit && enterKey && key->modifiers() == Qt::NoModifier) {
        setPath(m_pathEdit->text()); // not the dialog's default button
        return true;
    }
    if (watched == m_view) {
        if (key->key() == Qt::Key_Backspace && key->modifiers() == Qt::NoModifier) {
            goUp();
            return true;
        }
        const QModelIndex current = m_view->currentIndex();
        const RemoteFileInfo *e = current.isValid() ? m_model->entry(current.row()) : nullptr;
        if (enterKey && key->modifiers() == Qt::NoModifier && e && Model::canEnter(*e)) {
            enter(current.row());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RemoteFolderDialog::showEvent(QShowEvent *event)
{
    if (m_path.isEmpty())
        goHome();
    QDialog::showEvent(event);
}

void RemoteFolderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RemoteFolderDialog::retranslate()
{
    setWindowTitle(m_host ? tr("Choose a Folder on %1").arg(m_host->destination())
                          : tr("Choose a Folder on the Cluster"));
    m_up->setText(tr("&Up"));
    m_up->setToolTip(tr("Up to the parent folder (Alt+Up, or Backspace in the list)"));
    m_home->setText(tr("H&ome"));
    m_home->setToolTip(tr("Your home folder on the cluster"));
    m_pathEdit->setToolTip(tr("A folder on the cluster: type a path and press Enter to go "
                              "there (~ is your home folder)."));
    m_pathEdit->setPlaceholderText(tr("/path/on/the/cluster"));
    m_showHidden->setText(tr("Show &hidden files and folders"));
    m_model->retranslate();
    updateState();
}

} // namespace Patagon
