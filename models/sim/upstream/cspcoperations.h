#pragma once

#include <QJsonObject>
#include <QString>

namespace Sim {

class ObjectStore;

// The day-2 pool operations of the CSPC operator (CO cspc-controller operations.go
// handleOperations): replaceBlockDevice. When a pool spec no longer names a block device its
// CSPI still has, the CSPI's raid group that lost exactly one (getReplacedCSPIRaidGroup) gets
// the new block device in its place (replaceExistingBlockDevice), once the new device is
// usable (isBDUsable: Claimed through a claim labelled with this CSPC). The pool-manager does
// the rest (DiskReplacement).
class CspcOperations
{
public:
    explicit CspcOperations(ObjectStore *store);

    void replaceBlockDevice(const QJsonObject &cspc);

private:
    // isBDUsable: the error text, or empty when the block device may be used.
    QString bdUsable(const QString &ns, const QString &cspcName, const QString &bdName) const;
    // updateExistingCSPI: true when the CSPI's raid groups changed.
    bool updateExistingCspi(const QString &ns, const QString &cspcName, const QJsonObject &poolSpec,
                            QJsonObject &cspiSpec) const;

    ObjectStore *m_store;
};

} // namespace Sim
