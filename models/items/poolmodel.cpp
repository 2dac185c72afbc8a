#include "models/items/poolmodel.h"

#include "models/cstor/capacity.h"
#include "models/items/health.h"
#include "models/items/iotext.h"
#include "models/items/itemroles.h"
#include "models/items/readonlydays.h"

#include <cmath>
#include <limits>

namespace Items {

PoolModel::PoolModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

QList<Cstor::PoolInstance> PoolModel::apply(const Kube::KindDelta<Cstor::PoolInstance> &delta)
{
    QList<Cstor::PoolInstance> removed;
    if (delta.replaceAll) {
        QSet<QString> keep;
        for (const Cstor::PoolInstance &pool : delta.upserted)
            keep.insert(pool.meta.uid);
        QStringList gone;
        for (const Cstor::PoolInstance &pool : rows()) {
            if (!keep.contains(pool.meta.uid))
                gone.append(pool.meta.uid);
        }
        removed = removeKeys(gone);
    } else {
        removed = removeKeys(delta.removedUids);
    }
    for (const Cstor::PoolInstance &pool : std::as_const(removed))
        m_uidOfName.remove(pool.meta.name);
    for (const Cstor::PoolInstance &pool : delta.upserted)
        m_uidOfName.insert(pool.meta.name, pool.meta.uid);
    upsertRows(delta.upserted);
    return removed;
}

void PoolModel::clear()
{
    apply({{}, {}, true});
}

const Cstor::PoolInstance *PoolModel::findByName(const QString &name) const
{
    const auto it = m_uidOfName.constFind(name);
    return it == m_uidOfName.constEnd() ? nullptr : find(it.value());
}

int PoolModel::rowOfName(const QString &name) const
{
    const auto it = m_uidOfName.constFind(name);
    return it == m_uidOfName.constEnd() ? -1 : rowOfKey(it.value());
}

double PoolModel::usedFraction(const Cstor::PoolInstance &pool)
{
    if (pool.totalBytes <= 0)
        return 0;
    return std::clamp(double(pool.usedBytes) / double(pool.totalBytes), 0.0, 1.0);
}

int PoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cstor::PoolInstance &p = at(index.row());
    if (index.column() == ReadOnlyIn && (role == Qt::DisplayRole || role == Qt::ToolTipRole ||
                                         role == Qt::TextAlignmentRole || role == SortRole))
        return forecastData(p, role);
    if (index.column() == Io && (role == Qt::DisplayRole || role == Qt::ToolTipRole ||
                                 role == Qt::TextAlignmentRole || role == SortRole))
        return ioData(p, role);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(p, index.column());
    case Qt::ToolTipRole:
        return toolTipData(p, index.column());
    case Qt::TextAlignmentRole:
        return alignmentData(index.column());
    case SortRole:
        return sortData(p, index.column());
    default:
        return roleData(p, role);
    }
}

QVariant PoolModel::displayData(const Cstor::PoolInstance &p, int column)
{
    switch (column) {
    case Name:
        return p.meta.name;
    case Node:
        return p.hostName;
    case Status:
        return statusText(p);
    case Used:
        return Cstor::Capacity::formatBytes(p.usedBytes);
    case Free:
        return Cstor::Capacity::formatBytes(p.freeBytes);
    case Capacity:
        return Cstor::Capacity::formatBytes(p.totalBytes);
    case UsedPercent:
        return p.totalBytes > 0 ? tr("%1 %").arg(qRound(usedFraction(p) * 100)) : QString();
    case ReadOnly:
        return p.readOnly ? tr("read-only") : QString();
    case Replicas:
        return tr("%1 / %2").arg(p.healthyReplicas).arg(p.provisionedReplicas);
    case PoolCluster:
        return p.poolCluster;
    case Type:
        return p.raidType;
    }
    return {};
}

QString PoolModel::statusText(const Cstor::PoolInstance &p)
{
    if (p.importLost)
        return tr("PoolLost: import fails");
    return p.phaseText.isEmpty() ? tr("(not reported)") : p.phaseText;
}

QVariant PoolModel::toolTipData(const Cstor::PoolInstance &p, int column)
{
    switch (column) {
    case Status:
        if (!p.importLost)
            return {};
        return tr("The pool-manager on %1 fails to import this pool (condition PoolLost): its "
                  "disks are gone or attached to another node. %2 is the last phase it wrote. "
                  "The Health dock (Alt+9) says what to do.")
            .arg(p.hostName, p.phaseText);
    case Replicas:
        return tr("%1 healthy of %2 provisioned replicas")
            .arg(p.healthyReplicas)
            .arg(p.provisionedReplicas);
    case ReadOnly:
    case UsedPercent:
        return p.readOnly ? tr("The pool is read-only: it has reached its threshold of %1 % "
                               "used, so its replicas accept no writes.")
                                .arg(p.roThresholdLimit)
                          : tr("%1 used of %2 (read-only at %3 %)")
                                .arg(Cstor::Capacity::formatBytes(p.usedBytes),
                                     Cstor::Capacity::formatBytes(p.totalBytes))
                                .arg(p.roThresholdLimit);
    default:
        return {};
    }
}

QVariant PoolModel::alignmentData(int column)
{
    switch (column) {
    case Used:
    case Free:
    case Capacity:
    case UsedPercent:
    case Replicas:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PoolModel::sortData(const Cstor::PoolInstance &p, int column)
{
    switch (column) {
    case Used:
        return p.usedBytes;
    case Free:
        return p.freeBytes;
    case Capacity:
        return p.totalBytes;
    case UsedPercent:
        return usedFraction(p);
    case ReadOnly:
        return p.readOnly;
    case Replicas:
        return p.provisionedReplicas;
    case Status:
        return int(HealthRules::ofPool(p)) * 100 + int(p.phase);
    default:
        return displayData(p, column);
    }
}

// The roles of Items::Role, the same in every column.
QVariant PoolModel::roleData(const Cstor::PoolInstance &p, int role)
{
    switch (role) {
    case UidRole:
        return p.meta.uid;
    case NameRole:
    case PoolRole:
        return p.meta.name;
    case NodeRole:
        return p.hostName;
    case PhaseRole:
        return int(p.phase);
    case PhaseTextRole:
        return p.phaseText;
    case HealthRole:
        return int(HealthRules::ofPool(p));
    case UsedBytesRole:
        return p.usedBytes;
    case FreeBytesRole:
        return p.freeBytes;
    case TotalBytesRole:
        return p.totalBytes;
    case UsedFractionRole:
        return usedFraction(p);
    case ReadOnlyRole:
        return p.readOnly;
    default:
        return {};
    }
}

QVariant PoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Pool");
    case Node:
        return tr("Node");
    case Status:
        return tr("Status");
    case Used:
        return tr("Used");
    case Free:
        return tr("Free");
    case Capacity:
        return tr("Capacity");
    case UsedPercent:
        return tr("Full");
    case ReadOnly:
        return tr("Read-only");
    case ReadOnlyIn:
        return tr("Read-only");
    case Io:
        return tr("I/O");
    case Replicas:
        return tr("Replicas");
    case PoolCluster:
        return tr("Pool cluster");
    case Type:
        return tr("Type");
    }
    return {};
}

void PoolModel::setForecasts(const QHash<QString, Metrics::CapacityForecast> &forecasts,
                             const QString &source, const QString &problem)
{
    m_forecasts = forecasts;
    m_forecastSource = source;
    m_forecastProblem = problem;
    if (rowCount() > 0)
        emit dataChanged(index(0, ReadOnlyIn), index(rowCount() - 1, ReadOnlyIn));
}

const Metrics::CapacityForecast *PoolModel::forecastOf(const QString &pool) const
{
    const auto it = m_forecasts.constFind(pool);
    return it == m_forecasts.cend() ? nullptr : &it.value();
}

void PoolModel::setIo(const QHash<QString, Metrics::VolumeIo::Recent> &io,
                      const QHash<QString, QStringList> &busiest)
{
    m_io = io;
    m_busiest = busiest;
    if (rowCount() > 0)
        emit dataChanged(index(0, Io), index(rowCount() - 1, Io));
}

QVariant PoolModel::ioData(const Cstor::PoolInstance &p, int role) const
{
    const Metrics::VolumeIo::Recent recent = ioOf(p.meta.name);
    QString toolTip;
    if (role == Qt::ToolTipRole) {
        toolTip = tr("Recent I/O of the pool's replicas: %1.").arg(IoText::full(recent));
        const QStringList busiest = busiestVolumesOf(p.meta.name);
        if (!busiest.isEmpty())
            toolTip += QLatin1Char('\n') +
                       tr("Busiest volumes: %1").arg(busiest.join(QStringLiteral(", ")));
    }
    return IoText::cell(recent, role, toolTip);
}

QVariant PoolModel::forecastData(const Cstor::PoolInstance &p, int role) const
{
    const Metrics::CapacityForecast *forecast = forecastOf(p.meta.name);
    switch (role) {
    case Qt::DisplayRole:
        return forecast && forecast->isValid()
                   ? ReadOnlyDays::in(forecast->toReadOnly().reached ? 0.0
                                                                     : forecast->toReadOnly().days)
                   : QString();
    case Qt::ToolTipRole:
        return forecastToolTip(p);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole: // soonest first; not growing, then no forecast, last
        return forecast ? forecast->readOnlySortKey() : std::numeric_limits<double>::infinity();
    default:
        return {};
    }
}

QString PoolModel::forecastToolTip(const Cstor::PoolInstance &p) const
{
    const Metrics::CapacityForecast *forecast = forecastOf(p.meta.name);
    if (!forecast) {
        return m_forecastProblem.isEmpty()
                   ? tr("No forecast yet: the history comes from the cluster's Prometheus.")
                   : tr("No forecast: %1").arg(m_forecastProblem);
    }
    if (!forecast->isValid())
        return tr("No forecast for this pool: %1").arg(forecast->problem());
    const auto days = [](const std::optional<double> &value) {
        return value ? QString::number(std::lround(*value)) : QStringLiteral("∞");
    };
    const Metrics::CapacityForecast::Crossing &readOnly = forecast->toReadOnly();
    const Metrics::CapacityForecast::Crossing &warning = forecast->toWarning();
    const QString growth =
        tr("Growth %1 a day over the last %n day(s) of history from %2 (%3; %4 step(s) from "
           "moves left out).",
           nullptr, int(std::lround(forecast->historyDays())))
            .arg(Cstor::Capacity::formatBytes(qint64(forecast->growthBytesPerDay())),
                 m_forecastSource, Metrics::CapacityForecast::methodName())
            .arg(forecast->stepsIgnored());
    const QString readOnlyLine =
        readOnly.reached
            ? tr("At or past its read-only threshold of %1 %.").arg(forecast->readOnlyPercent())
        : readOnly.days ? tr("Read-only (%1 %) in about %2 days, between %3 and %4.")
                              .arg(forecast->readOnlyPercent())
                              .arg(std::lround(*readOnly.days))
                              .arg(days(readOnly.soonest), days(readOnly.latest))
                        : tr("Not growing: no read-only date.");
    const QString warningLine =
        warning.reached ? tr("Over 80 % used.")
        : warning.days  ? tr("80 % used in about %1 days.").arg(std::lround(*warning.days))
                        : QString();
    return QStringList{readOnlyLine, warningLine, growth}.join(u'\n').trimmed();
}

} // namespace Items
