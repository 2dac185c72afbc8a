#include "models/sim/apiserver/openapidocument.h"

#include "models/sim/apiserver/discoverydocuments.h"
#include "models/sim/apiserver/resourcecatalog.h"

#include <algorithm>

namespace Sim {

namespace {

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

QString schemaRef(const QString &name)
{
    return QStringLiteral("#/components/schemas/") + name;
}

QString statusRef()
{
    return schemaRef(QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.Status"));
}

QJsonObject nameParameter()
{
    return pathParameter(QStringLiteral("name"), QStringLiteral("name of the resource"));
}

QJsonObject namespaceParameter()
{
    return pathParameter(QStringLiteral("namespace"),
                         QStringLiteral("object name and auth scope, such as for "
                                        "teams and projects"));
}

QJsonObject prettyParameter()
{
    return queryParameter(QStringLiteral("pretty"),
                          QStringLiteral("If 'true', then the output is pretty printed."));
}

// The query parameters of a list (and watch).
QJsonArray listParameters()
{
    return QJsonArray{
        queryParameter(QStringLiteral("labelSelector"),
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
        queryParameter(QStringLiteral("continue"), QStringLiteral("The continue option should "
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
                       QStringLiteral("boolean"))};
}

// The query parameters of create and replace.
QJsonArray writeParameters()
{
    return QJsonArray{dryRunParameter(), fieldManagerParameter(), fieldValidationParameter()};
}

QJsonObject patchRequestBody()
{
    const QJsonObject patchSchema{
        {QStringLiteral("schema"),
         QJsonObject{{QStringLiteral("$ref"),
                      schemaRef(QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.Patch"))}}}};
    return QJsonObject{
        {QStringLiteral("required"), true},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("application/json-patch+json"), patchSchema},
                     {QStringLiteral("application/merge-patch+json"), patchSchema},
                     {QStringLiteral("application/apply-patch+yaml"), patchSchema}}}};
}

QJsonObject listSchema(const ResourceInfo &r, const QString &ref)
{
    const auto typed = [](const char *type) {
        return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)}};
    };
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("items")}},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("apiVersion"), typed("string")},
             {QStringLiteral("kind"), typed("string")},
             {QStringLiteral("metadata"), typed("object")},
             {QStringLiteral("items"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                          {QStringLiteral("items"), QJsonObject{{QStringLiteral("$ref"), ref}}}}}}},
        {QStringLiteral("x-kubernetes-group-version-kind"), QJsonArray{gvk(r, r.listKind)}}};
}

} // namespace

QJsonObject OpenApiDocument::build(const ResourceCatalog &catalog, const QString &group,
                                   const QString &version)
{
    OpenApiDocument builder(group, version);
    const QList<const ResourceInfo *> resources = catalog.resourcesOf(group, version);
    for (const ResourceInfo *r : resources)
        builder.addResource(*r);
    return builder.document(!group.isEmpty() && resources.first()->customResource);
}

OpenApiDocument::OpenApiDocument(const QString &group, const QString &version)
    : m_group(group)
    , m_prefix(QLatin1Char('/') + DiscoveryDocuments::openApiPath(group, version))
    , m_idVersion(
          pascal(group.isEmpty() ? QStringLiteral("core") : group.section(QLatin1Char('.'), 0, 0)) +
          pascal(version))
{
}

OpenApiDocument::ResourceNames OpenApiDocument::namesOf(const ResourceInfo &r) const
{
    ResourceNames names;
    names.ref = schemaRef(schemaName(r, r.kind));
    names.listRef = schemaRef(schemaName(r, r.listKind));
    names.suffix = pascal(r.namespaced ? QStringLiteral("Namespaced") : QString()) + pascal(r.kind);
    names.collection = r.namespaced
                           ? m_prefix + QStringLiteral("/namespaces/{namespace}/") + r.plural
                           : m_prefix + QLatin1Char('/') + r.plural;
    names.scopeParams = r.namespaced ? QJsonArray{namespaceParameter(), prettyParameter()}
                                     : QJsonArray{prettyParameter()};
    names.body = QJsonObject{
        {QStringLiteral("required"), true},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("*/*"),
                      QJsonObject{{QStringLiteral("schema"),
                                   QJsonObject{{QStringLiteral("$ref"), names.ref}}}}}}}};
    return names;
}

void OpenApiDocument::addResource(const ResourceInfo &r)
{
    const ResourceNames names = namesOf(r);
    m_paths.insert(names.collection, collectionPath(r, names));
    if (r.namespaced && r.verbs.contains(QStringLiteral("list")))
        m_paths.insert(m_prefix + QLatin1Char('/') + r.plural, allNamespacesPath(r, names));
    if (r.verbs.contains(QStringLiteral("get")))
        m_paths.insert(names.collection + QStringLiteral("/{name}"), itemPath(r, names));
    addSchemas(r, names);
}

QJsonObject OpenApiDocument::collectionPath(const ResourceInfo &r, const ResourceNames &names) const
{
    QJsonObject path{{QStringLiteral("parameters"), names.scopeParams}};
    if (r.verbs.contains(QStringLiteral("list")))
        path.insert(QStringLiteral("get"), listOperation(r, names));
    if (r.verbs.contains(QStringLiteral("create"))) {
        QJsonObject op =
            operation(r, QStringLiteral("create") + m_idVersion + names.suffix,
                      QStringLiteral("post"), r.kind, writeParameters(),
                      responses(names.ref, {QStringLiteral("200"), QStringLiteral("201"),
                                            QStringLiteral("202")}));
        op.insert(QStringLiteral("requestBody"), names.body);
        path.insert(QStringLiteral("post"), op);
    }
    if (r.verbs.contains(QStringLiteral("deletecollection")))
        path.insert(QStringLiteral("delete"),
                    operation(r, QStringLiteral("deleteCollection") + m_idVersion + names.suffix,
                              QStringLiteral("deletecollection"), r.kind,
                              QJsonArray{dryRunParameter()},
                              responses(statusRef(), {QStringLiteral("200")})));
    return path;
}

QJsonObject OpenApiDocument::listOperation(const ResourceInfo &r, const ResourceNames &names) const
{
    return operation(r, QStringLiteral("list") + m_idVersion + names.suffix, QStringLiteral("list"),
                     r.kind, listParameters(), responses(names.listRef, {QStringLiteral("200")}));
}

QJsonObject OpenApiDocument::allNamespacesPath(const ResourceInfo &r,
                                               const ResourceNames &names) const
{
    return QJsonObject{
        {QStringLiteral("parameters"), QJsonArray{prettyParameter()}},
        {QStringLiteral("get"), operation(r,
                                          QStringLiteral("list") + m_idVersion + pascal(r.kind) +
                                              QStringLiteral("ForAllNamespaces"),
                                          QStringLiteral("list"), r.kind, QJsonArray(),
                                          responses(names.listRef, {QStringLiteral("200")}))}};
}

QJsonObject OpenApiDocument::itemPath(const ResourceInfo &r, const ResourceNames &names) const
{
    QJsonArray itemParams{nameParameter()};
    for (const QJsonValue &p : names.scopeParams)
        itemParams.append(p);
    QJsonObject item{{QStringLiteral("parameters"), itemParams}};
    item.insert(QStringLiteral("get"),
                operation(r, QStringLiteral("read") + m_idVersion + names.suffix,
                          QStringLiteral("get"), r.kind, QJsonArray(),
                          responses(names.ref, {QStringLiteral("200")})));
    if (r.verbs.contains(QStringLiteral("update"))) {
        QJsonObject op =
            operation(r, QStringLiteral("replace") + m_idVersion + names.suffix,
                      QStringLiteral("put"), r.kind, writeParameters(),
                      responses(names.ref, {QStringLiteral("200"), QStringLiteral("201")}));
        op.insert(QStringLiteral("requestBody"), names.body);
        item.insert(QStringLiteral("put"), op);
    }
    if (r.verbs.contains(QStringLiteral("patch")))
        item.insert(QStringLiteral("patch"), patchOperation(r, names));
    if (r.verbs.contains(QStringLiteral("delete")))
        item.insert(
            QStringLiteral("delete"),
            operation(r, QStringLiteral("delete") + m_idVersion + names.suffix,
                      QStringLiteral("delete"), r.kind, QJsonArray{dryRunParameter()},
                      responses(names.ref, {QStringLiteral("200"), QStringLiteral("202")})));
    return item;
}

QJsonObject OpenApiDocument::patchOperation(const ResourceInfo &r, const ResourceNames &names) const
{
    QJsonArray parameters = writeParameters();
    parameters.append(queryParameter(QStringLiteral("force"),
                                     QStringLiteral("Force is going to \"force\" Apply "
                                                    "requests."),
                                     QStringLiteral("boolean")));
    QJsonObject op = operation(
        r, QStringLiteral("patch") + m_idVersion + names.suffix, QStringLiteral("patch"), r.kind,
        parameters, responses(names.ref, {QStringLiteral("200"), QStringLiteral("201")}));
    op.insert(QStringLiteral("requestBody"), patchRequestBody());
    return op;
}

void OpenApiDocument::addSchemas(const ResourceInfo &r, const ResourceNames &names)
{
    QJsonObject schema = r.openApiSchema;
    if (schema.isEmpty())
        schema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                             {QStringLiteral("x-kubernetes-preserve-unknown-fields"), true}};
    schema.insert(QStringLiteral("x-kubernetes-group-version-kind"), QJsonArray{gvk(r, r.kind)});
    m_schemas.insert(schemaName(r, r.kind), schema);
    m_schemas.insert(schemaName(r, r.listKind), listSchema(r, names.ref));
}

QJsonObject OpenApiDocument::document(bool customResources) const
{
    QJsonObject schemas = m_schemas;
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
         QJsonObject{{QStringLiteral("title"), customResources
                                                   ? QStringLiteral("Kubernetes CRD Swagger")
                                                   : QStringLiteral("Kubernetes")},
                     {QStringLiteral("version"),
                      m_group.isEmpty() ? QStringLiteral("v1.32.4") : QStringLiteral("v0.1.0")}}},
        {QStringLiteral("paths"), m_paths},
        {QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), schemas}}}};
}

} // namespace Sim
