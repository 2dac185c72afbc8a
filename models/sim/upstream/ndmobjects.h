#pragma once

#include "models/cstor/raidgroups.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sim {

class ObjectStore;

// The node-disk-manager objects cStor works with (NDM api/v1alpha1 blockdevice_types.go,
// blockdeviceclaim_types.go; openebs/api pkg/apis/types), and the BlockDeviceClaim the cStor
// operators write for a block device (CO webhook cspc_operations.go ClaimBD, algorithm ClaimBD).
namespace NdmObjects {

inline const QString kBd = QStringLiteral("blockdevices");
inline const QString kBdc = QStringLiteral("blockdeviceclaims");
inline const QString kNdmApi = QStringLiteral("openebs.io/v1alpha1");
// types.PredecessorBDLabelKey: on the claim of a block device that replaces another.
using Cstor::RaidGroups::kPredecessorAnnotation;
// types.CSPCFinalizer, on the claims cStor makes.
inline const QString kCspcFinalizer = QStringLiteral("cstorpoolcluster.openebs.io/finalizer");
// NDM pkg/controllers/util finalizer.go: BlockDeviceClaimFinalizer, BlockDeviceFinalizer.
inline const QString kBdcProtection = QStringLiteral("openebs.io/bdc-protection");
inline const QString kBdProtection = QStringLiteral("openebs.io/bd-protection");

// A block device's by-id link, the devLink the pool-manager writes into the CSPI.
QString byIdLink(const QJsonObject &bd);
// The by-id link the simulator gives a block device it discovers: /dev/disk/by-id/scsi-<the
// name without "blockdevice-">.
QString defaultByIdLink(const QString &bdName);
// spec.capacity.storage, bytes.
qint64 capacityBytes(const QJsonObject &bd);
QString claimState(const QJsonObject &bd);

// CO webhook GetBDCOfBD: the claim whose spec.blockDeviceName is the block device (nullopt:
// none; the webhook treats more than one as an error, which the simulator never creates).
std::optional<QJsonObject> claimOf(const ObjectStore *store, const QString &ns,
                                   const QString &bdName);

// CO webhook ByteCount: 10737418240 -> "10G" (1024 steps, truncated).
QString byteCount(qint64 bytes);

// The claim cStor creates for a block device (ClaimBD): bdc-cstor-<bd uid>, labelled with the
// CSPC, owned by it, with the CSPC finalizer; the predecessor annotation when it replaces a
// block device. No status: NDM binds it.
QJsonObject claimFor(const QJsonObject &bd, const QString &cspcName, const QString &cspcUid,
                     const QString &predecessor);

} // namespace NdmObjects

} // namespace Sim
