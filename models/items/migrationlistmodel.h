#pragma once

#include "models/migration/migrationengine.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Items {

// The operations queue: one row per migration of the engine, in start order; when the operator
// reorders the waiting moves the rows follow (a layout change, so that a view keeps the same
// move selected).
class MigrationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Volume, From, To, State, Step, Progress, Rate, Eta, ColumnCount };
    // Besides Items::SortRole (itemroles.h), which orders the rows as in every item model.
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,            // Migration::MigrationState as int
        ProgressFractionRole, // double 0..1
        FinalRole,            // bool
    };

    explicit MigrationListModel(Migration::MigrationEngine *engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    // The ids of the moves not started yet, in the rows' order (the order they start in).
    QStringList waitingIds() const;

    static QString formatEta(qint64 seconds);

private:
    void onChanged(const QString &id);
    void followOrder();

    QPointer<Migration::MigrationEngine> m_engine;
    QStringList m_ids;
    QHash<QString, Migration::MigrationStatus> m_status;
};

} // namespace Items
