// A test set's confusion matrix as a table model.
#include "app/train/confusionmodel.h"

#include <QColor>

namespace Patagon {

namespace {
// Cells at or above this share of their row get white text on the dark blue.
constexpr double kDarkFraction = 0.5;
const QColor kStrong(21, 101, 192); // a strong blue (Material blue 800)

QColor heat(double fraction)
{
    const double f = qBound(0.0, fraction, 1.0);
    auto mix = [f](int to) { return int(255 + (to - 255) * f + 0.5); };
    return QColor(mix(kStrong.red()), mix(kStrong.green()), mix(kStrong.blue()));
}

QString elided(const QString &name, int chars)
{
    if (name.size() <= chars)
        return name;
    return name.left(chars - 1) + QChar(0x2026);
}
} // namespace

ConfusionModel::ConfusionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConfusionModel::setMatrix(const QStringList &classes, const QList<QList<qint64>> &matrix)
{
    beginResetModel();
    m_classes = classes;
    m_matrix.clear();
    m_rowSums.clear();
    const qsizetype n = classes.size();
    for (qsizetype i = 0; i < n; ++i) {
        QList<qint64> row = matrix.value(i);
        row.resize(n); // a short row reads as zeros
        qint64 sum = 0;
        for (qint64 v : row)
            sum += v;
        m_matrix.append(row);
        m_rowSums.append(sum);
    }
    endResetModel();
}

void ConfusionModel::clear()
{
    setMatrix({}, {});
}

qint64 ConfusionModel::count(int trueClass, int predicted) const
{
    return m_matrix.value(trueClass).value(predicted);
}

qint64 ConfusionModel::total() const
{
    qint64 sum = 0;
    for (qint64 v : m_rowSums)
        sum += v;
    return sum;
}

qint64 ConfusionModel::diagonal() const
{
    qint64 sum = 0;
    for (int i = 0; i < m_matrix.size(); ++i)
        sum += count(i, i);
    return sum;
}

double ConfusionModel::rowFraction(int trueClass, int predicted) const
{
    const qint64 sum = m_rowSums.value(trueClass);
    return sum > 0 ? double(count(trueClass, predicted)) / double(sum) : 0.0;
}

int ConfusionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

int ConfusionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

QVariant ConfusionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const double fraction = rowFraction(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(count(row, column));
    case Qt::BackgroundRole:
        return heat(fraction);
    case Qt::ForegroundRole:
        return fraction >= kDarkFraction ? QColor(Qt::white) : QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("True %1, predicted %2: %3 images (%4 % of %1)")
            .arg(m_classes.at(row), m_classes.at(column))
            .arg(count(row, column))
            .arg(fraction * 100, 0, 'f', 1);
    default:
        return {};
    }
}

QVariant ConfusionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_classes.size())
        return {};
    const QString &name = m_classes.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return elided(name, orientation == Qt::Horizontal ? kColumnChars : kRowChars);
    case Qt::ToolTipRole:
        return orientation == Qt::Vertical ? tr("True class: %1").arg(name)
                                           : tr("Predicted class: %1").arg(name);
    default:
        return {};
    }
}

} // namespace Patagon
