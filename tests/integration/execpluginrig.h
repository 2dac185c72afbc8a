#pragma once

#include "models/kube/clusterconfig.h"
#include "models/kube/restclient.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

// What the tests of exec credential plugins share: a small shell-script plugin, written into a
// temporary directory, prints an ExecCredential with the token it reads from a file, counts its
// runs in another file and keeps the KUBERNETES_EXEC_INFO it was given; a kubeconfig uses it
// to reach the simulated cluster.
namespace ExecPluginTest {

using SeedNames::kNamespace;
inline const QString kReplica =
    QStringLiteral("pvc-d1b26676-5035-4e5b-b564-68869b023306-cspc-stripe-pool-6qkw");
inline const QString kV1 = QStringLiteral("client.authentication.k8s.io/v1");
inline const QString kV1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");
inline constexpr int kWaitMs = 60000;

using Reply = Kube::RestClient::Reply;

struct PluginSetup
{
    QString apiVersion = kV1;
    QString command =
        QStringLiteral("./bin/token-plugin"); // relative with a '/': next to the kubeconfig
    QString interactiveMode = QStringLiteral("Never"); // empty: not written
    bool provideClusterInfo = true;
    QString expiry; // expirationTimestamp, RFC 3339
    QString fail;   // makes the plugin fail with this on stderr
    QString installHint;
    QByteArray userOverride; // replaces the whole user body (auth-provider)
};

bool writeFile(const QString &path, const QByteArray &data);
QByteArray readFile(const QString &path);
// `text` as a JSON (and so YAML) string, quotes included.
QByteArray quoted(const QString &text);

// The simulated cluster the plugins' kubeconfigs point at, and the means to use them.
class ExecPluginRig
{
protected:
    // For initTestCase(): the cluster started, and trusted plugins kept in test settings.
    void startCluster();
    // For cleanup(): SHELL as it was before the test changed it.
    void restoreShell();

    // A fresh directory with the plugin and a kubeconfig using it (context "sim").
    std::unique_ptr<QTemporaryDir> makeSetup(const PluginSetup &setup);
    std::optional<Kube::ClusterConfig> resolve(const QTemporaryDir &dir, QString *error);
    static QString binPath(const QTemporaryDir &dir, const QString &name)
    {
        return dir.filePath(QStringLiteral("bin/") + name);
    }
    static int runs(const QTemporaryDir &dir)
    {
        return int(readFile(binPath(dir, QStringLiteral("runs"))).count('\n'));
    }
    std::optional<Reply> get(Kube::RestClient *client, const QString &path);
    // A GET through the kubeconfig in dir, with a client of its own; fails the test where the
    // kubeconfig does not resolve.
    void getThroughKubeconfig(const QTemporaryDir &dir, const QString &path,
                              std::optional<Reply> *reply);
    static QString cvrPath(const QString &name = QString())
    {
        return Kube::RestClient::cstorPath(kNamespace, QStringLiteral("cstorvolumereplicas"), name);
    }

    SimHarness m_sim;
    QByteArray m_savedShell;
};

} // namespace ExecPluginTest
