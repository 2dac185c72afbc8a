#include "models/sim/apiserver/podeviction.h"

#include "models/sim/store/metalabelselector.h"
#include "models/sim/store/objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sim {

namespace {

const QString kPdb = QStringLiteral("poddisruptionbudgets");

QJsonObject objectAt(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject();
}

bool podReady(const QJsonObject &pod)
{
    for (const QJsonValue &c :
         objectAt(pod, QStringLiteral("status")).value(QLatin1String("conditions")).toArray()) {
        if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            return c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    return false;
}

// canIgnorePDB: a finished or pending pod, or one already being deleted.
bool canIgnorePdb(const QJsonObject &pod)
{
    const QString phase =
        objectAt(pod, QStringLiteral("status")).value(QLatin1String("phase")).toString();
    return phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed") ||
           phase == QLatin1String("Pending") ||
           objectAt(pod, QStringLiteral("metadata")).contains(QLatin1String("deletionTimestamp"));
}

ApiError tooManyRequests(const QString &cause)
{
    return ApiError{
        429, QStringLiteral("TooManyRequests"),
        QStringLiteral("Cannot evict pod as it would violate the pod's disruption budget."),
        QJsonObject{
            {QStringLiteral("causes"),
             QJsonArray{QJsonObject{{QStringLiteral("reason"), QStringLiteral("DisruptionBudget")},
                                    {QStringLiteral("message"), cause}}}}}};
}

} // namespace

PodEviction::PodEviction(ObjectStore *store)
    : m_store(store)
{
}

ApiReply PodEviction::evict(const ApiRequest &request, const ApiTarget &target)
{
    // The body may come as JSON or (typed clients) protobuf; a JSON one must name the pod.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString bodyName =
        objectAt(body, QStringLiteral("metadata")).value(QLatin1String("name")).toString();
    if (!bodyName.isEmpty() && bodyName != target.name)
        return ApiReply::status(ApiError::badRequest(
            QStringLiteral("name in URL does not match name in Eviction object")));
    const bool dryRun = request.dryRun();
    const auto pod = m_store->get(QStringLiteral("pods"), target.namespaceName, target.name);
    if (!pod)
        return ApiReply::status(ApiError::notFound(QStringLiteral("pods"), QString(), target.name));
    if (canIgnorePdb(*pod))
        return deletePod(target, dryRun);
    const QJsonObject labels =
        objectAt(objectAt(*pod, QStringLiteral("metadata")), QStringLiteral("labels"));
    QList<QJsonObject> budgets;
    for (const QJsonObject &pdb : m_store->list(kPdb, target.namespaceName)) {
        if (labelSelectorMatches(
                objectAt(objectAt(pdb, QStringLiteral("spec")), QStringLiteral("selector")),
                labels))
            budgets << pdb;
    }
    if (budgets.size() > 1)
        return ApiReply::status(ApiError::internal(
            QStringLiteral("This pod has more than one PodDisruptionBudget, which the eviction "
                           "subresource does not support.")));
    if (!budgets.isEmpty()) {
        if (const auto refused = checkAndDecrement(budgets.first(), *pod, dryRun))
            return ApiReply::status(*refused);
    }
    return deletePod(target, dryRun);
}

// checkAndDecrement (eviction.go, Kubernetes 1.32), with the IfHealthyBudget rule for a pod
// that is not Ready.
std::optional<ApiError> PodEviction::checkAndDecrement(QJsonObject pdb, const QJsonObject &pod,
                                                       bool dryRun)
{
    const QString name =
        objectAt(pdb, QStringLiteral("metadata")).value(QLatin1String("name")).toString();
    QJsonObject status = objectAt(pdb, QStringLiteral("status"));
    const int allowed = status.value(QLatin1String("disruptionsAllowed")).toInt();
    const int current = status.value(QLatin1String("currentHealthy")).toInt();
    const int desired = status.value(QLatin1String("desiredHealthy")).toInt();
    if (status.value(QLatin1String("observedGeneration")).toInteger() <
        objectAt(pdb, QStringLiteral("metadata")).value(QLatin1String("generation")).toInteger())
        return tooManyRequests(
            QStringLiteral("The disruption budget %1 is still being processed by the server.")
                .arg(name));
    if (!podReady(pod) && current >= desired && desired > 0)
        return std::nullopt;
    if (allowed < 0)
        return ApiError{403, QStringLiteral("Forbidden"),
                        QStringLiteral("poddisruptionbudgets.policy \"%1\" is forbidden: pdb "
                                       "disruptions allowed is negative")
                            .arg(name),
                        QJsonObject()};
    if (allowed == 0)
        return tooManyRequests(
            QStringLiteral("The disruption budget %1 needs %2 healthy pods and has %3 currently")
                .arg(name)
                .arg(desired)
                .arg(current));
    if (dryRun)
        return std::nullopt;
    status.insert(QStringLiteral("disruptionsAllowed"), allowed - 1);
    QJsonObject disrupted = objectAt(status, QStringLiteral("disruptedPods"));
    disrupted.insert(
        objectAt(pod, QStringLiteral("metadata")).value(QLatin1String("name")).toString(),
        ObjectStore::formatTimestamp(m_store->now()));
    status.insert(QStringLiteral("disruptedPods"), disrupted);
    pdb.insert(QStringLiteral("status"), status);
    QJsonObject metadata = objectAt(pdb, QStringLiteral("metadata"));
    metadata.remove(QStringLiteral("resourceVersion"));
    pdb.insert(QStringLiteral("metadata"), metadata);
    const ObjectStore::Result written = m_store->update(kPdb, pdb);
    if (const auto *error = std::get_if<ApiError>(&written))
        return *error;
    return std::nullopt;
}

ApiReply PodEviction::deletePod(const ApiTarget &target, bool dryRun)
{
    const ObjectStore::Result removed =
        m_store->remove(QStringLiteral("pods"), target.namespaceName, target.name, dryRun);
    if (const auto *error = std::get_if<ApiError>(&removed))
        return ApiReply::status(*error);
    return ApiReply::json(201, QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                                           {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                           {QStringLiteral("metadata"), QJsonObject()},
                                           {QStringLiteral("status"), QStringLiteral("Success")},
                                           {QStringLiteral("code"), 201}});
}

} // namespace Sim
