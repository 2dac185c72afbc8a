#include "models/kube/clusterconfig.h"

#include "models/kube/boundedread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

namespace Kube {

bool ClusterConfig::hasCredentials() const
{
    return !token.isEmpty() || !tokenFile.isEmpty() || !clientCertificatePem.isEmpty() ||
           !username.isEmpty() || exec.isSet();
}

bool ClusterConfig::usesExecPlugin() const
{
    // client-go: a token, basic auth or a client certificate given with the plugin wins.
    return exec.isSet() && token.isEmpty() && tokenFile.isEmpty() && username.isEmpty() &&
           clientCertificatePem.isEmpty();
}

bool ClusterConfig::sslConfiguration(QSslConfiguration *out, QString *error) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (insecureSkipTlsVerify) {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else if (!caPem.isEmpty()) {
        const QList<QSslCertificate> roots = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (roots.isEmpty()) {
            *error = QCoreApplication::translate("Kube::ClusterConfig",
                                                 "cluster %1: certificate-authority holds no "
                                                 "PEM certificate")
                         .arg(clusterName);
            return false;
        }
        config.setCaCertificates(roots); // replaces the system roots, as kubectl does
    }
    if (!clientCertificatePem.isEmpty()) {
        const QSslCertificate certificate(clientCertificatePem, QSsl::Pem);
        QSslKey key(clientKeyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(clientKeyPem, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = QCoreApplication::translate("Kube::ClusterConfig",
                                                 "user %1: client-certificate or client-key "
                                                 "cannot be read")
                         .arg(userName);
            return false;
        }
        if (certificate.expiryDate() < QDateTime::currentDateTimeUtc()) {
            *error = QCoreApplication::translate("Kube::ClusterConfig",
                                                 "user %1: x509: the client certificate has "
                                                 "expired (it was valid until %2); renew it")
                         .arg(userName, certificate.expiryDate().toUTC().toString(Qt::ISODate));
            return false;
        }
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
    }
    *out = config;
    return true;
}

QString ClusterConfig::bearerToken() const
{
    if (!token.isEmpty())
        return token;
    if (tokenFile.isEmpty())
        return {};
    QFile file(tokenFile); // read each time: rotated tokens are picked up
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // A token is a few KB: a file beyond the limit gives none (the server then refuses).
    return QString::fromUtf8(readWithin(&file, kMaxConfigFileBytes).value_or(QByteArray()))
        .trimmed();
}

} // namespace Kube
