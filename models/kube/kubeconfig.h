#pragma once

#include "models/kube/clusterconfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kube {

// Where kubeconfig comes from, with clientcmd's rules: --kubeconfig names the only file; else
// the KUBECONFIG list (':'-separated, missing files and empty entries skipped); else
// ~/.kube/config.
struct KubeconfigSources
{
    QString explicitPath;  // --kubeconfig
    QString kubeconfigEnv; // the value of KUBECONFIG
    QString homeDir;

    static KubeconfigSources fromEnvironment(const QString &explicitPath = QString());
    QStringList candidateFiles() const; // in precedence order, before skipping missing ones
    QString writeTarget() const;        // where use-context writes current-context
};

struct ContextInfo
{
    QString name;
    QString cluster;
    QString user;
    QString namespaceName; // as the context sets it ("" when it does not)
};

// The merged kubeconfig. For each named cluster, user and context the first file that defines
// the name wins the whole entry; current-context comes from the first file that sets it.
class Kubeconfig
{
    Q_DECLARE_TR_FUNCTIONS(Kube::Kubeconfig)

public:
    // False with *error naming the file and the problem (a missing --kubeconfig file, YAML
    // that does not parse). No file at all is not an error: the result has no contexts.
    static std::optional<Kubeconfig> load(const KubeconfigSources &sources, QString *error);

    QStringList files() const { return m_files; }                  // the files read
    const KubeconfigSources &sources() const { return m_sources; } // where they were looked for
    QList<ContextInfo> contexts() const;                           // sorted by name
    QString currentContext() const { return m_currentContext; }

    // Resolves a context (empty: the current one) into a ClusterConfig, with kubectl's hard
    // errors naming the field: missing cluster/user, both CA file and data, CA with
    // insecure-skip-tls-verify, token with basic auth, auth-provider, unreadable files.
    std::optional<ClusterConfig> resolve(const QString &context, QString *error) const;

    // Writes current-context as `kubectl config use-context` does: into the --kubeconfig file,
    // else the first existing KUBECONFIG file, else ~/.kube/config; atomically, mode 0600, a
    // <file>.lock while writing, every other key kept.
    bool useContext(const QString &name, QString *error);

private:
    struct Entry
    {
        QJsonObject body;  // the "cluster", "user" or "context" map
        QString directory; // of the file that defined it, for relative paths
        QString file;      // the file that defined it
    };

    // The steps of resolve(): each fills its part of *config, or says what is wrong in *error.
    bool resolveContext(const QString &context, ClusterConfig *config, QString *error) const;
    bool resolveCluster(ClusterConfig *config, QString *error) const;
    bool resolveUser(ClusterConfig *config, QString *error) const;
    bool resolveClientCertificate(const Entry &user, ClusterConfig *config, QString *error) const;
    bool resolveExec(const Entry &user, ClusterConfig *config, QString *error) const;
    // The PEM bytes of the file at `path` into *out; false with `field` named in *error.
    static bool readPem(const QString &path, const QString &field, QByteArray *out, QString *error);
    static QString unsupportedAuthProvider(const QString &userName, const QString &provider);

    KubeconfigSources m_sources;
    QStringList m_files;
    QMap<QString, Entry> m_clusters;
    QMap<QString, Entry> m_users;
    QMap<QString, Entry> m_contexts;
    QString m_currentContext;
};

} // namespace Kube
