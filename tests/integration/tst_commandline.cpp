// The command-line verbs of the real cstor-console binary against the simulated cluster:
// `contexts` (table and JSON, kubeconfig from --kubeconfig, KUBECONFIG or ~/.kube/config) and
// `get pools|replicas|volumes`, compared with what kubectl reads from the same cluster, with the
// read-only and certificate users, and the errors an operator meets (broken kubeconfig, wrong
// token, no permission, unreachable server, usage mistakes).
#include "models/cstor/capacity.h"
#include "models/sim/apiserver/apiserver.h"
#include "models/sim/apiserver/certificateauthority.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/programrun.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
using SeedNames::kVolume;
constexpr int kProcessTimeoutMs = 120000;

using Result = ProgramRun;

// The rows of a table as whitespace-separated words, header first.
QList<QStringList> rowsOf(const QString &table)
{
    QList<QStringList> rows;
    for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts))
        rows.append(line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts));
    return rows;
}

QJsonArray jsonArrayOf(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning() << "not a JSON array:" << error.errorString() << text.left(200);
    return document.array();
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void contextsTable();
    void tablesLineUpInChinese();
    void contextsJson();
    void contextsFromKubeconfigListAndHome();
    void contextsErrorsNameTheFile();
    void getPools();
    void getPoolsJson();
    void getReplicasJsonMatchesKubectl();
    void getVolumes();
    void readOnlyAndCertificateContextsCanGet();
    void emptyNamespace();
    void wrongTokenIsUnauthorized();
    void anonymousUserIsForbidden();
    void untrustedServerIsATlsError();
    void unknownContextIsNamed();
    void unreachableServer();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void flagsBeforeTheVerb();
    void noHeadersLeavesOutTheTitleRow();
    void getWideYamlAndNameAsKubectl_data();
    void getWideYamlAndNameAsKubectl();
    void contextsByName();
    void skippedObjectsAreNamedAndFail();
    void windowWithoutDisplaySaysSo();

private:
    Result console(const QStringList &args, const QProcessEnvironment &env = {});
    QProcessEnvironment cleanEnvironment() const;
    QString writeFile(const QString &name, const QByteArray &content);
    QStringList kubectlNames(const QString &resource);

    SimHarness m_sim;
    QTemporaryDir m_dir;
    QString m_console;
    QString m_kubectl;
    QString m_kubeconfig;
};

void TestCommandLine::initTestCase()
{
    m_console = qEnvironmentVariable("CSTOR_CONSOLE");
    QVERIFY2(!m_console.isEmpty() && QFileInfo(m_console).isExecutable(),
             "CSTOR_CONSOLE must name the cstor-console binary");
    m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"home"_s));
    QString error;
    QVERIFY2(m_sim.start(&error), qPrintable(error));
    m_kubeconfig = m_sim.kubeconfigPath();
}

QProcessEnvironment TestCommandLine::cleanEnvironment() const
{
    // Nothing of the machine's own kubeconfig: no KUBECONFIG, an empty home.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KUBECONFIG"_s);
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    return env;
}

Result TestCommandLine::console(const QStringList &args, const QProcessEnvironment &env)
{
    return runProgram(m_console, args,
                      {env.isEmpty() ? cleanEnvironment() : env, kProcessTimeoutMs});
}

QString TestCommandLine::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QStringList TestCommandLine::kubectlNames(const QString &resource)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_kubectl, {u"--kubeconfig"_s, m_kubeconfig, u"--cache-dir"_s,
                              m_dir.filePath(u"kubectl-cache"_s), u"get"_s, resource, u"-n"_s,
                              u"openebs"_s, u"-o"_s, u"name"_s});
    if (!finished.wait(kProcessTimeoutMs) || process.exitCode() != 0) {
        qWarning() << "kubectl failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

void TestCommandLine::contextsTable()
{
    const Result r = console({u"contexts"_s, u"--kubeconfig"_s, m_kubeconfig});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> rows = rowsOf(r.out);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0],
             (QStringList{u"CURRENT"_s, u"NAME"_s, u"CLUSTER"_s, u"AUTHINFO"_s, u"NAMESPACE"_s}));
    QCOMPARE(rows[1],
             (QStringList{u"*"_s, u"cstor-sim"_s, u"cstor-sim"_s, u"admin"_s, u"openebs"_s}));
    QCOMPARE(rows[2],
             (QStringList{u"cstor-sim-cert"_s, u"cstor-sim"_s, u"cert-user"_s, u"openebs"_s}));
    QCOMPARE(rows[3],
             (QStringList{u"cstor-sim-read-only"_s, u"cstor-sim"_s, u"read-only"_s, u"openebs"_s}));
    // Columns line up under their headers, as kubectl prints them.
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines[1].indexOf(u"cstor-sim"_s), lines[0].indexOf(u"NAME"_s));
    QCOMPARE(lines[2].indexOf(u"cert-user"_s), lines[0].indexOf(u"AUTHINFO"_s));
}

void TestCommandLine::tablesLineUpInChinese()
{
    // Chinese headers take two terminal columns a character: the columns still line up.
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"CSTOR_LANGUAGE"_s, u"zh_CN"_s);
    const Result r = console({u"contexts"_s, u"--kubeconfig"_s, m_kubeconfig}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines[0].toUcs4().size() != lines[0].toUtf8().size(),
             "the headers are not translated");
    const auto columnOf = [](const QString &line, const QString &text) {
        int column = 0;
        for (const char32_t c : line.left(line.indexOf(text)).toUcs4())
            column += (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1;
        return column;
    };
    // The second row's context name starts where the first row's does.
    QCOMPARE(columnOf(lines[2], u"cstor-sim-cert"_s), columnOf(lines[1], u"cstor-sim"_s));
    // And the cluster column where the header's third word starts.
    const QStringList headers = lines[0].split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(columnOf(lines[2], u"cstor-sim "_s), columnOf(lines[0], headers.value(2)));
}

void TestCommandLine::contextsJson()
{
    const Result r = console({u"contexts"_s, u"--kubeconfig"_s, m_kubeconfig, u"-o"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray contexts = jsonArrayOf(r.out);
    QCOMPARE(contexts.size(), 3);
    QStringList current;
    QHash<QString, QString> users;
    for (const QJsonValue &value : contexts) {
        const QJsonObject context = value.toObject();
        QCOMPARE(context.value("cluster"_L1).toString(), u"cstor-sim"_s);
        QCOMPARE(context.value("namespace"_L1).toString(), u"openebs"_s);
        QVERIFY(context.value("current"_L1).isBool());
        if (context.value("current"_L1).toBool())
            current << context.value("name"_L1).toString();
        users.insert(context.value("name"_L1).toString(), context.value("user"_L1).toString());
    }
    QCOMPARE(current, QStringList{u"cstor-sim"_s});
    QCOMPARE(users.value(u"cstor-sim"_s), u"admin"_s);
    QCOMPARE(users.value(u"cstor-sim-read-only"_s), u"read-only"_s);
    QCOMPARE(users.value(u"cstor-sim-cert"_s), u"cert-user"_s);
}

void TestCommandLine::contextsFromKubeconfigListAndHome()
{
    // KUBECONFIG=<a file that only sets current-context>:<missing>:<the cluster's kubeconfig>:
    // the current context comes from the first file that sets it.
    const QString first =
        writeFile(u"list/first"_s, "apiVersion: v1\nkind: Config\ncurrent-context: "
                                   "cstor-sim-read-only\n");
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"KUBECONFIG"_s,
               first + u':' + m_dir.filePath(u"list/missing"_s) + u':' + m_kubeconfig);
    Result r = console({u"contexts"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QList<QStringList> rows = rowsOf(r.out);
    QCOMPARE(rows.size(), 4);
    QStringList marked;
    for (const QStringList &row : rows.mid(1)) {
        if (row.first() == u"*"_s)
            marked << row.value(1);
    }
    QCOMPARE(marked, QStringList{u"cstor-sim-read-only"_s});
    // ... and `get` uses that context (the read-only user may list).
    r = console({u"get"_s, u"pools"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(rowsOf(r.out).size(), 4);

    // No KUBECONFIG: ~/.kube/config.
    const QString home = m_dir.filePath(u"otherhome"_s);
    QVERIFY(QDir().mkpath(home + u"/.kube"_s));
    QVERIFY(QFile::copy(m_kubeconfig, home + u"/.kube/config"_s));
    env = cleanEnvironment();
    env.insert(u"HOME"_s, home);
    r = console({u"contexts"_s, u"-o"_s, u"json"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(jsonArrayOf(r.out).size(), 3);
}

void TestCommandLine::contextsErrorsNameTheFile()
{
    const QString broken =
        writeFile(u"broken/kubeconfig"_s, "apiVersion: v1\nclusters:\n- name: x\n  cluster: [\n");
    Result r = console({u"contexts"_s, u"--kubeconfig"_s, broken});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(broken), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = console({u"get"_s, u"pools"_s, u"--kubeconfig"_s, broken});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(broken), qPrintable(r.err));

    const QString missing = m_dir.filePath(u"broken/missing"_s);
    r = console({u"contexts"_s, u"--kubeconfig"_s, missing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));

    // No kubeconfig anywhere: as kubectl, no context to list (a warning says where it was
    // looked for); a verb that talks to a cluster fails, naming the places (kubectl would try
    // http://localhost:8080).
    r = console({u"contexts"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(rowsOf(r.out).size(), 1);
    QVERIFY2(r.err.contains(m_dir.filePath(u"home/.kube/config"_s)), qPrintable(r.err));
    QProcessEnvironment onlyMissing = cleanEnvironment();
    onlyMissing.insert(u"KUBECONFIG"_s, missing + u':' + missing + u"-too"_s);
    r = console({u"contexts"_s, u"-o"_s, u"name"_s}, onlyMissing);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(missing + u"-too"_s), qPrintable(r.err));
    r = console({u"get"_s, u"pools"_s}, onlyMissing);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no kubeconfig found"_s) && r.err.contains(missing + u"-too"_s),
             qPrintable(r.err));

    // A manifest of another kind is not a kubeconfig.
    const QString pod = writeFile(u"broken/pod.yaml"_s, "apiVersion: v1\nkind: Pod\n");
    r = console({u"contexts"_s, u"--kubeconfig"_s, pod});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(pod) && r.err.contains(u"Pod"_s), qPrintable(r.err));
}

void TestCommandLine::getPools()
{
    const Result r = console({u"get"_s, u"pools"_s, u"--kubeconfig"_s, m_kubeconfig});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> rows = rowsOf(r.out);
    QCOMPARE(rows.size(), 4);
    const QStringList header = rows[0];
    QCOMPARE(header.value(0), u"NAME"_s);
    const qsizetype node = header.indexOf(u"NODE"_s);
    const qsizetype status = header.indexOf(u"STATUS"_s);
    const qsizetype readOnly = header.indexOf(u"READONLY"_s);
    QVERIFY(node > 0 && status > 0 && readOnly > 0);
    QStringList nodes;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        QVERIFY2(row[0].startsWith(u"cspc-stripe-pool-"_s), qPrintable(row.join(u' ')));
        QCOMPARE(row[status], u"ONLINE"_s);
        QCOMPARE(row[readOnly], u"false"_s);
        nodes << row[node];
    }
    nodes.sort();
    QCOMPARE(nodes, (QStringList{u"e2e1-node1"_s, u"e2e1-node2"_s, u"e2e1-node3"_s}));
    QVERIFY2(r.out.contains(QRegularExpression(k6qkw + u"\\s+e2e1-node1\\s+cspc-stripe-pool\\s"_s)),
             qPrintable(r.out));
}

void TestCommandLine::getPoolsJson()
{
    const Result r =
        console({u"get"_s, u"pools"_s, u"--kubeconfig"_s, m_kubeconfig, u"-o"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray pools = jsonArrayOf(r.out);
    QCOMPARE(pools.size(), 3);
    for (const QJsonValue &value : pools) {
        const QJsonObject pool = value.toObject();
        QVERIFY(pool.value("name"_L1).toString().startsWith(u"cspc-stripe-pool-"_s));
        QCOMPARE(pool.value("poolCluster"_L1).toString(), u"cspc-stripe-pool"_s);
        QVERIFY(pool.value("node"_L1).toString().startsWith(u"e2e1-node"_s));
        // Raw byte counts, not display strings.
        QVERIFY(pool.value("capacityBytes"_L1).isDouble());
        QVERIFY(pool.value("capacityBytes"_L1).toDouble() > 1e9);
        QVERIFY(pool.value("freeBytes"_L1).toDouble() > 0);
        QVERIFY(pool.value("usedBytes"_L1).toDouble() >= 0);
        QVERIFY(pool.value("readOnly"_L1).isBool());
        QCOMPARE(pool.value("phase"_L1).toString(), u"ONLINE"_s);
    }
}

void TestCommandLine::getReplicasJsonMatchesKubectl()
{
    const Result r =
        console({u"get"_s, u"replicas"_s, u"--kubeconfig"_s, m_kubeconfig, u"-o"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray replicas = jsonArrayOf(r.out);
    QVERIFY(replicas.size() >= 2);
    QStringList pools, nodes;
    const qint64 used = Cstor::Capacity::parseZfsSize(u"1.47G").value_or(-1);
    for (const QJsonValue &value : replicas) {
        const QJsonObject replica = value.toObject();
        if (replica.value("volume"_L1).toString() != kVolume)
            continue;
        pools << replica.value("pool"_L1).toString();
        nodes << replica.value("node"_L1).toString();
        QCOMPARE(replica.value("name"_L1).toString(),
                 kVolume + u'-' + replica.value("pool"_L1).toString());
        QCOMPARE(replica.value("phase"_L1).toString(), u"Healthy"_s);
        QCOMPARE(qint64(replica.value("usedBytes"_L1).toDouble()), used);
    }
    pools.sort();
    nodes.sort();
    QVERIFY2(pools.size() >= 2, qPrintable(r.out.left(2000)));
    QVERIFY(pools.contains(k6qkw));
    QVERIFY(pools.contains(kPn9p));
    QVERIFY(nodes.contains(u"e2e1-node1"_s));
    QVERIFY(nodes.contains(u"e2e1-node2"_s));

    // The table has the same rows.
    const Result table = console({u"get"_s, u"cvr"_s, u"--kubeconfig"_s, m_kubeconfig});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QCOMPARE(rowsOf(table.out).size(), replicas.size() + 1);

    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed: counts not compared with kubectl");
    const QStringList names = kubectlNames(u"cvr"_s);
    QCOMPARE(names.size(), replicas.size());
    for (const QJsonValue &value : replicas) {
        const QString name = value.toObject().value("name"_L1).toString();
        QVERIFY2(names.contains(u"cstorvolumereplica.cstor.openebs.io/"_s + name),
                 qPrintable(name));
    }
}

void TestCommandLine::getVolumes()
{
    Result r = console({u"get"_s, u"volumes"_s, u"--kubeconfig"_s, m_kubeconfig});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> rows = rowsOf(r.out);
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows[0], (QStringList{u"NAME"_s, u"CAPACITY"_s, u"DESIRED"_s, u"HEALTHY"_s,
                                   u"STATUS"_s, u"CLAIM"_s, u"AGE"_s}));
    QStringList row;
    for (const QStringList &candidate : rows) {
        if (candidate.value(0) == kVolume)
            row = candidate;
    }
    QCOMPARE(row.mid(0, 6),
             (QStringList{kVolume, u"5GiB"_s, u"2"_s, u"2"_s, u"Healthy"_s, u"Bound"_s}));

    r = console({u"get"_s, u"volumes"_s, u"--kubeconfig"_s, m_kubeconfig, u"-o"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject volume;
    const QJsonArray volumes = jsonArrayOf(r.out);
    QCOMPARE(volumes.size(), rows.size() - 1);
    for (const QJsonValue &value : volumes) {
        if (value.toObject().value("name"_L1).toString() == kVolume)
            volume = value.toObject();
    }
    QCOMPARE(qint64(volume.value("capacityBytes"_L1).toDouble()), qint64(5) << 30);
    QCOMPARE(volume.value("desiredReplicas"_L1).toInt(), 2);
    QCOMPARE(volume.value("healthyReplicas"_L1).toInt(), 2);
    QCOMPARE(volume.value("pools"_L1).toArray(), (QJsonArray{k6qkw, kPn9p}));
    // Who uses it: its claim (from its PersistentVolume) and the pod that mounts the claim.
    const QJsonObject claim = volume.value("persistentVolumeClaim"_L1).toObject();
    QCOMPARE(claim.value("namespace"_L1).toString(), u"default"_s);
    QCOMPARE(claim.value("name"_L1).toString(), u"demo-cstor-pvc"_s);
    const QJsonArray pods = claim.value("pods"_L1).toArray();
    QCOMPARE(pods.size(), 1);
    const QJsonObject pod = pods.first().toObject();
    QVERIFY2(pod.value("name"_L1).toString().startsWith(u"demo-cstor-pvc-app-"_s),
             qPrintable(pod.value("name"_L1).toString()));
    QVERIFY(!pod.value("node"_L1).toString().isEmpty());
    QCOMPARE(pod.value("state"_L1).toString(), u"Running"_s);

    r = console({u"get"_s, u"volumes"_s, u"-o"_s, u"wide"_s, u"--kubeconfig"_s, m_kubeconfig});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList wide;
    for (const QStringList &candidate : rowsOf(r.out)) {
        if (candidate.value(0) == kVolume)
            wide = candidate;
    }
    QCOMPARE(wide.size(), 11);
    QCOMPARE(wide.at(9), u"default/demo-cstor-pvc"_s);
    QCOMPARE(wide.at(10), pod.value("name"_L1).toString());
}

void TestCommandLine::readOnlyAndCertificateContextsCanGet()
{
    for (const QString &context : {u"cstor-sim-read-only"_s, u"cstor-sim-cert"_s}) {
        const Result r = console(
            {u"get"_s, u"pools"_s, u"--kubeconfig"_s, m_kubeconfig, u"--context"_s, context});
        QVERIFY2(r.exitCode == 0, qPrintable(context + u": "_s + r.err));
        QCOMPARE(rowsOf(r.out).size(), 4);
    }
}

void TestCommandLine::emptyNamespace()
{
    Result r = console(
        {u"get"_s, u"replicas"_s, u"--kubeconfig"_s, m_kubeconfig, u"-n"_s, u"elsewhere"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"No resources found in elsewhere namespace."_s), qPrintable(r.err));
    r = console({u"get"_s, u"replicas"_s, u"--kubeconfig"_s, m_kubeconfig, u"--namespace"_s,
                 u"elsewhere"_s, u"-o"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(jsonArrayOf(r.out).size(), 0);
}

void TestCommandLine::wrongTokenIsUnauthorized()
{
    QFile original(m_kubeconfig);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    const QByteArray token = m_sim.sim()->server()->adminToken().toUtf8();
    QVERIFY(text.contains(token));
    text.replace(token, "not-the-right-token");
    const QString path = writeFile(u"wrong-token/kubeconfig"_s, text);
    const Result r = console({u"get"_s, u"pools"_s, u"--kubeconfig"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Unauthorized"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"\"admin\""_s), qPrintable(r.err)); // which user to fix
    QVERIFY(r.out.isEmpty());
}

void TestCommandLine::anonymousUserIsForbidden()
{
    // A context without a user, merged in from a second file: the server says Forbidden.
    const QString anonymous = writeFile(
        u"anonymous/kubeconfig"_s, "contexts:\n- name: anonymous\n  context: {cluster: cstor-sim}\n"
                                   "current-context: anonymous\n");
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"KUBECONFIG"_s, anonymous + u':' + m_kubeconfig);
    const Result r = console({u"get"_s, u"replicas"_s}, env);
    QCOMPARE(r.exitCode, 1);
    // The server's message verbatim; the context sets no namespace, so openebs is read.
    QVERIFY2(
        r.err.contains(u"forbidden: User \"system:anonymous\" cannot get path "
                       "\"/apis/cstor.openebs.io/v1/namespaces/openebs/cstorvolumereplicas\""_s),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--context"_s), qPrintable(r.err)); // and what to do
}

void TestCommandLine::untrustedServerIsATlsError()
{
    // The kubeconfig trusts another cluster's CA.
    Sim::CertificateAuthority other;
    QString error;
    QVERIFY2(other.generate(u"another-cluster-ca"_s, &error), qPrintable(error));
    QFile original(m_kubeconfig);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    const QByteArray ca = m_sim.sim()->server()->caCertificatePem().toBase64();
    QVERIFY(text.contains(ca));
    text.replace(ca, other.caCertificatePem().toBase64());
    const QString path = writeFile(u"other-ca/kubeconfig"_s, text);
    const Result r = console({u"get"_s, u"replicas"_s, u"--kubeconfig"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"x509: certificate signed by unknown authority"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"certificate-authority"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCommandLine::unknownContextIsNamed()
{
    const Result r = console({u"get"_s, u"pools"_s, u"--kubeconfig"_s, m_kubeconfig, u"--context"_s,
                              u"no-such-context"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"\"no-such-context\""_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(m_kubeconfig), qPrintable(r.err));
}

void TestCommandLine::unreachableServer()
{
    QTcpServer probe; // a port nobody listens on any more
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString gone =
        writeFile(u"gone/kubeconfig"_s,
                  "clusters:\n- name: gone\n  cluster:\n    server: https://127.0.0.1:" +
                      QByteArray::number(port) +
                      "\n    insecure-skip-tls-verify: true\n"
                      "contexts:\n- name: gone\n  context: {cluster: gone, user: admin, namespace: "
                      "openebs}\n");
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"KUBECONFIG"_s, gone + u':' + m_kubeconfig);
    const Result r = console({u"get"_s, u"volumes"_s, u"--context"_s, u"gone"_s}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"cannot reach https://127.0.0.1:%1"_s.arg(port)), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"reachable"_s), qPrintable(r.err));
}

void TestCommandLine::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("get without what") << QStringList{u"get"_s};
    QTest::newRow("get something else") << QStringList{u"get"_s, u"pods"_s};
    QTest::newRow("get two things") << QStringList{u"get"_s, u"pools"_s, u"volumes"_s};
    QTest::newRow("output xml") << QStringList{u"get"_s, u"pools"_s, u"-o"_s, u"xml"_s};
    QTest::newRow("contexts wide") << QStringList{u"contexts"_s, u"-o"_s, u"wide"_s};
    QTest::newRow("unknown option") << QStringList{u"contexts"_s, u"--bogus"_s};
    QTest::newRow("contexts with a name") << QStringList{u"contexts"_s, u"extra"_s};
    // kubectl's --request-timeout: a number of seconds or a duration with its unit.
    QTest::newRow("request timeout not a duration")
        << QStringList{u"get"_s, u"pools"_s, u"--request-timeout"_s, u"soon"_s};
    QTest::newRow("request timeout without its unit")
        << QStringList{u"get"_s, u"pools"_s, u"--request-timeout=1.5"_s};
    QTest::newRow("negative request timeout")
        << QStringList{u"doctor"_s, u"--request-timeout"_s, u"-5"_s};
    QTest::newRow("request timeout of migrate") << QStringList{u"--request-timeout"_s,
                                                               u"5x"_s,
                                                               u"migrate"_s,
                                                               u"v"_s,
                                                               u"--from"_s,
                                                               u"a"_s,
                                                               u"--to"_s,
                                                               u"b"_s};
}

void TestCommandLine::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, args);
    const Result r = console(args + QStringList{u"--kubeconfig"_s, m_kubeconfig});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(r.out.isEmpty());
    if (args.join(u' ').contains(u"request-timeout"_s))
        QVERIFY2(r.err.contains(u"invalid --request-timeout"_s) &&
                     r.err.contains(u"(e.g. 1s | 2m | 3h)"_s),
                 qPrintable(r.err));
}

// As kubectl: global flags may come before the verb, never opening a window.
void TestCommandLine::flagsBeforeTheVerb()
{
    const Result after =
        console({u"get"_s, u"pools"_s, u"--kubeconfig"_s, m_kubeconfig, u"-n"_s, u"openebs"_s});
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QProcessEnvironment env = cleanEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    const Result before = console(
        {u"--kubeconfig"_s, m_kubeconfig, u"-n"_s, u"openebs"_s, u"get"_s, u"pools"_s}, env);
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));
    QCOMPARE(before.out, after.out);
    const Result joined = console({u"--kubeconfig="_s + m_kubeconfig, u"get"_s, u"pools"_s}, env);
    QVERIFY2(joined.exitCode == 0, qPrintable(joined.err));
    QCOMPARE(joined.out, after.out);
    // --request-timeout (a duration or seconds) anywhere on the line, as kubectl takes it.
    for (const QStringList &line : {QStringList{u"--request-timeout"_s, u"1m"_s, u"--kubeconfig"_s,
                                                m_kubeconfig, u"get"_s, u"pools"_s},
                                    QStringList{u"get"_s, u"pools"_s, u"--request-timeout=30"_s,
                                                u"--kubeconfig"_s, m_kubeconfig},
                                    QStringList{u"get"_s, u"--request-timeout"_s, u"0"_s,
                                                u"pools"_s, u"--kubeconfig"_s, m_kubeconfig}}) {
        const Result timed = console(line, env);
        QVERIFY2(timed.exitCode == 0, qPrintable(line.join(u' ') + u": "_s + timed.err));
        QCOMPARE(timed.out, after.out);
    }
    // A usage error after global flags is still the verb's (exit 2), not the window's.
    const Result wrong = console({u"--kubeconfig"_s, m_kubeconfig, u"get"_s, u"pods"_s}, env);
    QCOMPARE(wrong.exitCode, 2);
}

// --no-headers, before or after the verb, leaves out only the title row of a table; JSON ignores
// it.
void TestCommandLine::noHeadersLeavesOutTheTitleRow()
{
    const auto names = [](const QString &out) {
        QStringList first;
        for (const QStringList &row : rowsOf(out))
            first << row.value(0);
        return first;
    };
    const Result table = console({u"get"_s, u"pools"_s, u"--kubeconfig"_s, m_kubeconfig});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QCOMPARE(names(table.out).value(0), u"NAME"_s);
    const Result after =
        console({u"get"_s, u"pools"_s, u"--kubeconfig"_s, m_kubeconfig, u"--no-headers"_s});
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QCOMPARE(names(after.out), names(table.out).mid(1));
    const Result before =
        console({u"--no-headers"_s, u"--kubeconfig"_s, m_kubeconfig, u"get"_s, u"pools"_s});
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));
    QCOMPARE(names(before.out), names(after.out));

    const Result contexts =
        console({u"contexts"_s, u"--kubeconfig"_s, m_kubeconfig, u"--no-headers"_s});
    QVERIFY2(contexts.exitCode == 0, qPrintable(contexts.err));
    QCOMPARE(rowsOf(contexts.out).size(), 3);
    QVERIFY2(!contexts.out.contains(u"CURRENT"_s), qPrintable(contexts.out));

    const Result json = console({u"get"_s, u"pools"_s, u"--kubeconfig"_s, m_kubeconfig, u"-o"_s,
                                 u"json"_s, u"--no-headers"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QJsonParseError error{};
    QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestCommandLine::getWideYamlAndNameAsKubectl_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("resource"); // as kubectl names it
    QTest::addColumn<QStringList>("wideColumns");
    QTest::newRow("pools") << u"pools"_s << u"cspi"_s << QStringList{u"TYPE"_s, u"READONLY-AT"_s};
    QTest::newRow("replicas") << u"replicas"_s << u"cvr"_s
                              << QStringList{u"REPLICA-ID"_s, u"CLONE-OF"_s};
    QTest::newRow("volumes") << u"volumes"_s << u"cvc"_s
                             << QStringList{u"RF/CF"_s, u"POOLS"_s, u"PVC"_s, u"USED-BY"_s};
}

// -o wide is the table with more columns; -o yaml the rows of -o json; -o name what kubectl
// prints for the same objects.
void TestCommandLine::getWideYamlAndNameAsKubectl()
{
    QFETCH(QString, what);
    QFETCH(QString, resource);
    QFETCH(QStringList, wideColumns);
    const auto get = [&](const QString &format) {
        return console({u"get"_s, what, u"-o"_s, format, u"--kubeconfig"_s, m_kubeconfig, u"-n"_s,
                        u"openebs"_s});
    };
    const Result table = get(u"table"_s);
    const Result wide = get(u"wide"_s);
    QVERIFY2(table.exitCode == 0 && wide.exitCode == 0, qPrintable(table.err + wide.err));
    const QList<QStringList> tableRows = rowsOf(table.out);
    const QList<QStringList> wideRows = rowsOf(wide.out);
    QCOMPARE(wideRows.size(), tableRows.size());
    QCOMPARE(wideRows.first(), tableRows.first() + wideColumns);
    for (qsizetype row = 1; row < wideRows.size(); ++row) {
        QCOMPARE(wideRows.at(row).mid(0, tableRows.at(row).size()), tableRows.at(row));
        QCOMPARE(wideRows.at(row).size(), tableRows.at(row).size() + wideColumns.size());
    }

    const Result json = get(u"json"_s);
    const Result yaml = get(u"yaml"_s);
    QVERIFY2(json.exitCode == 0 && yaml.exitCode == 0, qPrintable(json.err + yaml.err));
    const QJsonArray rows = jsonArrayOf(json.out);
    const YAML::Node parsed = YAML::Load(yaml.out.toStdString());
    QVERIFY(parsed.IsSequence());
    QCOMPARE(qsizetype(parsed.size()), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const YAML::Node item = parsed[size_t(i)];
        QCOMPARE(qsizetype(item.size()), row.size());
        for (auto it = row.begin(); it != row.end(); ++it) {
            const YAML::Node value = item[it.key().toStdString()];
            QVERIFY2(value.IsDefined(), qPrintable(it.key()));
            if (it->isString())
                QCOMPARE(QString::fromStdString(value.as<std::string>()), it->toString());
            else if (it->isDouble())
                QCOMPARE(value.as<double>(), it->toDouble());
            else if (it->isBool())
                QCOMPARE(value.as<bool>(), it->toBool());
            else if (it->isArray())
                QCOMPARE(qsizetype(value.size()), it->toArray().size());
        }
    }

    const Result names = get(u"name"_s);
    QVERIFY2(names.exitCode == 0, qPrintable(names.err));
    QCOMPARE(names.out.split(u'\n', Qt::SkipEmptyParts), kubectlNames(resource));
}

void TestCommandLine::contextsByName()
{
    const Result r = console({u"contexts"_s, u"-o"_s, u"name"_s, u"--kubeconfig"_s, m_kubeconfig});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList names = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(names.size(), 3);
    QVERIFY(names.contains(u"cstor-sim"_s));
}

// The window without a display: a clear message and exit 1, not Qt's abort.
void TestCommandLine::windowWithoutDisplaySaysSo()
{
    QProcessEnvironment env = cleanEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    const Result r = console({u"--kubeconfig"_s, m_kubeconfig}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"WAYLAND_DISPLAY"_s) && r.err.contains(u"get pools"_s),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

// A replica whose spec.replicaid is a number, not a string: get lists the others, names the
// skipped one and what is wrong on stderr, and exits 1 (a script must not take the list for
// the whole); doctor the same; a verb that follows the cluster (rebalance) names it too.
void TestCommandLine::skippedObjectsAreNamedAndFail()
{
    QString error;
    QVERIFY2(
        m_sim.sim()->faults()->apply({{u"pausedControllers"_s, QJsonArray{u"pool"_s}}}, &error),
        qPrintable(error));
    const QString name = kVolume + u"-"_s + k6qkw;
    const std::optional<QJsonObject> original =
        m_sim.sim()->store()->get(SeedNames::kCvr, SeedNames::kNamespace, name);
    QVERIFY(original);
    const auto write = [this](QJsonObject object) {
        QJsonObject metadata = object.value("metadata"_L1).toObject();
        metadata.remove(u"resourceVersion"_s);
        object.insert(u"metadata"_s, metadata);
        return std::holds_alternative<QJsonObject>(
            m_sim.sim()->store()->update(SeedNames::kCvr, object));
    };
    const auto restore = qScopeGuard([&] {
        write(*original);
        QString ignored;
        m_sim.sim()->faults()->apply({{u"pausedControllers"_s, QJsonArray{}}}, &ignored);
    });
    QJsonObject broken = *original;
    QJsonObject spec = broken.value("spec"_L1).toObject();
    spec.insert(u"replicaid"_s, 42);
    broken.insert(u"spec"_s, spec);
    QVERIFY(write(broken));

    const Result r = console({u"get"_s, u"replicas"_s, u"--kubeconfig"_s, m_kubeconfig});
    qInfo("stderr: %s", qPrintable(r.err.trimmed()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"warning: skipping cstorvolumereplica \"%1\""_s.arg(name)) &&
                 r.err.contains(u"spec.replicaid"_s),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u"error: 1 object skipped"_s), qPrintable(r.err));
    QVERIFY(!r.out.contains(name));
    QVERIFY(r.out.contains(kVolume + u"-"_s + kPn9p)); // the others are listed

    const Result doctor = console({u"doctor"_s, u"--kubeconfig"_s, m_kubeconfig});
    QCOMPARE(doctor.exitCode, 1);
    QVERIFY2(doctor.err.contains(u"skipping cstorvolumereplica \"%1\""_s.arg(name)) &&
                 doctor.err.contains(u"error: 1 object skipped"_s),
             qPrintable(doctor.err));

    // A verb that follows the cluster names it once when it is left out, and again at its end.
    const Result rebalance =
        console({u"rebalance"_s, u"--dry-run"_s, u"--kubeconfig"_s, m_kubeconfig});
    qInfo("rebalance --dry-run: exit %d; stderr: %s", rebalance.exitCode,
          qPrintable(rebalance.err.trimmed()));
    QCOMPARE(rebalance.err.count(u"warning: skipping cstorvolumereplica \"%1\""_s.arg(name)), 1);
    QVERIFY2(rebalance.err.contains(u"spec.replicaid: expected a string, got a number"_s),
             qPrintable(rebalance.err));
    QVERIFY2(rebalance.err.contains(u"warning: 1 object of the cluster still could not be read "
                                    u"when this command ended"_s),
             qPrintable(rebalance.err));

    // No move of a volume the console cannot wholly read: its other replica stays where it is.
    const Result move = console({u"migrate"_s, kVolume, u"--from"_s, kPn9p, u"--to"_s, kPsz5,
                                 u"--dry-run"_s, u"--kubeconfig"_s, m_kubeconfig});
    qInfo("migrate --dry-run: exit %d; stdout: %s", move.exitCode, qPrintable(move.out.trimmed()));
    QCOMPARE(move.exitCode, 1);
    QVERIFY2(move.out.contains(u"Every object of the volume can be read"_s) &&
                 move.out.contains(u"not read: cstorvolumereplica %1"_s.arg(name)),
             qPrintable(move.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
