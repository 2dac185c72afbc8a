#include "models/sim/apiserver/coreresources.h"

namespace Sim::CoreResources {

namespace {

QStringList allVerbs()
{
    return {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("deletecollection"),
            QStringLiteral("get"),    QStringLiteral("list"),   QStringLiteral("patch"),
            QStringLiteral("update"), QStringLiteral("watch")};
}

// `pods/proxy`, `services/proxy`: kube-apiserver's connect subresources (ProxyOptions kinds).
SubresourceInfo proxySubresource(const QString &kind)
{
    return SubresourceInfo{QStringLiteral("proxy"),
                           QString(),
                           QString(),
                           kind,
                           {QStringLiteral("create"), QStringLiteral("delete"),
                            QStringLiteral("get"), QStringLiteral("patch"),
                            QStringLiteral("update")}};
}

SubresourceInfo statusSubresource()
{
    return SubresourceInfo{
        QStringLiteral("status"),
        QString(),
        QString(),
        QString(),
        {QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update")}};
}

ResourceInfo builtin(const QString &group, const QString &kind, const QString &plural,
                     const QStringList &shortNames, bool namespaced, QStringList verbs)
{
    ResourceInfo r;
    r.group = group;
    r.version = QStringLiteral("v1");
    r.kind = kind;
    r.listKind = kind + QStringLiteral("List");
    r.plural = plural;
    r.singular = kind.toLower();
    r.shortNames = shortNames;
    r.namespaced = namespaced;
    r.verbs = std::move(verbs);
    return r;
}

} // namespace

QList<ResourceInfo> core()
{
    QList<ResourceInfo> list;
    list << builtin(QString(), QStringLiteral("Event"), QStringLiteral("events"),
                    {QStringLiteral("ev")}, true, allVerbs());

    ResourceInfo namespaces =
        builtin(QString(), QStringLiteral("Namespace"), QStringLiteral("namespaces"),
                {QStringLiteral("ns")}, false,
                {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("get"),
                 QStringLiteral("list"), QStringLiteral("patch"), QStringLiteral("update"),
                 QStringLiteral("watch")});
    namespaces.subresources = {statusSubresource()};
    list << namespaces;

    ResourceInfo nodes = builtin(QString(), QStringLiteral("Node"), QStringLiteral("nodes"),
                                 {QStringLiteral("no")}, false, allVerbs());
    nodes.subresources = {statusSubresource()};
    list << nodes;

    // Alphabetical, as kube-apiserver lists /api/v1.
    ResourceInfo claims = builtin(QString(), QStringLiteral("PersistentVolumeClaim"),
                                  QStringLiteral("persistentvolumeclaims"), {QStringLiteral("pvc")},
                                  true, allVerbs());
    claims.subresources = {statusSubresource()};
    list << claims;
    ResourceInfo volumes =
        builtin(QString(), QStringLiteral("PersistentVolume"), QStringLiteral("persistentvolumes"),
                {QStringLiteral("pv")}, false, allVerbs());
    volumes.subresources = {statusSubresource()};
    list << volumes;

    // kubectl drain looks for `pods/eviction` of kind Eviction with a group and version in
    // /api/v1 (kubectl pkg/drain CheckEvictionSupport).
    ResourceInfo pods = builtin(QString(), QStringLiteral("Pod"), QStringLiteral("pods"),
                                {QStringLiteral("po")}, true, allVerbs());
    pods.categories = {QStringLiteral("all")};
    pods.subresources = {SubresourceInfo{QStringLiteral("eviction"),
                                         QStringLiteral("policy"),
                                         QStringLiteral("v1"),
                                         QStringLiteral("Eviction"),
                                         {QStringLiteral("create")}},
                         proxySubresource(QStringLiteral("PodProxyOptions")), statusSubresource()};
    list << pods;

    // The volume targets' Services (CO cstorvolumeconfig volume_operations.go) and Prometheus'.
    ResourceInfo services =
        builtin(QString(), QStringLiteral("Service"), QStringLiteral("services"),
                {QStringLiteral("svc")}, true, allVerbs());
    services.categories = {QStringLiteral("all")};
    services.subresources = {proxySubresource(QStringLiteral("ServiceProxyOptions")),
                             statusSubresource()};
    list << services;
    return list;
}

ResourceInfo selfSubjectAccessReviews()
{
    return builtin(
        QStringLiteral("authorization.k8s.io"), QStringLiteral("SelfSubjectAccessReview"),
        QStringLiteral("selfsubjectaccessreviews"), {}, false, {QStringLiteral("create")});
}

ResourceInfo podDisruptionBudgets()
{
    ResourceInfo pdb =
        builtin(QStringLiteral("policy"), QStringLiteral("PodDisruptionBudget"),
                QStringLiteral("poddisruptionbudgets"), {QStringLiteral("pdb")}, true, allVerbs());
    pdb.subresources = {statusSubresource()};
    return pdb;
}

} // namespace Sim::CoreResources
