#include "models/sim/upstream/targetservices.h"

#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/objectfields.h"

namespace Sim {

using namespace ObjectFields;

namespace {

const QString kServices = QStringLiteral("services");

QJsonObject port(const char *name, int number)
{
    return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("port"), number},
                       {QStringLiteral("protocol"), QStringLiteral("TCP")},
                       {QStringLiteral("targetPort"), number}};
}

// The CV's owner, the CVC, owns the Service too (getTargetServiceOwnerReference).
QJsonArray ownerOf(const QJsonObject &cv)
{
    QJsonArray owners;
    for (const QJsonValue &value :
         child(cv, QStringLiteral("metadata")).value(QLatin1String("ownerReferences")).toArray()) {
        if (value.toObject().value(QLatin1String("kind")) == QLatin1String("CStorVolumeConfig"))
            owners.append(value);
    }
    return owners;
}

} // namespace

TargetServices::TargetServices(ObjectStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void TargetServices::start()
{
    if (m_started)
        return;
    m_started = true;
    for (const QJsonObject &cv : m_store->list(kCv))
        ensureService(cv);
    connect(m_store, &ObjectStore::changed, this, &TargetServices::onStoreChanged);
}

QJsonObject TargetServices::serviceObject(const QJsonObject &cv)
{
    const QString pv = metaString(cv, QStringLiteral("name"));
    const QString ip =
        child(cv, QStringLiteral("spec")).value(QLatin1String("targetIP")).toString();
    QJsonObject metadata{
        {QStringLiteral("name"), pv},
        {QStringLiteral("namespace"), metaString(cv, QStringLiteral("namespace"))},
        {QStringLiteral("labels"),
         QJsonObject{
             {QStringLiteral("openebs.io/cas-type"), QStringLiteral("cstor")},
             {QStringLiteral("openebs.io/persistent-volume"), pv},
             {QStringLiteral("openebs.io/storage-engine-type"), QStringLiteral("cstor")},
             {QStringLiteral("openebs.io/target-service"), QStringLiteral("cstor-target-svc")},
             {QStringLiteral("openebs.io/version"), QStringLiteral("3.6.0")}}}};
    insertOmitEmpty(metadata, QStringLiteral("ownerReferences"), ownerOf(cv));
    QJsonObject spec{
        {QStringLiteral("internalTrafficPolicy"), QStringLiteral("Cluster")},
        {QStringLiteral("ipFamilies"), QJsonArray{QStringLiteral("IPv4")}},
        {QStringLiteral("ipFamilyPolicy"), QStringLiteral("SingleStack")},
        {QStringLiteral("ports"), QJsonArray{port("cstor-iscsi", 3260), port("cstor-grpc", 7777),
                                             port("mgmt", 6060), port("exporter", 9500)}},
        {QStringLiteral("selector"),
         QJsonObject{{QStringLiteral("app"), QStringLiteral("cstor-volume-manager")},
                     {QStringLiteral("openebs.io/persistent-volume"), pv},
                     {QStringLiteral("openebs.io/target"), QStringLiteral("cstor-target")}}},
        {QStringLiteral("sessionAffinity"), QStringLiteral("None")},
        {QStringLiteral("type"), QStringLiteral("ClusterIP")}};
    if (!ip.isEmpty()) {
        spec.insert(QStringLiteral("clusterIP"), ip);
        spec.insert(QStringLiteral("clusterIPs"), QJsonArray{ip});
    }
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Service")},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("loadBalancer"), QJsonObject()}}}};
}

void TargetServices::ensureService(const QJsonObject &cv)
{
    const QString ns = metaString(cv, QStringLiteral("namespace"));
    const QString pv = metaString(cv, QStringLiteral("name"));
    if (m_store->get(kServices, ns, pv))
        return;
    m_store->create(kServices, serviceObject(cv));
}

void TargetServices::onStoreChanged(const StoreEvent &event)
{
    if (event.resource != kCv)
        return;
    if (event.type == StoreEvent::Type::Added) {
        ensureService(event.object);
    } else if (event.type == StoreEvent::Type::Deleted) {
        const QString ns = metaString(event.object, QStringLiteral("namespace"));
        const QString pv = metaString(event.object, QStringLiteral("name"));
        const auto service = m_store->get(kServices, ns, pv);
        if (service && label(*service, QStringLiteral("openebs.io/target-service")) ==
                           QLatin1String("cstor-target-svc"))
            m_store->remove(kServices, ns, pv);
    }
}

} // namespace Sim
