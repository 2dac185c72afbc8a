#pragma once

#include "models/sim/apiserver/resourcecatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sim {

// Builds meta.k8s.io/v1 Table replies as kube-apiserver does (KUBECTL-WIRE.md §3.2, §4.3, §7).
// CRDs: `Name` (format name, ObjectMeta doc) + additionalPrinterColumns; no columns declared ->
// Name + Age. Cells come from the column's JSONPath; missing -> null; integer/number/boolean as
// JSON numbers/bools; `date` -> HumanDuration age relative to `now`. Core events and
// namespaces use the server-side printers (events: Last Seen, Type, Reason, Object,
// Subobject, Source, Message, First Seen, Count, Name); pods, nodes and PDBs those of
// WorkloadPrinters, PVs and PVCs those of StoragePrinters. Stateless.
class TableRenderer
{
public:
    // Table row `object`: None (omitted), Metadata (PartialObjectMetadata, the default), Object.
    enum class IncludeObject { None, Metadata, Object };
    static IncludeObject parseIncludeObject(const QString &value); // "" -> Metadata

    static QJsonArray columnDefinitions(const ResourceInfo &resource);
    static QJsonArray cells(const ResourceInfo &resource, const QJsonObject &object,
                            const QDateTime &now);
    static QJsonObject row(const ResourceInfo &resource, const QJsonObject &object,
                           const QDateTime &now, IncludeObject include = IncludeObject::Metadata);

    // A list reply. `continueToken` / `remainingItemCount` (< 0: omitted) go into metadata.
    static QJsonObject table(const ResourceInfo &resource, const QList<QJsonObject> &objects,
                             const QDateTime &now, const QString &resourceVersion,
                             const QString &continueToken = QString(),
                             qint64 remainingItemCount = -1,
                             IncludeObject include = IncludeObject::Metadata);

    // The `object` of one watch event: a Table with exactly one row. withColumns=false gives
    // "columnDefinitions": null (every event after the first of a connection).
    // metadata.resourceVersion is the object's resourceVersion.
    static QJsonObject watchTable(const ResourceInfo &resource, const QJsonObject &object,
                                  const QDateTime &now, bool withColumns,
                                  IncludeObject include = IncludeObject::Metadata);

    // {"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":{...}} without
    // managedFields.
    static QJsonObject partialObjectMetadata(const QJsonObject &object);

    // Age string of an RFC 3339 timestamp relative to now: "<unknown>" for an empty/zero
    // time, "<invalid>" for more than 1 s in the future, "0s" up to 1 s ahead.
    static QString age(const QString &timestamp, const QDateTime &now);

    // Evaluates a simple JSONPath (".a.b", ".a[0].b", ".a['x.y']") on an object; undefined
    // QJsonValue when missing.
    static QJsonValue evaluate(const QJsonObject &object, const QString &jsonPath);

    // ObjectMeta's `name` doc (the Name column's description) and `creationTimestamp` doc.
    static QString nameDescription();
    static QString creationTimestampDescription();
};

} // namespace Sim
