#pragma once

#include "models/sim/store/apierror.h"
#include "models/sim/store/proxycall.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>

#include <functional>

namespace Sim {

class ObjectStore;
class FaultPlan;
class CertificateAuthority;

// The Kubernetes API of the simulated cluster, over HTTPS, as real kubectl expects it
// (KUBERNETES.md, KUBECTL-WIRE.md): discovery, Tables, list/watch, get/put/patch/delete,
// Events, SelfSubjectAccessReview, /version, openapi v3, Status errors, RBAC per user.
// Requests under /sim/v1/ (admin user only) go to the admin handler, the proxy subresources of
// pods and services to the proxy handler.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct AdminReply
    {
        int code = 200;
        QJsonObject body;
    };
    // method ("GET", "POST", ...), path after "/sim/v1/" (e.g. "faults"), request body.
    using AdminHandler = std::function<AdminReply(const QString &method, const QString &path,
                                                  const QByteArray &body)>;

    ApiServer(ObjectStore *store, FaultPlan *faults, QObject *parent = nullptr);
    ~ApiServer() override;

    // What /version reports, "1.27" ... "1.33" (default "1.32").
    void setKubeVersion(const QString &version);
    void setAdminHandler(AdminHandler handler);
    // What answers the pods/proxy and services/proxy subresources once authorized; it may
    // answer later (through the responder, on this thread). Without one, every proxied request
    // gets 503 "no endpoints available".
    using ProxyHandler = std::function<void(const ProxyCall &call, ProxyResponder respond)>;
    void setProxyHandler(ProxyHandler handler);

    // Generates a CA, a server certificate for 127.0.0.1/localhost and a client certificate,
    // then listens with TLS. port 0 picks a free port.
    bool listenTls(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QString serverUrl() const; // https://127.0.0.1:<port>

    QByteArray caCertificatePem() const;
    QString adminToken() const;
    QString readOnlyToken() const;
    QByteArray clientCertificatePem() const; // user "cert-user" (admin rights)
    QByteArray clientKeyPem() const;
    // The cluster's CA, to issue further certificates (e.g. an expired one, for tests).
    CertificateAuthority *certificateAuthority() const;

    // A kubeconfig with cluster "cstor-sim" and contexts "cstor-sim" (user admin, token,
    // current), "cstor-sim-read-only" (user read-only, token) and "cstor-sim-cert" (user
    // cert-user, client certificate); every context has namespace "openebs". Mode 0600.
    bool writeKubeconfig(const QString &path, QString *error) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    class Private;
    Private *d;
};

} // namespace Sim
