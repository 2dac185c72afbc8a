#include "models/sim/upstream/cspispecsync.h"

#include "models/cstor/raidgroups.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>

namespace Sim {

using namespace ObjectFields;

CspiSpecSync::CspiSpecSync(ObjectStore *store)
    : m_store(store)
{
}

QString CspiSpecSync::hostOfSelector(const ObjectStore *store, const QJsonObject &selector,
                                     QString *error)
{
    QStringList hosts;
    for (const QJsonObject &node : store->list(QStringLiteral("nodes"))) {
        const QJsonObject labels =
            child(child(node, QStringLiteral("metadata")), QStringLiteral("labels"));
        bool matches = true;
        for (auto it = selector.constBegin(); it != selector.constEnd() && matches; ++it)
            matches = labels.value(it.key()) == it.value();
        if (matches)
            hosts.append(labels.value(kHostLabel).toString());
    }
    if (hosts.size() == 1)
        return hosts.first();
    if (error)
        *error = QStringLiteral("invalid no.of nodes %1 from the given node selectors")
                     .arg(hosts.size());
    return QString();
}

void CspiSpecSync::sync(const QJsonObject &cspc)
{
    const QString ns = metaString(cspc, QStringLiteral("namespace"));
    const QString cspcName = metaString(cspc, QStringLiteral("name"));
    const QJsonArray pools =
        child(cspc, QStringLiteral("spec")).value(QLatin1String("pools")).toArray();
    for (const QJsonObject &cspi : m_store->list(kCspi, ns)) {
        if (label(cspi, kCspcLabel) != cspcName)
            continue;
        QJsonObject spec = child(cspi, QStringLiteral("spec"));
        const QJsonObject selector = spec.value(QLatin1String("nodeSelector")).toObject();
        const QStringList devices = Cstor::RaidGroups::allDevices(spec);
        for (const QJsonValue &value : pools) {
            const QJsonObject pool = value.toObject();
            const QJsonObject poolSelector = pool.value(QLatin1String("nodeSelector")).toObject();
            bool shared = false;
            for (const QString &device : Cstor::RaidGroups::allDevices(pool))
                shared = shared || devices.contains(device);
            if (poolSelector != selector && !shared)
                continue;
            const QString host = hostOfSelector(m_store, poolSelector);
            if (host.isEmpty())
                break;
            // Upstream writes the CSPI at every sync; the simulator only when the pool changed
            // node or selector, so that a scenario's CSPI without a selector stays as written.
            QString currentHost = spec.value(QLatin1String("hostName")).toString();
            if (currentHost.isEmpty())
                currentHost = label(cspi, kHostLabel);
            if (host == currentHost && (selector.isEmpty() || selector == poolSelector))
                break;
            spec.insert(QStringLiteral("nodeSelector"), poolSelector);
            spec.insert(QStringLiteral("hostName"), host);
            break;
        }
        if (spec == child(cspi, QStringLiteral("spec")))
            continue;
        QJsonObject object = cspi;
        object.insert(QStringLiteral("spec"), spec);
        removeResourceVersion(object);
        m_store->update(kCspi, object);
    }
}

} // namespace Sim
