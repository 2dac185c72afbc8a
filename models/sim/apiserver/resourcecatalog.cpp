#include "models/sim/apiserver/resourcecatalog.h"

#include "models/sim/apiserver/coreresources.h"

#include <QJsonArray>

namespace Sim {

namespace {

const QString kCstorGroup = QStringLiteral("cstor.openebs.io");

QStringList crdVerbs()
{
    return {QStringLiteral("delete"), QStringLiteral("deletecollection"),
            QStringLiteral("get"),    QStringLiteral("list"),
            QStringLiteral("patch"),  QStringLiteral("create"),
            QStringLiteral("update"), QStringLiteral("watch")};
}

PrinterColumn column(const QString &name, const QString &type, const QString &jsonPath,
                     const QString &description, int priority = 0)
{
    return PrinterColumn{name, type, QString(), description, priority, jsonPath};
}

PrinterColumn ageColumn(const QString &description)
{
    return column(QStringLiteral("Age"), QStringLiteral("date"),
                  QStringLiteral(".metadata.creationTimestamp"), description);
}

// A structural schema that accepts any spec/status: enough for openapi v3 consumers
// (kubectl edit looks only at the PATCH parameters; explain shows these descriptions).
QJsonObject openSchema(const QString &kind, const QString &owner = QStringLiteral("cStor"),
                       const QString &group = kCstorGroup)
{
    const QJsonObject preserve{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("x-kubernetes-preserve-unknown-fields"), true}};
    QJsonObject spec = preserve;
    spec.insert(QStringLiteral("description"),
                QStringLiteral("Desired state of the %1.").arg(kind));
    QJsonObject status = preserve;
    status.insert(QStringLiteral("description"),
                  QStringLiteral("Most recently observed state of the %1.").arg(kind));
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("description"), QStringLiteral("%1 of %2 (%3).").arg(kind, owner, group)},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("apiVersion"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("description"),
                           QStringLiteral("APIVersion defines the versioned schema of this "
                                          "representation of an object.")}}},
             {QStringLiteral("kind"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("description"),
                           QStringLiteral("Kind is a string value representing the REST "
                                          "resource this object represents.")}}},
             {QStringLiteral("metadata"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}},
             {QStringLiteral("spec"), spec},
             {QStringLiteral("status"), status},
         }},
    };
}

ResourceInfo crd(const QString &kind, const QString &plural, const QString &shortName,
                 QList<PrinterColumn> columns)
{
    ResourceInfo r;
    r.group = kCstorGroup;
    r.version = QStringLiteral("v1");
    r.kind = kind;
    r.listKind = kind + QStringLiteral("List");
    r.plural = plural;
    r.singular = kind.toLower();
    r.shortNames = {shortName};
    r.namespaced = true;
    r.verbs = crdVerbs();
    r.customResource = true;
    r.printerColumns = std::move(columns);
    r.openApiSchema = openSchema(kind);
    return r;
}

// The node-disk-manager CRDs (openebs.io/v1alpha1), columns as in NDM's
// deploy/crds/openebs.io_blockdevices.yaml and openebs.io_blockdeviceclaims.yaml (no
// descriptions there).
ResourceInfo ndmCrd(const QString &kind, const QString &plural, const QString &shortName,
                    QList<PrinterColumn> columns)
{
    ResourceInfo r = crd(kind, plural, shortName, std::move(columns));
    r.group = QStringLiteral("openebs.io");
    r.version = QStringLiteral("v1alpha1");
    r.openApiSchema = openSchema(kind, QStringLiteral("node-disk-manager"), r.group);
    return r;
}

QList<ResourceInfo> standardResources()
{
    QList<ResourceInfo> list;

    list << CoreResources::core();
    list << CoreResources::selfSubjectAccessReviews();

    // cstor.openebs.io/v1, columns as in the upstream CRDs (descriptions verbatim).
    list << crd(
        QStringLiteral("CStorVolumeReplica"), QStringLiteral("cstorvolumereplicas"),
        QStringLiteral("cvr"),
        {column(QStringLiteral("Allocated"), QStringLiteral("string"),
                QStringLiteral(".status.capacity.total"),
                QStringLiteral("The amount of disk space consumed by a dataset and all "
                               "its descendents")),
         column(QStringLiteral("Used"), QStringLiteral("string"),
                QStringLiteral(".status.capacity.used"),
                QStringLiteral("The amount of space that is logically consumed by this "
                               "dataset")),
         column(QStringLiteral("Status"), QStringLiteral("string"), QStringLiteral(".status.phase"),
                QStringLiteral("Identifies the current state of the replicas")),
         ageColumn(QStringLiteral("Age of CStorVolumeReplica"))});
    list << crd(
        QStringLiteral("CStorVolumeConfig"), QStringLiteral("cstorvolumeconfigs"),
        QStringLiteral("cvc"),
        {column(QStringLiteral("Capacity"), QStringLiteral("string"),
                QStringLiteral(".status.capacity.storage"),
                QStringLiteral("Identifies the volume capacity")),
         column(QStringLiteral("Status"), QStringLiteral("string"), QStringLiteral(".status.phase"),
                QStringLiteral("Identifies the volume provisioning status")),
         // The upstream CRD really says "CStorVolumeReplica" here.
         ageColumn(QStringLiteral("Age of CStorVolumeReplica"))});
    list << crd(QStringLiteral("CStorPoolCluster"), QStringLiteral("cstorpoolclusters"),
                QStringLiteral("cspc"),
                {column(QStringLiteral("HealthyInstances"), QStringLiteral("integer"),
                        QStringLiteral(".status.healthyInstances"),
                        QStringLiteral("The number of healthy cStorPoolInstances")),
                 column(QStringLiteral("ProvisionedInstances"), QStringLiteral("integer"),
                        QStringLiteral(".status.provisionedInstances"),
                        QStringLiteral("The number of provisioned cStorPoolInstances")),
                 column(QStringLiteral("DesiredInstances"), QStringLiteral("integer"),
                        QStringLiteral(".status.desiredInstances"),
                        QStringLiteral("The number of desired cStorPoolInstances")),
                 ageColumn(QStringLiteral("Age of CStorPoolCluster"))});
    list << crd(
        QStringLiteral("CStorPoolInstance"), QStringLiteral("cstorpoolinstances"),
        QStringLiteral("cspi"),
        {column(QStringLiteral("HostName"), QStringLiteral("string"),
                QStringLiteral(".spec.hostName"),
                QStringLiteral("Host name where cstorpool instances scheduled")),
         column(QStringLiteral("Allocated"), QStringLiteral("string"),
                QStringLiteral(".status.capacity.used"),
                QStringLiteral("The amount of storage space within the pool that has "
                               "been physically allocated"),
                1),
         column(QStringLiteral("Free"), QStringLiteral("string"),
                QStringLiteral(".status.capacity.free"),
                QStringLiteral("The amount of usable free space available in the pool")),
         column(QStringLiteral("Capacity"), QStringLiteral("string"),
                QStringLiteral(".status.capacity.total"),
                QStringLiteral("Total amount of usable space in pool")),
         column(QStringLiteral("ReadOnly"), QStringLiteral("boolean"),
                QStringLiteral(".status.readOnly"),
                QStringLiteral("Identifies the pool read only mode")),
         column(QStringLiteral("ProvisionedReplicas"), QStringLiteral("integer"),
                QStringLiteral(".status.provisionedReplicas"),
                QStringLiteral("Represents no.of replicas present in the pool")),
         column(QStringLiteral("HealthyReplicas"), QStringLiteral("integer"),
                QStringLiteral(".status.healthyReplicas"),
                QStringLiteral("Represents no.of healthy replicas present in the pool")),
         column(QStringLiteral("Type"), QStringLiteral("string"),
                QStringLiteral(".spec.poolConfig.dataRaidGroupType"),
                QStringLiteral("Represents the type of the storage pool"), 1),
         column(QStringLiteral("Status"), QStringLiteral("string"), QStringLiteral(".status.phase"),
                QStringLiteral("Identifies the current health of the pool")),
         ageColumn(QStringLiteral("Age of CStorPoolInstance"))});
    list << crd(
        QStringLiteral("CStorVolume"), QStringLiteral("cstorvolumes"), QStringLiteral("cv"),
        {column(QStringLiteral("Capacity"), QStringLiteral("string"),
                QStringLiteral(".status.capacity"), QStringLiteral("Current volume capacity")),
         column(QStringLiteral("Status"), QStringLiteral("string"), QStringLiteral(".status.phase"),
                QStringLiteral("Identifies the current health of the volume")),
         ageColumn(QStringLiteral("Age of CStorVolume"))});
    list << crd(QStringLiteral("CStorVolumePolicy"), QStringLiteral("cstorvolumepolicies"),
                QStringLiteral("cvp"), {});
    list << crd(QStringLiteral("CStorVolumeAttachment"), QStringLiteral("cstorvolumeattachments"),
                QStringLiteral("cva"), {});
    list << ndmCrd(QStringLiteral("BlockDevice"), QStringLiteral("blockdevices"),
                   QStringLiteral("bd"),
                   {column(QStringLiteral("NodeName"), QStringLiteral("string"),
                           QStringLiteral(".spec.nodeAttributes.nodeName"), QString()),
                    column(QStringLiteral("Path"), QStringLiteral("string"),
                           QStringLiteral(".spec.path"), QString(), 1),
                    column(QStringLiteral("FSType"), QStringLiteral("string"),
                           QStringLiteral(".spec.filesystem.fsType"), QString(), 1),
                    column(QStringLiteral("Size"), QStringLiteral("string"),
                           QStringLiteral(".spec.capacity.storage"), QString()),
                    column(QStringLiteral("ClaimState"), QStringLiteral("string"),
                           QStringLiteral(".status.claimState"), QString()),
                    column(QStringLiteral("Status"), QStringLiteral("string"),
                           QStringLiteral(".status.state"), QString()),
                    ageColumn(QString())});
    list << ndmCrd(QStringLiteral("BlockDeviceClaim"), QStringLiteral("blockdeviceclaims"),
                   QStringLiteral("bdc"),
                   {column(QStringLiteral("BlockDeviceName"), QStringLiteral("string"),
                           QStringLiteral(".spec.blockDeviceName"), QString()),
                    column(QStringLiteral("Phase"), QStringLiteral("string"),
                           QStringLiteral(".status.phase"), QString()),
                    ageColumn(QString())});
    list << CoreResources::podDisruptionBudgets();
    return list;
}

} // namespace

QString ResourceInfo::apiVersion() const
{
    return group.isEmpty() ? version : group + QLatin1Char('/') + version;
}

QString ResourceInfo::groupVersion() const
{
    return apiVersion();
}

QString ResourceInfo::groupResource() const
{
    return group.isEmpty() ? plural : plural + QLatin1Char('.') + group;
}

ResourceCatalog::ResourceCatalog()
    : m_resources(standardResources())
{
}

ResourceCatalog::ResourceCatalog(QList<ResourceInfo> resources)
    : m_resources(std::move(resources))
{
}

const ResourceInfo *ResourceCatalog::find(const QString &name) const
{
    QString resource = name;
    QString group;
    bool groupGiven = false;
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        resource = name.left(dot);
        group = name.mid(dot + 1);
        groupGiven = true;
    }
    for (const ResourceInfo &r : m_resources) {
        if (groupGiven && r.group.compare(group, Qt::CaseInsensitive) != 0)
            continue;
        if (r.plural.compare(resource, Qt::CaseInsensitive) == 0 ||
            r.singular.compare(resource, Qt::CaseInsensitive) == 0 ||
            r.kind.compare(resource, Qt::CaseInsensitive) == 0 ||
            r.shortNames.contains(resource, Qt::CaseInsensitive))
            return &r;
    }
    return nullptr;
}

const ResourceInfo *ResourceCatalog::find(const QString &group, const QString &plural) const
{
    for (const ResourceInfo &r : m_resources) {
        if (r.group == group && r.plural == plural)
            return &r;
    }
    return nullptr;
}

const ResourceInfo *ResourceCatalog::findByKind(const QString &group, const QString &kind) const
{
    for (const ResourceInfo &r : m_resources) {
        if (r.group == group && r.kind == kind)
            return &r;
    }
    return nullptr;
}

QStringList ResourceCatalog::groups() const
{
    QStringList result;
    for (const ResourceInfo &r : m_resources) {
        if (!r.group.isEmpty() && !result.contains(r.group))
            result << r.group;
    }
    return result;
}

QStringList ResourceCatalog::versions(const QString &group) const
{
    QStringList result;
    for (const ResourceInfo &r : m_resources) {
        if (r.group == group && !result.contains(r.version))
            result << r.version;
    }
    return result;
}

QList<const ResourceInfo *> ResourceCatalog::resourcesOf(const QString &group,
                                                         const QString &version) const
{
    QList<const ResourceInfo *> result;
    for (const ResourceInfo &r : m_resources) {
        if (r.group == group && r.version == version)
            result << &r;
    }
    return result;
}

} // namespace Sim
