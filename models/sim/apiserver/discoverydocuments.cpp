#include "models/sim/apiserver/discoverydocuments.h"

#include "models/sim/apiserver/openapidocument.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

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

// An APIResourceList entry of a subresource: "pods/eviction" names the group, version and kind
// it answers with (kubectl drain's CheckEvictionSupport needs all three).
QJsonObject legacySubresource(const ResourceInfo &r, const SubresourceInfo &sub)
{
    QJsonObject entry{{QStringLiteral("name"), r.plural + QLatin1Char('/') + sub.name},
                      {QStringLiteral("singularName"), QString()},
                      {QStringLiteral("namespaced"), r.namespaced},
                      {QStringLiteral("kind"), sub.kind.isEmpty() ? r.kind : sub.kind},
                      {QStringLiteral("verbs"), toArray(sub.verbs)}};
    if (!sub.group.isEmpty())
        entry.insert(QStringLiteral("group"), sub.group);
    if (!sub.version.isEmpty())
        entry.insert(QStringLiteral("version"), sub.version);
    return entry;
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
            const QJsonObject document = OpenApiDocument::build(m_catalog, group, version);
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
    if (!r.categories.isEmpty())
        resource.insert(QStringLiteral("categories"), toArray(r.categories));
    if (!r.subresources.isEmpty()) {
        QJsonArray subresources;
        for (const SubresourceInfo &sub : r.subresources) {
            QJsonObject kind = responseKind;
            if (!sub.kind.isEmpty())
                kind = QJsonObject{{QStringLiteral("group"), sub.group},
                                   {QStringLiteral("version"), sub.version},
                                   {QStringLiteral("kind"), sub.kind}};
            subresources.append(QJsonObject{{QStringLiteral("subresource"), sub.name},
                                            {QStringLiteral("responseKind"), kind},
                                            {QStringLiteral("verbs"), toArray(sub.verbs)}});
        }
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
        if (!r->categories.isEmpty())
            entry.insert(QStringLiteral("categories"), toArray(r->categories));
        if (r->verbs.contains(QStringLiteral("get")))
            entry.insert(QStringLiteral("storageVersionHash"),
                         storageVersionHash(r->group, r->version, r->kind));
        resources.append(entry);
        for (const SubresourceInfo &sub : r->subresources)
            resources.append(legacySubresource(*r, sub));
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

} // namespace Sim
