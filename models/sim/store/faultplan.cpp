#include "models/sim/store/faultplan.h"

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

bool FaultPlan::takeDrop()
{
    if (dropNext <= 0)
        return false;
    --dropNext;
    return true;
}

QJsonObject FaultPlan::toJson() const
{
    return {{QStringLiteral("latencyMs"), latencyMs},
            {QStringLiteral("throttleNext"), throttleNext},
            {QStringLiteral("retryAfterSeconds"), retryAfterSeconds},
            {QStringLiteral("failNext"), failNext},
            {QStringLiteral("dropNext"), dropNext},
            {QStringLiteral("secondWriter"), secondWriter},
            {QStringLiteral("dropWatches"), dropWatches},
            {QStringLiteral("expireWatches"), expireWatches},
            {QStringLiteral("downNodes"), toArray(downNodes)},
            {QStringLiteral("offlinePools"), toArray(offlinePools)},
            {QStringLiteral("readOnlyPools"), toArray(readOnlyPools)},
            {QStringLiteral("failedDisks"), toArray(failedDisks)},
            {QStringLiteral("pausedControllers"), toArray(pausedControllers)}};
}

bool FaultPlan::apply(const QJsonObject &changes, QString *error)
{
    // Validate everything first so that a bad document changes nothing.
    FaultPlan next;
    next.latencyMs = latencyMs;
    next.throttleNext = throttleNext;
    next.retryAfterSeconds = retryAfterSeconds;
    next.failNext = failNext;
    next.dropNext = dropNext;
    next.secondWriter = secondWriter;
    next.dropWatches = dropWatches;
    next.expireWatches = expireWatches;
    next.downNodes = downNodes;
    next.offlinePools = offlinePools;
    next.readOnlyPools = readOnlyPools;
    next.failedDisks = failedDisks;
    next.pausedControllers = pausedControllers;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &key = it.key();
        bool ok = true;
        if (key == QLatin1String("latencyMs"))
            ok = readInt(it.value(), key, &next.latencyMs, error);
        else if (key == QLatin1String("throttleNext"))
            ok = readInt(it.value(), key, &next.throttleNext, error);
        else if (key == QLatin1String("retryAfterSeconds"))
            ok = readInt(it.value(), key, &next.retryAfterSeconds, error);
        else if (key == QLatin1String("failNext"))
            ok = readInt(it.value(), key, &next.failNext, error);
        else if (key == QLatin1String("dropNext"))
            ok = readInt(it.value(), key, &next.dropNext, error);
        else if (key == QLatin1String("secondWriter"))
            ok = readInt(it.value(), key, &next.secondWriter, error);
        else if (key == QLatin1String("dropWatches") || key == QLatin1String("expireWatches")) {
            if (!it.value().isBool()) {
                *error = QStringLiteral("%1: expected true or false").arg(key);
                return false;
            }
            (key == QLatin1String("dropWatches") ? next.dropWatches : next.expireWatches) =
                it.value().toBool();
        } else if (key == QLatin1String("downNodes"))
            ok = readSet(it.value(), key, &next.downNodes, error);
        else if (key == QLatin1String("offlinePools"))
            ok = readSet(it.value(), key, &next.offlinePools, error);
        else if (key == QLatin1String("readOnlyPools"))
            ok = readSet(it.value(), key, &next.readOnlyPools, error);
        else if (key == QLatin1String("failedDisks"))
            ok = readSet(it.value(), key, &next.failedDisks, error);
        else if (key == QLatin1String("pausedControllers"))
            ok = readSet(it.value(), key, &next.pausedControllers, error);
        else {
            *error = QStringLiteral("unknown fault \"%1\"").arg(key);
            return false;
        }
        if (!ok)
            return false;
    }
    latencyMs = next.latencyMs;
    throttleNext = next.throttleNext;
    retryAfterSeconds = next.retryAfterSeconds;
    failNext = next.failNext;
    dropNext = next.dropNext;
    secondWriter = next.secondWriter;
    dropWatches = next.dropWatches;
    expireWatches = next.expireWatches;
    downNodes = next.downNodes;
    offlinePools = next.offlinePools;
    readOnlyPools = next.readOnlyPools;
    failedDisks = next.failedDisks;
    pausedControllers = next.pausedControllers;
    emit changed();
    return true;
}

} // namespace Sim
