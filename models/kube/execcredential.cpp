#include "models/kube/execcredential.h"

#include "models/json/fields.h"
#include "models/kube/clusterconfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>

namespace Kube {

namespace {

using Json::text;

const QString kV1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString kV1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");

struct Waiter
{
    QObject *context;
    std::function<void()> ended;
};

struct Cache
{
    QMutex mutex;
    QHash<QString, ExecCredential> credentials;
    QHash<QString, QList<Waiter>> running; // the keys whose plugin runs, and who waits for it
    QHash<QString, QString> errors;        // why the last run gave no credential
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

} // namespace

QString ExecConfig::cacheKey() const
{
    QStringList parts{apiVersion,
                      command,
                      kubeconfigDir,
                      installHint,
                      provideClusterInfo ? QStringLiteral("1") : QStringLiteral("0"),
                      interactiveMode};
    parts += args;
    for (const auto &pair : env)
        parts << pair.first + QLatin1Char('=') + pair.second;
    return parts.join(QChar(0));
}

std::optional<ExecConfig> ExecConfig::fromKubeconfig(const QJsonObject &exec,
                                                     const QString &directory,
                                                     const QString &userName, QString *error)
{
    ExecConfig config;
    config.apiVersion = text(exec, "apiVersion");
    config.command = text(exec, "command");
    config.kubeconfigDir = directory;
    config.installHint = text(exec, "installHint");
    config.interactiveMode = text(exec, "interactiveMode");
    const QString provide = text(exec, "provideClusterInfo").toLower();
    config.provideClusterInfo = provide == QLatin1String("true") ||
                                provide == QLatin1String("yes") || provide == QLatin1String("on");
    for (const QJsonValue &arg : exec.value(QLatin1String("args")).toArray())
        config.args << arg.toString();
    if (config.command.isEmpty()) {
        *error = ExecCredentials::tr("user \"%1\": command must be specified to use exec "
                                     "authentication plugin (users[].user.exec.command)")
                     .arg(userName);
        return std::nullopt;
    }
    if (config.apiVersion.isEmpty()) {
        *error = ExecCredentials::tr("user \"%1\": apiVersion must be specified to use exec "
                                     "authentication plugin (users[].user.exec.apiVersion)")
                     .arg(userName);
        return std::nullopt;
    }
    if (config.apiVersion != kV1 && config.apiVersion != kV1beta1) {
        *error = ExecCredentials::tr("user \"%1\": exec plugin: invalid apiVersion \"%2\" (use "
                                     "%3 or %4)")
                     .arg(userName, config.apiVersion, kV1, kV1beta1);
        return std::nullopt;
    }
    // clientcmd defaults interactiveMode only for v1beta1; v1 must name it.
    if (config.interactiveMode.isEmpty() && config.apiVersion == kV1beta1)
        config.interactiveMode = QStringLiteral("IfAvailable");
    if (config.interactiveMode.isEmpty()) {
        *error = ExecCredentials::tr("user \"%1\": interactiveMode must be specified to use exec "
                                     "authentication plugin with %2 (Never, IfAvailable or "
                                     "Always)")
                     .arg(userName, config.apiVersion);
        return std::nullopt;
    }
    if (config.interactiveMode != QLatin1String("Never") &&
        config.interactiveMode != QLatin1String("IfAvailable") &&
        config.interactiveMode != QLatin1String("Always")) {
        *error = ExecCredentials::tr("user \"%1\": invalid interactiveMode \"%2\" for exec "
                                     "authentication plugin (Never, IfAvailable or Always)")
                     .arg(userName, config.interactiveMode);
        return std::nullopt;
    }
    for (const QJsonValue &value : exec.value(QLatin1String("env")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString name = text(entry, "name");
        if (name.isEmpty()) {
            *error = ExecCredentials::tr("user \"%1\": env variable name must be specified for "
                                         "exec authentication plugin")
                         .arg(userName);
            return std::nullopt;
        }
        config.env.append({name, text(entry, "value")});
    }
    // client-go: a command with a path separator is a file relative to the kubeconfig; a bare
    // name is looked up on PATH.
    if (config.command.contains(QLatin1Char('/')) && QDir::isRelativePath(config.command))
        config.command = QDir::cleanPath(QDir(directory).filePath(config.command));
    return config;
}

QByteArray ExecCredential::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(token.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(clientCertificatePem);
    return hash.result();
}

QByteArray ExecCredentials::execInfo(const ExecConfig &exec, const ClusterConfig &cluster)
{
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (exec.provideClusterInfo) {
        QJsonObject info{{QStringLiteral("server"), cluster.server.toString()}};
        if (!cluster.tlsServerName.isEmpty())
            info.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        if (cluster.insecureSkipTlsVerify)
            info.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!cluster.caPem.isEmpty())
            info.insert(QStringLiteral("certificate-authority-data"),
                        QString::fromLatin1(cluster.caPem.toBase64()));
        if (cluster.proxyUrl.isValid() && !cluster.proxyUrl.isEmpty())
            info.insert(QStringLiteral("proxy-url"), cluster.proxyUrl.toString());
        if (!exec.clusterConfig.isEmpty())
            info.insert(QStringLiteral("config"), exec.clusterConfig);
        spec.insert(QStringLiteral("cluster"), info);
    }
    const QJsonObject credential{{QStringLiteral("apiVersion"), exec.apiVersion},
                                 {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                                 {QStringLiteral("spec"), spec}};
    return QJsonDocument(credential).toJson(QJsonDocument::Compact);
}

std::optional<ExecCredential> ExecCredentials::parse(const QByteArray &output,
                                                     const QString &apiVersion, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("exec plugin: decoding stdout: %1")
                     .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                       : tr("not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QString returned = text(root, "apiVersion");
    if (returned != apiVersion) {
        *error = tr("exec plugin is configured to use API version %1, plugin returned version %2")
                     .arg(apiVersion, returned.isEmpty() ? tr("(none)") : returned);
        return std::nullopt;
    }
    if (text(root, "kind") != QLatin1String("ExecCredential")) {
        *error = tr("exec plugin: decoding stdout: kind is \"%1\", not ExecCredential")
                     .arg(text(root, "kind"));
        return std::nullopt;
    }
    if (!root.value(QLatin1String("status")).isObject()) {
        *error = tr("exec plugin didn't return a status field");
        return std::nullopt;
    }
    const QJsonObject status = root.value(QLatin1String("status")).toObject();
    ExecCredential credential;
    credential.token = text(status, "token");
    credential.clientCertificatePem = text(status, "clientCertificateData").toUtf8();
    credential.clientKeyPem = text(status, "clientKeyData").toUtf8();
    if (credential.clientCertificatePem.isEmpty() != credential.clientKeyPem.isEmpty()) {
        *error = tr("exec plugin returned only certificate or key, not both");
        return std::nullopt;
    }
    if (credential.token.isEmpty() && credential.clientCertificatePem.isEmpty()) {
        *error = tr("exec plugin didn't return a token or cert/key pair");
        return std::nullopt;
    }
    const QString expiry = text(status, "expirationTimestamp");
    if (!expiry.isEmpty()) {
        credential.expiry = QDateTime::fromString(expiry, Qt::ISODateWithMs);
        if (!credential.expiry.isValid()) {
            *error = tr("exec plugin: decoding stdout: expirationTimestamp \"%1\" is not an "
                        "RFC 3339 time")
                         .arg(expiry);
            return std::nullopt;
        }
    }
    return credential;
}

std::optional<ExecCredential> ExecCredentials::cached(const QString &key)
{
    Cache &c = cache();
    QMutexLocker lock(&c.mutex);
    const auto it = c.credentials.constFind(key);
    if (it == c.credentials.constEnd() || !it->isValidAt(QDateTime::currentDateTimeUtc()))
        return std::nullopt;
    return *it;
}

void ExecCredentials::store(const QString &key, const ExecCredential &credential)
{
    Cache &c = cache();
    QMutexLocker lock(&c.mutex);
    c.credentials.insert(key, credential);
}

void ExecCredentials::invalidate(const QString &key, const QByteArray &fingerprint)
{
    Cache &c = cache();
    QMutexLocker lock(&c.mutex);
    const auto it = c.credentials.find(key);
    if (it != c.credentials.end() && it->fingerprint() == fingerprint)
        c.credentials.erase(it);
}

bool ExecCredentials::startRun(const QString &key, QObject *context, std::function<void()> ended)
{
    Cache &c = cache();
    QMutexLocker lock(&c.mutex);
    const auto it = c.running.find(key);
    if (it == c.running.end()) {
        c.running.insert(key, {});
        return true;
    }
    it->append({context, std::move(ended)});
    return false;
}

void ExecCredentials::endRun(const QString &key, const std::optional<ExecCredential> &credential,
                             const QString &error)
{
    Cache &c = cache();
    QMutexLocker lock(&c.mutex);
    if (credential) {
        c.credentials.insert(key, *credential);
        c.errors.remove(key);
    } else {
        c.errors.insert(key, error);
    }
    // Posted under the lock: a waiter that leaves meanwhile either is gone from the list or has
    // its posted call removed as it is destroyed.
    for (Waiter &waiter : c.running.take(key))
        QMetaObject::invokeMethod(waiter.context, std::move(waiter.ended), Qt::QueuedConnection);
}

void ExecCredentials::leaveRun(const QString &key, QObject *context)
{
    Cache &c = cache();
    QMutexLocker lock(&c.mutex);
    const auto it = c.running.find(key);
    if (it != c.running.end())
        it->removeIf([context](const Waiter &waiter) { return waiter.context == context; });
}

QString ExecCredentials::runError(const QString &key)
{
    Cache &c = cache();
    QMutexLocker lock(&c.mutex);
    return c.errors.value(key);
}

} // namespace Kube
