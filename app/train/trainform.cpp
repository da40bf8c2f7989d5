// The Train page's form.
#include "app/train/trainform.h"

#include "app/containers/containerlistmodel.h"
#include "app/train/remotefolderdialog.h"
#include "core/remote/remotehost.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Patagon {

using namespace Patagon::Train;

namespace {

const QString kDefaultDataDir = QStringLiteral("/usr/share/datasets/fashion-mnist");

// Learning rates span orders of magnitude (0.1 to 1e-5): shown in the shortest form, typed as
// plain or scientific notation; 0 reads as the special value ("default").
class LearningRateBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override { return locale().toString(value, 'g', 6); }

    double valueFromText(const QString &text) const override
    {
        bool ok = false;
        const double value = locale().toDouble(text.trimmed(), &ok);
        return ok ? value : 0;
    }

    QValidator::State validate(QString &text, int &) const override
    {
        const QString t = text.trimmed();
        if (t.isEmpty() || t == specialValueText())
            return t.isEmpty() ? QValidator::Intermediate : QValidator::Acceptable;
        bool ok = false;
        const double value = locale().toDouble(t, &ok);
        if (ok)
            return value >= minimum() && value <= maximum() ? QValidator::Acceptable
                                                            : QValidator::Intermediate;
        static const QRegularExpression partial(QStringLiteral("^[0-9.,eE+-]*$"));
        return partial.match(t).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
    }
};

void selectData(QComboBox *box, const QString &value)
{
    int index = box->findData(value);
    if (index < 0) { // kept, so the config comes back as it was (validate() names the problem)
        box->addItem(value, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QComboBox *comboOf(const QStringList &keys, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const QString &key : keys)
        box->addItem(key, key);
    return box;
}

} // namespace

TrainForm::TrainForm(QWidget *parent)
    : QWidget(parent)
    , m_dataDir(new QLineEdit(kDefaultDataDir, this))
    , m_browseData(new QPushButton(this))
    , m_uploadShown(new QLineEdit(this))
    , m_clearUpload(new QPushButton(this))
    , m_uploadData(new QPushButton(this))
    , m_format(comboOf(QStringList {QString()} + TrainConfig::dataKinds(), this))
    , m_model(comboOf(TrainConfig::models(), this))
    , m_epochs(new QSpinBox(this))
    , m_batchSize(new QSpinBox(this))
    , m_learningRate(new LearningRateBox(this))
    , m_optimizer(comboOf({QStringLiteral("sgd"), QStringLiteral("adamw")}, this))
    , m_precision(comboOf({QStringLiteral("fp32"), QStringLiteral("bf16")}, this))
    , m_gpus(new QSpinBox(this))
    , m_timeLimit(new QLineEdit(this))
    , m_container(new QComboBox(this))
    , m_partition(new QLineEdit(this))
    , m_gresType(new QLineEdit(this))
    , m_runsFolder(new QLineEdit(this))
    , m_browseRuns(new QPushButton(this))
{
    setObjectName(QStringLiteral("trainForm"));
    m_dataDir->setObjectName(QStringLiteral("dataDir"));
    m_format->setObjectName(QStringLiteral("dataFormat"));
    m_model->setObjectName(QStringLiteral("model"));
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_learningRate->setObjectName(QStringLiteral("learningRate"));
    m_optimizer->setObjectName(QStringLiteral("optimizer"));
    m_precision->setObjectName(QStringLiteral("precision"));
    m_gpus->setObjectName(QStringLiteral("gpus"));
    m_timeLimit->setObjectName(QStringLiteral("timeLimit"));
    m_container->setObjectName(QStringLiteral("container"));
    m_partition->setObjectName(QStringLiteral("partition"));
    m_gresType->setObjectName(QStringLiteral("gpuType"));
    m_browseData->setObjectName(QStringLiteral("browseData"));
    m_uploadShown->setObjectName(QStringLiteral("uploadFrom"));
    m_clearUpload->setObjectName(QStringLiteral("clearUpload"));
    m_uploadData->setObjectName(QStringLiteral("uploadData"));
    m_runsFolder->setObjectName(QStringLiteral("runsFolder"));
    m_browseRuns->setObjectName(QStringLiteral("browseRuns"));

    const TrainConfig defaults;
    m_epochs->setRange(1, 100000);
    m_epochs->setValue(defaults.epochs);
    m_batchSize->setRange(1, 65536);
    m_batchSize->setValue(defaults.batchSize);
    m_learningRate->setRange(0, 10);
    m_learningRate->setDecimals(10);
    m_learningRate->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_learningRate->setValue(0);
    m_gpus->setRange(1, 8);
    m_gpus->setValue(defaults.gpus);
    m_timeLimit->setText(defaults.timeLimit);
    m_partition->setText(defaults.partition);
    m_container->setEditable(true);
    m_container->setInsertPolicy(QComboBox::NoInsert);
    m_container->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_container->setMinimumContentsLength(12);
    m_dataDir->setMinimumWidth(180);
    m_dataDir->setClearButtonEnabled(true);
    m_uploadShown->setReadOnly(true);
    m_uploadShown->hide();
    m_clearUpload->hide();
    m_runsFolder->setClearButtonEnabled(true);
    selectData(m_model, defaults.model);

    // The dataset: a folder on the cluster (typed or browsed), or one on this computer shown
    // in its place; below, the way to choose one on this computer.
    auto *dataField = new QWidget(this);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(m_uploadShown, 1);
    dataRow->addWidget(m_browseData);
    auto *uploadRow = new QHBoxLayout;
    uploadRow->addWidget(m_uploadData);
    uploadRow->addWidget(m_clearUpload);
    uploadRow->addStretch(1);
    auto *dataLayout = new QVBoxLayout(dataField);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    dataLayout->addLayout(dataRow);
    dataLayout->addLayout(uploadRow);
    auto *runsField = new QWidget(this);
    auto *runsLayout = new QHBoxLayout(runsField);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->addWidget(m_runsFolder, 1);
    runsLayout->addWidget(m_browseRuns);

    // Each row's field and the widget its label's mnemonic focuses; the first seven on the
    // left (what is trained on, where it goes, how), the rest on the right (where it runs).
    const QPair<QWidget *, QWidget *> fields[] = {{dataField, m_dataDir},
                                                  {m_format, m_format},
                                                  {runsField, m_runsFolder},
                                                  {m_model, m_model},
                                                  {m_epochs, m_epochs},
                                                  {m_batchSize, m_batchSize},
                                                  {m_learningRate, m_learningRate},
                                                  {m_optimizer, m_optimizer},
                                                  {m_precision, m_precision},
                                                  {m_gpus, m_gpus},
                                                  {m_timeLimit, m_timeLimit},
                                                  {m_container, m_container},
                                                  {m_partition, m_partition},
                                                  {m_gresType, m_gresType}};
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    int i = 0;
    for (const auto &[field, buddy] : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels.append(label);
        (i < 7 ? left : right)->addRow(label, field);
        ++i;
    }
    for (QFormLayout *form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addSpacing(12);
    layout->addLayout(right, 2);

    auto emitChanged = [this] { emit changed(); };
    for (QLineEdit *edit : {m_dataDir, m_timeLimit, m_partition, m_gresType, m_runsFolder})
        connect(edit, &QLineEdit::textChanged, this, emitChanged);
    for (QComboBox *box : {m_format, m_model, m_optimizer, m_precision})
        connect(box, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_container, &QComboBox::currentTextChanged, this, emitChanged);
    for (QSpinBox *spin : {m_epochs, m_batchSize, m_gpus})
        connect(spin, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this, emitChanged);
    connect(m_browseData, &QPushButton::clicked, this, [this] { browse(m_dataDir); });
    connect(m_browseRuns, &QPushButton::clicked, this, [this] { browse(m_runsFolder); });
    connect(m_uploadData, &QPushButton::clicked, this, &TrainForm::chooseUploadFolder);
    connect(m_clearUpload, &QPushButton::clicked, this, [this] {
        setUploadFrom(QString());
        m_dataDir->setFocus();
    });
    retranslate();
    updateBrowse();
}

void TrainForm::setHost(RemoteHost *host)
{
    if (m_host)
        disconnect(m_host, nullptr, this, nullptr);
    m_host = host;
    if (host)
        connect(host, &RemoteHost::stateChanged, this, &TrainForm::updateBrowse);
    updateBrowse();
}

RemoteFolderDialog *TrainForm::folderDialog() const
{
    return m_folderDialog;
}

void TrainForm::updateBrowse()
{
    const bool connected = m_host && m_host->isConnected();
    const QString tip = connected ? tr("Choose a folder on the cluster")
                                  : tr("Connect to the cluster to browse its folders.");
    for (QPushButton *button : {m_browseData, m_browseRuns}) {
        button->setEnabled(connected);
        button->setToolTip(tip);
    }
}

void TrainForm::browse(QLineEdit *edit)
{
    if (!m_host || m_folderDialog)
        return;
    auto *dialog = new RemoteFolderDialog(m_host, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_folderDialog = dialog;
    const QString start = edit->text().trimmed();
    dialog->setPath(start.isEmpty() ? QStringLiteral("~") : start);
    connect(dialog, &QDialog::accepted, this, [this, dialog, edit] {
        const QString folder = dialog->chosenFolder();
        if (folder.isEmpty())
            return;
        edit->setText(folder);
        if (edit == m_dataDir)
            m_format->setCurrentIndex(0); // a new folder: its format is read from its files
    });
    dialog->open();
}

void TrainForm::chooseUploadFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the Dataset Folder on This Computer"),
        m_uploadFrom.isEmpty() ? QDir::homePath() : m_uploadFrom);
    if (!folder.isEmpty())
        setUploadFrom(folder);
}

void TrainForm::setUploadFrom(const QString &localFolder)
{
    const QString folder = localFolder.isEmpty() ? QString() : QDir::cleanPath(localFolder);
    if (folder == m_uploadFrom)
        return;
    const bool wasUploading = !m_uploadFrom.isEmpty();
    m_uploadFrom = folder;
    const bool uploading = !folder.isEmpty();
    {
        const QSignalBlocker blocker(m_dataDir);
        // The cluster folder typed before is not where an upload goes (it would be written
        // into); it comes back when the upload is given up.
        if (uploading && !wasUploading) {
            m_clusterDataDir = m_dataDir->text();
            m_dataDir->clear();
        } else if (!uploading && wasUploading) {
            m_dataDir->setText(m_clusterDataDir);
        }
    }
    m_dataDir->setVisible(!uploading);
    m_browseData->setVisible(!uploading);
    m_uploadShown->setVisible(uploading);
    m_clearUpload->setVisible(uploading);
    updateUploadText();
    emit changed();
}

void TrainForm::updateUploadText()
{
    if (m_uploadFrom.isEmpty()) {
        m_uploadShown->clear();
        return;
    }
    const QString local = QDir::toNativeSeparators(m_uploadFrom);
    m_uploadShown->setText(tr("This computer: %1 → uploaded before training").arg(local));
    m_uploadShown->setCursorPosition(0);
    const QString target = m_dataDir->text().trimmed();
    m_uploadShown->setToolTip(
        target.isEmpty()
            ? tr("The folder %1 on this computer is uploaded to the cluster before training, "
                 "into patagon-datasets/%2 beside the run folders (files already there are not "
                 "sent again).")
                  .arg(local, QFileInfo(m_uploadFrom).fileName())
            : tr("The folder %1 on this computer is uploaded to %2 on the cluster before "
                 "training (files already there are not sent again).")
                  .arg(local, target));
}

void TrainForm::setBf16Available(bool available, const QString &why)
{
    m_bf16Available = available;
    m_bf16Why = available ? QString() : why;
    const int bf16 = m_precision->findData(QStringLiteral("bf16"));
    auto *model = qobject_cast<QStandardItemModel *>(m_precision->model());
    if (QStandardItem *item = model && bf16 >= 0 ? model->item(bf16) : nullptr) {
        item->setFlags(available ? item->flags() | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                 : item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        item->setToolTip(m_bf16Why);
    }
    if (!available && m_precision->currentData().toString() == u"bf16")
        selectData(m_precision, QStringLiteral("fp32")); // emits changed()
}

void TrainForm::setContainerModel(ContainerListModel *model)
{
    m_containerModel = model;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &TrainForm::updateContainers);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TrainForm::updateContainers);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TrainForm::updateContainers);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TrainForm::updateContainers);
    connect(model, &QAbstractItemModel::dataChanged, this, &TrainForm::updateContainers);
    updateContainers();
}

void TrainForm::updateContainers()
{
    QStringList names;
    for (const ContainerListModel::Row &row : m_containerModel->rows())
        names << row.container.name;
    names.removeDuplicates();
    QStringList shown;
    for (int i = 0; i < m_container->count(); ++i)
        shown << m_container->itemText(i);
    if (shown == names)
        return;
    // What was typed or chosen stays; an empty box takes the first container.
    const QString current = m_container->currentText();
    const QSignalBlocker blocker(m_container);
    m_container->clear();
    m_container->addItems(names);
    m_container->setCurrentText(current.isEmpty() ? names.value(0) : current);
    if (m_container->currentText() != current)
        emit changed();
}

TrainConfig TrainForm::config() const
{
    TrainConfig c = m_base;
    c.dataDir = m_dataDir->text().trimmed();
    while (c.dataDir.size() > 1 && c.dataDir.endsWith(u'/'))
        c.dataDir.chop(1);
    c.dataKind = m_format->currentData().toString();
    c.model = m_model->currentData().toString();
    c.epochs = m_epochs->value();
    c.batchSize = m_batchSize->value();
    c.learningRate = m_learningRate->value();
    c.optimizer = m_optimizer->currentData().toString();
    c.precision = m_precision->currentData().toString();
    c.gpus = m_gpus->value();
    c.timeLimit = m_timeLimit->text().trimmed();
    c.container = m_container->currentText().trimmed();
    c.partition = m_partition->text().trimmed();
    c.gresType = m_gresType->text().trimmed();
    c.uploadFrom = m_uploadFrom;
    c.runsFolder = m_runsFolder->text().trimmed();
    while (c.runsFolder.size() > 1 && c.runsFolder.endsWith(u'/'))
        c.runsFolder.chop(1);
    // The node belongs to the container it was found for.
    if (c.container != m_base.container)
        c.node.clear();
    return c;
}

void TrainForm::setConfig(const TrainConfig &config)
{
    {
        const QSignalBlocker blockers[]
            = {QSignalBlocker(m_dataDir),   QSignalBlocker(m_format),
               QSignalBlocker(m_model),     QSignalBlocker(m_epochs),
               QSignalBlocker(m_batchSize), QSignalBlocker(m_learningRate),
               QSignalBlocker(m_optimizer), QSignalBlocker(m_precision),
               QSignalBlocker(m_gpus),      QSignalBlocker(m_timeLimit),
               QSignalBlocker(m_container), QSignalBlocker(m_partition),
               QSignalBlocker(m_gresType),  QSignalBlocker(m_runsFolder),
               QSignalBlocker(this)};
        Q_UNUSED(blockers)
        m_base = config;
        setUploadFrom(config.uploadFrom);
        m_dataDir->setText(config.dataDir);
        selectData(m_format, config.dataKind);
        selectData(m_model, config.model);
        m_epochs->setValue(config.epochs);
        m_batchSize->setValue(config.batchSize);
        m_learningRate->setValue(config.learningRate);
        selectData(m_optimizer, config.optimizer);
        selectData(m_precision,
                   config.precision == u"bf16" && !m_bf16Available ? QStringLiteral("fp32")
                                                                   : config.precision);
        m_gpus->setValue(config.gpus);
        m_timeLimit->setText(config.timeLimit);
        m_container->setCurrentText(config.container);
        m_partition->setText(config.partition);
        m_gresType->setText(config.gresType);
        m_runsFolder->setText(config.runsFolder);
    }
    updateUploadText();
    emit changed();
}

void TrainForm::retranslate()
{
    const QString labels[]
        = {tr("&Dataset folder:"), tr("&Format:"),     tr("Ru&ns folder:"),   tr("&Model:"),
           tr("&Epochs:"),         tr("&Batch size:"), tr("&Learning rate:"), tr("&Optimizer:"),
           tr("&Precision:"),      tr("&GPUs:"),       tr("T&ime limit:"),    tr("&Container:"),
           tr("Pa&rtition:"),      tr("GPU t&ype:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels[i]);

    m_dataDir->setPlaceholderText(tr("A folder on the cluster, such as %1").arg(kDefaultDataDir));
    m_dataDir->setToolTip(tr("The dataset's folder on the cluster (not on this computer): "
                             "Fashion-MNIST or MNIST files, CIFAR-10 binary batches, or one "
                             "folder of images per class."));
    m_browseData->setText(tr("Bro&wse…"));
    m_uploadData->setText(tr("Upload from t&his computer…"));
    m_uploadData->setToolTip(tr("Train on a folder on this computer: it is uploaded to the "
                                "cluster before training (files already there are not sent "
                                "again)."));
    m_clearUpload->setText(tr("&Use a cluster folder"));
    m_clearUpload->setToolTip(tr("Train on a folder that is on the cluster already"));
    updateUploadText();
    m_runsFolder->setPlaceholderText(
        tr("$SCRATCH or /scratch/$USER when they exist, else ~/patagon-runs"));
    m_runsFolder->setToolTip(tr("Where each run's folder goes on the cluster (checkpoints, "
                                "metrics, logs). Empty: a patagon-runs folder in $SCRATCH or "
                                "/scratch/$USER when one exists and may be written, else "
                                "~/patagon-runs."));
    m_browseRuns->setText(tr("Brow&se…"));
    updateBrowse();
    m_format->setItemText(0, tr("Detect"));
    const QHash<QString, QString> formats
        = {{QStringLiteral("fashion-mnist"), QStringLiteral("Fashion-MNIST")},
           {QStringLiteral("mnist"), QStringLiteral("MNIST")},
           {QStringLiteral("cifar10"), QStringLiteral("CIFAR-10")},
           {QStringLiteral("imagefolder"), tr("Image folders (one per class)")}};
    for (int i = 1; i < m_format->count(); ++i)
        m_format->setItemText(
            i, formats.value(m_format->itemData(i).toString(), m_format->itemData(i).toString()));
    m_format->setToolTip(tr("Detect: the format is read from the folder's files before "
                            "anything is submitted."));
    m_model->setToolTip(tr("smallcnn trains in minutes; resnet9 and resnet18 reach a higher "
                           "accuracy on larger images."));
    m_epochs->setToolTip(tr("How many times the trainer goes through the training images."));
    m_batchSize->setToolTip(tr("Images per step on each GPU."));
    m_learningRate->setSpecialValueText(tr("default"));
    m_learningRate->setToolTip(tr("0 uses the trainer's default for the optimizer."));
    const int adamw = m_optimizer->findData(QStringLiteral("adamw"));
    m_optimizer->setItemText(m_optimizer->findData(QStringLiteral("sgd")), tr("SGD with momentum"));
    if (adamw >= 0)
        m_optimizer->setItemText(adamw, QStringLiteral("AdamW"));
    const int bf16 = m_precision->findData(QStringLiteral("bf16"));
    m_precision->setItemText(m_precision->findData(QStringLiteral("fp32")), tr("fp32 (full)"));
    if (bf16 >= 0)
        m_precision->setItemText(bf16, tr("bf16 (mixed)"));
    m_gpus->setToolTip(tr("One task per GPU; above 1 the trainer runs data-parallel."));
    m_timeLimit->setPlaceholderText(tr("HH:MM:SS"));
    m_timeLimit->setToolTip(tr("The job's time limit. Near it the trainer saves a checkpoint "
                               "and the job is requeued to continue."));
    m_container->setToolTip(tr("A named container with PyTorch (made on the Containers page): "
                               "the trainer is built and runs in it."));
    m_container->lineEdit()->setPlaceholderText(tr("a container name"));
    m_partition->setPlaceholderText(tr("gpu"));
    m_gresType->setPlaceholderText(tr("any"));
    m_gresType->setToolTip(tr("A GPU model such as A100, or empty for any GPU of the partition."));
}

void TrainForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Patagon
