// Kube::Kubeconfig against the real kubectl as the oracle: a corpus of kubeconfig layouts
// (KUBECONFIG merges, name conflicts, relative paths, missing files, --kubeconfig, --context,
// malformed files, exec users) where the context list, the current context, the resolved
// context and every hard error must agree with what kubectl reports for the same files, and
// use-context must leave the same files behind as `kubectl config use-context`.
//
// Intended differences, checked against kubectl's other commands instead:
// - `kubectl config ...` treats a missing --kubeconfig file as empty (so `config set` can
//   create it); every command that talks to a cluster fails with "stat <file>: no such file".
//   Kubeconfig::load follows the latter.
// - `kubectl config view --minify` does not validate credentials; kubectl refuses the same
//   configuration when it builds a client (`kubectl get`). Kubeconfig::resolve refuses it too.
#include "models/kube/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Nothing listens on port 1: a client that gets as far as connecting reports "connection
// refused", which tells a valid configuration from one kubectl rejects.
const QString kServer = u"https://127.0.0.1:1"_s;

// A self-signed certificate and its key, as kubectl insists on PEM it can parse.
const QString kCertPem =
    QString::fromLatin1("-----BEGIN CERTIFICATE-----\n"
                        "MIIBejCCAR+gAwIBAgIUY5oEDXSoSVmBiIAOVR3MczNaHScwCgYIKoZIzj0EAwIw\n"
                        "ETEPMA0GA1UEAwwGb3JhY2xlMCAXDTI2MTEyNjEyNDYxNFoYDzIxMjYxMTAyMTI0\n"
                        "NjE0WjARMQ8wDQYDVQQDDAZvcmFjbGUwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC\n"
                        "AATb1wpt2divLkBHMvBaG+qugvkQaaKqcrJJ1OwhyTYjijlAt0s+evCH9BwK1UkD\n"
                        "4f4JlwIjKaC/utalzlCVnaE6o1MwUTAdBgNVHQ4EFgQUnIhbRf8SFYCHlgDL0FTi\n"
                        "01p1K7gwHwYDVR0jBBgwFoAUnIhbRf8SFYCHlgDL0FTi01p1K7gwDwYDVR0TAQH/\n"
                        "BAUwAwEB/zAKBggqhkjOPQQDAgNJADBGAiEA+PUJYsOk1yprjVZHyp+BsNG0At1T\n"
                        "xqIaOU+bmba3+SsCIQD+yFHQ/UFxud81M1x/iiHKUob3dia/w+JzuNvpS8JfBQ==\n"
                        "-----END CERTIFICATE-----\n");
const QString kKeyPem =
    QString::fromLatin1("-----BEGIN PRIVATE KEY-----\n"
                        "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgBuN7XjLTSbjB1pXS\n"
                        "aUGTVXTytJCWNh9pORnomWKiFS6hRANCAATb1wpt2divLkBHMvBaG+qugvkQaaKq\n"
                        "crJJ1OwhyTYjijlAt0s+evCH9BwK1UkD4f4JlwIjKaC/utalzlCVnaE6\n"
                        "-----END PRIVATE KEY-----\n");

struct Case
{
    const char *name = nullptr;
    QList<QPair<QString, QString>> files{}; // relative path -> content
    bool useEnv = true;                     // set KUBECONFIG
    QStringList env{};                      // KUBECONFIG entries, relative to the case root
    QString explicitFile{};                 // --kubeconfig, relative to the case root
    QString context{};                      // --context
    QStringList mustName{};                 // what our error must mention, when kubectl fails
    QString tokenFileOrigin{};              // the file whose directory a relative tokenFile uses
    QString useContext{};                   // also compare use-context with this name
    bool exec = false;                      // the context's user is an exec plugin
};

QString cluster(const QString &name, const QString &server = kServer, const QString &extra = {})
{
    return u"- name: %1\n  cluster:\n    server: %2\n%3"_s.arg(name, server, extra);
}

QString user(const QString &name, const QString &body)
{
    return u"- name: %1\n  user:\n%2"_s.arg(name, body);
}

QString context(const QString &name, const QString &clusterName, const QString &userName,
                const QString &ns = {})
{
    QString text = u"- name: %1\n  context:\n    cluster: %2\n"_s.arg(name, clusterName);
    if (!userName.isEmpty())
        text += u"    user: %1\n"_s.arg(userName);
    if (!ns.isEmpty())
        text += u"    namespace: %1\n"_s.arg(ns);
    return text;
}

QString doc(const QString &current, const QString &clusters, const QString &users,
            const QString &contexts)
{
    QString text = u"apiVersion: v1\nkind: Config\n"_s;
    if (!current.isNull())
        text += u"current-context: %1\n"_s.arg(current);
    if (!clusters.isEmpty())
        text += u"clusters:\n"_s + clusters;
    if (!users.isEmpty())
        text += u"users:\n"_s + users;
    if (!contexts.isEmpty())
        text += u"contexts:\n"_s + contexts;
    return text;
}

QString token(const QString &value)
{
    return u"    token: %1\n"_s.arg(value);
}

// One simple file: cluster c, token user u, context ctx (namespace ns).
QString simple(const QString &current, const QString &ctx, const QString &ns = {},
               const QString &server = kServer, const QString &tok = u"t"_s)
{
    return doc(current, cluster(u"c"_s, server), user(u"u"_s, token(tok)),
               context(ctx, u"c"_s, u"u"_s, ns));
}

const QString kExecUser = u"    exec:\n"
                          "      apiVersion: client.authentication.k8s.io/v1\n"
                          "      command: /nonexistent/credential-plugin\n"
                          "      args: [get-token, --cluster, c]\n"
                          "      env:\n"
                          "      - {name: PLUGIN_MODE, value: test}\n"
                          "      interactiveMode: Never\n"_s;

QList<Case> corpus()
{
    QList<Case> cases;
    // Single files and the default location.
    cases << Case{"single file", {{u"a"_s, simple(u"ctx"_s, u"ctx"_s, u"ns1"_s)}}, true, {u"a"_s}};
    cases << Case{
        "home kube config", {{u"home/.kube/config"_s, simple(u"h"_s, u"h"_s, u"hn"_s)}}, false};
    cases << Case{"no file at all", {}, false};
    cases << Case{"context without namespace",
                  {{u"a"_s, simple(u"ctx"_s, u"ctx"_s)}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {},
                  {},
                  u"ctx"_s};
    cases << Case{"context without user",
                  {{u"a"_s, doc(u"x"_s, cluster(u"c"_s), {}, context(u"x"_s, u"c"_s, {}))}},
                  true,
                  {u"a"_s}};
    cases << Case{"empty file", {{u"a"_s, {}}}, true, {u"a"_s}};
    cases << Case{
        "no current-context",  {{u"a"_s, simple(QString(), u"ctx"_s)}}, true, {u"a"_s}, {}, {},
        {u"current-context"_s}};
    // Merges.
    cases << Case{
        "current-context from the first file",
        {{u"a"_s, simple(u"ca"_s, u"ca"_s, u"na"_s)}, {u"b"_s, simple(u"cb"_s, u"cb"_s, u"nb"_s)}},
        true,
        {u"a"_s, u"b"_s},
        {},
        {},
        {},
        {},
        u"cb"_s};
    cases << Case{"current-context from the second file when the first sets none",
                  {{u"a"_s, simple(QString(), u"ca"_s, u"na"_s)},
                   {u"b"_s, simple(u"cb"_s, u"cb"_s, u"nb"_s)}},
                  true,
                  {u"a"_s, u"b"_s},
                  {},
                  {},
                  {},
                  {},
                  u"ca"_s};
    cases << Case{"first file wins a cluster name",
                  {{u"a"_s, doc(u"ctx"_s, cluster(u"c"_s, u"https://127.0.0.1:2"_s), {}, {})},
                   {u"b"_s, simple({}, u"ctx"_s, u"nb"_s)}},
                  true,
                  {u"a"_s, u"b"_s}};
    cases << Case{"first file wins a user name",
                  {{u"a"_s, doc({}, {}, user(u"u"_s, token(u"first"_s)), {})},
                   {u"b"_s, simple(u"ctx"_s, u"ctx"_s, {}, kServer, u"second"_s)}},
                  true,
                  {u"a"_s, u"b"_s}};
    cases << Case{"first file wins a context name",
                  {{u"a"_s, doc({}, {}, {}, context(u"ctx"_s, u"c"_s, u"u"_s, u"from-a"_s))},
                   {u"b"_s, simple(u"ctx"_s, u"ctx"_s, u"from-b"_s)}},
                  true,
                  {u"a"_s, u"b"_s}};
    cases << Case{"context in the first file, cluster and user in the second",
                  {{u"a"_s, doc(u"x"_s, {}, {}, context(u"x"_s, u"c"_s, u"u"_s, u"nx"_s))},
                   {u"b"_s, simple({}, u"other"_s)}},
                  true,
                  {u"a"_s, u"b"_s}};
    cases << Case{
        "three files, current-context names a context of the third",
        {{u"a"_s, doc(u"third"_s, {}, {}, {})},
         {u"b"_s, simple({}, u"second"_s, u"ny"_s)},
         {u"c"_s, doc(u"second"_s, cluster(u"c"_s), {}, context(u"third"_s, u"c"_s, u"u"_s))}},
        true,
        {u"a"_s, u"b"_s, u"c"_s},
        {},
        {},
        {},
        {},
        u"second"_s};
    cases << Case{"missing files in the list are skipped",
                  {{u"b"_s, simple(u"cb"_s, u"cb"_s, u"nb"_s)}},
                  true,
                  {u"missing1"_s, u"b"_s, u"missing2"_s},
                  {},
                  {},
                  {},
                  {},
                  u"cb"_s};
    cases << Case{"every file in the list missing", {}, true, {u"m1"_s, u"m2"_s}};
    cases << Case{"empty entries and a repeated file",
                  {{u"a"_s, simple(u"ca"_s, u"ca"_s)}, {u"b"_s, simple(u"cb"_s, u"cb"_s)}},
                  true,
                  {QString(), u"a"_s, QString(), u"b"_s, u"a"_s}};
    cases << Case{
        "KUBECONFIG wins over the home config",
        {{u"home/.kube/config"_s, simple(u"h"_s, u"h"_s)}, {u"a"_s, simple(u"ca"_s, u"ca"_s)}},
        true,
        {u"a"_s}};
    cases << Case{"explicit --kubeconfig wins over KUBECONFIG",
                  {{u"a"_s, simple(u"ca"_s, u"ca"_s)}, {u"e"_s, simple(u"ce"_s, u"ce"_s, u"ne"_s)}},
                  true,
                  {u"a"_s},
                  u"e"_s,
                  {},
                  {},
                  {},
                  u"ce"_s};
    cases << Case{"--context selects another context",
                  {{u"a"_s, simple(u"ca"_s, u"ca"_s)}, {u"b"_s, simple({}, u"cb"_s, u"nb"_s)}},
                  true,
                  {u"a"_s, u"b"_s},
                  {},
                  u"cb"_s};
    // Relative paths resolve against the file that defines them.
    cases << Case{
        "relative certificate-authority in a subdirectory file",
        {{u"a"_s, doc(u"x"_s, {}, {}, context(u"x"_s, u"c"_s, u"u"_s))},
         {u"sub/b"_s,
          doc({}, cluster(u"c"_s, kServer, u"    certificate-authority: certs/ca.pem\n"_s),
              user(u"u"_s, token(u"t"_s)), {})},
         {u"sub/certs/ca.pem"_s, kCertPem},
         {u"certs/ca.pem"_s, u"not the one\n"_s}},
        true,
        {u"a"_s, u"sub/b"_s}};
    cases << Case{"relative client certificate and key",
                  {{u"d/a"_s, doc(u"x"_s, cluster(u"c"_s),
                                  user(u"u"_s, u"    client-certificate: tls/c.crt\n"
                                               "    client-key: tls/c.key\n"_s),
                                  context(u"x"_s, u"c"_s, u"u"_s))},
                   {u"d/tls/c.crt"_s, kCertPem},
                   {u"d/tls/c.key"_s, kKeyPem}},
                  true,
                  {u"d/a"_s}};
    cases << Case{"relative tokenFile in the second file",
                  {{u"a"_s, doc(u"x"_s, cluster(u"c"_s), {}, context(u"x"_s, u"c"_s, u"u"_s))},
                   {u"t/b"_s, doc({}, {}, user(u"u"_s, u"    tokenFile: secret/token\n"_s), {})},
                   {u"t/secret/token"_s, u"file-token"_s}},
                  true,
                  {u"a"_s, u"t/b"_s},
                  {},
                  {},
                  {},
                  u"t/b"_s};
    cases << Case{
        "relative certificate-authority that does not exist",
        {{u"a"_s, doc(u"x"_s, cluster(u"c"_s, kServer, u"    certificate-authority: nope.pem\n"_s),
                      user(u"u"_s, token(u"t"_s)), context(u"x"_s, u"c"_s, u"u"_s))}},
        true,
        {u"a"_s},
        {},
        {},
        {u"nope.pem"_s, u"certificate-authority"_s}};
    // Hard errors.
    cases << Case{"current-context names a missing context",
                  {{u"a"_s, simple(u"gone"_s, u"ctx"_s)}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"gone"_s}};
    cases << Case{"context names a missing cluster",
                  {{u"a"_s, doc(u"x"_s, cluster(u"c"_s), user(u"u"_s, token(u"t"_s)),
                                context(u"x"_s, u"nocluster"_s, u"u"_s))}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"nocluster"_s, u"cluster"_s}};
    cases << Case{"context names a missing user",
                  {{u"a"_s, doc(u"x"_s, cluster(u"c"_s), user(u"u"_s, token(u"t"_s)),
                                context(u"x"_s, u"c"_s, u"nouser"_s))}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"nouser"_s, u"user"_s}};
    cases << Case{"--context names an unknown context",
                  {{u"a"_s, simple(u"ctx"_s, u"ctx"_s)}},
                  true,
                  {u"a"_s},
                  {},
                  u"unknown"_s,
                  {u"unknown"_s}};
    cases << Case{"explicit --kubeconfig missing",
                  {{u"a"_s, simple(u"ca"_s, u"ca"_s)}},
                  true,
                  {u"a"_s},
                  u"absent.yaml"_s,
                  {},
                  {u"absent.yaml"_s}};
    cases << Case{
        "malformed YAML", {{u"a"_s, u"clusters: [\n  - name: c\n"_s}}, true, {u"a"_s}, {}, {},
        {u"a"_s}};
    cases << Case{"malformed YAML in the second file",
                  {{u"a"_s, simple(u"ca"_s, u"ca"_s)}, {u"bad"_s, u"users: {\n"_s}},
                  true,
                  {u"a"_s, u"bad"_s},
                  {},
                  {},
                  {u"bad"_s}};
    cases << Case{"a sequence instead of a mapping",
                  {{u"a"_s, u"- a\n- b\n"_s}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"a"_s}};
    cases << Case{
        "contexts is not a list", {{u"a"_s, u"contexts: hello\n"_s}}, true, {u"a"_s}, {}, {},
        {u"contexts"_s}};
    cases << Case{"namespace is a bool",
                  {{u"a"_s, doc(u"x"_s, cluster(u"c"_s), {},
                                u"- name: x\n  context: {cluster: c, namespace: true}\n"_s)}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"namespace"_s}};
    cases << Case{"context named y, a YAML 1.1 bool",
                  {{u"a"_s, simple(u"x"_s, u"y"_s)}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"contexts[0].name"_s}};
    cases << Case{"quoted context name y",
                  {{u"a"_s, simple(u"\"y\""_s, u"\"y\""_s, u"\"123\""_s)}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {},
                  {},
                  u"y"_s};
    cases << Case{"duplicate context name in one file",
                  {{u"a"_s, doc(u"x"_s, cluster(u"c"_s), {},
                                context(u"x"_s, u"c"_s, {}, u"one"_s) +
                                    context(u"x"_s, u"c"_s, {}, u"two"_s))}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"x"_s, u"duplicate"_s}};
    cases << Case{"token and basic auth together",
                  {{u"a"_s, doc(u"x"_s, cluster(u"c"_s),
                                user(u"u"_s, u"    token: t\n    username: a\n    password: b\n"_s),
                                context(u"x"_s, u"c"_s, u"u"_s))}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"u"_s, u"token"_s}};
    cases << Case{"certificate-authority with insecure-skip-tls-verify",
                  {{u"a"_s, doc(u"x"_s,
                                cluster(u"c"_s, kServer,
                                        u"    certificate-authority: ca.pem\n"
                                        "    insecure-skip-tls-verify: true\n"_s),
                                user(u"u"_s, token(u"t"_s)), context(u"x"_s, u"c"_s, u"u"_s))},
                   {u"ca.pem"_s, kCertPem}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"c"_s, u"insecure-skip-tls-verify"_s}};
    // Exec plugins are parsed, not run.
    cases << Case{"exec plugin user",
                  {{u"a"_s, doc(u"x"_s, cluster(u"c"_s), user(u"e"_s, kExecUser),
                                context(u"x"_s, u"c"_s, u"e"_s, u"ne"_s))}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {},
                  {},
                  u"x"_s,
                  true};
    cases << Case{"exec plugin user merged with a token user",
                  {{u"a"_s, doc(u"x"_s, cluster(u"c"_s), user(u"e"_s, kExecUser),
                                context(u"x"_s, u"c"_s, u"e"_s))},
                   {u"b"_s, simple({}, u"tok"_s, u"nt"_s)}},
                  true,
                  {u"a"_s, u"b"_s},
                  {},
                  {},
                  {},
                  {},
                  u"tok"_s,
                  true};
    return cases;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

class TestKubeconfigOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithKubectl_data();
    void agreesWithKubectl();

private:
    Run kubectl(const QString &root, const QStringList &args, bool useEnv, const QString &env);
    QString m_kubectl;
};

void TestKubeconfigOracle::initTestCase()
{
    m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed: the kubeconfig oracle tests need the real kubectl");
    QVERIFY(corpus().size() >= 30);
}

Run TestKubeconfigOracle::kubectl(const QString &root, const QStringList &args, bool useEnv,
                                  const QString &env)
{
    QProcess process;
    QProcessEnvironment environment;
    environment.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    environment.insert(u"HOME"_s, root + u"/home"_s);
    if (useEnv)
        environment.insert(u"KUBECONFIG"_s, env);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(root);
    process.start(m_kubectl, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

void TestKubeconfigOracle::agreesWithKubectl_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> cases = corpus();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << i;
}

void TestKubeconfigOracle::agreesWithKubectl()
{
    QFETCH(int, index);
    const Case c = corpus().at(index);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(QDir(root).mkpath(u"home"_s));
    const auto writeFiles = [&](const QString &base) {
        for (const auto &[path, content] : c.files) {
            const QString full = base + u"/"_s + path;
            QDir().mkpath(QFileInfo(full).absolutePath());
            QFile file(full);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(content.toUtf8());
        }
        return true;
    };
    QVERIFY(writeFiles(root));

    QStringList envEntries;
    for (const QString &entry : c.env)
        envEntries << (entry.isEmpty() ? QString() : root + u"/"_s + entry);
    const QString env = envEntries.join(u':');
    const QString explicitPath =
        c.explicitFile.isEmpty() ? QString() : root + u"/"_s + c.explicitFile;
    QStringList common;
    if (!explicitPath.isEmpty())
        common << u"--kubeconfig"_s << explicitPath;
    QStringList withContext = common;
    if (!c.context.isEmpty())
        withContext << u"--context"_s << c.context;

    Kube::KubeconfigSources sources;
    sources.explicitPath = explicitPath;
    sources.kubeconfigEnv = c.useEnv ? env : QString();
    sources.homeDir = root + u"/home"_s;
    QString error;
    const std::optional<Kube::Kubeconfig> ours = Kube::Kubeconfig::load(sources, &error);

    const auto namesAll = [&](const QString &message) {
        for (const QString &name : c.mustName) {
            if (!message.contains(name))
                return false;
        }
        return true;
    };

    // Loading: `kubectl config get-contexts`; a missing --kubeconfig per kubectl's client
    // commands (see the top of this file).
    const Run names =
        kubectl(root, common + QStringList{u"config"_s, u"get-contexts"_s, u"-o"_s, u"name"_s},
                c.useEnv, env);
    QVERIFY2(names.exitCode >= 0, "kubectl config get-contexts did not finish");
    bool kubectlLoads = names.exitCode == 0;
    if (!explicitPath.isEmpty() && !QFileInfo::exists(explicitPath)) {
        const Run real =
            kubectl(root, common + QStringList{u"get"_s, u"--raw"_s, u"/version"_s}, c.useEnv, env);
        QVERIFY2(real.exitCode != 0 && real.err.contains(u"no such file"_s), qPrintable(real.err));
        kubectlLoads = false;
    }
    if (!kubectlLoads) {
        QVERIFY2(!ours, qPrintable(u"kubectl fails (%1) but we load"_s.arg(names.err.trimmed())));
        QVERIFY2(namesAll(error),
                 qPrintable(u"our error \"%1\" does not name %2 (kubectl: %3)"_s.arg(
                     error, c.mustName.join(u", "_s), names.err.trimmed())));
        return;
    }
    QVERIFY2(ours, qPrintable(u"we fail to load: "_s + error));

    QStringList expectedNames = QString::fromUtf8(names.out).split(u'\n', Qt::SkipEmptyParts);
    std::sort(expectedNames.begin(), expectedNames.end());
    QStringList ourNames;
    for (const Kube::ContextInfo &info : ours->contexts())
        ourNames << info.name;
    QCOMPARE(ourNames, expectedNames);

    const Run current =
        kubectl(root, common + QStringList{u"config"_s, u"current-context"_s}, c.useEnv, env);
    QCOMPARE(ours->currentContext(),
             current.exitCode == 0 ? QString::fromUtf8(current.out).trimmed() : QString());

    // The resolved context: `kubectl config view --minify --flatten` (files read and embedded),
    // and whether kubectl accepts the configuration when it builds a client.
    const Run minify = kubectl(root,
                               withContext + QStringList{u"config"_s, u"view"_s, u"--minify"_s,
                                                         u"--flatten"_s, u"-o"_s, u"json"_s},
                               c.useEnv, env);
    bool kubectlResolves = minify.exitCode == 0;
    QString kubectlError = minify.err.trimmed();
    if (kubectlResolves && !c.exec) {
        const Run real = kubectl(root,
                                 withContext + QStringList{u"get"_s, u"--raw"_s, u"/version"_s,
                                                           u"--request-timeout=10s"_s},
                                 c.useEnv, env);
        // Past the configuration: connecting (refused) or asking for a password.
        kubectlResolves = real.err.contains(u"was refused"_s) ||
                          real.err.contains(u"connection refused"_s) ||
                          real.out.contains("Please enter Username");
        kubectlError = real.err.trimmed();
    }
    const std::optional<Kube::ClusterConfig> resolved = ours->resolve(c.context, &error);
    if (!kubectlResolves) {
        QVERIFY2(!resolved, qPrintable(u"kubectl fails (%1) but we resolve"_s.arg(kubectlError)));
        QVERIFY2(namesAll(error),
                 qPrintable(u"our error \"%1\" does not name %2 (kubectl: %3)"_s.arg(
                     error, c.mustName.join(u", "_s), kubectlError)));
    } else {
        const QJsonObject view = QJsonDocument::fromJson(minify.out).object();
        const QJsonObject ctx =
            view.value("contexts"_L1).toArray().at(0).toObject().value("context"_L1).toObject();
        const QJsonObject cl =
            view.value("clusters"_L1).toArray().at(0).toObject().value("cluster"_L1).toObject();
        const QJsonObject us =
            view.value("users"_L1).toArray().at(0).toObject().value("user"_L1).toObject();
        const QString ns = str(ctx, "namespace").isEmpty() ? u"default"_s : str(ctx, "namespace");
        const QString name = c.context.isEmpty() ? ours->currentContext() : c.context;
        if (c.exec) {
            // Our user side of an exec plugin is resolved where credentials are fetched; the
            // parsed context must still agree.
            QVERIFY(!us.value("exec"_L1).toObject().isEmpty() || !str(us, "token").isEmpty());
            const QList<Kube::ContextInfo> infos = ours->contexts();
            const auto it =
                std::find_if(infos.cbegin(), infos.cend(),
                             [&](const Kube::ContextInfo &i) { return i.name == name; });
            QVERIFY(it != infos.cend());
            QCOMPARE(it->cluster, str(ctx, "cluster"));
            QCOMPARE(it->user, str(ctx, "user"));
            QCOMPARE(it->namespaceName.isEmpty() ? u"default"_s : it->namespaceName, ns);
            if (!resolved)
                QVERIFY2(error.contains(it->user) && error.contains(u"exec"_s), qPrintable(error));
        } else {
            QVERIFY2(resolved, qPrintable(u"kubectl resolves but we fail: "_s + error));
        }
        if (resolved) {
            QCOMPARE(resolved->contextName, name);
            QCOMPARE(resolved->namespaceName, ns);
            QCOMPARE(resolved->server.toString(), str(cl, "server"));
            QCOMPARE(resolved->clusterName, str(ctx, "cluster"));
            QCOMPARE(resolved->userName, str(ctx, "user"));
            QCOMPARE(resolved->caPem,
                     QByteArray::fromBase64(str(cl, "certificate-authority-data").toLatin1()));
            QCOMPARE(resolved->clientCertificatePem,
                     QByteArray::fromBase64(str(us, "client-certificate-data").toLatin1()));
            QCOMPARE(resolved->clientKeyPem,
                     QByteArray::fromBase64(str(us, "client-key-data").toLatin1()));
            if (!c.exec)
                QCOMPARE(resolved->token, str(us, "token"));
            if (!str(us, "tokenFile").isEmpty()) {
                // kubectl shows a path relative to the file that defines the user.
                const QString origin = QFileInfo(root + u"/"_s + c.tokenFileOrigin).absolutePath();
                QCOMPARE(QFileInfo(resolved->tokenFile).absoluteFilePath(),
                         QFileInfo(QDir(origin).filePath(str(us, "tokenFile"))).absoluteFilePath());
            } else {
                QCOMPARE(resolved->tokenFile, QString());
            }
        }
    }

    if (c.useContext.isEmpty())
        return;
    // use-context: kubectl on one copy, Kubeconfig::useContext on another; every file must read
    // back the same.
    QTemporaryDir theirs;
    QTemporaryDir mine;
    QVERIFY(theirs.isValid() && mine.isValid());
    QVERIFY(QDir(theirs.path()).mkpath(u"home"_s) && QDir(mine.path()).mkpath(u"home"_s));
    QVERIFY(writeFiles(theirs.path()) && writeFiles(mine.path()));
    const auto rebase = [&](const QString &base) {
        QStringList entries;
        for (const QString &entry : c.env)
            entries << (entry.isEmpty() ? QString() : base + u"/"_s + entry);
        return entries.join(u':');
    };
    QStringList theirArgs;
    if (!c.explicitFile.isEmpty())
        theirArgs << u"--kubeconfig"_s << theirs.path() + u"/"_s + c.explicitFile;
    const Run used =
        kubectl(theirs.path(), theirArgs + QStringList{u"config"_s, u"use-context"_s, c.useContext},
                c.useEnv, rebase(theirs.path()));
    QVERIFY2(used.exitCode == 0, qPrintable(used.err));
    Kube::KubeconfigSources mySources;
    mySources.explicitPath =
        c.explicitFile.isEmpty() ? QString() : mine.path() + u"/"_s + c.explicitFile;
    mySources.kubeconfigEnv = c.useEnv ? rebase(mine.path()) : QString();
    mySources.homeDir = mine.path() + u"/home"_s;
    std::optional<Kube::Kubeconfig> mineConfig = Kube::Kubeconfig::load(mySources, &error);
    QVERIFY2(mineConfig, qPrintable(error));
    QVERIFY2(mineConfig->useContext(c.useContext, &error), qPrintable(error));
    QCOMPARE(mineConfig->currentContext(), c.useContext);
    // An unknown name fails on both sides and changes nothing.
    const Run unknown =
        kubectl(theirs.path(), theirArgs + QStringList{u"config"_s, u"use-context"_s, u"no-such"_s},
                c.useEnv, rebase(theirs.path()));
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(!mineConfig->useContext(u"no-such"_s, &error));
    QVERIFY2(error.contains(u"\"no-such\""_s), qPrintable(error));
    QCOMPARE(mineConfig->currentContext(), c.useContext);
    for (const auto &[path, content] : c.files) {
        Q_UNUSED(content);
        const auto viewOf = [&](const QString &base) {
            const Run r = kubectl(base,
                                  {u"--kubeconfig"_s, base + u"/"_s + path, u"config"_s, u"view"_s,
                                   u"-o"_s, u"json"_s},
                                  false, {});
            return r.exitCode == 0 ? QString::fromUtf8(r.out).replace(base, u"<root>"_s)
                                   : u"error: "_s + r.err;
        };
        QCOMPARE(viewOf(mine.path()), viewOf(theirs.path()));
    }
}

QTEST_GUILESS_MAIN(TestKubeconfigOracle)
#include "tst_kubeconfigoracle.moc"
