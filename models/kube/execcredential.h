#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Kube {

class ClusterConfig;

// A kubeconfig user's `exec` entry: a client-go credential plugin
// (client.authentication.k8s.io/v1 or v1beta1).
struct ExecConfig
{
    QString apiVersion;
    QString command;       // as written; a relative path with a '/' is already resolved
    QString kubeconfigDir; // of the file that defined the user
    QStringList args;
    // The file that defined the user: what the operator trusts the plugin from.
    QString kubeconfigFile;
    QList<QPair<QString, QString>> env; // added to the plugin's environment
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode;   // Never, IfAvailable or Always
    QJsonObject clusterConfig; // the cluster's client.authentication.k8s.io/exec extension

    bool isSet() const { return !command.isEmpty(); }
    // Identifies the user entry's plugin for the credential cache.
    QString cacheKey() const;

    // Reads users[].user.exec as clientcmd validates it (command, apiVersion and, for v1,
    // interactiveMode required; env entries need a name). False (and *error) otherwise.
    static std::optional<ExecConfig> fromKubeconfig(const QJsonObject &exec,
                                                    const QString &directory,
                                                    const QString &userName, QString *error);
};

// What a plugin returned in ExecCredential.status.
struct ExecCredential
{
    QString token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QDateTime expiry; // invalid: does not expire

    bool isValidAt(const QDateTime &now) const { return !expiry.isValid() || now < expiry; }
    // Tells two credentials apart (a refreshed one from the one a request used).
    QByteArray fingerprint() const;
};

class ExecCredentials
{
    Q_DECLARE_TR_FUNCTIONS(Kube::ExecCredentials)

public:
    // The KUBERNETES_EXEC_INFO document: an ExecCredential with spec.interactive and, when
    // provideClusterInfo, spec.cluster from the resolved cluster.
    static QByteArray execInfo(const ExecConfig &exec, const ClusterConfig &cluster);

    // Parses the plugin's standard output as client-go does. False (and *error) when it is not
    // an ExecCredential of the configured apiVersion or carries neither a token nor a
    // certificate and key.
    static std::optional<ExecCredential> parse(const QByteArray &output, const QString &apiVersion,
                                               QString *error);

    // A process-wide cache, one credential per user entry, shared by every RestClient (and
    // thread) using it, until the credential's expirationTimestamp.
    static std::optional<ExecCredential> cached(const QString &key);
    static void store(const QString &key, const ExecCredential &credential);
    // Drops the cached credential if it is still the one with this fingerprint (an answer
    // 401 to a request that carried it).
    static void invalidate(const QString &key, const QByteArray &fingerprint);

    // One run of a user entry's plugin at a time in the process: the clients (and threads) that
    // need its credential while it runs wait for that run instead of starting their own.
    // True if the caller is to run the plugin (and then call endRun); false if a run is under
    // way: `ended` is then called in context's thread when it ends, and the caller reads the
    // outcome with cached() and runError(). A context destroyed first must leaveRun().
    static bool startRun(const QString &key, QObject *context, std::function<void()> ended);
    // Ends the caller's run: stores the credential it gave (if any) or its error, and wakes the
    // waiting clients. A run abandoned (no credential, no error) leaves them to run it again.
    static void endRun(const QString &key, const std::optional<ExecCredential> &credential,
                       const QString &error);
    static void leaveRun(const QString &key, QObject *context);
    // Why the last run of the key's plugin gave no credential; empty if it gave one.
    static QString runError(const QString &key);
};

} // namespace Kube
