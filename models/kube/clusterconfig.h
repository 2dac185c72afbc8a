#pragma once

#include "models/kube/execcredential.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace Kube {

// A resolved kubeconfig context: where the API server is, how to trust it and who we are.
// Paths in the kubeconfig are already read (relative ones against their file's directory).
class ClusterConfig
{
public:
    QString contextName;
    QString clusterName;
    QString userName;
    QString namespaceName; // the context's, "default" when it sets none
    QUrl server;

    QByteArray caPem; // certificate-authority(-data); replaces the system roots
    bool insecureSkipTlsVerify = false;
    QString tlsServerName; // SNI and the name verified
    QUrl proxyUrl;

    QString token;     // bearer token (inline)
    QString tokenFile; // bearer token file, re-read when it changes
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QString username; // basic auth
    QString password;
    ExecConfig exec; // a credential plugin; used only when no credential above is set

    // kubectl's --request-timeout, in ms: how long one request may take, answer and all (for a
    // watch, until its answer starts). -1: not given (the client's own limits); 0: no deadline.
    int requestTimeoutMs = -1;

    bool hasCredentials() const;
    // True when the credential comes from the exec plugin (no static one is set).
    bool usesExecPlugin() const;
    // TLS settings as kubectl applies them; false (and *error) when certificates do not load.
    bool sslConfiguration(QSslConfiguration *out, QString *error) const;
    // The bearer token to send now (tokenFile re-read when it changed); empty if none.
    QString bearerToken() const;
};

} // namespace Kube
