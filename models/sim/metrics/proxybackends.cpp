#include "models/sim/metrics/proxybackends.h"

#include "models/sim/metrics/clusterexporters.h"
#include "models/sim/metrics/exportedfields.h"
#include "models/sim/metrics/exposition.h"
#include "models/sim/metrics/httpforwarder.h"
#include "models/sim/store/objectstore.h"

#include <QJsonArray>

namespace Sim {

using namespace ExportedFields;

namespace {

const QString kServices = QStringLiteral("services");
const QString kPods = QStringLiteral("pods");
constexpr int kExporterPort = 9500;

// The pod's address: status.podIP, else one the pod keeps (the simulator's pods carry none).
QString podAddress(const QJsonObject &pod)
{
    const QString ip = part(pod, QStringLiteral("status")).value(QLatin1String("podIP")).toString();
    if (!ip.isEmpty())
        return ip;
    const uint hash = qHash(meta(pod, "name"), 0x5eed);
    return QStringLiteral("10.244.%1.%2").arg((hash >> 8) & 0xff).arg(1 + hash % 254);
}

ProxyAnswer refused(const QString &address, const QString &port)
{
    return ProxyAnswer::unavailable(
        QStringLiteral("error trying to reach service: dial tcp %1:%2: connect: connection refused")
            .arg(address, port));
}

} // namespace

ProxyBackends::ProxyBackends(ObjectStore *store, const ClusterExporters *exporters, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_exporters(exporters)
    , m_forwarder(new HttpForwarder(this))
{
}

void ProxyBackends::setForward(const QString &ns, const QString &service, const QUrl &url)
{
    const QString key = ns + QLatin1Char('/') + service;
    if (url.isEmpty())
        m_forwards.remove(key);
    else
        m_forwards.insert(key, url);
}

QUrl ProxyBackends::forwardOf(const QString &ns, const QString &service) const
{
    return m_forwards.value(ns + QLatin1Char('/') + service);
}

void ProxyBackends::answer(const ProxyCall &call, ProxyResponder respond)
{
    if (call.resource == kPods) {
        respond(podAnswer(call));
        return;
    }
    const auto service = m_store->get(kServices, call.namespaceName, call.name);
    if (!service) {
        respond(ProxyAnswer::failure(ApiError::notFound(kServices, QString(), call.name)));
        return;
    }
    // A port number names the Service's port with that number.
    QString portName = call.port;
    bool numeric = false;
    const int number = call.port.toInt(&numeric);
    const QJsonArray ports =
        part(*service, QStringLiteral("spec")).value(QLatin1String("ports")).toArray();
    bool known = false;
    for (const QJsonValue &port : ports) {
        const QJsonObject p = port.toObject();
        if (numeric ? p.value(QLatin1String("port")).toInt() == number
                    : p.value(QLatin1String("name")).toString() == call.port) {
            portName = p.value(QLatin1String("name")).toString();
            known = true;
            break;
        }
    }
    if (numeric && !known) {
        respond(
            ProxyAnswer::unavailable(QStringLiteral("no service port %1 found for service \"%2\"")
                                         .arg(number)
                                         .arg(call.name)));
        return;
    }
    const QUrl forward = forwardOf(call.namespaceName, call.name);
    if (!forward.isEmpty() && known) {
        m_forwarder->forward(call, forward, std::move(respond));
        return;
    }
    respond(serviceAnswer(call, *service, known ? portName : QString()));
}

ProxyAnswer ProxyBackends::serviceAnswer(const ProxyCall &call, const QJsonObject &service,
                                         const QString &portName) const
{
    const QString pv = labelOf(service, QStringLiteral("openebs.io/persistent-volume"));
    const bool target = labelOf(service, QStringLiteral("openebs.io/target-service")) ==
                        QLatin1String("cstor-target-svc");
    const QString pod = target ? runningTargetPod(call.namespaceName, pv) : QString();
    if (pod.isEmpty())
        return ProxyAnswer::unavailable(
            QStringLiteral("no endpoints available for service \"%1\"").arg(call.name));
    const QString id = call.port.isEmpty() ? call.name : call.name + QLatin1Char(':') + call.port;
    if (portName.isEmpty())
        return ProxyAnswer::unavailable(
            QStringLiteral("no endpoints available for service \"%1\"").arg(id));
    int targetPort = 0;
    for (const QJsonValue &port :
         part(service, QStringLiteral("spec")).value(QLatin1String("ports")).toArray()) {
        if (port.toObject().value(QLatin1String("name")).toString() == portName)
            targetPort = port.toObject().value(QLatin1String("targetPort")).toInt();
    }
    const auto podObject = m_store->get(kPods, call.namespaceName, pod);
    if (targetPort != kExporterPort)
        return refused(podAddress(podObject.value_or(QJsonObject())), QString::number(targetPort));
    const auto text = m_exporters->volumeText(call.namespaceName, pv);
    if (!text)
        return refused(podAddress(podObject.value_or(QJsonObject())), QString::number(targetPort));
    return exporterAnswer(call, *text);
}

ProxyAnswer ProxyBackends::podAnswer(const ProxyCall &call) const
{
    const auto pod = m_store->get(kPods, call.namespaceName, call.name);
    if (!pod)
        return ProxyAnswer::failure(ApiError::notFound(kPods, QString(), call.name));
    if (!podRuns(*pod))
        return ProxyAnswer::failure(ApiError::badRequest(QStringLiteral("address not allowed")));
    const QString port = call.port.isEmpty() ? QStringLiteral("80") : call.port;
    const QString address = podAddress(*pod);
    if (port != QString::number(kExporterPort))
        return refused(address, port);
    const QString app = labelOf(*pod, QStringLiteral("app"));
    std::optional<QByteArray> text;
    if (app == QLatin1String("cstor-pool"))
        text = m_exporters->poolText(
            call.namespaceName, labelOf(*pod, QStringLiteral("openebs.io/cstor-pool-instance")));
    else if (app == QLatin1String("cstor-volume-manager"))
        text = m_exporters->volumeText(
            call.namespaceName, labelOf(*pod, QStringLiteral("openebs.io/persistent-volume")));
    if (!text)
        return refused(address, port);
    return exporterAnswer(call, *text);
}

ProxyAnswer ProxyBackends::exporterAnswer(const ProxyCall &call, const QByteArray &text)
{
    ProxyAnswer answer;
    if (call.path == QLatin1String("/metrics") || call.path == QLatin1String("/metrics/")) {
        answer.contentType = Exposition::contentType;
        answer.body = text;
        return answer;
    }
    answer.code = 404;
    answer.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    answer.body = QByteArrayLiteral("404 page not found\n");
    return answer;
}

QString ProxyBackends::runningTargetPod(const QString &ns, const QString &pv) const
{
    for (const QJsonObject &pod : m_store->list(kPods, ns)) {
        if (labelOf(pod, QStringLiteral("openebs.io/persistent-volume")) == pv &&
            labelOf(pod, QStringLiteral("app")) == QLatin1String("cstor-volume-manager") &&
            podRuns(pod))
            return meta(pod, "name");
    }
    return QString();
}

} // namespace Sim
