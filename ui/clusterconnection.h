#pragma once

#include "models/kube/clusterdelta.h"
#include "models/kube/execcredential.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Kube {
class ClusterWatcher;
class RestClient;
} // namespace Kube
namespace Migration {
class MigrationEngine;
}

namespace Ui {

// One kubeconfig context as the context switcher lists it.
struct ContextEntry
{
    QString name;
    QString cluster;
    QString user;
    QString namespaceName; // "" when the context sets none
};

// What the kubeconfig offers: its contexts and the current one.
struct KubeconfigContents
{
    QString path; // the file(s) read, for messages
    QList<ContextEntry> contexts;
    QString currentContext;
};

// The window's link to one cluster: resolves a kubeconfig context and watches its namespace
// through Kube::ClusterWatcher; asks the API whether the user may change volume placement.
// A context or namespace switch destroys this object and makes a new one.
class ClusterConnection : public QObject
{
    Q_OBJECT

public:
    enum class LoadError { None, NotFound, Unreadable };

    // Reads the kubeconfig at `path` (empty: $KUBECONFIG, else ~/.kube/config).
    static LoadError readKubeconfig(const QString &path, KubeconfigContents *out, QString *error);

    ClusterConnection(const QString &kubeconfigPath, const QString &context,
                      const QString &namespaceName, QObject *parent = nullptr);
    ~ClusterConnection() override;

    QString context() const { return m_context; }
    QString namespaceName() const { return m_namespace; }

    // Resolves the context and starts watching; false (and *error) when the context cannot be
    // used at all (unknown context, unreadable credentials).
    bool start(QString *error);
    // A bearer token the operator typed in (kept in the keychain, never in a file): replaces
    // the kubeconfig user's credentials for this connection. Set before start().
    void setTokenOverride(const QString &token) { m_tokenOverride = token; }
    // kubectl's --request-timeout for every request of this connection, in ms (0: none; -1:
    // the client's default). Set before start().
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }

    // Lists the cluster again from the server (Ctrl+R); refreshed() when it has been read.
    void refresh();

    Kube::ConnectionState state() const;
    QString stateDetail() const;
    QDateTime lastEventTime() const;
    bool isSynced() const;
    // The kubeconfig says insecure-skip-tls-verify: the server's certificate is not checked.
    bool isTlsVerificationOff() const { return m_insecure; }

    bool isWritePermissionKnown() const { return m_permissionKnown; }
    bool isWriteAllowed() const { return m_writeAllowed; }
    // Drives this context's replica moves; null until start() succeeded.
    Migration::MigrationEngine *engine() const;
    // The connection's API client (for reads and edits beyond the engine's); null until start().
    Kube::RestClient *client() const;
    // The informers of this connection; null until start().
    const Kube::ClusterWatcher *watcher() const { return m_watcher; }
    QString whyWriteDenied() const { return m_whyDenied; }
    // When start() failed because the context's exec credential plugin is not trusted yet: the
    // plugin to ask the operator about (then connect again).
    std::optional<Kube::ExecConfig> untrustedExecPlugin() const { return m_untrustedPlugin; }

signals:
    void delta(const Kube::ClusterDelta &delta);
    void stateChanged(Kube::ConnectionState state, const QString &detail);
    void synced();
    void refreshed();
    void writePermissionChanged(bool allowed, const QString &whyNot);

private:
    void checkWritePermission();

    class Private;
    std::unique_ptr<Private> d;
    QString m_kubeconfigPath;
    QString m_context;
    QString m_namespace;
    QString m_tokenOverride;
    int m_requestTimeoutMs = -1;
    bool m_insecure = false;
    std::optional<Kube::ExecConfig> m_untrustedPlugin;
    Kube::ClusterWatcher *m_watcher = nullptr;
    bool m_permissionKnown = false;
    bool m_writeAllowed = false;
    QString m_whyDenied;
};

} // namespace Ui
