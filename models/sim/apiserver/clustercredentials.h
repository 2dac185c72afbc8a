#pragma once

#include "models/sim/apiserver/certificateauthority.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

namespace Sim {

// Who may talk to the simulated cluster and how: its CA, the server certificate for
// 127.0.0.1/localhost, a client certificate (user "cert-user", admin rights) and the bearer
// tokens of the users "admin" and "read-only"; written out as a kubeconfig.
class ClusterCredentials
{
public:
    ClusterCredentials();

    // Generates the CA, then issues the server and the client certificate.
    bool generate(QString *error);
    // The server side of TLS: its certificate and key; client certificates are optional.
    QSslConfiguration serverConfiguration() const;

    CertificateAuthority *certificateAuthority() { return &m_ca; }
    const CertificateAuthority &certificateAuthority() const { return m_ca; }
    QByteArray caCertificatePem() const { return m_ca.caCertificatePem(); }
    QString adminToken() const { return m_adminToken; }
    QString readOnlyToken() const { return m_readOnlyToken; }
    QByteArray clientCertificatePem() const { return m_client.certificatePem; }
    QByteArray clientKeyPem() const { return m_client.keyPem; }

    // See ApiServer::writeKubeconfig(); serverUrl is the cluster's address.
    bool writeKubeconfig(const QString &path, const QString &serverUrl, QString *error) const;

private:
    CertificateAuthority m_ca;
    CertificateAuthority::Issued m_server;
    CertificateAuthority::Issued m_client;
    QString m_adminToken;
    QString m_readOnlyToken;

    QByteArray kubeconfigYaml(const QString &serverUrl) const;
};

} // namespace Sim
