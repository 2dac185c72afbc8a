#include "models/sim/store/faultplan.h"

#include "models/sim/store/helpentries.h"

#include <QJsonArray>

namespace Sim {

namespace {
QJsonArray toArray(const QSet<QString> &set)
{
    QStringList sorted(set.begin(), set.end());
    sorted.sort();
    return QJsonArray::fromStringList(sorted);
}

bool readSet(const QJsonValue &value, const QString &field, QSet<QString> *out, QString *error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("%1: expected a list of names").arg(field);
        return false;
    }
    QSet<QString> result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            *error = QStringLiteral("%1: expected a list of names").arg(field);
            return false;
        }
        result.insert(item.toString());
    }
    *out = result;
    return true;
}

bool readInt(const QJsonValue &value, const QString &field, int *out, QString *error)
{
    if (!value.isDouble() || value.toDouble() < 0) {
        *error = QStringLiteral("%1: expected a number >= 0").arg(field);
        return false;
    }
    *out = value.toInt();
    return true;
}
} // namespace

FaultPlan::FaultPlan(QObject *parent)
    : QObject(parent)
{
}

bool FaultPlan::takeThrottle()
{
    if (throttleNext <= 0)
        return false;
    --throttleNext;
    return true;
}

bool FaultPlan::takeFailure()
{
    if (failNext <= 0)
        return false;
    --failNext;
    return true;
}

bool FaultPlan::takeSecondWrite()
{
    if (secondWriter <= 0)
        return false;
    --secondWriter;
    return true;
}

bool FaultPlan::takeControllerConflict()
{
    if (controllerConflicts <= 0)
        return false;
    --controllerConflicts;
    return true;
}

bool FaultPlan::takeDrop()
{
    if (dropNext <= 0)
        return false;
    --dropNext;
    return true;
}

namespace {
// The fields of the faults document by their JSON names, with what each does (--help).
struct IntField
{
    const char *name;
    int FaultValues::*member;
    const char *summary;
};
struct BoolField
{
    const char *name;
    bool FaultValues::*member;
    const char *summary;
};
struct SetField
{
    const char *name;
    QSet<QString> FaultValues::*member;
    const char *summary;
};
constexpr IntField kIntFields[] = {
    {"latencyMs", &FaultValues::latencyMs, "milliseconds added before every API reply"},
    {"throttleNext", &FaultValues::throttleNext,
     "the next N API requests get 429 Too Many Requests with Retry-After"},
    {"retryAfterSeconds", &FaultValues::retryAfterSeconds, "the Retry-After of those 429s"},
    {"failNext", &FaultValues::failNext, "the next N API requests get 500 InternalError"},
    {"dropNext", &FaultValues::dropNext,
     "the next N API requests: the connection is closed with no reply"},
    {"secondWriter", &FaultValues::secondWriter,
     "the next N reads of a CVC are each followed at once by another writer's edit of it"},
    {"controllerConflicts", &FaultValues::controllerConflicts,
     "the next N writes of the cStor controllers meet a newer resourceVersion (409 Conflict) "
     "and are tried again as upstream does"}};
constexpr BoolField kBoolFields[] = {
    {"dropWatches", &FaultValues::dropWatches, "once: every open watch is closed abruptly"},
    {"expireWatches", &FaultValues::expireWatches,
     "once: every open watch gets ERROR 410 Expired and is closed"},
    {"webhookDown", &FaultValues::webhookDown,
     "the cStor admission webhook cannot be called: with failurePolicy Fail every CVC update "
     "and CSPC write is refused, the controllers' own too"}};
constexpr SetField kSetFields[] = {
    {"downNodes", &FaultValues::downNodes,
     "nodes lost: NotReady, their pools and replicas stop updating, their pods are evicted after "
     "300 s"},
    {"offlinePools", &FaultValues::offlinePools,
     "pools OFFLINE: their replicas go Offline and rebuilds stall"},
    {"readOnlyPools", &FaultValues::readOnlyPools, "pools forced read-only"},
    {"failedDisks", &FaultValues::failedDisks,
     "block devices that died: a mirror or raidz pool turns DEGRADED, a pool that lost more "
     "than it can (a stripe: any disk) UNAVAIL"},
    {"pausedControllers", &FaultValues::pausedControllers,
     "controllers that do nothing: cvc, pool, target, cspc"},
    {"stoppedTargets", &FaultValues::stoppedTargets,
     "volumes whose target pod is stopped: the CV Offline until it leaves the list"}};

// Reads one field of a change into `next`; false with *error for a bad value or an unknown name.
bool readField(const QString &key, const QJsonValue &value, FaultValues *next, QString *error)
{
    for (const IntField &field : kIntFields) {
        if (key == QLatin1String(field.name))
            return readInt(value, key, &(next->*field.member), error);
    }
    for (const BoolField &field : kBoolFields) {
        if (key != QLatin1String(field.name))
            continue;
        if (!value.isBool()) {
            *error = QStringLiteral("%1: expected true or false").arg(key);
            return false;
        }
        next->*field.member = value.toBool();
        return true;
    }
    for (const SetField &field : kSetFields) {
        if (key == QLatin1String(field.name))
            return readSet(value, key, &(next->*field.member), error);
    }
    *error = QStringLiteral("unknown fault \"%1\"").arg(key);
    return false;
}
} // namespace

QString FaultPlan::helpText()
{
    QList<QPair<QString, QString>> entries;
    for (const IntField &field : kIntFields)
        entries.append({QLatin1String(field.name), QLatin1String(field.summary)});
    for (const BoolField &field : kBoolFields)
        entries.append({QLatin1String(field.name), QLatin1String(field.summary)});
    for (const SetField &field : kSetFields)
        entries.append({QLatin1String(field.name), QLatin1String(field.summary)});
    return formatHelpEntries(entries);
}

QJsonObject FaultPlan::toJson() const
{
    QJsonObject json;
    for (const IntField &field : kIntFields)
        json.insert(QLatin1String(field.name), this->*field.member);
    for (const BoolField &field : kBoolFields)
        json.insert(QLatin1String(field.name), this->*field.member);
    for (const SetField &field : kSetFields)
        json.insert(QLatin1String(field.name), toArray(this->*field.member));
    return json;
}

bool FaultPlan::apply(const QJsonObject &changes, QString *error)
{
    // Validate everything first so that a bad document changes nothing.
    FaultValues next = *this;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!readField(it.key(), it.value(), &next, error))
            return false;
    }
    static_cast<FaultValues &>(*this) = next;
    emit changed();
    return true;
}

} // namespace Sim
