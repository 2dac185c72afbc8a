#include "models/items/eventmodel.h"

#include "models/items/health.h"
#include "models/items/itemroles.h"

#include <QLocale>

namespace Items {

EventModel::EventModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void EventModel::apply(const Kube::KindDelta<Cstor::Event> &delta)
{
    if (delta.replaceAll)
        replaceRows(delta.upserted);
    else {
        removeKeys(delta.removedUids);
        upsertRows(delta.upserted);
    }
    const int excess = int(rows().size()) - m_limit;
    if (excess > 0) {
        QStringList oldest;
        for (int row = 0; row < excess; ++row)
            oldest.append(keyAt(row));
        removeKeys(oldest);
    }
}

void EventModel::clear()
{
    replaceRows({});
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QDateTime eventTime(const Cstor::Event &e)
{
    if (e.lastTimestamp.isValid())
        return e.lastTimestamp;
    if (e.firstTimestamp.isValid())
        return e.firstTimestamp;
    return e.meta.creationTimestamp;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cstor::Event &e = at(index.row());
    const bool warning = e.type == QLatin1String("Warning");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: {
            const QDateTime t = eventTime(e);
            return t.isValid() ? QLocale().toString(t.toLocalTime().time(), QLocale::ShortFormat)
                               : QString();
        }
        case Type:
            return e.type;
        case Reason:
            return e.reason;
        case Object:
            return e.involvedKind.isEmpty() ? e.involvedName
                                            : e.involvedKind + QLatin1Char('/') + e.involvedName;
        case Message:
            return e.message;
        case Count:
            return e.count;
        case Source:
            return e.sourceComponent;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Message)
            return e.message;
        if (index.column() == Time)
            return QLocale().toString(eventTime(e).toLocalTime(), QLocale::LongFormat);
        return {};
    case SortRole:
        switch (index.column()) {
        case Time:
            return eventTime(e);
        case Count:
            return e.count;
        default:
            return data(index, Qt::DisplayRole);
        }
    case UidRole:
        return e.meta.uid;
    case NameRole:
        return e.meta.name;
    case HealthRole:
        return int(warning ? Health::Warning : Health::Ok);
    case InvolvedUidRole:
        return e.involvedUid;
    case InvolvedNameRole:
        return e.involvedName;
    case LastUpdateRole:
        return eventTime(e);
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case Reason:
        return tr("Reason");
    case Object:
        return tr("Object");
    case Message:
        return tr("Message");
    case Count:
        return tr("Count");
    case Source:
        return tr("Source");
    }
    return {};
}

} // namespace Items
