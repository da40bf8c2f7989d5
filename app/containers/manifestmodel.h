// A container's package manifest as a table: when each step ran, pip or apt, the packages, and
// how it ended. The full output tail of a row is its tooltip.
#pragma once

#include "core/packages/packagemanifest.h"

#include <QAbstractTableModel>

namespace Patagon {

class ManifestModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Kind,
        Packages,
        Outcome,
        ColumnCount
    };

    explicit ManifestModel(QObject *parent = nullptr);

    void setManifest(const Packages::PackageManifest &manifest);
    const Packages::PackageManifest &manifest() const { return m_manifest; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString outcomeText(const Packages::ManifestEntry &entry);

private:
    Packages::PackageManifest m_manifest;
};

} // namespace Patagon
