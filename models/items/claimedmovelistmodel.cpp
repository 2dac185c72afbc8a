#include "models/items/claimedmovelistmodel.h"

#include "models/items/itemroles.h"
#include "models/migration/claimkeeper.h"
#include "models/migration/migrationengine.h"

namespace Items {

using Migration::MoveClaim;

ClaimedMoveListModel::ClaimedMoveListModel(Migration::MigrationEngine *engine, QObject *parent)
    : KeyedTableModel<Migration::ClaimedMove>(parent)
    , m_engine(engine)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(engine, &Migration::MigrationEngine::clusterChanged, this,
            &ClaimedMoveListModel::refresh);
    refresh();
}

int ClaimedMoveListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ClaimedMoveListModel::refresh()
{
    if (!m_engine)
        return;
    replaceRows(m_engine->movesElsewhere());
}

void ClaimedMoveListModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refreshKeys([this] {
        QStringList keys;
        for (int row = 0; row < rowCount(); ++row)
            keys << keyAt(row);
        return keys;
    }());
}

QDateTime ClaimedMoveListModel::now() const
{
    return m_now();
}

void ClaimedMoveListModel::setSilentTint(const QColor &tint)
{
    m_silentTint = tint;
}

bool ClaimedMoveListModel::isSilent(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    return Migration::ClaimKeeper::isSilent(at(row).claim, MoveClaim::kSilentSeconds, now());
}

QString ClaimedMoveListModel::whyNotAdoptable(int row) const
{
    if (row < 0 || row >= rowCount())
        return tr("Select a move started by another console");
    if (isSilent(row))
        return {};
    return tr("Its console was heard %1 ago; a move may be adopted once its console has been "
              "silent for %2 (or its process on this host is gone)")
        .arg(MoveClaim::age(at(row).claim.silentSeconds(now())),
             MoveClaim::age(MoveClaim::kSilentSeconds));
}

namespace {
// "jump-1, pid 4242" from "jump-1:4242".
QString hostAndPid(const QString &where)
{
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return where;
    return ClaimedMoveListModel::tr("%1, pid %2").arg(where.left(colon), where.mid(colon + 1));
}
} // namespace

QVariant ClaimedMoveListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Migration::ClaimedMove &move = at(index.row());
    const MoveClaim &claim = move.claim;
    const QDateTime current = now();
    switch (role) {
    case ClaimTextRole:
        return claim.toText();
    case SilentRole:
        return isSilent(index.row());
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(move.volume, claim.describe(current));
    case Qt::BackgroundRole:
        if (m_silentTint.isValid() && isSilent(index.row()))
            return m_silentTint;
        return {};
    case SortRole:
        switch (index.column()) {
        case Started:
            return claim.started;
        case LastHeard:
            return claim.silentSeconds(current);
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Volume:
            return move.volume;
        case From:
            return claim.fromPool;
        case To:
            return claim.toPool;
        case Step:
            return claim.step;
        case By:
            return claim.by;
        case Where:
            return hostAndPid(claim.where);
        case Started:
            return claim.started.isValid() ? tr("%1 ago").arg(MoveClaim::age(
                                                 qMax<qint64>(0, claim.started.secsTo(current))))
                                           : QString();
        case LastHeard:
            if (isSilent(index.row()))
                return tr("%1 ago (silent)").arg(MoveClaim::age(claim.silentSeconds(current)));
            return tr("%1 ago").arg(MoveClaim::age(claim.silentSeconds(current)));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ClaimedMoveListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Volume:
        return tr("Volume");
    case From:
        return tr("From pool");
    case To:
        return tr("To pool");
    case Step:
        return tr("Step");
    case By:
        return tr("Moved by");
    case Where:
        return tr("Console (host, pid)");
    case Started:
        return tr("Started");
    case LastHeard:
        return tr("Last heard");
    default:
        return {};
    }
}

} // namespace Items
