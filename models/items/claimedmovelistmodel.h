#pragma once

#include "models/items/keyedtablemodel.h"
#include "models/planning/moveclaim.h"

#include <QColor>
#include <QDateTime>
#include <QPointer>

#include <functional>

namespace Migration {
class MigrationEngine;
}

namespace Items {

// The moves other consoles run on the cluster (their claims on the volumes' CVCs, as the
// engine last saw them): one row per volume, with who runs the move, from where, and how long
// ago it started and was last heard of. A move whose console has gone silent
// (ClaimKeeper::isSilent after MoveClaim::kSilentSeconds) may be adopted.
class ClaimedMoveListModel : public KeyedTableModel<Migration::ClaimedMove>
{
    Q_OBJECT

public:
    enum Column { Volume, From, To, Step, By, Where, Started, LastHeard, ColumnCount };
    // Besides Items::SortRole (itemroles.h).
    enum Role {
        ClaimTextRole = Qt::UserRole + 1, // the annotation's value, as adopt() wants it
        SilentRole,                       // bool: its console is silent (adoptable)
    };

    explicit ClaimedMoveListModel(Migration::MigrationEngine *engine, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the engine's moves elsewhere again (and the ages and silence of those shown).
    void refresh();
    // Where "now" comes from (ages, silence); the wall clock in UTC by default.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;
    // The background of the rows whose console is silent (the view's warning tint).
    void setSilentTint(const QColor &tint);

    bool isSilent(int row) const;
    // Why the move of `row` may not be adopted yet ("its console was heard 40 s ago"), or
    // empty when it may.
    QString whyNotAdoptable(int row) const;

protected:
    QString keyOf(const Migration::ClaimedMove &row) const override { return row.volume; }

private:
    QPointer<Migration::MigrationEngine> m_engine;
    std::function<QDateTime()> m_now;
    QColor m_silentTint;
};

} // namespace Items
