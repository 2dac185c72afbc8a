#pragma once

#include "models/health/finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace Items {

// The doctor's findings as a table, worst first: severity (with the health symbol: Critical as
// an error, Warning as a warning, Info as unknown), the objects involved and what is wrong.
// Risk, commands and fix are in the tooltip and in finding().
class FindingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Objects, Summary, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the findings; rows whose finding stays keep their place in the order given.
    void setFindings(const QList<Doctor::Finding> &findings);
    const QList<Doctor::Finding> &findings() const { return m_findings; }
    const Doctor::Finding *finding(int row) const;
    int count(Doctor::Finding::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Doctor::Finding> m_findings;
};

} // namespace Items
