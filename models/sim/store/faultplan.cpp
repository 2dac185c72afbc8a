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

namespace {
// The fields of the faults document by their JSON names.
struct IntField
{
    const char *name;
    int FaultValues::*member;
};
struct BoolField
{
    const char *name;
    bool FaultValues::*member;
};
struct SetField
{
    const char *name;
    QSet<QString> FaultValues::*member;
};
constexpr IntField kIntFields[] = {{"latencyMs", &FaultValues::latencyMs},
                                   {"throttleNext", &FaultValues::throttleNext},
                                   {"retryAfterSeconds", &FaultValues::retryAfterSeconds},
                                   {"failNext", &FaultValues::failNext},
                                   {"dropNext", &FaultValues::dropNext},
                                   {"secondWriter", &FaultValues::secondWriter}};
constexpr BoolField kBoolFields[] = {{"dropWatches", &FaultValues::dropWatches},
                                     {"expireWatches", &FaultValues::expireWatches},
                                     {"webhookDown", &FaultValues::webhookDown}};
constexpr SetField kSetFields[] = {{"downNodes", &FaultValues::downNodes},
                                   {"offlinePools", &FaultValues::offlinePools},
                                   {"readOnlyPools", &FaultValues::readOnlyPools},
                                   {"failedDisks", &FaultValues::failedDisks},
                                   {"pausedControllers", &FaultValues::pausedControllers},
                                   {"stoppedTargets", &FaultValues::stoppedTargets}};

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
