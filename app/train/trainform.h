// The Train page's form: what one training run asks for (dataset, model, epochs, batch size,
// learning rate, optimizer, precision, GPUs, time limit, container, partition, GPU type), in two
// columns. It holds the values only; TrainConfig::validate() judges them.
#pragma once

#include "core/train/trainconfig.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Patagon {

class ContainerListModel;

class TrainForm : public QWidget
{
    Q_OBJECT

public:
    explicit TrainForm(QWidget *parent = nullptr);

    // The container box offers the names in `model` (it stays editable).
    void setContainerModel(ContainerListModel *model);

    // The form's values over the last setConfig() (fields without a widget come from there).
    Train::TrainConfig config() const;
    void setConfig(const Train::TrainConfig &config);

    QLineEdit *dataDirEdit() const { return m_dataDir; }
    QComboBox *containerBox() const { return m_container; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateContainers();

    Train::TrainConfig m_base;
    ContainerListModel *m_containerModel = nullptr;
    QLineEdit *m_dataDir;
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
    QList<QLabel *> m_labels; // in the order of the fields above
};

} // namespace Patagon
