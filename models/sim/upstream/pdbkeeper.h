#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sim {

class ObjectStore;

// The PodDisruptionBudgets the CVC controller keeps for HA volumes (CO cstorvolumeconfig
// pdb.go and volume_operations.go): one PDB per set of pools, `maxUnavailable: 1`, selecting
// the pool pods `app=cstor-pool` + `openebs.io/cstor-pool-instance In [pools]`; the CVC names
// it in its label `openebs.io/pod-disruption-budget`.
class PdbKeeper
{
public:
    explicit PdbKeeper(ObjectStore *store);
    ~PdbKeeper();
    PdbKeeper(const PdbKeeper &) = delete;
    PdbKeeper &operator=(const PdbKeeper &) = delete;

    static QString labelKey() { return QStringLiteral("openebs.io/pod-disruption-budget"); }
    // isHAVolume: >= 3 pools in status.poolInfo, or replicaCount >= 3 when it is empty.
    static bool isHaVolume(const QJsonObject &cvc);

    // updatePDBForScaledVolume's PDB part (getUpdatePDBForVolume) on the CVC about to be
    // written with its new status.poolInfo: the old PDB goes when this CVC is its only user,
    // an HA volume gets the PDB of its pool set (reused or created), and the CVC's label
    // follows. Returns the error text ("failed to handle PDB for scaled volume <pv>: ...") or
    // an empty string.
    QString updateForScaledVolume(QJsonObject &cvc);
    // removeClaimFinalizer: an HA volume that goes deletes its PDB if no other CVC uses it.
    QString deleteIfNotInUse(const QJsonObject &cvc);
    // createVolumeOperation step 5 for the volumes a scenario brings already provisioned: a
    // Bound HA CVC without the label gets the PDB of its pools and the label.
    void provisionExisting();

private:
    std::optional<QJsonObject> getOrCreate(const QString &cspc, const QStringList &pools,
                                           QString *error);
    QJsonObject newPdb(const QString &cspc, const QStringList &pools) const;
    // The PDBs by the pool set their selector's In values name (sorted, comma-joined), kept
    // from the store's changes, so that finding a set's PDB does not read every PDB.
    void index(const QJsonObject &pdb, bool present);
    static QString setKey(QStringList pools);

    ObjectStore *m_store;
    QHash<QString, QSet<QString>> m_namesBySet;
    QHash<QString, QString> m_setByName;
    QMetaObject::Connection m_watch;
};

} // namespace Sim
