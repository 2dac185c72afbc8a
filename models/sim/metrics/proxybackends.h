#pragma once

#include "models/sim/store/proxycall.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace Sim {

class ClusterExporters;
class HttpForwarder;
class ObjectStore;

// What kube-apiserver's proxy reaches in the simulated cluster (pkg/registry/core/service and
// pod ResourceLocation): the m-exporter on port 9500 of the pool and target pods, the same
// through a volume target Service's `exporter` port, and the Services forwarded to a real HTTP
// server (a Prometheus). Answers as kube-apiserver does when there is nothing to reach:
// `services "x" not found` (404), `no service port N found for service "x"`, `no endpoints
// available for service "x"`, `error trying to reach service: dial tcp ADDR: connect:
// connection refused` (503), `address not allowed` for a pod without an address (400).
class ProxyBackends : public QObject
{
    Q_OBJECT

public:
    ProxyBackends(ObjectStore *store, const ClusterExporters *exporters, QObject *parent = nullptr);

    // Requests for the Service ns/name go to url; an empty url ends that.
    void setForward(const QString &ns, const QString &service, const QUrl &url);
    QUrl forwardOf(const QString &ns, const QString &service) const;

    void answer(const ProxyCall &call, ProxyResponder respond);

private:
    ProxyAnswer serviceAnswer(const ProxyCall &call, const QJsonObject &service,
                              const QString &portName) const;
    ProxyAnswer podAnswer(const ProxyCall &call) const;
    // m-exporter's HTTP server: /metrics (and /metrics/), else Go's 404.
    static ProxyAnswer exporterAnswer(const ProxyCall &call, const QByteArray &text);
    // The pod that a target Service selects, running; empty when none runs.
    QString runningTargetPod(const QString &ns, const QString &pv) const;

    ObjectStore *m_store;
    const ClusterExporters *m_exporters;
    HttpForwarder *m_forwarder;
    QHash<QString, QUrl> m_forwards; // by namespace/name
};

} // namespace Sim
