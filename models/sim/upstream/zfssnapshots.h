#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sim {

class Uzfs;
struct Zvol;

// The snapshots of uZFS datasets and the clones made from them (CSTOR-CONTROLLERS.md §2.3,
// §9.4): a snapshot is taken on the quorum replicas connected to the volume's target, a new
// replica receives them when its rebuild completes, and a clone is a dataset whose origin is a
// snapshot of another volume's dataset on the same pool.
class ZfsSnapshots
{
public:
    explicit ZfsSnapshots(Uzfs *uzfs);

    // ISTGT replication.c istgt_lu_create_snapshot (via `istgtcontrol snapcreate`): refused
    // unless the volume's healthy quorum replicas reach its consistency factor
    // (can_take_snapshot); then `zfs snapshot <pool>/<pv>@<name>` on every connected quorum
    // replica not on a read-only pool, and fails when fewer than the consistency factor could
    // take it. Returns istgtcontrol's "ERR ..." text on failure, empty on success.
    QString take(const QString &volume, const QString &name, int consistencyFactor);

    // A replica of a loaded scenario: its snapshots from status.snapshots, and a clone's origin
    // from the annotations CO createCVR writes.
    static void adopt(Zvol &zvol, const QJsonObject &cvr);
    // `<source volume>@<snapshot>` of a clone CVR (label openebs.io/cloned "true", annotations
    // openebs.io/source-volume and openebs.io/snapshot; CO volumereplica.go CreateVolumeReplica),
    // empty otherwise.
    static QString originOf(const QJsonObject &cvr);
    // Whether `zfs clone <pool>/<source>@<snapshot>` finds its snapshot on this pool.
    bool originOnPool(const QString &pool, const QString &origin) const;
    // The logicalreferenced of that snapshot, what a fresh clone refers to.
    double originBytes(const QString &pool, const QString &origin) const;

    // The rebuild copies the helper's snapshots: they are present once it completes.
    static void received(Zvol &rebuilt, const Zvol &helper);

    // `zfs destroy -R <pool>/<pv>` destroys the clones of the dataset's snapshots on that pool,
    // and theirs: their CVR names, nearest first.
    QStringList dependentClones(const QString &cvr) const;

private:
    bool readOnly(const Zvol &zvol) const; // its pool is

    Uzfs *m_uzfs;
};

} // namespace Sim
