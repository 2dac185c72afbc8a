#pragma once

#include "models/kube/clusterconfig.h"
#include "models/kube/execcredential.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>

#include <functional>
#include <optional>

namespace Kube {

// The PATH of the user's login shell ($SHELL -lc 'printf %s "$PATH"'): a program started from
// a desktop menu often has a much shorter PATH than a terminal, so credential plugins installed
// in ~/.local/bin, /opt/homebrew/bin and the like are not found on it. Asked once per shell,
// asynchronously; the answer is cached for the life of the process.
class LoginShellPath
{
    Q_DECLARE_TR_FUNCTIONS(Kube::LoginShellPath)

public:
    using Done = std::function<void(const QStringList &directories)>;
    // Calls done (in context's thread) with the directories, at once when they are known;
    // with none when there is no $SHELL or it fails.
    static void lookUp(QObject *context, Done done);
};

// Runs a kubeconfig user's exec credential plugin once, asynchronously, as client-go does:
// non-interactive, KUBERNETES_EXEC_INFO in its environment, its ExecCredential read from
// standard output. A run is stopped after the cluster's request timeout (else 120 s; 0: never).
class ExecPlugin : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const std::optional<ExecCredential> &, const QString &error)>;

    ExecPlugin(const ExecConfig &exec, const ClusterConfig &cluster, QObject *parent = nullptr);
    ~ExecPlugin() override;

    // Why this plugin cannot be run from here at all (interactiveMode Always); empty if it can.
    static QString refusal(const ExecConfig &exec, const QString &userName);

    // Starts the plugin; done is called once, later (never from within run()).
    void run(Done done);

private:
    void launch(const QString &program, const QStringList &pathOverride);
    void notFound(const QStringList &loginPath);
    void finish(const std::optional<ExecCredential> &credential, const QString &error);

    ExecConfig m_exec;
    ClusterConfig m_cluster;
    Done m_done;
    QProcess *m_process = nullptr;
};

} // namespace Kube
