#include "models/items/migrationlistmodel.h"

#include "models/cstor/capacity.h"
#include "models/items/itemroles.h"

#include <QColor>

namespace Items {

MigrationListModel::MigrationListModel(Migration::MigrationEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    for (const Migration::MigrationStatus &status : engine->migrations()) {
        m_ids.append(status.id);
        m_status.insert(status.id, status);
    }
    connect(engine, &Migration::MigrationEngine::migrationChanged, this,
            &MigrationListModel::onChanged);
    connect(engine, &Migration::MigrationEngine::queueChanged, this,
            &MigrationListModel::followOrder);
}

int MigrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int MigrationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MigrationListModel::idAt(int row) const
{
    return m_ids.value(row);
}

int MigrationListModel::rowOf(const QString &id) const
{
    return int(m_ids.indexOf(id));
}

QStringList MigrationListModel::waitingIds() const
{
    QStringList ids;
    for (const QString &id : m_ids) {
        const auto it = m_status.constFind(id);
        if (it != m_status.cend() && Migration::MigrationStates::isWaiting(it->state))
            ids << id;
    }
    return ids;
}

QString MigrationListModel::formatEta(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QVariant MigrationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Migration::MigrationStatus &s = m_status.value(m_ids.at(index.row()));
    const auto &p = s.progress;
    const bool rebuilding = s.state == Migration::MigrationState::Rebuilding;
    switch (role) {
    case IdRole:
        return s.id;
    case StateRole:
        return int(s.state);
    case ProgressFractionRole:
        return p.fraction;
    case FinalRole:
        return Migration::MigrationStates::isFinal(s.state);
    case Qt::ToolTipRole:
        if (!s.reason.isEmpty())
            return s.reason;
        if (rebuilding)
            return tr("Progress is an estimate: the new replica's used space against a healthy "
                      "peer's, cross-checked with their snapshots.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && s.state == Migration::MigrationState::Failed)
            return QColor(Qt::red);
        return {};
    case SortRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case Volume:
            return s.move.volume;
        case From:
            return s.move.sourcePool;
        case To:
            return s.move.targetPool;
        case State:
            return Migration::MigrationStates::toString(s.state);
        case Step:
            return s.reason.isEmpty() ? s.step : s.reason;
        case Progress:
            if (role == SortRole)
                return p.fraction;
            if (!p.valid && !rebuilding)
                return QString();
            return tr("~%1%").arg(int(p.fraction * 100));
        case Rate:
            if (role == SortRole)
                return p.bytesPerSecond;
            return p.bytesPerSecond > 0
                       ? tr("%1/s").arg(Cstor::Capacity::formatBytes(qint64(p.bytesPerSecond)))
                       : QString();
        case Eta:
            if (role == SortRole)
                return p.etaSeconds ? double(*p.etaSeconds) : -1.0;
            if (p.stalled)
                return tr("stalled");
            return p.etaSeconds && rebuilding ? formatEta(*p.etaSeconds) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MigrationListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case State:
        return tr("State");
    case Step:
        return tr("Step");
    case Progress:
        return tr("Progress (est.)");
    case Rate:
        return tr("Rate");
    case Eta:
        return tr("ETA");
    default:
        return {};
    }
}

void MigrationListModel::onChanged(const QString &id)
{
    if (!m_engine)
        return;
    const Migration::MigrationStatus status = m_engine->status(id);
    const int row = rowOf(id);
    if (row < 0) {
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size()));
        m_ids.append(id);
        m_status.insert(id, status);
        endInsertRows();
        return;
    }
    m_status.insert(id, status);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MigrationListModel::followOrder()
{
    if (!m_engine)
        return;
    // The engine's order of the rows shown; a row it no longer lists keeps its place at the end
    // (rows are only ever added, as the engine's moves are).
    QStringList order;
    QHash<QString, int> rowOf;
    for (const Migration::MigrationStatus &status : m_engine->migrations()) {
        if (m_status.contains(status.id) && !rowOf.contains(status.id)) {
            rowOf.insert(status.id, int(order.size()));
            order.append(status.id);
        }
    }
    for (const QString &id : std::as_const(m_ids)) {
        if (!rowOf.contains(id)) {
            rowOf.insert(id, int(order.size()));
            order.append(id);
        }
    }
    if (order == m_ids)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &old : before)
        after.append(index(rowOf.value(m_ids.at(old.row())), old.column()));
    m_ids = order;
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Items
