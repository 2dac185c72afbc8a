#include "models/sim/apiserver/discoverydocuments.h"
#include "models/sim/apiserver/resourcecatalog.h"

#include <QJsonArray>
#include <QTest>

using Sim::DiscoveryDocuments;
using Sim::ResourceCatalog;

namespace {

QJsonObject findResource(const QJsonArray &resources, const QString &key, const QString &name)
{
    for (const QJsonValue &r : resources) {
        if (r.toObject().value(key).toString() == name)
            return r.toObject();
    }
    return QJsonObject();
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &v : array.toArray())
        result << v.toString();
    return result;
}

const QStringList kCrdVerbs = {QStringLiteral("delete"), QStringLiteral("deletecollection"),
                               QStringLiteral("get"),    QStringLiteral("list"),
                               QStringLiteral("patch"),  QStringLiteral("create"),
                               QStringLiteral("update"), QStringLiteral("watch")};

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private:
    ResourceCatalog m_catalog;
    DiscoveryDocuments m_docs{m_catalog};

private slots:
    void catalogLookups()
    {
        for (const QString &name :
             {QStringLiteral("cvr"), QStringLiteral("cstorvolumereplica"),
              QStringLiteral("cstorvolumereplicas"), QStringLiteral("CStorVolumeReplica"),
              QStringLiteral("cvr.cstor.openebs.io")}) {
            const Sim::ResourceInfo *r = m_catalog.find(name);
            QVERIFY2(r, qPrintable(name));
            QCOMPARE(r->plural, QStringLiteral("cstorvolumereplicas"));
        }
        QCOMPARE(m_catalog.find(QStringLiteral("ev"))->kind, QStringLiteral("Event"));
        QVERIFY(!m_catalog.find(QStringLiteral("ns"))->namespaced);
        QVERIFY(!m_catalog.find(QStringLiteral("foo")));
        QVERIFY(!m_catalog.find(QStringLiteral("cvr.apps")));
        QCOMPARE(m_catalog
                     .find(QStringLiteral("cstor.openebs.io"), QStringLiteral("cstorpoolinstances"))
                     ->shortNames,
                 QStringList({QStringLiteral("cspi")}));
        QCOMPARE(m_catalog.findByKind(QString(), QStringLiteral("Namespace"))->plural,
                 QStringLiteral("namespaces"));
        QCOMPARE(m_catalog.find(QStringLiteral("cspc"))->listKind,
                 QStringLiteral("CStorPoolClusterList"));
        QCOMPARE(m_catalog.find(QStringLiteral("cvc"))->groupResource(),
                 QStringLiteral("cstorvolumeconfigs.cstor.openebs.io"));
        QCOMPARE(m_catalog.find(QStringLiteral("cvc"))->apiVersion(),
                 QStringLiteral("cstor.openebs.io/v1"));
        QCOMPARE(m_catalog.find(QStringLiteral("ev"))->apiVersion(), QStringLiteral("v1"));
        for (const char *crd : {"cspc", "cspi", "cvc", "cv", "cvr", "cvp", "cva"}) {
            const Sim::ResourceInfo *r = m_catalog.find(QString::fromLatin1(crd));
            QVERIFY2(r, crd);
            QCOMPARE(r->verbs, kCrdVerbs);
            QVERIFY(r->namespaced);
            QVERIFY(r->customResource);
        }
        const Sim::ResourceInfo *ssar = m_catalog.find(QStringLiteral("selfsubjectaccessreviews"));
        QCOMPARE(ssar->verbs, QStringList({QStringLiteral("create")}));
        QCOMPARE(ssar->group, QStringLiteral("authorization.k8s.io"));
        QVERIFY(!ssar->namespaced);
    }

    void negotiation()
    {
        const QByteArray kubectl132 =
            "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/"
            "json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
        QCOMPARE(DiscoveryDocuments::negotiateAggregated(kubectl132).value(),
                 DiscoveryDocuments::AggregatedVersion::V2);
        const QByteArray kubectl128 =
            "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,"
            "application/json";
        QCOMPARE(DiscoveryDocuments::negotiateAggregated(kubectl128).value(),
                 DiscoveryDocuments::AggregatedVersion::V2Beta1);
        QVERIFY(!DiscoveryDocuments::negotiateAggregated("application/json, */*").has_value());
        QVERIFY(!DiscoveryDocuments::negotiateAggregated(QByteArray()).has_value());
        QCOMPARE(
            DiscoveryDocuments::aggregatedContentType(DiscoveryDocuments::AggregatedVersion::V2),
            QByteArray("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"));
        QCOMPARE(DiscoveryDocuments::aggregatedContentType(
                     DiscoveryDocuments::AggregatedVersion::V2Beta1),
                 QByteArray(
                     "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList"));
    }

    void aggregatedCore()
    {
        const QJsonObject api = m_docs.aggregatedCore(DiscoveryDocuments::AggregatedVersion::V2);
        QCOMPARE(api.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("APIGroupDiscoveryList"));
        QCOMPARE(api.value(QStringLiteral("apiVersion")).toString(),
                 QStringLiteral("apidiscovery.k8s.io/v2"));
        QCOMPARE(api.value(QStringLiteral("metadata")).toObject(), QJsonObject());
        const QJsonArray items = api.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject group = items.at(0).toObject();
        QVERIFY(
            !group.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("name")));
        const QJsonObject v1 = group.value(QStringLiteral("versions")).toArray().at(0).toObject();
        QCOMPARE(v1.value(QStringLiteral("version")).toString(), QStringLiteral("v1"));
        QCOMPARE(v1.value(QStringLiteral("freshness")).toString(), QStringLiteral("Current"));
        const QJsonArray resources = v1.value(QStringLiteral("resources")).toArray();
        const QJsonObject events =
            findResource(resources, QStringLiteral("resource"), QStringLiteral("events"));
        QCOMPARE(events.value(QStringLiteral("responseKind")).toObject(),
                 QJsonObject({{QStringLiteral("group"), QString()},
                              {QStringLiteral("version"), QString()},
                              {QStringLiteral("kind"), QStringLiteral("Event")}}));
        QCOMPARE(events.value(QStringLiteral("scope")).toString(), QStringLiteral("Namespaced"));
        QCOMPARE(strings(events.value(QStringLiteral("shortNames"))),
                 QStringList({QStringLiteral("ev")}));
        const QJsonObject ns =
            findResource(resources, QStringLiteral("resource"), QStringLiteral("namespaces"));
        QCOMPARE(ns.value(QStringLiteral("scope")).toString(), QStringLiteral("Cluster"));
        QCOMPARE(ns.value(QStringLiteral("subresources"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("subresource"))
                     .toString(),
                 QStringLiteral("status"));

        const QJsonObject beta =
            m_docs.aggregatedCore(DiscoveryDocuments::AggregatedVersion::V2Beta1);
        QCOMPARE(beta.value(QStringLiteral("apiVersion")).toString(),
                 QStringLiteral("apidiscovery.k8s.io/v2beta1"));
        QCOMPARE(beta.value(QStringLiteral("items")), api.value(QStringLiteral("items")));
    }

    void aggregatedGroups()
    {
        const QJsonObject apis = m_docs.aggregatedGroups(DiscoveryDocuments::AggregatedVersion::V2);
        const QJsonArray items = apis.value(QStringLiteral("items")).toArray();
        QStringList groups;
        for (const QJsonValue &g : items)
            groups << g.toObject()
                          .value(QStringLiteral("metadata"))
                          .toObject()
                          .value(QStringLiteral("name"))
                          .toString();
        QCOMPARE(groups, QStringList({QStringLiteral("authorization.k8s.io"),
                                      QStringLiteral("cstor.openebs.io"),
                                      QStringLiteral("openebs.io"), QStringLiteral("policy")}));
        // node-disk-manager's CRDs: openebs.io/v1alpha1 blockdevices (bd), blockdeviceclaims (bdc).
        const QJsonObject ndm = items.at(2).toObject();
        const QJsonObject ndmVersion =
            ndm.value(QStringLiteral("versions")).toArray().at(0).toObject();
        QCOMPARE(ndmVersion.value(QStringLiteral("version")).toString(),
                 QStringLiteral("v1alpha1"));
        const QJsonArray ndmResources = ndmVersion.value(QStringLiteral("resources")).toArray();
        QCOMPARE(ndmResources.size(), 2);
        const QJsonObject bd =
            findResource(ndmResources, QStringLiteral("resource"), QStringLiteral("blockdevices"));
        QCOMPARE(bd.value(QStringLiteral("shortNames")).toArray(),
                 QJsonArray({QStringLiteral("bd")}));
        QCOMPARE(bd.value(QStringLiteral("scope")).toString(), QStringLiteral("Namespaced"));
        const QJsonObject bdc = findResource(ndmResources, QStringLiteral("resource"),
                                             QStringLiteral("blockdeviceclaims"));
        QCOMPARE(bdc.value(QStringLiteral("shortNames")).toArray(),
                 QJsonArray({QStringLiteral("bdc")}));
        const QJsonObject cstorMeta =
            items.at(1).toObject().value(QStringLiteral("metadata")).toObject();
        QVERIFY(cstorMeta.value(QStringLiteral("creationTimestamp")).isNull());
        const QJsonArray resources = items.at(1)
                                         .toObject()
                                         .value(QStringLiteral("versions"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("resources"))
                                         .toArray();
        QCOMPARE(resources.size(), 7);
        const QJsonObject cvr = findResource(resources, QStringLiteral("resource"),
                                             QStringLiteral("cstorvolumereplicas"));
        QCOMPARE(
            cvr,
            QJsonObject(
                {{QStringLiteral("resource"), QStringLiteral("cstorvolumereplicas")},
                 {QStringLiteral("responseKind"),
                  QJsonObject({{QStringLiteral("group"), QStringLiteral("cstor.openebs.io")},
                               {QStringLiteral("version"), QStringLiteral("v1")},
                               {QStringLiteral("kind"), QStringLiteral("CStorVolumeReplica")}})},
                 {QStringLiteral("scope"), QStringLiteral("Namespaced")},
                 {QStringLiteral("singularResource"), QStringLiteral("cstorvolumereplica")},
                 {QStringLiteral("shortNames"), QJsonArray({QStringLiteral("cvr")})},
                 {QStringLiteral("verbs"), QJsonArray::fromStringList(kCrdVerbs)}}));
        const QJsonObject ssar = items.at(0)
                                     .toObject()
                                     .value(QStringLiteral("versions"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("resources"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(ssar.value(QStringLiteral("resource")).toString(),
                 QStringLiteral("selfsubjectaccessreviews"));
        QCOMPARE(ssar.value(QStringLiteral("scope")).toString(), QStringLiteral("Cluster"));
        QCOMPARE(strings(ssar.value(QStringLiteral("verbs"))),
                 QStringList({QStringLiteral("create")}));
        QVERIFY(!ssar.contains(QStringLiteral("shortNames")));
    }

    void legacy()
    {
        const QJsonObject api = m_docs.apiVersions();
        QCOMPARE(api.value(QStringLiteral("kind")).toString(), QStringLiteral("APIVersions"));
        QCOMPARE(strings(api.value(QStringLiteral("versions"))),
                 QStringList({QStringLiteral("v1")}));
        QCOMPARE(api.value(QStringLiteral("serverAddressByClientCIDRs")).toArray().size(), 1);

        const QJsonObject groups = m_docs.apiGroupList();
        QCOMPARE(groups.value(QStringLiteral("kind")).toString(), QStringLiteral("APIGroupList"));
        QCOMPARE(groups.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("v1"));
        const QJsonObject cstor = groups.value(QStringLiteral("groups")).toArray().at(1).toObject();
        QCOMPARE(cstor.value(QStringLiteral("name")).toString(),
                 QStringLiteral("cstor.openebs.io"));
        const QJsonObject preferred{
            {QStringLiteral("groupVersion"), QStringLiteral("cstor.openebs.io/v1")},
            {QStringLiteral("version"), QStringLiteral("v1")}};
        QCOMPARE(cstor.value(QStringLiteral("preferredVersion")).toObject(), preferred);
        QCOMPARE(cstor.value(QStringLiteral("versions")).toArray(), QJsonArray({preferred}));
        QCOMPARE(m_docs.apiGroup(QStringLiteral("cstor.openebs.io"))
                     ->value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("APIGroup"));
        QVERIFY(!m_docs.apiGroup(QStringLiteral("apps")).has_value());

        const auto list =
            m_docs.apiResourceList(QStringLiteral("cstor.openebs.io"), QStringLiteral("v1"));
        QVERIFY(list.has_value());
        QCOMPARE(list->value(QStringLiteral("kind")).toString(), QStringLiteral("APIResourceList"));
        QCOMPARE(list->value(QStringLiteral("groupVersion")).toString(),
                 QStringLiteral("cstor.openebs.io/v1"));
        const QJsonArray resources = list->value(QStringLiteral("resources")).toArray();
        const QJsonObject cvr =
            findResource(resources, QStringLiteral("name"), QStringLiteral("cstorvolumereplicas"));
        QCOMPARE(cvr.value(QStringLiteral("singularName")).toString(),
                 QStringLiteral("cstorvolumereplica"));
        QCOMPARE(cvr.value(QStringLiteral("namespaced")).toBool(), true);
        QCOMPARE(cvr.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("CStorVolumeReplica"));
        QCOMPARE(strings(cvr.value(QStringLiteral("verbs"))), kCrdVerbs);
        QCOMPARE(cvr.value(QStringLiteral("storageVersionHash")).toString(),
                 QStringLiteral("IAFpbEiIuag="));
        QCOMPARE(
            findResource(resources, QStringLiteral("name"), QStringLiteral("cstorvolumeconfigs"))
                .value(QStringLiteral("storageVersionHash"))
                .toString(),
            QStringLiteral("2CaQttOWayQ="));

        const auto core = m_docs.apiResourceList(QString(), QStringLiteral("v1"));
        QCOMPARE(core->value(QStringLiteral("groupVersion")).toString(), QStringLiteral("v1"));
        QVERIFY(!findResource(core->value(QStringLiteral("resources")).toArray(),
                              QStringLiteral("name"), QStringLiteral("namespaces/status"))
                     .isEmpty());
        QVERIFY(m_docs.apiResourceList(QStringLiteral("authorization.k8s.io"), QStringLiteral("v1"))
                    .has_value());
        QVERIFY(!m_docs.apiResourceList(QStringLiteral("cstor.openebs.io"), QStringLiteral("v2"))
                     .has_value());
    }

    void storageVersionHashes()
    {
        const QString g = QStringLiteral("cstor.openebs.io");
        const QString v = QStringLiteral("v1");
        QCOMPARE(DiscoveryDocuments::storageVersionHash(g, v, QStringLiteral("CStorVolumeConfig")),
                 QStringLiteral("2CaQttOWayQ="));
        QCOMPARE(DiscoveryDocuments::storageVersionHash(g, v, QStringLiteral("CStorPoolCluster")),
                 QStringLiteral("6GWPMDbLrls="));
        QCOMPARE(DiscoveryDocuments::storageVersionHash(g, v, QStringLiteral("CStorPoolInstance")),
                 QStringLiteral("uq2SpoJhS9w="));
        QCOMPARE(DiscoveryDocuments::storageVersionHash(g, v, QStringLiteral("CStorVolume")),
                 QStringLiteral("RoYlUh/9C9k="));
    }

    void openApiRoot()
    {
        const QJsonObject paths = m_docs.openApiRoot().value(QStringLiteral("paths")).toObject();
        QVERIFY(paths.contains(QStringLiteral("api/v1")));
        QVERIFY(paths.contains(QStringLiteral("apis/authorization.k8s.io/v1")));
        const QString url = paths.value(QStringLiteral("apis/cstor.openebs.io/v1"))
                                .toObject()
                                .value(QStringLiteral("serverRelativeURL"))
                                .toString();
        const QString hash =
            m_docs.openApiHash(QStringLiteral("cstor.openebs.io"), QStringLiteral("v1"));
        QVERIFY(!hash.isEmpty());
        QCOMPARE(url, QStringLiteral("/openapi/v3/apis/cstor.openebs.io/v1?hash=") + hash);
        QCOMPARE(DiscoveryDocuments::openApiPath(QString(), QStringLiteral("v1")),
                 QStringLiteral("api/v1"));
        QVERIFY(!m_docs.openApiDocument(QStringLiteral("apps"), QStringLiteral("v1")).has_value());
    }

    // The check kubectl edit makes (cli-runtime supportsQueryParamV3): every PATCH operation for
    // the GVK lists fieldValidation inline.
    void openApiPatchSupportsFieldValidation()
    {
        const auto doc =
            m_docs.openApiDocument(QStringLiteral("cstor.openebs.io"), QStringLiteral("v1"));
        QVERIFY(doc.has_value());
        QCOMPARE(doc->value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.0"));
        const QJsonObject paths = doc->value(QStringLiteral("paths")).toObject();
        for (const char *kind :
             {"CStorPoolCluster", "CStorPoolInstance", "CStorVolumeConfig", "CStorVolume",
              "CStorVolumeReplica", "CStorVolumePolicy", "CStorVolumeAttachment"}) {
            int patchOps = 0;
            for (auto it = paths.begin(); it != paths.end(); ++it) {
                const QJsonObject patch =
                    it.value().toObject().value(QStringLiteral("patch")).toObject();
                if (patch.isEmpty())
                    continue;
                const QJsonObject gvk =
                    patch.value(QStringLiteral("x-kubernetes-group-version-kind")).toObject();
                if (gvk.value(QStringLiteral("kind")).toString() != QLatin1String(kind))
                    continue;
                QCOMPARE(gvk.value(QStringLiteral("group")).toString(),
                         QStringLiteral("cstor.openebs.io"));
                QCOMPARE(gvk.value(QStringLiteral("version")).toString(), QStringLiteral("v1"));
                QStringList params;
                for (const QJsonValue &p : patch.value(QStringLiteral("parameters")).toArray()) {
                    QCOMPARE(p.toObject().value(QStringLiteral("in")).toString(),
                             QStringLiteral("query"));
                    params << p.toObject().value(QStringLiteral("name")).toString();
                }
                QVERIFY(params.contains(QStringLiteral("fieldValidation")));
                QVERIFY(params.contains(QStringLiteral("dryRun")));
                QVERIFY(params.contains(QStringLiteral("fieldManager")));
                ++patchOps;
            }
            QVERIFY2(patchOps == 1, kind);
        }
        const QJsonObject cvcItem =
            paths
                .value(QStringLiteral("/apis/cstor.openebs.io/v1/namespaces/{namespace}/"
                                      "cstorvolumeconfigs/{name}"))
                .toObject();
        QVERIFY(cvcItem.contains(QStringLiteral("patch")));
        QVERIFY(cvcItem.contains(QStringLiteral("get")));
        QVERIFY(cvcItem.contains(QStringLiteral("put")));
        QVERIFY(cvcItem.contains(QStringLiteral("delete")));
        const QJsonObject schemas = doc->value(QStringLiteral("components"))
                                        .toObject()
                                        .value(QStringLiteral("schemas"))
                                        .toObject();
        const QJsonObject cvcSchema =
            schemas.value(QStringLiteral("io.openebs.cstor.v1.CStorVolumeConfig")).toObject();
        QCOMPARE(cvcSchema.value(QStringLiteral("x-kubernetes-group-version-kind"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("CStorVolumeConfig"));

        const auto core = m_docs.openApiDocument(QString(), QStringLiteral("v1"));
        QVERIFY(core->value(QStringLiteral("paths"))
                    .toObject()
                    .value(QStringLiteral("/api/v1/namespaces/{name}"))
                    .toObject()
                    .contains(QStringLiteral("patch")));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
