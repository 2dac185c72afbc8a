#include "models/kube/kubeconfig.h"

#include "models/json/fields.h"
#include "models/json/yamlnodebudget.h"
#include "models/kube/boundedread.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Kube {

namespace {

using Json::text;

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node)
            object.insert(QString::fromStdString(pair.first.as<std::string>()),
                          toJson(pair.second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    default:
        return QJsonValue();
    }
}

bool isTrue(const QJsonObject &object, const char *key)
{
    const QString value = text(object, key).toLower();
    return value == QLatin1String("true") || value == QLatin1String("yes") ||
           value == QLatin1String("on");
}

// True when a plain (unquoted) scalar with this text would be read as something other than a
// string (null, bool, number) by YAML 1.1 or 1.2 readers such as kubectl's.
bool plainWouldNotBeString(const std::string &text)
{
    static const QRegularExpression nonString(QStringLiteral(
        "^(|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|"
        "off|Off|OFF|y|Y|n|N|[-+]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9_]+)([eE][-+]?[0-9]+)?|"
        "[-+]?0x[0-9a-fA-F_]+|[-+]?0o?[0-7_]+|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+"
        "(\\.[0-9_]*)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    return nonString.match(QString::fromStdString(text)).hasMatch();
}

// Emits a node as it was read: yaml-cpp's own emitter drops the quotes of quoted scalars, which
// would turn token: "0123" or namespace: "true" into a number or a bool for the next reader.
void emitNode(YAML::Emitter &out, const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    if (!tag.empty() && tag != "?" && tag != "!")
        out << YAML::VerbatimTag(tag);
    switch (node.Type()) {
    case YAML::NodeType::Map:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const auto &pair : node) {
            out << YAML::Key;
            emitNode(out, pair.first);
            out << YAML::Value;
            emitNode(out, pair.second);
        }
        out << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const auto &item : node)
            emitNode(out, item);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar:
        // "!" marks a scalar that was quoted: keep it a string.
        if (tag == "!" && plainWouldNotBeString(node.Scalar()))
            out << YAML::DoubleQuoted;
        out << node.Scalar();
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out << YAML::Null;
        break;
    }
}

// A document of another kind (a Pod, a List, a Config of another version) is refused as
// clientcmd's decoder refuses it; a missing or empty kind or apiVersion means Config v1.
QString kindProblem(const YAML::Node &root)
{
    const auto scalar = [&root](const char *key) {
        const YAML::Node value = root[key];
        return value && value.IsScalar() ? QString::fromStdString(value.Scalar()) : QString();
    };
    const QString kind = scalar("kind");
    const QString apiVersion = scalar("apiVersion");
    if ((kind.isEmpty() || kind == QLatin1String("Config")) &&
        (apiVersion.isEmpty() || apiVersion == QLatin1String("v1")))
        return {};
    return QCoreApplication::translate("Kube::Kubeconfig",
                                       "it is a %1 of apiVersion %2, not a kubeconfig (kind: "
                                       "Config, apiVersion: v1)")
        .arg(kind.isEmpty() ? QStringLiteral("Config") : kind,
             apiVersion.isEmpty() ? QStringLiteral("v1") : apiVersion);
}

// kubectl reads a kubeconfig as JSON into typed fields: a list that is not a list, an entry
// that is not a map, a string field holding a plain bool, number or null-like word (`y`,
// `true`, `123`), or a name twice in one list fails the whole file. Returns what is wrong,
// naming the field, or an empty string.
QString typeProblem(const YAML::Node &root)
{
    const auto isString = [](const YAML::Node &node) {
        return node.IsNull() ||
               (node.IsScalar() && (node.Tag() == "!" || !plainWouldNotBeString(node.Scalar())));
    };
    const auto strings = [&](const YAML::Node &map, const QString &where,
                             std::initializer_list<const char *> keys) -> QString {
        for (const char *key : keys) {
            const YAML::Node value = map[key];
            if (value && !isString(value))
                return QCoreApplication::translate("Kube::Kubeconfig", "%1.%2 must be a string")
                    .arg(where, QLatin1String(key));
        }
        return QString();
    };
    if (const QString problem =
            strings(root, QStringLiteral("config"), {"current-context", "kind", "apiVersion"});
        !problem.isEmpty())
        return problem;
    const struct
    {
        const char *list;
        const char *item;
        std::initializer_list<const char *> fields;
    } lists[] = {
        {"clusters",
         "cluster",
         {"server", "certificate-authority", "certificate-authority-data", "tls-server-name",
          "proxy-url"}},
        {"users",
         "user",
         {"token", "tokenFile", "username", "password", "client-certificate",
          "client-certificate-data", "client-key", "client-key-data"}},
        {"contexts", "context", {"cluster", "user", "namespace"}},
    };
    for (const auto &list : lists) {
        const YAML::Node items = root[list.list];
        if (!items || items.IsNull())
            continue;
        if (!items.IsSequence())
            return QCoreApplication::translate("Kube::Kubeconfig", "%1 must be a list")
                .arg(QLatin1String(list.list));
        QSet<QString> names;
        int index = 0;
        for (const YAML::Node &item : items) {
            const QString where =
                QStringLiteral("%1[%2]").arg(QLatin1String(list.list)).arg(index++);
            if (!item.IsMap())
                return QCoreApplication::translate("Kube::Kubeconfig", "%1 must be a map")
                    .arg(where);
            if (const QString problem = strings(item, where, {"name"}); !problem.isEmpty())
                return problem;
            const QString name =
                item["name"] ? QString::fromStdString(item["name"].Scalar()) : QString();
            if (names.contains(name))
                return QCoreApplication::translate("Kube::Kubeconfig",
                                                   "duplicate name \"%1\" in %2")
                    .arg(name, QLatin1String(list.list));
            names.insert(name);
            const YAML::Node body = item[list.item];
            if (!body || body.IsNull())
                continue;
            if (!body.IsMap())
                return QCoreApplication::translate("Kube::Kubeconfig", "%1.%2 must be a map")
                    .arg(where, QLatin1String(list.item));
            const QString prefix =
                QStringLiteral("%1 \"%2\" %3").arg(where, name, QLatin1String(list.item));
            if (const QString problem = strings(body, prefix, list.fields); !problem.isEmpty())
                return problem;
        }
    }
    return QString();
}

QString resolvePath(const QString &path, const QString &directory)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return QDir(directory).filePath(path);
}

} // namespace

KubeconfigSources KubeconfigSources::fromEnvironment(const QString &explicitPath)
{
    KubeconfigSources sources;
    sources.explicitPath = explicitPath;
    sources.kubeconfigEnv = qEnvironmentVariable("KUBECONFIG");
    sources.homeDir = QDir::homePath();
    return sources;
}

QStringList KubeconfigSources::candidateFiles() const
{
    if (!explicitPath.isEmpty())
        return {explicitPath};
    if (!kubeconfigEnv.isEmpty()) {
        QStringList files;
        for (const QString &entry : kubeconfigEnv.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
            if (!files.contains(entry))
                files << entry;
        }
        return files;
    }
    return {QDir(homeDir).filePath(QStringLiteral(".kube/config"))};
}

QString KubeconfigSources::writeTarget() const
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    if (!kubeconfigEnv.isEmpty()) {
        const QStringList files = candidateFiles();
        for (const QString &file : files) {
            if (QFileInfo::exists(file))
                return file;
        }
        return files.isEmpty() ? QString() : files.last();
    }
    return QDir(homeDir).filePath(QStringLiteral(".kube/config"));
}

std::optional<Kubeconfig> Kubeconfig::load(const KubeconfigSources &sources, QString *error)
{
    Kubeconfig config;
    config.m_sources = sources;
    for (const QString &path : sources.candidateFiles()) {
        QFile file(path);
        // As kubectl's stat: a symbolic link to nothing is a missing file.
        if (!QFileInfo(path).exists()) {
            if (!sources.explicitPath.isEmpty()) {
                *error = tr("stat %1: no such file or directory").arg(path);
                return std::nullopt;
            }
            continue; // missing KUBECONFIG entries are skipped, as kubectl does
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("error loading config file \"%1\": %2").arg(path, file.errorString());
            return std::nullopt;
        }
        QJsonObject document;
        try {
            const std::optional<QByteArray> read = readWithin(&file, kMaxConfigFileBytes);
            if (!read) {
                *error = tr("error loading config file \"%1\": larger than %2 MB, the limit for "
                            "a kubeconfig")
                             .arg(path)
                             .arg(kMaxConfigFileBytes >> 20);
                return std::nullopt;
            }
            const QByteArray &bytes = *read;
            const YAML::Node root = YAML::Load(bytes.toStdString());
            if (!Json::YamlNodeBudget(bytes.size()).admits(root)) {
                *error = tr("error loading config file \"%1\": document contains excessive "
                            "aliasing")
                             .arg(path);
                return std::nullopt;
            }
            if (const QString problem = root.IsMap() ? typeProblem(root) : QString();
                !problem.isEmpty()) {
                *error = tr("error loading config file \"%1\": %2").arg(path, problem);
                return std::nullopt;
            }
            if (const QString kind = root.IsMap() ? kindProblem(root) : QString();
                !kind.isEmpty()) {
                *error = tr("error loading config file \"%1\": %2").arg(path, kind);
                return std::nullopt;
            }
            if (root.IsMap())
                document = toJson(root).toObject();
            else if (!root.IsNull()) {
                *error = tr("error loading config file \"%1\": not a YAML mapping").arg(path);
                return std::nullopt;
            }
        } catch (const YAML::Exception &e) {
            *error = tr("error loading config file \"%1\": line %2: %3")
                         .arg(path)
                         .arg(e.mark.line + 1)
                         .arg(QString::fromStdString(e.msg));
            return std::nullopt;
        }
        config.m_files << path;
        const QString directory = QFileInfo(path).absolutePath();
        const auto merge = [&](const char *listKey, const char *itemKey,
                               QMap<QString, Entry> *into) {
            for (const QJsonValue &value : document.value(QLatin1String(listKey)).toArray()) {
                const QJsonObject item = value.toObject();
                const QString name = text(item, "name");
                if (name.isEmpty() || into->contains(name))
                    continue; // first file defining a name wins the whole entry
                into->insert(name, Entry{item.value(QLatin1String(itemKey)).toObject(), directory,
                                         QFileInfo(path).absoluteFilePath()});
            }
        };
        merge("clusters", "cluster", &config.m_clusters);
        merge("users", "user", &config.m_users);
        merge("contexts", "context", &config.m_contexts);
        if (config.m_currentContext.isEmpty())
            config.m_currentContext = text(document, "current-context");
    }
    return config;
}

QList<ContextInfo> Kubeconfig::contexts() const
{
    QList<ContextInfo> result;
    for (auto it = m_contexts.begin(); it != m_contexts.end(); ++it) {
        result.append(ContextInfo{it.key(), text(it->body, "cluster"), text(it->body, "user"),
                                  text(it->body, "namespace")});
    }
    return result;
}

std::optional<ClusterConfig> Kubeconfig::resolve(const QString &context, QString *error) const
{
    ClusterConfig config;
    if (!resolveContext(context, &config, error) || !resolveCluster(&config, error))
        return std::nullopt;
    if (config.userName.isEmpty())
        return config;
    if (!resolveUser(&config, error))
        return std::nullopt;
    return config;
}

bool Kubeconfig::resolveContext(const QString &context, ClusterConfig *config, QString *error) const
{
    const QString name = context.isEmpty() ? m_currentContext : context;
    if (name.isEmpty()) {
        *error =
            m_files.isEmpty()
                ? tr("no kubeconfig found (looked in %1)")
                      .arg(m_sources.candidateFiles().join(QStringLiteral(", ")))
                : tr("current-context is not set in %1").arg(m_files.join(QStringLiteral(", ")));
        return false;
    }
    if (!m_contexts.contains(name)) {
        *error = tr("context \"%1\" does not exist").arg(name);
        return false;
    }
    const Entry &contextEntry = m_contexts.value(name);
    config->contextName = name;
    config->clusterName = text(contextEntry.body, "cluster");
    config->userName = text(contextEntry.body, "user");
    config->namespaceName = text(contextEntry.body, "namespace");
    if (config->namespaceName.isEmpty())
        config->namespaceName = QStringLiteral("default");
    if (!m_clusters.contains(config->clusterName)) {
        *error = tr("context \"%1\": cluster \"%2\" is not defined (contexts[].context.cluster)")
                     .arg(name, config->clusterName);
        return false;
    }
    if (!config->userName.isEmpty() && !m_users.contains(config->userName)) {
        *error = tr("context \"%1\": user \"%2\" is not defined (contexts[].context.user)")
                     .arg(name, config->userName);
        return false;
    }
    return true;
}

bool Kubeconfig::resolveCluster(ClusterConfig *config, QString *error) const
{
    const Entry &cluster = m_clusters.value(config->clusterName);
    config->server = QUrl(text(cluster.body, "server"));
    if (text(cluster.body, "server").isEmpty() || !config->server.isValid()) {
        *error = tr("cluster \"%1\": server is missing or not a URL").arg(config->clusterName);
        return false;
    }
    const QString caFile =
        resolvePath(text(cluster.body, "certificate-authority"), cluster.directory);
    const QString caData = text(cluster.body, "certificate-authority-data");
    config->insecureSkipTlsVerify = isTrue(cluster.body, "insecure-skip-tls-verify");
    if (!caFile.isEmpty() && !caData.isEmpty()) {
        *error = tr("cluster \"%1\": certificate-authority-data and certificate-authority are "
                    "both specified")
                     .arg(config->clusterName);
        return false;
    }
    if (config->insecureSkipTlsVerify && (!caFile.isEmpty() || !caData.isEmpty())) {
        *error = tr("cluster \"%1\": specifying a root certificates file "
                    "(certificate-authority) with insecure-skip-tls-verify is not allowed")
                     .arg(config->clusterName);
        return false;
    }
    if (!caData.isEmpty())
        config->caPem = QByteArray::fromBase64(caData.toLatin1());
    else if (!caFile.isEmpty() &&
             !readPem(caFile, tr("cluster \"%1\": certificate-authority").arg(config->clusterName),
                      &config->caPem, error))
        return false;
    config->tlsServerName = text(cluster.body, "tls-server-name");
    if (!text(cluster.body, "proxy-url").isEmpty())
        config->proxyUrl = QUrl(text(cluster.body, "proxy-url"));
    return true;
}

bool Kubeconfig::resolveUser(ClusterConfig *config, QString *error) const
{
    const Entry &user = m_users.value(config->userName);
    if (user.body.contains(QLatin1String("auth-provider"))) {
        const QString provider = user.body.value(QLatin1String("auth-provider"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
        *error = unsupportedAuthProvider(config->userName, provider);
        return false;
    }
    config->token = text(user.body, "token");
    config->tokenFile = resolvePath(text(user.body, "tokenFile"), user.directory);
    config->username = text(user.body, "username");
    config->password = text(user.body, "password");
    if ((!config->token.isEmpty() || !config->tokenFile.isEmpty()) && !config->username.isEmpty()) {
        *error = tr("user \"%1\": more than one authentication method found (token and "
                    "username/password); only one is allowed")
                     .arg(config->userName);
        return false;
    }
    return resolveClientCertificate(user, config, error) && resolveExec(user, config, error);
}

QString Kubeconfig::unsupportedAuthProvider(const QString &userName, const QString &provider)
{
    if (provider == QLatin1String("gcp"))
        return tr("user \"%1\": auth-provider (gcp) is not supported: it was removed from "
                  "kubectl in 1.26; use the exec credential plugin gke-gcloud-auth-plugin "
                  "instead (gcloud components install gke-gcloud-auth-plugin)")
            .arg(userName);
    if (provider == QLatin1String("azure"))
        return tr("user \"%1\": auth-provider (azure) is not supported: it was removed "
                  "from kubectl in 1.26; use the exec credential plugin kubelogin instead "
                  "(kubelogin convert-kubeconfig)")
            .arg(userName);
    if (provider == QLatin1String("oidc"))
        return tr("user \"%1\": auth-provider (oidc) is not supported; use an exec "
                  "credential plugin such as kubelogin (kubectl oidc-login) instead")
            .arg(userName);
    return tr("user \"%1\": auth-provider (%2) is not supported; use an exec "
              "credential plugin instead")
        .arg(userName, provider);
}

bool Kubeconfig::resolveClientCertificate(const Entry &user, ClusterConfig *config,
                                          QString *error) const
{
    const QString certData = text(user.body, "client-certificate-data");
    const QString keyData = text(user.body, "client-key-data");
    const QString certFile = resolvePath(text(user.body, "client-certificate"), user.directory);
    const QString keyFile = resolvePath(text(user.body, "client-key"), user.directory);
    if (!certData.isEmpty())
        config->clientCertificatePem = QByteArray::fromBase64(certData.toLatin1());
    else if (!certFile.isEmpty() &&
             !readPem(certFile, tr("user \"%1\": client-certificate").arg(config->userName),
                      &config->clientCertificatePem, error))
        return false;
    if (!keyData.isEmpty())
        config->clientKeyPem = QByteArray::fromBase64(keyData.toLatin1());
    else if (!keyFile.isEmpty() &&
             !readPem(keyFile, tr("user \"%1\": client-key").arg(config->userName),
                      &config->clientKeyPem, error))
        return false;
    if (config->clientCertificatePem.isEmpty() != config->clientKeyPem.isEmpty()) {
        *error = tr("user \"%1\": client-certificate and client-key must be given together")
                     .arg(config->userName);
        return false;
    }
    return true;
}

bool Kubeconfig::resolveExec(const Entry &user, ClusterConfig *config, QString *error) const
{
    if (!user.body.contains(QLatin1String("exec")))
        return true;
    std::optional<ExecConfig> exec = ExecConfig::fromKubeconfig(
        user.body.value(QLatin1String("exec")).toObject(), user.directory, config->userName, error);
    if (!exec)
        return false;
    exec->kubeconfigFile = user.file;
    // What provideClusterInfo passes as spec.cluster.config.
    const Entry &cluster = m_clusters.value(config->clusterName);
    for (const QJsonValue &value : cluster.body.value(QLatin1String("extensions")).toArray()) {
        const QJsonObject extension = value.toObject();
        if (text(extension, "name") == QLatin1String("client.authentication.k8s.io/exec"))
            exec->clusterConfig = extension.value(QLatin1String("extension")).toObject();
    }
    config->exec = *exec;
    return true;
}

bool Kubeconfig::readPem(const QString &path, const QString &field, QByteArray *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read %2: %3").arg(field, path, file.errorString());
        return false;
    }
    const std::optional<QByteArray> read = readWithin(&file, kMaxConfigFileBytes);
    if (!read) {
        *error = tr("%1: %2 is larger than %3 MB, the limit for a certificate or key file")
                     .arg(field, path)
                     .arg(kMaxConfigFileBytes >> 20);
        return false;
    }
    *out = *read;
    return true;
}

bool Kubeconfig::useContext(const QString &name, QString *error)
{
    if (!m_contexts.contains(name)) {
        *error = tr("no context exists with the name: \"%1\"").arg(name);
        return false;
    }
    const QString path = m_sources.writeTarget();
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        *error = tr("cannot lock %1.lock: another program is writing the kubeconfig").arg(path);
        return false;
    }
    YAML::Node root;
    if (QFileInfo::exists(path)) {
        try {
            root = YAML::LoadFile(path.toStdString());
        } catch (const YAML::Exception &e) {
            *error =
                tr("error loading config file \"%1\": %2").arg(path, QString::fromStdString(e.msg));
            return false;
        }
    }
    if (!root.IsMap()) {
        root = YAML::Node(YAML::NodeType::Map);
        root["apiVersion"] = "v1";
        root["kind"] = "Config";
    }
    YAML::Node current(name.toStdString());
    current.SetTag("!"); // a string, whatever it looks like
    root["current-context"] = current;
    YAML::Emitter out;
    emitNode(out, root);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Owner only (it holds credentials); an existing stricter mode is kept, never widened.
    QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (QFileInfo::exists(path))
        mode &= QFile::permissions(path);
    file.setPermissions(mode | QFileDevice::ReadOwner);
    file.write(out.c_str());
    file.write("\n");
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_currentContext = name;
    return true;
}

} // namespace Kube
