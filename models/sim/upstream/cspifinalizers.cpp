#include "models/sim/upstream/cspifinalizers.h"

#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>

namespace Sim::CspiFinalizers {

using namespace ObjectFields;

bool reconcile(ObjectStore *store, const QString &ns, const QString &name)
{
    static const QString poolProtection = QStringLiteral("openebs.io/pool-protection");
    const auto found = store->get(kCspi, ns, name);
    if (!found)
        return false;
    QJsonObject cspi = *found;
    QJsonObject metadata = child(cspi, QStringLiteral("metadata"));
    QJsonArray finalizers = metadata.value(QLatin1String("finalizers")).toArray();
    const bool deleting = !metadata.value(QLatin1String("deletionTimestamp")).toString().isEmpty();
    const bool protectedPool = finalizers.contains(poolProtection);
    if (deleting == !protectedPool)
        return deleting; // destroy: nothing left to do; addPoolProtectionFinalizer: present
    if (deleting) {
        for (qsizetype i = finalizers.size() - 1; i >= 0; --i) {
            if (finalizers.at(i).toString() == poolProtection)
                finalizers.removeAt(i);
        }
    } else {
        finalizers.append(poolProtection);
    }
    metadata.insert(QStringLiteral("finalizers"), finalizers);
    metadata.remove(QStringLiteral("resourceVersion"));
    cspi.insert(QStringLiteral("metadata"), metadata);
    store->update(kCspi, cspi);
    return deleting;
}

} // namespace Sim::CspiFinalizers
