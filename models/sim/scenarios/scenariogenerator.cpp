#include "models/sim/scenarios/scenariogenerator.h"

#include "models/cstor/capacity.h"
#include "models/sim/scenarios/generatedcluster.h"

#include <algorithm>

namespace Sim {

namespace {

bool parseRange(const QString &text, bool percent, double *low, double *high)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.isEmpty() || parts.size() > 2)
        return false;
    double values[2] = {0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        QString part = parts[i].trimmed();
        if (percent) {
            if (part.endsWith(QLatin1Char('%')))
                part.chop(1);
            bool ok = false;
            values[i] = part.toDouble(&ok) / 100.0;
            if (!ok || values[i] < 0 || values[i] > 1)
                return false;
        } else {
            const auto bytes = Cstor::Capacity::parseQuantity(part);
            if (!bytes || *bytes <= 0)
                return false;
            values[i] = double(*bytes);
        }
    }
    *low = values[0];
    *high = parts.size() == 2 ? values[1] : values[0];
    return *low <= *high;
}

} // namespace

bool ScenarioGenerator::parseSpec(const QString &text, Spec *spec, QString *error)
{
    const QStringList pairs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (pairs.isEmpty()) {
        *error = QStringLiteral("empty generator spec");
        return false;
    }
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("\"%1\": expected key=value").arg(pair);
            return false;
        }
        const QString key = pair.left(eq).trimmed();
        const QString value = pair.mid(eq + 1).trimmed();
        bool ok = true;
        auto number = [&](int *out, int minimum) {
            *out = value.toInt(&ok);
            ok = ok && *out >= minimum;
        };
        if (key == QLatin1String("nodes")) {
            number(&spec->nodes, 1);
        } else if (key == QLatin1String("pools-per-node")) {
            number(&spec->poolsPerNode, 1);
        } else if (key == QLatin1String("volumes")) {
            number(&spec->volumes, 0);
        } else if (key == QLatin1String("replicas")) {
            number(&spec->replicas, 1);
        } else if (key == QLatin1String("volume-size")) {
            double low = 0;
            double high = 0;
            ok = parseRange(value, false, &low, &high);
            spec->minVolumeBytes = qint64(low);
            spec->maxVolumeBytes = qint64(high);
        } else if (key == QLatin1String("used")) {
            ok = parseRange(value, true, &spec->minUsed, &spec->maxUsed);
        } else if (key == QLatin1String("disk-size")) {
            const auto bytes = Cstor::Capacity::parseQuantity(value);
            ok = bytes && *bytes > 0;
            spec->diskBytes = bytes.value_or(0);
        } else if (key == QLatin1String("raid")) {
            spec->raid = value;
            ok = value == QLatin1String("stripe") || value == QLatin1String("mirror") ||
                 value == QLatin1String("raidz");
        } else if (key == QLatin1String("zones")) {
            number(&spec->zones, 0);
            ok = ok && spec->zones <= 26;
        } else if (key == QLatin1String("namespace")) {
            spec->ns = value;
            ok = !value.isEmpty();
        } else {
            *error =
                QStringLiteral("unknown key \"%1\" (known: nodes, pools-per-node, volumes, "
                               "replicas, volume-size, used, disk-size, raid, namespace, zones)")
                    .arg(key);
            return false;
        }
        if (!ok) {
            *error = QStringLiteral("bad value for %1: \"%2\"").arg(key, value);
            return false;
        }
    }
    if (spec->replicas > spec->nodes) {
        *error = QStringLiteral("replicas=%1 needs at least as many nodes (nodes=%2)")
                     .arg(spec->replicas)
                     .arg(spec->nodes);
        return false;
    }
    return true;
}

QList<QJsonObject> ScenarioGenerator::generate(const Spec &spec, SimClock *clock)
{
    return GeneratedCluster(spec, clock).build();
}

QString ScenarioGenerator::nodeName(int index)
{
    return QStringLiteral("node-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

QString ScenarioGenerator::zoneOf(const Spec &spec, int index)
{
    const int zones = spec.zones >= 0  ? spec.zones
                      : spec.nodes < 6 ? 0
                                       : std::min(8, 3 + (spec.nodes - 1) / 1000);
    if (zones == 0)
        return {};
    return QStringLiteral("zone-") + QLatin1Char(char('a' + index % zones));
}

} // namespace Sim
