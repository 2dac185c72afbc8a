#pragma once

#include "models/sim/apiserver/resourcecatalog.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sim {

// The discovery and openapi documents of the simulated apiserver, built from a catalog
// (KUBECTL-WIRE.md §2 and §6). Pure functions of the catalog: build once and serve.
class DiscoveryDocuments
{
public:
    // Which aggregated discovery the client asked for (from its Accept header).
    enum class AggregatedVersion { V2, V2Beta1 };

    explicit DiscoveryDocuments(const ResourceCatalog &catalog);

    // Content-Type of an aggregated reply, e.g.
    // "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList".
    static QByteArray aggregatedContentType(AggregatedVersion version);
    // Parses an Accept header: the first aggregated type it lists (v2 or v2beta1), or nullopt
    // when the client wants legacy JSON.
    static std::optional<AggregatedVersion> negotiateAggregated(const QByteArray &accept);

    // GET /api and /apis with aggregated Accept: APIGroupDiscoveryList (same body for v2 and
    // v2beta1 apart from apiVersion).
    QJsonObject aggregatedCore(AggregatedVersion version) const;
    QJsonObject aggregatedGroups(AggregatedVersion version) const;

    // Legacy: GET /api (APIVersions), GET /apis (APIGroupList).
    QJsonObject apiVersions() const;
    QJsonObject apiGroupList() const;
    // GET /apis/<group> (APIGroup); nullopt for an unknown group.
    std::optional<QJsonObject> apiGroup(const QString &group) const;
    // GET /api/v1 (group "") and /apis/<group>/<version>: APIResourceList; nullopt if unknown.
    std::optional<QJsonObject> apiResourceList(const QString &group, const QString &version) const;

    // base64(sha256("<group>/<version>/<Kind>")[:8]), the CRD storageVersionHash.
    static QString storageVersionHash(const QString &group, const QString &version,
                                      const QString &kind);

    // GET /openapi/v3: {"paths":{"api/v1":{"serverRelativeURL":"/openapi/v3/api/v1?hash=..."},
    // "apis/cstor.openebs.io/v1":{...},...}}.
    QJsonObject openApiRoot() const;
    // The path key used in the root ("api/v1", "apis/cstor.openebs.io/v1").
    static QString openApiPath(const QString &group, const QString &version);
    // The hash in serverRelativeURL of that document (a stale hash should get a 301 to it).
    QString openApiHash(const QString &group, const QString &version) const;
    // GET /openapi/v3/api/v1 or /openapi/v3/apis/<group>/<version>: an OpenAPI 3.0 document
    // with get/put/patch/delete operations per resource, PATCH listing the dryRun,
    // fieldManager, fieldValidation and force query parameters and
    // x-kubernetes-group-version-kind, plus components.schemas. nullopt if unknown.
    std::optional<QJsonObject> openApiDocument(const QString &group, const QString &version) const;

private:
    ResourceCatalog m_catalog;
    QHash<QString, QJsonObject> m_openApi; // openApiPath() -> document
    QHash<QString, QString> m_openApiHash; // openApiPath() -> hash

    QJsonObject aggregatedResource(const ResourceInfo &resource) const;
};

} // namespace Sim
