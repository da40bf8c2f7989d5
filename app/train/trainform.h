// The Train page's form: what one training run asks for (dataset, model, epochs, batch size,
// learning rate, optimizer, precision, GPUs, time limit, container, partition, GPU type, runs
// folder), in two columns. The dataset is a folder on the cluster (typed, or browsed through
// RemoteFolderDialog) or one on this computer uploaded before training. It holds the values
// only; TrainConfig::validate() judges them.
#pragma once

#include "core/train/trainconfig.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Patagon {

class ContainerListModel;
class RemoteFolderDialog;
class RemoteHost;

class TrainForm : public QWidget
{
    Q_OBJECT

public:
    explicit TrainForm(QWidget *parent = nullptr);

    // The container box offers the names in `model` (it stays editable).
    void setContainerModel(ContainerListModel *model);
    // Where Browse… looks (the buttons are disabled while it is null or not connected).
    void setHost(RemoteHost *host);
    // bf16 can be chosen only when the GPUs compute in it; otherwise its item is disabled with
    // `why` as its tooltip, and a form on bf16 falls back to fp32. Available by default.
    void setBf16Available(bool available, const QString &why = {});
    bool isBf16Available() const { return m_bf16Available; }
    // A folder on this computer to upload before training (TrainConfig::uploadFrom); empty:
    // back to the dataset folder on the cluster.
    void setUploadFrom(const QString &localFolder);

    // The form's values over the last setConfig() (fields without a widget come from there).
    Train::TrainConfig config() const;
    void setConfig(const Train::TrainConfig &config);

    QLineEdit *dataDirEdit() const { return m_dataDir; }
    QComboBox *containerBox() const { return m_container; }
    // The folder browser that Browse… opened, while it is open.
    RemoteFolderDialog *folderDialog() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateContainers();
    void updateBrowse();
    void updateUploadText();
    // Opens the folder browser at `edit`'s folder; the folder chosen goes into `edit`.
    void browse(QLineEdit *edit);
    void chooseUploadFolder();

    Train::TrainConfig m_base;
    ContainerListModel *m_containerModel = nullptr;
    QPointer<RemoteHost> m_host;
    QPointer<RemoteFolderDialog> m_folderDialog;
    QString m_uploadFrom;
    QString m_clusterDataDir; // what the dataset field held before an upload was chosen
    bool m_bf16Available = true;
    QString m_bf16Why;
    QLineEdit *m_dataDir;
    QPushButton *m_browseData;
    QLineEdit *m_uploadShown; // "This computer: …" instead of the field while uploading
    QPushButton *m_clearUpload;
    QPushButton *m_uploadData;
    QComboBox *m_format;
    QComboBox *m_model;
    QSpinBox *m_epochs;
    QSpinBox *m_batchSize;
    QDoubleSpinBox *m_learningRate;
    QComboBox *m_optimizer;
    QComboBox *m_precision;
    QSpinBox *m_gpus;
    QLineEdit *m_timeLimit;
    QComboBox *m_container;
    QLineEdit *m_partition;
    QLineEdit *m_gresType;
    QLineEdit *m_runsFolder;
    QPushButton *m_browseRuns;
    QList<QLabel *> m_labels; // in the order of the rows (see the constructor)
};

} // namespace Patagon
