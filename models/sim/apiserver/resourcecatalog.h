#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sim {

// One additionalPrinterColumn of a CRD (or a built-in column of a core type).
struct PrinterColumn
{
    QString name;        // "Allocated"
    QString type;        // string | integer | number | boolean | date
    QString format;      // "" unless set ("name" for the Name column)
    QString description; // shown by kubectl explain / in Table columnDefinitions
    int priority = 0;    // 0 shown by default, 1 only with -o wide
    QString jsonPath;    // ".status.capacity.used"
};

// A subresource as discovery lists it (`pods/eviction` answers with a policy/v1 Eviction).
struct SubresourceInfo
{
    QString name;    // "status", "eviction"
    QString group;   // of the response kind; "" = the resource's own
    QString version; // of the response kind; "" = the resource's own
    QString kind;    // "" = the resource's own kind
    QStringList verbs;

    bool operator==(const QString &other) const { return name == other; }
};

// Everything the simulated API server needs to know about one resource type.
struct ResourceInfo
{
    QString group;   // "" for core, "cstor.openebs.io", "authorization.k8s.io"
    QString version; // "v1"
    QString kind;    // "CStorVolumeReplica"
    QString listKind;
    QString plural; // "cstorvolumereplicas"
    QString singular;
    QStringList shortNames;
    bool namespaced = true;
    QStringList verbs;                   // in the order discovery lists them
    QList<SubresourceInfo> subresources; // "status" for namespaces; none for the cStor CRDs
    QStringList categories;              // "all" for pods
    bool customResource = false;
    // CRDs: additionalPrinterColumns exactly as in the CRD (may be empty: cvp, cva). Core
    // types: empty; TableRenderer knows their server-side printers.
    QList<PrinterColumn> printerColumns;
    QJsonObject openApiSchema; // CRDs: a structural openAPIV3Schema for /openapi/v3

    QString apiVersion() const;    // "v1" or "cstor.openebs.io/v1"
    QString groupVersion() const;  // same as apiVersion()
    QString groupResource() const; // "cstorvolumereplicas.cstor.openebs.io", "events"
};

// The resource types the simulator serves: cstor.openebs.io/v1 cspc, cspi, cvc, cv, cvr, cvp,
// cva (CRDs, namespaced, verbs delete,deletecollection,get,list,patch,create,update,watch and
// the printer columns of openebs/cstor-operators deploy/crds/all_cstor_crds.yaml); core v1
// events (ev), namespaces (ns, cluster-scoped, status subresource), nodes (no),
// persistentvolumeclaims (pvc), persistentvolumes (pv, cluster-scoped), pods (po, eviction and
// proxy subresources) and services (svc, proxy subresource); authorization.k8s.io/v1
// selfsubjectaccessreviews (create only, cluster-scoped); openebs.io/v1alpha1 blockdevices (bd) and
// blockdeviceclaims (bdc), the node-disk-manager CRDs; policy/v1 poddisruptionbudgets (pdb). Order:
// core first, then groups sorted by name; within a group, as listed above.
class ResourceCatalog
{
public:
    ResourceCatalog(); // the simulator's standard set
    explicit ResourceCatalog(QList<ResourceInfo> resources);

    const QList<ResourceInfo> &resources() const { return m_resources; }

    // By plural, singular, short name or kind (case-insensitive), optionally "name.group"
    // (e.g. "cvr", "cstorvolumereplica", "CStorVolumeReplica", "cvr.cstor.openebs.io").
    const ResourceInfo *find(const QString &name) const;
    // Exact lookup as in a URL: group ("" for core) and plural.
    const ResourceInfo *find(const QString &group, const QString &plural) const;
    const ResourceInfo *findByKind(const QString &group, const QString &kind) const;

    QStringList groups() const; // API groups other than core, in catalog order
    QStringList versions(const QString &group) const;
    QList<const ResourceInfo *> resourcesOf(const QString &group, const QString &version) const;

private:
    QList<ResourceInfo> m_resources;
};

} // namespace Sim
