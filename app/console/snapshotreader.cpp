#include "app/console/snapshotreader.h"

#include "app/console/output.h"
#include "app/console/resourcelister.h"
#include "models/kube/clusterdelta.h"
#include "models/kube/restclient.h"

namespace {

// Decodes every item of a list into a (re)list delta; items that do not decode are skipped
// with a warning, as the informers skip them, and added to *skipped if given.
template<typename T>
Kube::KindDelta<T> relist(const QList<QJsonObject> &items, const QString &plural,
                          Kube::SkippedDelta *skipped)
{
    Kube::KindDelta<T> delta;
    delta.replaceAll = true;
    for (const QJsonObject &item : items) {
        T value;
        QString error;
        if (T::fromJson(item, &value, &error)) {
            delta.upserted.append(std::move(value));
            continue;
        }
        const QJsonObject metadata = item.value(QLatin1String("metadata")).toObject();
        const QString name = metadata.value(QLatin1String("name")).toString();
        Output::error(SnapshotReader::tr("warning: skipping %1 \"%2\": %3")
                          .arg(plural.chopped(1), name, error));
        if (!skipped)
            continue;
        skipped->skip(Kube::SkippedObject::make(
            plural, name, metadata.value(QLatin1String("uid")).toString(), error,
            metadata.value(QLatin1String("labels"))
                .toObject()
                .value(Kube::SkippedObject::kVolumeLabel)
                .toString()));
    }
    return delta;
}

// One cStor collection into `delta`; false after printing why it could not be read.
template<typename T>
bool fetch(ResourceLister *lister, const QString &ns, const QString &plural,
           Kube::KindDelta<T> *delta, Kube::SkippedDelta *skipped)
{
    const std::optional<QList<QJsonObject>> items =
        lister->list(Kube::RestClient::cstorPath(ns, plural));
    if (!items) {
        Output::error(
            lister->explain(SnapshotReader::tr("%1 in namespace \"%2\"").arg(plural, ns)));
        return false;
    }
    *delta = relist<T>(*items, plural, skipped);
    return true;
}

// A kind the doctor can do without: a user may not be allowed to list it (nodes are
// cluster-scoped; PodDisruptionBudgets are another API group), and the doctor then says that
// it could not check it. Returns the objects, or nullopt with *why.
template<typename T>
std::optional<QList<T>> readOptional(ResourceLister *lister, const QString &path,
                                     const QString &plural, QString *why)
{
    const std::optional<QList<QJsonObject>> items = lister->list(path);
    if (!items) {
        *why = lister->failure().httpStatus == 403
                   ? SnapshotReader::tr("the user may not list %1 (403 Forbidden)").arg(plural)
                   : lister->failure().message;
        return std::nullopt;
    }
    QList<T> objects;
    for (const QJsonObject &item : *items) {
        T object;
        QString error;
        if (T::fromJson(item, &object, &error))
            objects.append(std::move(object));
    }
    return objects;
}

void readOptionalKinds(ResourceLister *lister, const QString &ns,
                       Migration::ClusterSnapshot *snapshot)
{
    QString why;
    if (const auto nodes = readOptional<Cstor::Node>(lister, QStringLiteral("/api/v1/nodes"),
                                                     QStringLiteral("nodes"), &why))
        snapshot->setNodes(*nodes);
    else
        snapshot->setNodesUnreadable(why);
    if (const auto budgets = readOptional<Cstor::DisruptionBudget>(
            lister, QStringLiteral("/apis/policy/v1/namespaces/%1/poddisruptionbudgets").arg(ns),
            QStringLiteral("poddisruptionbudgets"), &why))
        snapshot->setDisruptionBudgets(*budgets);
    else
        snapshot->setDisruptionBudgetsUnreadable(why);
}

} // namespace

std::optional<Migration::ClusterSnapshot> SnapshotReader::read(Kube::RestClient *client,
                                                               const QString &ns, int *skipped)
{
    ResourceLister lister(client);
    Kube::ClusterDelta delta;
    if (skipped)
        *skipped = 0;
    Kube::SkippedDelta *unreadable = &delta.skipped;
    if (!fetch(&lister, ns, QStringLiteral("cstorpoolinstances"), &delta.pools, unreadable) ||
        !fetch(&lister, ns, QStringLiteral("cstorvolumeconfigs"), &delta.volumeConfigs,
               unreadable) ||
        !fetch(&lister, ns, QStringLiteral("cstorvolumes"), &delta.volumes, unreadable) ||
        !fetch(&lister, ns, QStringLiteral("cstorvolumereplicas"), &delta.replicas, unreadable))
        return std::nullopt;
    if (skipped)
        *skipped = int(delta.skipped.skipped.size());

    const std::optional<QList<QJsonObject>> events =
        lister.list(QStringLiteral("/api/v1/namespaces/%1/events").arg(ns));
    if (events)
        delta.events = relist<Cstor::Event>(*events, QStringLiteral("events"), nullptr);
    else
        Output::error(tr("warning: events not read, the rules that read them are skipped: %1")
                          .arg(lister.explain(tr("events in namespace \"%1\"").arg(ns))));
    Migration::ClusterSnapshot snapshot;
    snapshot.apply(delta);
    readOptionalKinds(&lister, ns, &snapshot);
    return snapshot;
}
