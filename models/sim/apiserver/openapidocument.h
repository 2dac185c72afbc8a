#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Sim {

class ResourceCatalog;
struct ResourceInfo;

// The OpenAPI 3.0 document of one group version (GET /openapi/v3/api/v1,
// /openapi/v3/apis/<group>/<version>): per resource its collection, all-namespaces and item
// paths with the operations its verbs allow, and its schemas plus the shared Patch and Status.
class OpenApiDocument
{
public:
    static QJsonObject build(const ResourceCatalog &catalog, const QString &group,
                             const QString &version);

private:
    // What the paths and operations of one resource share.
    struct ResourceNames
    {
        QString ref;            // "#/components/schemas/<its schema>"
        QString listRef;        // the same for its list kind
        QString suffix;         // "NamespacedCStorPool" in the operation ids
        QString collection;     // the path of the collection
        QJsonArray scopeParams; // [namespace,] pretty
        QJsonObject body;       // the request body of create and replace
    };

    OpenApiDocument(const QString &group, const QString &version);

    ResourceNames namesOf(const ResourceInfo &r) const;
    void addResource(const ResourceInfo &r);
    QJsonObject collectionPath(const ResourceInfo &r, const ResourceNames &names) const;
    QJsonObject listOperation(const ResourceInfo &r, const ResourceNames &names) const;
    QJsonObject allNamespacesPath(const ResourceInfo &r, const ResourceNames &names) const;
    QJsonObject itemPath(const ResourceInfo &r, const ResourceNames &names) const;
    QJsonObject patchOperation(const ResourceInfo &r, const ResourceNames &names) const;
    void addSchemas(const ResourceInfo &r, const ResourceNames &names);
    QJsonObject document(bool customResources) const;

    QString m_group;
    QString m_prefix;    // "/api/v1", "/apis/<group>/<version>"
    QString m_idVersion; // "CoreV1", "CstorV1" in the operation ids
    QJsonObject m_paths;
    QJsonObject m_schemas;
};

} // namespace Sim
