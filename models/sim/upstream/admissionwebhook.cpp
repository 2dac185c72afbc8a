#include "models/sim/upstream/admissionwebhook.h"

#include "models/cstor/capacity.h"
#include "models/cstor/raidgroups.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/cspcpoolchanges.h"
#include "models/sim/upstream/cspispecsync.h"
#include "models/sim/upstream/cvcpools.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>

namespace Sim {

using namespace ObjectFields;

using CvcPools::listDiff;
using CvcPools::specPools;
using CvcPools::statusPools;

namespace {

// Go's %v of a []string: [a b c].
QString goList(const QStringList &items)
{
    return QLatin1Char('[') + items.join(QLatin1Char(' ')) + QLatin1Char(']');
}

// Go's %v of a map[string]string: map[k1:v1 k2:v2], keys sorted.
QString goMap(const QJsonObject &map)
{
    QStringList items;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        items.append(it.key() + QLatin1Char(':') + it.value().toString());
    return QStringLiteral("map[%1]").arg(items.join(QLatin1Char(' ')));
}

QStringList duplicates(const QStringList &names)
{
    QStringList seen;
    QStringList repeated;
    for (const QString &name : names) {
        if (seen.contains(name)) {
            if (!repeated.contains(name))
                repeated.append(name);
        } else {
            seen.append(name);
        }
    }
    return repeated;
}

// openebs/api types.BlockDeviceTagLabelKey.
const QString kBlockDeviceTag = QStringLiteral("openebs.io/block-device-tag");

std::optional<QString> tagOf(const QJsonObject &bd)
{
    const QJsonObject labels =
        child(child(bd, QStringLiteral("metadata")), QStringLiteral("labels"));
    if (!labels.contains(kBlockDeviceTag))
        return std::nullopt;
    return labels.value(kBlockDeviceTag).toString().trimmed();
}

QString phaseOf(const QJsonObject &cvc)
{
    return child(cvc, QStringLiteral("status")).value(QLatin1String("phase")).toString();
}

QJsonValue provision(const QJsonObject &cvc, const QString &field)
{
    return child(child(cvc, QStringLiteral("spec")), QStringLiteral("provision")).value(field);
}

} // namespace

AdmissionWebhook::AdmissionWebhook(ObjectStore *store)
    : m_store(store)
{
}

void AdmissionWebhook::install()
{
    m_store->addAdmissionHook(
        [this](const QString &resource, const QJsonObject *old, const QJsonObject &proposed) {
            return review(resource, old, proposed);
        });
    m_store->addDeletionHook(
        [this](const QString &resource, const QJsonObject &object) -> std::optional<ApiError> {
            if (!m_enabled || resource != QLatin1String("cstorpoolclusters"))
                return std::nullopt;
            if (m_down)
                return callFailure();
            return validateCspcDelete(object);
        });
}

ApiError AdmissionWebhook::callFailure()
{
    // kube-apiserver's validating dispatcher with failurePolicy Fail (CO configuration.go
    // failurePolicy's default): the ErrCallingWebhook becomes apierrors.NewInternalError. The
    // webhook's ClientConfig is the service openebs-cstor-admission-server, path /validate,
    // timeoutSeconds 5; with no ready pod behind it the dial is refused.
    return ApiError::internal(
        QStringLiteral("failed calling webhook \"admission-webhook.cstor.openebs.io\": failed to "
                       "call webhook: Post \"https://openebs-cstor-admission-server.openebs.svc:"
                       "443/validate?timeout=5s\": dial tcp %1:443: connect: connection refused")
            .arg(QStringLiteral("10.96.38.112")));
}

std::optional<ApiError> AdmissionWebhook::validateCspcDelete(const QJsonObject &cspc) const
{
    const QJsonObject metadata = child(cspc, QStringLiteral("metadata"));
    const QString cspcName = metadata.value(QLatin1String("name")).toString();
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    for (const QJsonObject &cspi : m_store->list(QStringLiteral("cstorpoolinstances"), ns)) {
        const QJsonObject cspiMeta = child(cspi, QStringLiteral("metadata"));
        if (child(cspiMeta, QStringLiteral("labels"))
                .value(QLatin1String("openebs.io/cstor-pool-cluster"))
                .toString() != cspcName)
            continue;
        if (auto error =
                refuseIfPoolHoldsVolumes(cspiMeta.value(QLatin1String("name")).toString(),
                                         QStringLiteral("invalid cspc %1 deletion").arg(cspcName)))
            return error;
    }
    return std::nullopt;
}

std::optional<ApiError> AdmissionWebhook::refuseIfPoolHoldsVolumes(const QString &cspiName,
                                                                   const QString &prefix) const
{
    // Upstream lists CVRs in all namespaces.
    for (const QJsonObject &cvr : m_store->list(QStringLiteral("cstorvolumereplicas"))) {
        if (child(child(cvr, QStringLiteral("metadata")), QStringLiteral("labels"))
                .value(QLatin1String("cstorpoolinstance.openebs.io/name"))
                .toString() != cspiName)
            continue;
        ApiError error = ApiError::admissionDenied(
            QStringLiteral("%1: volume still exists on pool %2").arg(prefix, cspiName));
        error.code = 422;
        error.reason = QStringLiteral("Invalid");
        return error;
    }
    return std::nullopt;
}

std::optional<ApiError> AdmissionWebhook::review(const QString &resource, const QJsonObject *old,
                                                 const QJsonObject &proposed) const
{
    if (!m_enabled)
        return std::nullopt;
    // The ValidatingWebhookConfiguration's rules (CO configuration.go): CSPC CREATE and UPDATE,
    // CVC UPDATE. While the webhook is down each of them fails.
    const bool cspc = resource == QLatin1String("cstorpoolclusters");
    const bool cvcUpdate = resource == QLatin1String("cstorvolumeconfigs") && old;
    if (m_down && (cspc || cvcUpdate))
        return callFailure();
    if (!old)
        return std::nullopt; // CREATE of a CSPC: pool spec checks are not simulated
    if (cvcUpdate) {
        const QString reason = validateCvcUpdate(*old, proposed);
        if (!reason.isEmpty())
            return ApiError::admissionDenied(reason);
    } else if (cspc) {
        return validateCspcUpdate(*old, proposed);
    }
    return std::nullopt;
}

QString AdmissionWebhook::validateCvcUpdate(const QJsonObject &oldCvc, const QJsonObject &newCvc)
{
    // validateCVCUpdateRequest runs its checks on every UPDATE, objects being deleted included.
    const QString name =
        child(newCvc, QStringLiteral("metadata")).value(QLatin1String("name")).toString();

    // 1. replicaCount is immutable.
    const int oldCount = provision(oldCvc, QStringLiteral("replicaCount")).toInt();
    const int newCount = provision(newCvc, QStringLiteral("replicaCount")).toInt();
    if (oldCount != newCount) {
        return QStringLiteral("cvc %1 replicaCount got modified from %2 to %3")
            .arg(name)
            .arg(oldCount)
            .arg(newCount);
    }

    // 2. the initial capacity is immutable (compared as quantities).
    const QString oldCapacity = provision(oldCvc, QStringLiteral("capacity"))
                                    .toObject()
                                    .value(QLatin1String("storage"))
                                    .toString();
    const QString newCapacity = provision(newCvc, QStringLiteral("capacity"))
                                    .toObject()
                                    .value(QLatin1String("storage"))
                                    .toString();
    if (oldCapacity != newCapacity) {
        const auto a = Cstor::Capacity::parseQuantity(oldCapacity);
        const auto b = Cstor::Capacity::parseQuantity(newCapacity);
        if (!a || !b || *a != *b)
            return QStringLiteral("cvc initial provisioned capacity `Spec.Provision.Capacity` is "
                                  "immutable, can't be modified ");
    }

    // 3. validatePoolListChanges: old status.poolInfo against the new spec's pool names.
    const QStringList oldCurrent = statusPools(oldCvc);
    const QStringList newDesired = specPools(newCvc);
    const QStringList modified = listDiff(oldCurrent, newDesired);
    const QString bound = QStringLiteral("Bound");
    if (phaseOf(oldCvc) != bound && phaseOf(newCvc) != bound &&
        oldCurrent.size() != newDesired.size())
        return QStringLiteral(
            "Can't perform scaling of volume replicas when CVC is not in Bound state");
    if (newDesired.size() >= oldCurrent.size()) {
        if (!modified.isEmpty()) {
            return QStringLiteral("volume replica migration directly by modifying pool names %1 "
                                  "is not yet supported")
                .arg(goList(modified));
        }
    } else if (modified.size() > 1) {
        return QStringLiteral(
                   "Can't perform more than one replica scale down requested scale down count %1")
            .arg(modified.size());
    }

    // 4. one scaling operation at a time.
    const QStringList oldDesired = specPools(oldCvc);
    if (oldDesired.size() != oldCurrent.size() && newDesired.size() != oldDesired.size())
        return QStringLiteral("scaling of CVC %1 is already in progress").arg(name);

    // 5. validatePoolNames: no duplicates, in spec or in status; the message prints the whole
    //    list with %v.
    if (!duplicates(newDesired).isEmpty()) {
        return QStringLiteral("duplicate pool names %1 found under spec of cvc %2")
            .arg(goList(newDesired), name);
    }
    const QStringList newCurrent = statusPools(newCvc);
    if (!duplicates(newCurrent).isEmpty()) {
        return QStringLiteral("duplicate pool names %1 found under status of cvc %2")
            .arg(goList(newCurrent), name);
    }
    return QString();
}

std::optional<ApiError> AdmissionWebhook::validateCspcUpdate(const QJsonObject &oldCspc,
                                                             const QJsonObject &newCspc) const
{
    const QJsonArray oldPools =
        child(oldCspc, QStringLiteral("spec")).value(QLatin1String("pools")).toArray();
    const QJsonArray newPools =
        child(newCspc, QStringLiteral("spec")).value(QLatin1String("pools")).toArray();
    if (oldPools == newPools)
        return std::nullopt;
    const QString cspcName =
        child(newCspc, QStringLiteral("metadata")).value(QLatin1String("name")).toString();
    const QString ns =
        child(newCspc, QStringLiteral("metadata")).value(QLatin1String("namespace")).toString();
    auto blockDevices = [](const QJsonObject &pool) {
        QStringList names;
        for (const QJsonValue &group : pool.value(QLatin1String("dataRaidGroups")).toArray()) {
            for (const QJsonValue &device :
                 group.toObject().value(QLatin1String("blockDevices")).toArray())
                names.append(device.toObject().value(QLatin1String("blockDeviceName")).toString());
        }
        return names;
    };
    QStringList newDevices;
    for (const QJsonValue &pool : newPools)
        newDevices += blockDevices(pool.toObject());
    auto invalidSpec = [](const QString &reason) {
        ApiError error =
            ApiError::admissionDenied(QStringLiteral("invalid cspc specification: ") + reason);
        error.code = 422;
        error.reason = QStringLiteral("Invalid");
        return error;
    };
    // cspcValidation: no block device twice, then each pool's block devices.
    const QStringList repeated = duplicates(newDevices);
    if (!repeated.isEmpty())
        return invalidSpec(QStringLiteral("invalid cspc: cspc {%1} has duplicate blockdevices "
                                          "entries %2")
                               .arg(cspcName, goList(repeated)));
    // cspcValidation: each pool's node selector picks exactly one node, no node twice (before
    // the block devices of any pool here; upstream checks pool by pool). A pool spec whose node
    // is gone makes every edit of its CSPC fail until that spec changes.
    // (A store without Node objects, as in-process tests build it, does not model them.)
    QStringList usedNodes;
    for (const QJsonValue &value :
         m_store->count(QStringLiteral("nodes")) > 0 ? newPools : QJsonArray()) {
        const QJsonObject selector =
            value.toObject().value(QLatin1String("nodeSelector")).toObject();
        QString nodeError;
        const QString node = CspiSpecSync::hostOfSelector(m_store, selector, &nodeError);
        if (node.isEmpty())
            return invalidSpec(QStringLiteral("failed to get node from pool nodeSelector: {%1} "
                                              "error: {%2}")
                                   .arg(goMap(selector), nodeError));
        if (usedNodes.contains(node))
            return invalidSpec(QStringLiteral("invalid cspc: duplicate node %1 entry").arg(node));
        usedNodes.append(node);
    }
    if (const QString reason = validatePoolBlockDevices(ns, cspcName, newPools); !reason.isEmpty())
        return invalidSpec(QStringLiteral("invalid pool spec: ") + reason);
    for (const QJsonValue &oldValue : oldPools) {
        const QJsonObject oldPool = oldValue.toObject();
        const QJsonObject selector = oldPool.value(QLatin1String("nodeSelector")).toObject();
        bool kept = false;
        for (const QJsonValue &newValue : newPools)
            kept = kept ||
                   newValue.toObject().value(QLatin1String("nodeSelector")).toObject() == selector;
        for (const QString &device : blockDevices(oldPool))
            kept = kept || newDevices.contains(device);
        if (kept)
            continue;
        // The removed pool's CSPI (labels cspc + hostname), and any CVR still on it.
        const QString host = selector.value(QLatin1String("kubernetes.io/hostname")).toString();
        for (const QJsonObject &cspi : m_store->list(QStringLiteral("cstorpoolinstances"), ns)) {
            const QJsonObject labels =
                child(child(cspi, QStringLiteral("metadata")), QStringLiteral("labels"));
            if (labels.value(QLatin1String("openebs.io/cstor-pool-cluster")).toString() !=
                    cspcName ||
                labels.value(QLatin1String("kubernetes.io/hostname")).toString() != host)
                continue;
            const QString cspiName =
                child(cspi, QStringLiteral("metadata")).value(QLatin1String("name")).toString();
            if (auto error = refuseIfPoolHoldsVolumes(cspiName,
                                                      QStringLiteral("invalid cspc specification")))
                return error;
            break;
        }
    }
    // ValidateSpecChanges: raid group edits and block device replacement on the pools that stay;
    // then, for each accepted replacement, the claim of the new block device (createBDC).
    CspcPoolChanges::Context context;
    if (ndmModelled(ns))
        context = {m_store, ns, cspcName};
    QHash<QString, QString> replacements;
    QString reason =
        CspcPoolChanges::validateSpecChanges(context, oldPools, newPools, &replacements);
    if (reason.isEmpty() && context.store) {
        for (auto it = replacements.cbegin(); it != replacements.cend() && reason.isEmpty(); ++it)
            reason = createClaim(oldCspc, newCspc, it.key(), it.value());
    }
    if (reason.isEmpty())
        return std::nullopt;
    return invalidSpec(reason);
}

bool AdmissionWebhook::ndmModelled(const QString &ns) const
{
    Q_UNUSED(ns);
    return m_store->count(NdmObjects::kBd) > 0;
}

QString AdmissionWebhook::validatePoolBlockDevices(const QString &ns, const QString &cspcName,
                                                   const QJsonArray &pools) const
{
    // poolSpecValidation -> raidGroupValidation -> blockDeviceValidation / validateBlockDevice
    // for every block device of the CSPC (a cluster without NDM objects skips them).
    if (!ndmModelled(ns))
        return QString();
    for (const QJsonValue &value : pools) {
        const QJsonObject pool = value.toObject();
        const QString hostName =
            pool.value(QLatin1String("nodeSelector")).toObject().value(kHostLabel).toString();
        for (const QString &name : Cstor::RaidGroups::allDevices(pool)) {
            if (name.isEmpty())
                return QStringLiteral("block device name cannot be empty");
            const auto bd = m_store->get(NdmObjects::kBd, ns, name);
            if (!bd)
                return QStringLiteral("failed to get block device: {%1} details error: "
                                      "blockdevices.openebs.io \"%1\" not found")
                    .arg(name);
            if (child(*bd, QStringLiteral("status")).value(QLatin1String("state")).toString() !=
                QLatin1String("Active"))
                return QStringLiteral("block device \"%1\" is in not in active state").arg(name);
            const QString fsType =
                child(child(*bd, QStringLiteral("spec")), QStringLiteral("filesystem"))
                    .value(QLatin1String("fsType"))
                    .toString();
            if (!fsType.isEmpty() && fsType != QLatin1String("zfs_member"))
                return QStringLiteral("block device has file system {%1}").arg(fsType);
            const QString bdHost = label(*bd, kHostLabel);
            if (bdHost != hostName)
                return QStringLiteral("block device %1 doesn't belongs to node %2")
                    .arg(name, bdHost);
            const QJsonObject labels =
                child(child(*bd, QStringLiteral("metadata")), QStringLiteral("labels"));
            if (labels.contains(kBlockDeviceTag) &&
                labels.value(kBlockDeviceTag).toString().trimmed().isEmpty())
                return QStringLiteral(
                           "block device %1 is tagged with a value %2 and cannot be used")
                    .arg(name, labels.value(kBlockDeviceTag).toString());
            const QJsonObject claimRef =
                child(child(*bd, QStringLiteral("spec")), QStringLiteral("claimRef"));
            if (NdmObjects::claimState(*bd) != QLatin1String("Claimed") || claimRef.isEmpty())
                continue;
            // blockDeviceClaimValidation.
            const QString claimName = claimRef.value(QLatin1String("name")).toString();
            const auto claim = m_store->get(NdmObjects::kBdc, ns, claimName);
            if (!claim)
                return QStringLiteral("error: could not get block device claim for block device "
                                      "{%1}: blockdeviceclaims.openebs.io \"%2\" not found")
                    .arg(name, claimName);
            if (label(*claim, kCspcLabel) != cspcName)
                return QStringLiteral("error: can't use claimed blockdevice %1").arg(name);
        }
    }
    return QString();
}

QString AdmissionWebhook::createClaim(const QJsonObject &oldCspc, const QJsonObject &newCspc,
                                      const QString &newBd, const QString &oldBd) const
{
    // createBDC -> ClaimBD: bdc-cstor-<bd uid> with the predecessor annotation; an existing
    // claim of that name only gets the annotation.
    const QString ns = metaString(oldCspc, QStringLiteral("namespace"));
    const auto bd = m_store->get(NdmObjects::kBd, ns, newBd);
    if (!bd)
        return QStringLiteral("blockdevices.openebs.io \"%1\" not found").arg(newBd);
    const QJsonObject labels =
        child(child(*bd, QStringLiteral("metadata")), QStringLiteral("labels"));
    if (labels.contains(kBlockDeviceTag)) {
        const QString tag = labels.value(kBlockDeviceTag).toString().trimmed();
        if (tag.isEmpty())
            return QStringLiteral("failed to create block device claim for bd {%1} as it has "
                                  "empty value for bd tag")
                .arg(newBd);
        const QString allowed =
            child(child(newCspc, QStringLiteral("metadata")), QStringLiteral("annotations"))
                .value(QLatin1String("cstor.openebs.io/allowed-bd-tags"))
                .toString();
        if (!allowed.split(QLatin1Char(','), Qt::SkipEmptyParts).contains(tag))
            return QStringLiteral("cannot use bd {%1} as it has tag %2 but cspc has allowed bd "
                                  "tags as %3")
                .arg(newBd, tag, allowed);
    }
    QJsonObject claim = NdmObjects::claimFor(*bd, metaString(oldCspc, QStringLiteral("name")),
                                             metaString(oldCspc, QStringLiteral("uid")), oldBd);
    const QString claimName = metaString(claim, QStringLiteral("name"));
    if (auto existing = m_store->get(NdmObjects::kBdc, ns, claimName)) {
        QJsonObject metadata = child(*existing, QStringLiteral("metadata"));
        QJsonObject annotations = child(metadata, QStringLiteral("annotations"));
        annotations.insert(NdmObjects::kPredecessorAnnotation, oldBd);
        metadata.insert(QStringLiteral("annotations"), annotations);
        existing->insert(QStringLiteral("metadata"), metadata);
        const auto updated = m_store->update(NdmObjects::kBdc, *existing);
        return std::holds_alternative<ApiError>(updated) ? std::get<ApiError>(updated).message
                                                         : QString();
    }
    if (tagOf(*bd).has_value()) {
        QJsonObject spec = child(claim, QStringLiteral("spec"));
        spec.insert(QStringLiteral("selector"),
                    QJsonObject{{QStringLiteral("matchLabels"),
                                 QJsonObject{{kBlockDeviceTag, *tagOf(*bd)}}}});
        claim.insert(QStringLiteral("spec"), spec);
    }
    const auto created = m_store->create(NdmObjects::kBdc, claim);
    return std::holds_alternative<ApiError>(created)
               ? QStringLiteral("failed to create block device claim for bd {%1}: %2")
                     .arg(newBd, std::get<ApiError>(created).message)
               : QString();
}

} // namespace Sim
