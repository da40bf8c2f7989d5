// A test set's confusion matrix as a table: rows are the true class, columns the predicted one,
// each cell the number of images, coloured by its share of the row (white to a strong blue) so
// the diagonal stands out. Headers carry the class names, elided; the full name is the tooltip.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Patagon {

class ConfusionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ConfusionModel(QObject *parent = nullptr);

    // `matrix` rows: true class, columns: predicted; one row and column per class.
    void setMatrix(const QStringList &classes, const QList<QList<qint64>> &matrix);
    void clear();

    qint64 count(int trueClass, int predicted) const;
    qint64 total() const;
    qint64 diagonal() const;
    // The share of the true class's images predicted as `predicted` (0 for an empty row).
    double rowFraction(int trueClass, int predicted) const;

    // Longer class names are elided in the headers: the columns stay narrow enough for ten
    // classes beside the per-class table.
    static constexpr int kColumnChars = 6;
    static constexpr int kRowChars = 12;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_classes;
    QList<QList<qint64>> m_matrix;
    QList<qint64> m_rowSums;
};

} // namespace Patagon
