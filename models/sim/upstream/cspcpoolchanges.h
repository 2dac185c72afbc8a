#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace Sim {
class ObjectStore;
}

namespace Sim::CspcPoolChanges {

// What the webhook reads besides the two pool lists: the CSPC's namespace and name, and the
// store holding its BlockDevices and BlockDeviceClaims (null: the checks that need them are
// skipped).
struct Context
{
    const ObjectStore *store = nullptr;
    QString ns;
    QString cspcName;
};

// The admission webhook's checks of a CSPC edit on pools that stay (CO webhook
// cspc_operations.go ValidateSpecChanges -> ArePoolSpecChangesValid -> IsBDReplacementValid),
// matched by nodeSelector: the reason, without "invalid cspc specification: ", or empty when
// the change is allowed. `replacements` receives each accepted replacement, new block device
// -> the one it replaces (GetNewBDFromRaidGroups), for createBDC.
QString validateSpecChanges(const Context &context, const QJsonArray &oldPools,
                            const QJsonArray &newPools, QHash<QString, QString> *replacements);

} // namespace Sim::CspcPoolChanges
