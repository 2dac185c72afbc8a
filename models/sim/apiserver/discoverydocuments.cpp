#include "models/sim/apiserver/discoverydocuments.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Sim {

namespace {

const QString kDiscoveryGroup = QStringLiteral("apidiscovery.k8s.io");

QString discoveryApiVersion(DiscoveryDocuments::AggregatedVersion version)
{
    return version == DiscoveryDocuments::AggregatedVersion::V2
               ? QStringLiteral("apidiscovery.k8s.io/v2")
               : QStringLiteral("apidiscovery.k8s.io/v2beta1");
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// "cstor.openebs.io" -> "io.openebs.cstor"; core types live under io.k8s.api.core.
QString schemaPrefix(const ResourceInfo &r)
{
    if (r.group.isEmpty())
        return QStringLiteral("io.k8s.api.core.") + r.version;
    if (r.group.endsWith(QLatin1String(".k8s.io")))
        return QStringLiteral("io.k8s.api.") + r.group.chopped(7) + QLatin1Char('.') + r.version;
    QStringList parts = r.group.split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.')) + QLatin1Char('.') + r.version;
}

QString schemaName(const ResourceInfo &r, const QString &kind)
{
    return schemaPrefix(r) + QLatin1Char('.') + kind;
}

QJsonObject gvk(const ResourceInfo &r, const QString &kind)
{
    return QJsonObject{{QStringLiteral("group"), r.group},
                       {QStringLiteral("version"), r.version},
                       {QStringLiteral("kind"), kind}};
}

QJsonObject queryParameter(const QString &name, const QString &description,
                           const QString &type = QStringLiteral("string"))
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("in"), QStringLiteral("query")},
        {QStringLiteral("description"), description},
        {QStringLiteral("schema"),
         QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("uniqueItems"), true}}}};
}

QJsonObject pathParameter(const QString &name, const QString &description)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("in"), QStringLiteral("path")},
        {QStringLiteral("description"), description},
        {QStringLiteral("required"), true},
        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                               {QStringLiteral("uniqueItems"), true}}}};
}

QJsonObject dryRunParameter()
{
    return queryParameter(QStringLiteral("dryRun"),
                          QStringLiteral("When present, indicates that modifications should not "
                                         "be persisted. Valid values are: - All: all dry run "
                                         "stages will be processed"));
}

QJsonObject fieldManagerParameter()
{
    return queryParameter(QStringLiteral("fieldManager"),
                          QStringLiteral("fieldManager is a name associated with the actor or "
                                         "entity that is making these changes."));
}

QJsonObject fieldValidationParameter()
{
    return queryParameter(QStringLiteral("fieldValidation"),
                          QStringLiteral("fieldValidation instructs the server on how to handle "
                                         "objects in the request containing unknown or duplicate "
                                         "fields. Valid values are: Ignore, Warn, Strict."));
}

QJsonObject jsonContent(const QString &ref)
{
    const QJsonObject schema{
        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("$ref"), ref}}}};
    return QJsonObject{{QStringLiteral("application/json"), schema},
                       {QStringLiteral("application/yaml"), schema}};
}

QJsonObject responses(const QString &ref, const QStringList &codes)
{
    QJsonObject result;
    for (const QString &code : codes)
        result.insert(code, QJsonObject{{QStringLiteral("description"), QStringLiteral("OK")},
                                        {QStringLiteral("content"), jsonContent(ref)}});
    result.insert(QStringLiteral("401"),
                  QJsonObject{{QStringLiteral("description"), QStringLiteral("Unauthorized")}});
    return result;
}

QJsonObject operation(const ResourceInfo &r, const QString &id, const QString &action,
                      const QString &kind, const QJsonArray &parameters, const QJsonObject &resp)
{
    QJsonObject op{{QStringLiteral("operationId"), id},
                   {QStringLiteral("tags"), QJsonArray{schemaPrefix(r)}},
                   {QStringLiteral("responses"), resp},
                   {QStringLiteral("x-kubernetes-action"), action},
                   {QStringLiteral("x-kubernetes-group-version-kind"), gvk(r, kind)}};
    if (!parameters.isEmpty())
        op.insert(QStringLiteral("parameters"), parameters);
    return op;
}

QString pascal(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

} // namespace

DiscoveryDocuments::DiscoveryDocuments(const ResourceCatalog &catalog)
    : m_catalog(catalog)
{
    QStringList groups{QString()};
    groups += m_catalog.groups();
    for (const QString &group : groups) {
        for (const QString &version : m_catalog.versions(group)) {
            const QString path = openApiPath(group, version);
            const QJsonObject document = buildOpenApi(group, version);
            m_openApi.insert(path, document);
            m_openApiHash.insert(
                path, QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(document).toJson(
                                                                       QJsonDocument::Compact),
                                                                   QCryptographicHash::Sha512)
                                              .toHex()
                                              .toUpper()));
        }
    }
}

QByteArray DiscoveryDocuments::aggregatedContentType(AggregatedVersion version)
{
    return version == AggregatedVersion::V2
               ? QByteArrayLiteral("application/json;g=apidiscovery.k8s.io;v=v2;as="
                                   "APIGroupDiscoveryList")
               : QByteArrayLiteral("application/json;g=apidiscovery.k8s.io;v=v2beta1;as="
                                   "APIGroupDiscoveryList");
}

std::optional<DiscoveryDocuments::AggregatedVersion>
DiscoveryDocuments::negotiateAggregated(const QByteArray &accept)
{
    for (const QByteArray &entry : accept.split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        if (parts.first().trimmed().toLower() != "application/json")
            continue;
        QByteArray g, v, as;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            const qsizetype eq = param.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = param.left(eq).trimmed();
            const QByteArray value = param.mid(eq + 1).trimmed();
            if (key == "g")
                g = value;
            else if (key == "v")
                v = value;
            else if (key == "as")
                as = value;
        }
        if (g != "apidiscovery.k8s.io" || as != "APIGroupDiscoveryList")
            continue;
        if (v == "v2")
            return AggregatedVersion::V2;
        if (v == "v2beta1")
            return AggregatedVersion::V2Beta1;
    }
    return std::nullopt;
}

QJsonObject DiscoveryDocuments::aggregatedResource(const ResourceInfo &r) const
{
    // Built-in types name no group/version in responseKind, CRDs name theirs.
    const QJsonObject responseKind{
        {QStringLiteral("group"), r.customResource ? r.group : QString()},
        {QStringLiteral("version"), r.customResource ? r.version : QString()},
        {QStringLiteral("kind"), r.kind}};
    QJsonObject resource{
        {QStringLiteral("resource"), r.plural},
        {QStringLiteral("responseKind"), responseKind},
        {QStringLiteral("scope"),
         r.namespaced ? QStringLiteral("Namespaced") : QStringLiteral("Cluster")},
        {QStringLiteral("singularResource"), r.singular},
        {QStringLiteral("verbs"), toArray(r.verbs)},
    };
    if (!r.shortNames.isEmpty())
        resource.insert(QStringLiteral("shortNames"), toArray(r.shortNames));
    if (!r.subresources.isEmpty()) {
        QJsonArray subresources;
        for (const QString &sub : r.subresources)
            subresources.append(QJsonObject{
                {QStringLiteral("subresource"), sub},
                {QStringLiteral("responseKind"), responseKind},
                {QStringLiteral("verbs"), QJsonArray{QStringLiteral("get"), QStringLiteral("patch"),
                                                     QStringLiteral("update")}}});
        resource.insert(QStringLiteral("subresources"), subresources);
    }
    return resource;
}

QJsonObject DiscoveryDocuments::aggregatedCore(AggregatedVersion version) const
{
    QJsonArray versions;
    for (const QString &v : m_catalog.versions(QString())) {
        QJsonArray resources;
        for (const ResourceInfo *r : m_catalog.resourcesOf(QString(), v))
            resources.append(aggregatedResource(*r));
        versions.append(QJsonObject{{QStringLiteral("version"), v},
                                    {QStringLiteral("freshness"), QStringLiteral("Current")},
                                    {QStringLiteral("resources"), resources}});
    }
    QJsonArray items;
    if (!versions.isEmpty())
        items.append(
            QJsonObject{{QStringLiteral("metadata"),
                         QJsonObject{{QStringLiteral("creationTimestamp"), QJsonValue::Null}}},
                        {QStringLiteral("versions"), versions}});
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIGroupDiscoveryList")},
                       {QStringLiteral("apiVersion"), discoveryApiVersion(version)},
                       {QStringLiteral("metadata"), QJsonObject()},
                       {QStringLiteral("items"), items}};
}

QJsonObject DiscoveryDocuments::aggregatedGroups(AggregatedVersion version) const
{
    QJsonArray items;
    for (const QString &group : m_catalog.groups()) {
        QJsonArray versions;
        for (const QString &v : m_catalog.versions(group)) {
            QJsonArray resources;
            for (const ResourceInfo *r : m_catalog.resourcesOf(group, v))
                resources.append(aggregatedResource(*r));
            versions.append(QJsonObject{{QStringLiteral("version"), v},
                                        {QStringLiteral("freshness"), QStringLiteral("Current")},
                                        {QStringLiteral("resources"), resources}});
        }
        items.append(
            QJsonObject{{QStringLiteral("metadata"),
                         QJsonObject{{QStringLiteral("name"), group},
                                     {QStringLiteral("creationTimestamp"), QJsonValue::Null}}},
                        {QStringLiteral("versions"), versions}});
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIGroupDiscoveryList")},
                       {QStringLiteral("apiVersion"), discoveryApiVersion(version)},
                       {QStringLiteral("metadata"), QJsonObject()},
                       {QStringLiteral("items"), items}};
}

QJsonObject DiscoveryDocuments::apiVersions() const
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("APIVersions")},
        {QStringLiteral("versions"), toArray(m_catalog.versions(QString()))},
        {QStringLiteral("serverAddressByClientCIDRs"),
         QJsonArray{
             QJsonObject{{QStringLiteral("clientCIDR"), QStringLiteral("0.0.0.0/0")},
                         {QStringLiteral("serverAddress"), QStringLiteral("10.0.0.1:6443")}}}},
    };
}

std::optional<QJsonObject> DiscoveryDocuments::apiGroup(const QString &group) const
{
    const QStringList versions = m_catalog.versions(group);
    if (group.isEmpty() || versions.isEmpty())
        return std::nullopt;
    QJsonArray list;
    for (const QString &v : versions)
        list.append(QJsonObject{{QStringLiteral("groupVersion"), group + QLatin1Char('/') + v},
                                {QStringLiteral("version"), v}});
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIGroup")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("name"), group},
                       {QStringLiteral("versions"), list},
                       {QStringLiteral("preferredVersion"), list.first()}};
}

QJsonObject DiscoveryDocuments::apiGroupList() const
{
    QJsonArray groups;
    for (const QString &group : m_catalog.groups()) {
        QJsonObject g = apiGroup(group).value();
        g.remove(QStringLiteral("kind"));
        g.remove(QStringLiteral("apiVersion"));
        groups.append(g);
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIGroupList")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("groups"), groups}};
}

std::optional<QJsonObject> DiscoveryDocuments::apiResourceList(const QString &group,
                                                               const QString &version) const
{
    const QList<const ResourceInfo *> list = m_catalog.resourcesOf(group, version);
    if (list.isEmpty())
        return std::nullopt;
    QJsonArray resources;
    for (const ResourceInfo *r : list) {
        QJsonObject entry{{QStringLiteral("name"), r->plural},
                          {QStringLiteral("singularName"), r->singular},
                          {QStringLiteral("namespaced"), r->namespaced},
                          {QStringLiteral("kind"), r->kind},
                          {QStringLiteral("verbs"), toArray(r->verbs)}};
        if (!r->shortNames.isEmpty())
            entry.insert(QStringLiteral("shortNames"), toArray(r->shortNames));
        if (r->verbs.contains(QStringLiteral("get")))
            entry.insert(QStringLiteral("storageVersionHash"),
                         storageVersionHash(r->group, r->version, r->kind));
        resources.append(entry);
        for (const QString &sub : r->subresources)
            resources.append(QJsonObject{
                {QStringLiteral("name"), r->plural + QLatin1Char('/') + sub},
                {QStringLiteral("singularName"), QString()},
                {QStringLiteral("namespaced"), r->namespaced},
                {QStringLiteral("kind"), r->kind},
                {QStringLiteral("verbs"), QJsonArray{QStringLiteral("get"), QStringLiteral("patch"),
                                                     QStringLiteral("update")}}});
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("groupVersion"),
                        group.isEmpty() ? version : group + QLatin1Char('/') + version},
                       {QStringLiteral("resources"), resources}};
}

QString DiscoveryDocuments::storageVersionHash(const QString &group, const QString &version,
                                               const QString &kind)
{
    const QByteArray gvkText =
        (group + QLatin1Char('/') + version + QLatin1Char('/') + kind).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(gvkText, QCryptographicHash::Sha256).left(8).toBase64());
}

QString DiscoveryDocuments::openApiPath(const QString &group, const QString &version)
{
    return group.isEmpty() ? QStringLiteral("api/") + version
                           : QStringLiteral("apis/") + group + QLatin1Char('/') + version;
}

QString DiscoveryDocuments::openApiHash(const QString &group, const QString &version) const
{
    return m_openApiHash.value(openApiPath(group, version));
}

QJsonObject DiscoveryDocuments::openApiRoot() const
{
    QJsonObject paths;
    for (auto it = m_openApiHash.cbegin(); it != m_openApiHash.cend(); ++it)
        paths.insert(
            it.key(),
            QJsonObject{{QStringLiteral("serverRelativeURL"),
                         QStringLiteral("/openapi/v3/%1?hash=%2").arg(it.key(), it.value())}});
    return QJsonObject{{QStringLiteral("paths"), paths}};
}

std::optional<QJsonObject> DiscoveryDocuments::openApiDocument(const QString &group,
                                                               const QString &version) const
{
    const auto it = m_openApi.constFind(openApiPath(group, version));
    if (it == m_openApi.constEnd())
        return std::nullopt;
    return it.value();
}

QJsonObject DiscoveryDocuments::buildOpenApi(const QString &group, const QString &version) const
{
    const QString prefix = QLatin1Char('/') + openApiPath(group, version);
    QJsonObject paths;
    QJsonObject schemas;
    const QString statusRef =
        QStringLiteral("#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Status");
    const QJsonObject nameParam =
        pathParameter(QStringLiteral("name"), QStringLiteral("name of the resource"));
    const QJsonObject namespaceParam = pathParameter(
        QStringLiteral("namespace"), QStringLiteral("object name and auth scope, such as for "
                                                    "teams and projects"));
    const QJsonObject prettyParam = queryParameter(
        QStringLiteral("pretty"), QStringLiteral("If 'true', then the output is pretty printed."));

    for (const ResourceInfo *r : m_catalog.resourcesOf(group, version)) {
        const QString ref = QStringLiteral("#/components/schemas/") + schemaName(*r, r->kind);
        const QString listRef =
            QStringLiteral("#/components/schemas/") + schemaName(*r, r->listKind);
        const QString suffix =
            pascal(r->namespaced ? QStringLiteral("Namespaced") : QString()) + pascal(r->kind);
        const QString idVersion = pascal(group.isEmpty() ? QStringLiteral("core")
                                                         : group.section(QLatin1Char('.'), 0, 0)) +
                                  pascal(version);
        const QJsonObject body{
            {QStringLiteral("required"), true},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("*/*"),
                          QJsonObject{{QStringLiteral("schema"),
                                       QJsonObject{{QStringLiteral("$ref"), ref}}}}}}}};
        const QString collection =
            r->namespaced ? prefix + QStringLiteral("/namespaces/{namespace}/") + r->plural
                          : prefix + QLatin1Char('/') + r->plural;
        const QJsonArray scopeParams =
            r->namespaced ? QJsonArray{namespaceParam, prettyParam} : QJsonArray{prettyParam};

        QJsonObject collectionPath{{QStringLiteral("parameters"), scopeParams}};
        if (r->verbs.contains(QStringLiteral("list")))
            collectionPath.insert(
                QStringLiteral("get"),
                operation(*r, QStringLiteral("list") + idVersion + suffix, QStringLiteral("list"),
                          r->kind,
                          QJsonArray{queryParameter(QStringLiteral("labelSelector"),
                                                    QStringLiteral("A selector to restrict the "
                                                                   "list of returned objects by "
                                                                   "their labels.")),
                                     queryParameter(QStringLiteral("fieldSelector"),
                                                    QStringLiteral("A selector to restrict the "
                                                                   "list of returned objects by "
                                                                   "their fields.")),
                                     queryParameter(QStringLiteral("limit"),
                                                    QStringLiteral("limit is a maximum number of "
                                                                   "responses to return for a "
                                                                   "list call."),
                                                    QStringLiteral("integer")),
                                     queryParameter(QStringLiteral("continue"),
                                                    QStringLiteral("The continue option should "
                                                                   "be set when retrieving more "
                                                                   "results from the server.")),
                                     queryParameter(QStringLiteral("resourceVersion"),
                                                    QStringLiteral("resourceVersion sets a "
                                                                   "constraint on what resource "
                                                                   "versions a request may be "
                                                                   "served from.")),
                                     queryParameter(QStringLiteral("watch"),
                                                    QStringLiteral("Watch for changes to the "
                                                                   "described resources."),
                                                    QStringLiteral("boolean"))},
                          responses(listRef, {QStringLiteral("200")})));
        if (r->verbs.contains(QStringLiteral("create")))
            collectionPath.insert(QStringLiteral("post"), [&] {
                QJsonObject op =
                    operation(*r, QStringLiteral("create") + idVersion + suffix,
                              QStringLiteral("post"), r->kind,
                              QJsonArray{dryRunParameter(), fieldManagerParameter(),
                                         fieldValidationParameter()},
                              responses(ref, {QStringLiteral("200"), QStringLiteral("201"),
                                              QStringLiteral("202")}));
                op.insert(QStringLiteral("requestBody"), body);
                return op;
            }());
        if (r->verbs.contains(QStringLiteral("deletecollection")))
            collectionPath.insert(QStringLiteral("delete"),
                                  operation(*r,
                                            QStringLiteral("deleteCollection") + idVersion + suffix,
                                            QStringLiteral("deletecollection"), r->kind,
                                            QJsonArray{dryRunParameter()},
                                            responses(statusRef, {QStringLiteral("200")})));
        paths.insert(collection, collectionPath);

        if (r->namespaced && r->verbs.contains(QStringLiteral("list"))) {
            paths.insert(
                prefix + QLatin1Char('/') + r->plural,
                QJsonObject{{QStringLiteral("parameters"), QJsonArray{prettyParam}},
                            {QStringLiteral("get"),
                             operation(*r,
                                       QStringLiteral("list") + idVersion + pascal(r->kind) +
                                           QStringLiteral("ForAllNamespaces"),
                                       QStringLiteral("list"), r->kind, QJsonArray(),
                                       responses(listRef, {QStringLiteral("200")}))}});
        }

        if (r->verbs.contains(QStringLiteral("get"))) {
            QJsonArray itemParams{nameParam};
            for (const QJsonValue &p : scopeParams)
                itemParams.append(p);
            QJsonObject item{{QStringLiteral("parameters"), itemParams}};
            item.insert(QStringLiteral("get"),
                        operation(*r, QStringLiteral("read") + idVersion + suffix,
                                  QStringLiteral("get"), r->kind, QJsonArray(),
                                  responses(ref, {QStringLiteral("200")})));
            if (r->verbs.contains(QStringLiteral("update"))) {
                QJsonObject op =
                    operation(*r, QStringLiteral("replace") + idVersion + suffix,
                              QStringLiteral("put"), r->kind,
                              QJsonArray{dryRunParameter(), fieldManagerParameter(),
                                         fieldValidationParameter()},
                              responses(ref, {QStringLiteral("200"), QStringLiteral("201")}));
                op.insert(QStringLiteral("requestBody"), body);
                item.insert(QStringLiteral("put"), op);
            }
            if (r->verbs.contains(QStringLiteral("patch"))) {
                QJsonObject op = operation(
                    *r, QStringLiteral("patch") + idVersion + suffix, QStringLiteral("patch"),
                    r->kind,
                    QJsonArray{dryRunParameter(), fieldManagerParameter(),
                               fieldValidationParameter(),
                               queryParameter(QStringLiteral("force"),
                                              QStringLiteral("Force is going to \"force\" Apply "
                                                             "requests."),
                                              QStringLiteral("boolean"))},
                    responses(ref, {QStringLiteral("200"), QStringLiteral("201")}));
                const QJsonObject patchSchema{
                    {QStringLiteral("schema"),
                     QJsonObject{{QStringLiteral("$ref"),
                                  QStringLiteral("#/components/schemas/"
                                                 "io.k8s.apimachinery.pkg.apis.meta.v1.Patch")}}}};
                op.insert(
                    QStringLiteral("requestBody"),
                    QJsonObject{
                        {QStringLiteral("required"), true},
                        {QStringLiteral("content"),
                         QJsonObject{
                             {QStringLiteral("application/json-patch+json"), patchSchema},
                             {QStringLiteral("application/merge-patch+json"), patchSchema},
                             {QStringLiteral("application/apply-patch+yaml"), patchSchema}}}});
                item.insert(QStringLiteral("patch"), op);
            }
            if (r->verbs.contains(QStringLiteral("delete")))
                item.insert(
                    QStringLiteral("delete"),
                    operation(*r, QStringLiteral("delete") + idVersion + suffix,
                              QStringLiteral("delete"), r->kind, QJsonArray{dryRunParameter()},
                              responses(ref, {QStringLiteral("200"), QStringLiteral("202")})));
            paths.insert(collection + QStringLiteral("/{name}"), item);
        }

        QJsonObject schema = r->openApiSchema;
        if (schema.isEmpty())
            schema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("x-kubernetes-preserve-unknown-fields"), true}};
        schema.insert(QStringLiteral("x-kubernetes-group-version-kind"),
                      QJsonArray{gvk(*r, r->kind)});
        schemas.insert(schemaName(*r, r->kind), schema);
        schemas.insert(
            schemaName(*r, r->listKind),
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("object")},
                {QStringLiteral("required"), QJsonArray{QStringLiteral("items")}},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("apiVersion"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                             {QStringLiteral("kind"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                             {QStringLiteral("metadata"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}},
                             {QStringLiteral("items"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                          {QStringLiteral("items"),
                                           QJsonObject{{QStringLiteral("$ref"), ref}}}}}}},
                {QStringLiteral("x-kubernetes-group-version-kind"),
                 QJsonArray{gvk(*r, r->listKind)}}});
    }
    schemas.insert(QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.Patch"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("description"),
                                QStringLiteral("Patch is provided to give a concrete name and "
                                               "type to the Kubernetes PATCH request body.")}});
    schemas.insert(QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.Status"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("x-kubernetes-preserve-unknown-fields"), true}});
    return QJsonObject{
        {QStringLiteral("openapi"), QStringLiteral("3.0.0")},
        {QStringLiteral("info"),
         QJsonObject{
             {QStringLiteral("title"),
              group.isEmpty() || !m_catalog.resourcesOf(group, version).first()->customResource
                  ? QStringLiteral("Kubernetes")
                  : QStringLiteral("Kubernetes CRD Swagger")},
             {QStringLiteral("version"),
              group.isEmpty() ? QStringLiteral("v1.32.4") : QStringLiteral("v0.1.0")}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), schemas}}}};
}

} // namespace Sim
