#include "models/sim/controlcommands.h"

#include "models/sim/simcluster.h"
#include "models/sim/situations/situationcatalog.h"
#include "models/sim/situations/situationrunner.h"
#include "models/sim/statuschurn.h"
#include "models/sim/store/apierror.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/poolmanager.h"
#include "models/sim/upstream/volumetarget.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sim {

ControlCommands::ControlCommands(SimCluster *cluster)
    : QObject(cluster)
    , m_cluster(cluster)
{
    connect(cluster->store(), &ObjectStore::changed, this, &ControlCommands::noteSpecWrite);
}

ControlCommands::Reply ControlCommands::handle(const QString &method, const QString &path,
                                               const QByteArray &body)
{
    QJsonObject request;
    if (method == QLatin1String("POST")) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isObject())
            return fail(400,
                        QStringLiteral("expected a JSON object: %1").arg(parseError.errorString()));
        request = document.object();
    }
    if (path == QLatin1String("faults"))
        return faults(method, request);
    if (path == QLatin1String("speed"))
        return speed(method, request);
    if (path == QLatin1String("churn"))
        return churn(method, request);
    if (path == QLatin1String("spec-writes"))
        return specWrites(method, request);
    if (path == QLatin1String("truth"))
        return truth(method);
    if (path == QLatin1String("history"))
        return history(method);
    if (path == QLatin1String("second-writer"))
        return secondWriter(method, request);
    if (path == QLatin1String("restart-target"))
        return restartTarget(method, request);
    if (path == QLatin1String("situation"))
        return situation(method, request);
    if (path == QLatin1String("workload"))
        return workload(method, request);
    if (path == QLatin1String("snapshot"))
        return snapshot(method, request);
    return fail(404, QStringLiteral("no such simulator endpoint: /sim/v1/%1").arg(path));
}

ControlCommands::Reply ControlCommands::fail(int code, const QString &message)
{
    ApiError failure{
        code, code == 404 ? QStringLiteral("NotFound") : QStringLiteral("BadRequest"), message, {}};
    return Reply{code, failure.toStatus()};
}

std::pair<QString, QString> ControlCommands::objectOf(const QJsonObject &request)
{
    QString ns = request.value(QLatin1String("namespace")).toString();
    if (ns.isEmpty())
        ns = QStringLiteral("openebs");
    return {ns, request.value(QLatin1String("name")).toString()};
}

ControlCommands::Reply ControlCommands::faults(const QString &method, const QJsonObject &request)
{
    if (method == QLatin1String("POST")) {
        QString why;
        if (!m_cluster->faults()->apply(request, &why))
            return fail(400, why);
    } else if (method != QLatin1String("GET")) {
        return fail(405, QStringLiteral("use GET or POST"));
    }
    return {200, m_cluster->faults()->toJson()};
}

ControlCommands::Reply ControlCommands::speed(const QString &method, const QJsonObject &request)
{
    if (method == QLatin1String("POST")) {
        const QJsonValue value = request.value(QLatin1String("speed"));
        if (!value.isDouble() || value.toDouble() < 0)
            return fail(400, QStringLiteral("speed: expected a number >= 0"));
        m_cluster->setSpeed(value.toDouble());
    } else if (method != QLatin1String("GET")) {
        return fail(405, QStringLiteral("use GET or POST"));
    }
    return {200, QJsonObject{{QStringLiteral("speed"), m_cluster->speed()}}};
}

ControlCommands::Reply ControlCommands::churn(const QString &method, const QJsonObject &request)
{
    if (method == QLatin1String("POST")) {
        const QJsonValue value = request.value(QLatin1String("rate"));
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1e6)
            return fail(400, QStringLiteral("rate: expected updates per second, >= 0"));
        m_cluster->statusChurn()->setRate(value.toInt());
    } else if (method != QLatin1String("GET")) {
        return fail(405, QStringLiteral("use GET or POST"));
    }
    return {200, m_cluster->statusChurn()->toJson()};
}

// POST {resource, namespace, name}: notes the object's generation; GET: for each object noted,
// when (monotonic ms) a write raised its generation.
ControlCommands::Reply ControlCommands::specWrites(const QString &method,
                                                   const QJsonObject &request)
{
    if (method == QLatin1String("POST")) {
        const QString resource = request.value(QLatin1String("resource")).toString();
        const auto [ns, name] = objectOf(request);
        const auto object = m_cluster->store()->get(resource, ns, name);
        if (!object)
            return fail(404, QStringLiteral("no %1 %2/%3").arg(resource, ns, name));
        m_specWrites.insert(resource + QLatin1Char('/') + ns + QLatin1Char('/') + name,
                            {object->value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("generation"))
                                 .toInteger(),
                             -1});
    } else if (method != QLatin1String("GET")) {
        return fail(405, QStringLiteral("use GET or POST"));
    }
    return specWritesSeen();
}

ControlCommands::Reply ControlCommands::specWritesSeen() const
{
    QJsonObject objects;
    for (auto it = m_specWrites.cbegin(); it != m_specWrites.cend(); ++it)
        objects.insert(it.key(),
                       QJsonObject{{QStringLiteral("generation"), double(it->generation)},
                                   {QStringLiteral("writtenAtMs"),
                                    it->writtenAtMs < 0 ? QJsonValue()
                                                        : QJsonValue(double(it->writtenAtMs))}});
    return {200, QJsonObject{{QStringLiteral("monotonicMs"), double(StatusChurn::monotonicMs())},
                             {QStringLiteral("objects"), objects}}};
}

void ControlCommands::noteSpecWrite(const StoreEvent &event)
{
    if (m_specWrites.isEmpty())
        return;
    const QJsonObject metadata = event.object.value(QLatin1String("metadata")).toObject();
    const auto it = m_specWrites.find(
        event.resource + QLatin1Char('/') + metadata.value(QLatin1String("namespace")).toString() +
        QLatin1Char('/') + metadata.value(QLatin1String("name")).toString());
    if (it != m_specWrites.end() && it->writtenAtMs < 0 &&
        metadata.value(QLatin1String("generation")).toInteger() > it->generation)
        it->writtenAtMs = StatusChurn::monotonicMs();
}

ControlCommands::Reply ControlCommands::truth(const QString &method) const
{
    if (method != QLatin1String("GET"))
        return fail(405, QStringLiteral("use GET"));
    return {200, m_cluster->truth()};
}

// The truth of the pools' capacity history the simulator's Prometheus holds.
ControlCommands::Reply ControlCommands::history(const QString &method) const
{
    if (method != QLatin1String("GET"))
        return fail(405, QStringLiteral("use GET"));
    const QJsonObject truth = m_cluster->historyTruth();
    if (truth.isEmpty())
        return fail(404,
                    QStringLiteral("no capacity history: start cstor-sim with --history DAYS"));
    return {200, truth};
}

// Another operator touches a CVC: an annotation changes, so the resourceVersion a client holds
// is stale.
ControlCommands::Reply ControlCommands::secondWriter(const QString &method,
                                                     const QJsonObject &request)
{
    if (method != QLatin1String("POST"))
        return fail(405, QStringLiteral("use POST"));
    const auto [ns, name] = objectOf(request);
    ObjectStore *store = m_cluster->store();
    auto cvc = store->get(QStringLiteral("cstorvolumeconfigs"), ns, name);
    if (!cvc)
        return fail(404, ApiError::notFound(QStringLiteral("cstorvolumeconfigs"),
                                            QStringLiteral("cstor.openebs.io"), name)
                             .message);
    QJsonObject object = *cvc;
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    annotations.insert(QStringLiteral("example.com/reviewed-by"),
                       QStringLiteral("another-operator-%1").arg(++m_secondWrites));
    metadata.insert(QStringLiteral("annotations"), annotations);
    metadata.remove(QStringLiteral("resourceVersion"));
    object.insert(QStringLiteral("metadata"), metadata);
    const auto result = store->update(QStringLiteral("cstorvolumeconfigs"), object);
    if (const auto *refused = std::get_if<ApiError>(&result))
        return {refused->code, refused->toStatus()};
    const QJsonObject stored = std::get<QJsonObject>(result);
    return {200, QJsonObject{{QStringLiteral("resourceVersion"),
                              stored.value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("resourceVersion"))}}};
}

// POST {namespace, name}: the volume's target pod restarts; istgt reads istgt.conf written
// again from the CV, so its replication factors and voting replicas realign with the CV.
ControlCommands::Reply ControlCommands::restartTarget(const QString &method,
                                                      const QJsonObject &request)
{
    if (method != QLatin1String("POST"))
        return fail(405, QStringLiteral("use POST"));
    const auto [ns, name] = objectOf(request);
    VolumeTarget *target = m_cluster->volumeTarget();
    if (!target || !target->restart(ns, name))
        return fail(404, ApiError::notFound(QStringLiteral("cstorvolumes"),
                                            QStringLiteral("cstor.openebs.io"), name)
                             .message);
    return {200, target->truth(ns, name)};
}

// POST {name}: starts driving the cluster into a named situation; GET: how far it got, and the
// situations there are.
ControlCommands::Reply ControlCommands::situation(const QString &method, const QJsonObject &request)
{
    SituationRunner *runner = m_cluster->situations();
    if (method == QLatin1String("POST")) {
        const QString name = request.value(QLatin1String("name")).toString();
        if (!SituationCatalog::find(name))
            return fail(404, QStringLiteral("no situation named \"%1\"").arg(name));
        QString why;
        if (!runner->start(name, &why))
            return fail(400, why);
    } else if (method != QLatin1String("GET")) {
        return fail(405, QStringLiteral("use GET or POST"));
    }
    QJsonObject reply = runner->toJson();
    QJsonArray known;
    for (const Situation &situation : SituationCatalog::all())
        known.append(QJsonObject{{QStringLiteral("name"), situation.name},
                                 {QStringLiteral("summary"), situation.summary}});
    reply.insert(QStringLiteral("situations"), known);
    return {200, reply};
}

// POST {namespace, volume, writeBytesPerSecond}: the application writes to the volume at that
// rate (0: idle); GET: the volumes that write.
ControlCommands::Reply ControlCommands::workload(const QString &method, const QJsonObject &request)
{
    PoolManager *pools = m_cluster->poolManager();
    if (method == QLatin1String("POST")) {
        QString ns = request.value(QLatin1String("namespace")).toString();
        if (ns.isEmpty())
            ns = QStringLiteral("openebs");
        const QString volume = request.value(QLatin1String("volume")).toString();
        const QJsonValue rate = request.value(QLatin1String("writeBytesPerSecond"));
        if (!rate.isDouble() || rate.toDouble() < 0)
            return fail(400, QStringLiteral("writeBytesPerSecond: expected a number >= 0"));
        if (!m_cluster->store()->get(QStringLiteral("cstorvolumes"), ns, volume))
            return fail(404, ApiError::notFound(QStringLiteral("cstorvolumes"),
                                                QStringLiteral("cstor.openebs.io"), volume)
                                 .message);
        pools->setWriteRate(ns, volume, rate.toDouble());
    } else if (method != QLatin1String("GET")) {
        return fail(405, QStringLiteral("use GET or POST"));
    }
    return {200, QJsonObject{{QStringLiteral("volumes"), pools->workloadTruth()}}};
}

// POST {namespace, volume, name}: a snapshot of the volume, as the CSI driver's VolumeSnapshot
// asks the target for it (`istgtcontrol snapcreate`); the replicas list it in status.snapshots
// at their pool's next sync.
ControlCommands::Reply ControlCommands::snapshot(const QString &method, const QJsonObject &request)
{
    if (method != QLatin1String("POST"))
        return fail(405, QStringLiteral("use POST"));
    QString ns = request.value(QLatin1String("namespace")).toString();
    if (ns.isEmpty())
        ns = QStringLiteral("openebs");
    const QString volume = request.value(QLatin1String("volume")).toString();
    const QString name = request.value(QLatin1String("name")).toString();
    if (name.isEmpty() || name.contains(QLatin1Char('@')) || name.contains(QLatin1Char('/')))
        return fail(400, QStringLiteral("name: expected a snapshot name"));
    const auto cv = m_cluster->store()->get(QStringLiteral("cstorvolumes"), ns, volume);
    if (!cv)
        return fail(404, ApiError::notFound(QStringLiteral("cstorvolumes"),
                                            QStringLiteral("cstor.openebs.io"), volume)
                             .message);
    const int cf = cv->value(QLatin1String("spec"))
                       .toObject()
                       .value(QLatin1String("consistencyFactor"))
                       .toInt();
    const QString refused = m_cluster->poolManager()->takeSnapshot(volume, name, cf);
    if (!refused.isEmpty())
        return fail(400, refused);
    return {200,
            QJsonObject{{QStringLiteral("volume"), volume}, {QStringLiteral("snapshot"), name}}};
}

} // namespace Sim
