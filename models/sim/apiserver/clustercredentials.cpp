#include "models/sim/apiserver/clustercredentials.h"

#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <yaml-cpp/yaml.h>

namespace Sim {

namespace {

QString randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

ClusterCredentials::ClusterCredentials()
    : m_adminToken(randomToken())
    , m_readOnlyToken(randomToken())
{
}

bool ClusterCredentials::generate(QString *error)
{
    if (!m_ca.generate(QStringLiteral("cstor-sim-ca"), error))
        return false;
    CertificateAuthority::Subject server;
    server.commonName = QStringLiteral("cstor-sim");
    server.dnsNames = {QStringLiteral("localhost")};
    server.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    if (!m_ca.issue(server, &m_server, error))
        return false;
    CertificateAuthority::Subject client;
    client.commonName = QStringLiteral("cert-user");
    client.organizations = {QStringLiteral("system:masters")};
    client.clientAuth = true;
    return m_ca.issue(client, &m_client, error);
}

QSslConfiguration ClusterCredentials::serverConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(m_server.certificatePem));
    config.setPrivateKey(QSslKey(m_server.keyPem, QSsl::Ec));
    config.setCaCertificates({QSslCertificate(m_ca.caCertificatePem())});
    config.setPeerVerifyMode(QSslSocket::QueryPeer); // client certificates are optional
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

QByteArray ClusterCredentials::kubeconfigYaml(const QString &serverUrl) const
{
    const auto b64 = [](const QByteArray &data) { return data.toBase64().toStdString(); };
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "v1";
    out << YAML::Key << "kind" << YAML::Value << "Config";
    out << YAML::Key << "clusters" << YAML::Value << YAML::BeginSeq;
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "cstor-sim";
    out << YAML::Key << "cluster" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "server" << YAML::Value << serverUrl.toStdString();
    out << YAML::Key << "certificate-authority-data" << YAML::Value << b64(caCertificatePem());
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;

    out << YAML::Key << "users" << YAML::Value << YAML::BeginSeq;
    const auto tokenUser = [&out](const char *name, const QString &token) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << name;
        out << YAML::Key << "user" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "token" << YAML::Value << token.toStdString();
        out << YAML::EndMap << YAML::EndMap;
    };
    tokenUser("admin", m_adminToken);
    tokenUser("read-only", m_readOnlyToken);
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "cert-user";
    out << YAML::Key << "user" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "client-certificate-data" << YAML::Value << b64(clientCertificatePem());
    out << YAML::Key << "client-key-data" << YAML::Value << b64(clientKeyPem());
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;

    out << YAML::Key << "contexts" << YAML::Value << YAML::BeginSeq;
    const auto context = [&out](const char *name, const char *user) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << name;
        out << YAML::Key << "context" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "cluster" << YAML::Value << "cstor-sim";
        out << YAML::Key << "user" << YAML::Value << user;
        out << YAML::Key << "namespace" << YAML::Value << "openebs";
        out << YAML::EndMap << YAML::EndMap;
    };
    context("cstor-sim", "admin");
    context("cstor-sim-read-only", "read-only");
    context("cstor-sim-cert", "cert-user");
    out << YAML::EndSeq;
    out << YAML::Key << "current-context" << YAML::Value << "cstor-sim";
    out << YAML::Key << "preferences" << YAML::Value << YAML::BeginMap << YAML::EndMap;
    out << YAML::EndMap;
    return QByteArray(out.c_str());
}

bool ClusterCredentials::writeKubeconfig(const QString &path, const QString &serverUrl,
                                         QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(kubeconfigYaml(serverUrl));
    file.write("\n");
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Sim
