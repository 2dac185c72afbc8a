#pragma once

// The kubeconfig layouts the oracle test compares with kubectl, and the pieces they are made of.
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace KubeconfigOracle {

using namespace Qt::StringLiterals;

// Nothing listens on port 1: a client that gets as far as connecting reports "connection
// refused", which tells a valid configuration from one kubectl rejects.
inline const QString kServer = u"https://127.0.0.1:1"_s;

// A self-signed certificate and its key, as kubectl insists on PEM it can parse.
inline const QString kCertPem =
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
inline const QString kKeyPem =
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
    QStringList directories{};              // directories made where a file could be
    QList<QPair<QString, QString>> links{}; // relative path -> symbolic link target
};

inline QString cluster(const QString &name, const QString &server = kServer,
                       const QString &extra = {})
{
    return u"- name: %1\n  cluster:\n    server: %2\n%3"_s.arg(name, server, extra);
}

inline QString user(const QString &name, const QString &body)
{
    return u"- name: %1\n  user:\n%2"_s.arg(name, body);
}

inline QString context(const QString &name, const QString &clusterName, const QString &userName,
                       const QString &ns = {})
{
    QString text = u"- name: %1\n  context:\n    cluster: %2\n"_s.arg(name, clusterName);
    if (!userName.isEmpty())
        text += u"    user: %1\n"_s.arg(userName);
    if (!ns.isEmpty())
        text += u"    namespace: %1\n"_s.arg(ns);
    return text;
}

inline QString doc(const QString &current, const QString &clusters, const QString &users,
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

inline QString token(const QString &value)
{
    return u"    token: %1\n"_s.arg(value);
}

// One simple file: cluster c, token user u, context ctx (namespace ns).
inline QString simple(const QString &current, const QString &ctx, const QString &ns = {},
                      const QString &server = kServer, const QString &tok = u"t"_s)
{
    return doc(current, cluster(u"c"_s, server), user(u"u"_s, token(tok)),
               context(ctx, u"c"_s, u"u"_s, ns));
}

inline const QString kExecUser = u"    exec:\n"
                                 "      apiVersion: client.authentication.k8s.io/v1\n"
                                 "      command: /nonexistent/credential-plugin\n"
                                 "      args: [get-token, --cluster, c]\n"
                                 "      env:\n"
                                 "      - {name: PLUGIN_MODE, value: test}\n"
                                 "      interactiveMode: Never\n"_s;

inline QList<Case> corpus()
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
    // Files of another kind where a kubeconfig is looked for.
    const QString a = simple(u"ctx"_s, u"ctx"_s, u"ns1"_s);
    Case directory{"a directory in the list", {{u"a"_s, a}}, true, {u"a"_s, u"confdir"_s}};
    directory.mustName = {u"confdir"_s, u"directory"_s};
    directory.directories = {u"confdir"_s};
    cases << directory;
    Case explicitDirectory{"--kubeconfig names a directory", {}, true, {}, u"confdir"_s};
    explicitDirectory.mustName = {u"confdir"_s, u"directory"_s};
    explicitDirectory.directories = {u"confdir"_s};
    cases << explicitDirectory;
    Case homeDirectory{"the home config is a directory", {}, false};
    homeDirectory.mustName = {u".kube/config"_s, u"directory"_s};
    homeDirectory.directories = {u"home/.kube/config"_s};
    cases << homeDirectory;
    cases << Case{"a kubeconfig written as JSON",
                  {{u"a"_s, u"{\"apiVersion\": \"v1\", \"kind\": \"Config\", "
                            "\"current-context\": \"j\", \"clusters\": [{\"name\": \"c\", "
                            "\"cluster\": {\"server\": \"%1\"}}], \"users\": [{\"name\": "
                            "\"u\", \"user\": {\"token\": \"t\"}}], \"contexts\": "
                            "[{\"name\": \"j\", \"context\": {\"cluster\": \"c\", "
                            "\"user\": \"u\", \"namespace\": \"nj\"}}]}"_s.arg(kServer)}},
                  true,
                  {u"a"_s}};
    cases << Case{
        "a Pod manifest in the list",
        {{u"a"_s, a}, {u"pod.yaml"_s, u"apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n"_s}},
        true,
        {u"a"_s, u"pod.yaml"_s},
        {},
        {},
        {u"pod.yaml"_s, u"Pod"_s}};
    cases << Case{"a List instead of a Config",
                  {{u"a"_s, QString(a).replace(u"kind: Config"_s, u"kind: List"_s)}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"List"_s}};
    cases << Case{"a Config of apiVersion v2",
                  {{u"a"_s, QString(a).replace(u"apiVersion: v1"_s, u"apiVersion: v2"_s)}},
                  true,
                  {u"a"_s},
                  {},
                  {},
                  {u"v2"_s}};
    cases << Case{"kind and apiVersion left out",
                  {{u"a"_s, QString(a).remove(u"apiVersion: v1\n"_s).remove(u"kind: Config\n"_s)}},
                  true,
                  {u"a"_s}};
    cases << Case{
        "a file of comments only", {{u"a"_s, u"# nothing yet\n\n   \n"_s}}, true, {u"a"_s}};
    cases << Case{"a byte order mark", {{u"a"_s, QChar(0xfeff) + a}}, true, {u"a"_s}};
    cases << Case{
        "CRLF line endings", {{u"a"_s, QString(a).replace(u"\n"_s, u"\r\n"_s)}}, true, {u"a"_s}};
    cases << Case{"several YAML documents in one file",
                  {{u"a"_s, a + u"---\n"_s + simple(u"second"_s, u"second"_s)}},
                  true,
                  {u"a"_s}};
    Case dangling{
        "a symbolic link to nothing in the list", {{u"a"_s, a}}, true, {u"dangling"_s, u"a"_s}};
    dangling.links = {{u"dangling"_s, u"nowhere"_s}};
    cases << dangling;
    Case link{"a symbolic link to a file", {{u"a"_s, a}}, true, {u"link"_s}};
    link.links = {{u"link"_s, u"a"_s}};
    cases << link;
    cases << Case{"KUBECONFIG set but empty",
                  {{u"home/.kube/config"_s, simple(u"h"_s, u"h"_s, u"hn"_s)}},
                  true,
                  {}};
    cases << Case{"KUBECONFIG naming only missing files, a home config present",
                  {{u"home/.kube/config"_s, simple(u"h"_s, u"h"_s, u"hn"_s)}},
                  true,
                  {u"m1"_s, u"m2"_s}};
    return cases;
}

} // namespace KubeconfigOracle
