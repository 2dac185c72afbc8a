#include "execpluginrig.h"

#include "models/kube/execplugintrust.h"
#include "models/kube/kubeconfig.h"
#include "models/sim/apiserver/apiserver.h"
#include "models/sim/simcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ExecPluginTest {

namespace {
// The plugin: bin/token-plugin next to bin/token (the token it hands out), bin/runs (one line
// per run) and bin/exec-info.json (its KUBERNETES_EXEC_INFO). If bin/token.next exists, a run
// hands out the old token and puts the next one in place for the following run (a rotation).
// If bin/credential.json exists, it is printed as it is.
const QByteArray kPluginScript = R"(#!/bin/sh
dir=$(dirname "$0")
echo run >> "$dir/runs"
printf '%s' "$KUBERNETES_EXEC_INFO" > "$dir/exec-info.json"
if [ -n "$PLUGIN_FAIL" ]; then
  echo "token service unreachable: $PLUGIN_FAIL" >&2
  echo "try again later" >&2
  exit 3
fi
if [ -f "$dir/credential.json" ]; then
  cat "$dir/credential.json"
  exit 0
fi
token=$(cat "$dir/token")
if [ -f "$dir/token.next" ]; then
  mv "$dir/token.next" "$dir/token"
fi
expiry=""
if [ -n "$PLUGIN_EXPIRY" ]; then
  expiry=",\"expirationTimestamp\":\"$PLUGIN_EXPIRY\""
fi
printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"%s"%s}}\n' \
  "$PLUGIN_API_VERSION" "$token" "$expiry"
)";
} // namespace

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray quoted(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

void ExecPluginRig::startCluster()
{
    QString error;
    QVERIFY2(m_sim.start(&error), qPrintable(error));
    m_savedShell = qgetenv("SHELL");
    QStandardPaths::setTestModeEnabled(true); // the plugins trusted go to a test QSettings
    QCoreApplication::setOrganizationName(u"cstor-console-tests"_s);
}

void ExecPluginRig::restoreShell()
{
    qputenv("SHELL", m_savedShell);
}

std::unique_ptr<QTemporaryDir> ExecPluginRig::makeSetup(const PluginSetup &setup)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid() || !QDir(dir->path()).mkdir(u"bin"_s))
        return nullptr;
    const QString script = binPath(*dir, u"token-plugin"_s);
    if (!writeFile(script, kPluginScript) ||
        !QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) ||
        !writeFile(binPath(*dir, u"token"_s), m_sim.sim()->server()->adminToken().toUtf8()))
        return nullptr;

    QByteArray user;
    if (!setup.userOverride.isEmpty()) {
        user = setup.userOverride;
    } else {
        user = "    exec:\n      apiVersion: " + setup.apiVersion.toUtf8() +
               "\n      command: " + quoted(setup.command) + "\n      args: [\"--ignored\"]\n";
        user += "      env:\n      - name: PLUGIN_API_VERSION\n        value: " +
                setup.apiVersion.toUtf8() + "\n";
        if (!setup.expiry.isEmpty())
            user += "      - name: PLUGIN_EXPIRY\n        value: " + quoted(setup.expiry) + "\n";
        if (!setup.fail.isEmpty())
            user += "      - name: PLUGIN_FAIL\n        value: " + quoted(setup.fail) + "\n";
        if (!setup.interactiveMode.isEmpty())
            user += "      interactiveMode: " + setup.interactiveMode.toUtf8() + "\n";
        user +=
            "      provideClusterInfo: " + QByteArray(setup.provideClusterInfo ? "true" : "false") +
            "\n";
        if (!setup.installHint.isEmpty())
            user += "      installHint: " + quoted(setup.installHint) + "\n";
    }
    const QByteArray kubeconfig =
        "apiVersion: v1\nkind: Config\nclusters:\n- name: sim\n  cluster:\n    server: " +
        m_sim.sim()->serverUrl().toUtf8() + "\n    certificate-authority-data: " +
        m_sim.sim()->server()->caCertificatePem().toBase64() +
        "\nusers:\n- name: plugin-user\n  user:\n" + user +
        "contexts:\n- name: sim\n  context:\n    cluster: sim\n    user: plugin-user\n"
        "    namespace: openebs\ncurrent-context: sim\n";
    if (!writeFile(dir->filePath(u"kubeconfig"_s), kubeconfig))
        return nullptr;
    return dir;
}

std::optional<Kube::ClusterConfig> ExecPluginRig::resolve(const QTemporaryDir &dir, QString *error)
{
    Kube::KubeconfigSources sources;
    sources.explicitPath = dir.filePath(u"kubeconfig"_s);
    const auto kubeconfig = Kube::Kubeconfig::load(sources, error);
    if (!kubeconfig)
        return std::nullopt;
    std::optional<Kube::ClusterConfig> config = kubeconfig->resolve(QString(), error);
    // These kubeconfigs are this test's own: the operator would trust their plugin.
    if (config && config->exec.isSet())
        Kube::ExecPluginTrust::trust(config->exec);
    return config;
}

std::optional<Reply> ExecPluginRig::get(Kube::RestClient *client, const QString &path)
{
    std::optional<Reply> reply;
    client->get(path, {}, [&reply](const Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, kWaitMs))
        qWarning() << "no answer within" << kWaitMs << "ms";
    return reply;
}

void ExecPluginRig::getThroughKubeconfig(const QTemporaryDir &dir, const QString &path,
                                         std::optional<Reply> *reply)
{
    QString error;
    const auto config = resolve(dir, &error);
    QVERIFY2(config, qPrintable(error));
    Kube::RestClient client(*config);
    *reply = get(&client, path);
}

} // namespace ExecPluginTest
