// The simulator's Kubernetes API as the real kubectl sees it: printer columns, watches, paging,
// RBAC, every bundled kubectl version the dispatcher picks, Status errors, and a server that
// survives garbage on the wire.
#include "models/kube/kubeconfig.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/simharness.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kVolume = u"pvc-d1b26676-5035-4e5b-b564-68869b023306"_s;
const QString kOtherVolume = u"pvc-3f1c9a52-8e47-4d0b-9a1e-2c5b7d9e6f31"_s;
const QString k6qkw = u"cspc-stripe-pool-6qkw"_s;
const QString kPn9p = u"cspc-stripe-pool-pn9p"_s;
const QString kPsz5 = u"cspc-stripe-pool-psz5"_s;
const QString kCvcPath = u"/apis/cstor.openebs.io/v1/namespaces/openebs/cstorvolumeconfigs"_s;
const QString kCvrPath = u"/apis/cstor.openebs.io/v1/namespaces/openebs/cstorvolumereplicas"_s;
const QString kReadOnly = u"cstor-sim-read-only"_s;
const QString kCert = u"cstor-sim-cert"_s;

const QStringList kCspcHeader{u"NAME"_s, u"HEALTHYINSTANCES"_s, u"PROVISIONEDINSTANCES"_s,
                              u"DESIREDINSTANCES"_s, u"AGE"_s};
const QStringList kCspiHeader{u"NAME"_s,
                              u"HOSTNAME"_s,
                              u"FREE"_s,
                              u"CAPACITY"_s,
                              u"READONLY"_s,
                              u"PROVISIONEDREPLICAS"_s,
                              u"HEALTHYREPLICAS"_s,
                              u"STATUS"_s,
                              u"AGE"_s};
const QStringList kCspiWideHeader{u"NAME"_s,
                                  u"HOSTNAME"_s,
                                  u"ALLOCATED"_s,
                                  u"FREE"_s,
                                  u"CAPACITY"_s,
                                  u"READONLY"_s,
                                  u"PROVISIONEDREPLICAS"_s,
                                  u"HEALTHYREPLICAS"_s,
                                  u"TYPE"_s,
                                  u"STATUS"_s,
                                  u"AGE"_s};
const QStringList kCvcHeader{u"NAME"_s, u"CAPACITY"_s, u"STATUS"_s, u"AGE"_s};
const QStringList kCvrHeader{u"NAME"_s, u"ALLOCATED"_s, u"USED"_s, u"STATUS"_s, u"AGE"_s};

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// One table of `kubectl get` output: the header and the rows, split at whitespace.
struct Table
{
    QStringList header;
    QList<QStringList> rows;

    // The cells of the row whose name is `name` (or ends in "/name"), without the name.
    QStringList row(const QString &name) const
    {
        for (const QStringList &cells : rows) {
            if (cells.value(0) == name || cells.value(0).endsWith(u'/' + name))
                return cells.mid(1, cells.size() - 2); // without NAME and AGE
        }
        return {};
    }
};

QList<Table> parseTables(const QString &output)
{
    static const QRegularExpression space(u"\\s+"_s);
    QList<Table> tables;
    bool startNew = true;
    for (const QString &line : output.split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            startNew = true;
            continue;
        }
        const QStringList cells = line.trimmed().split(space);
        if (startNew) {
            tables.append(Table{cells, {}});
            startNew = false;
        } else {
            tables.last().rows.append(cells);
        }
    }
    return tables;
}

// The table whose rows are named "<kind>.cstor.openebs.io/...".
Table tableOf(const QList<Table> &tables, const QString &kind)
{
    for (const Table &table : tables) {
        if (!table.rows.isEmpty() &&
            table.rows.first().value(0).startsWith(kind + u".cstor.openebs.io/"_s))
            return table;
    }
    return {};
}

QString poolsPatch(const QStringList &pools)
{
    QStringList entries;
    for (const QString &pool : pools)
        entries.append(u"{\"poolName\":\"%1\"}"_s.arg(pool));
    return u"{\"spec\":{\"policy\":{\"replicaPoolInfo\":[%1]}}}"_s.arg(entries.join(u","_s));
}

// What a raw HTTP exchange brought back.
struct HttpReply
{
    int code = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// The kubeconfig written by the simulator, read back: server, CA and the users' tokens.
struct KubeconfigData
{
    QUrl server;
    QByteArray caPem;
    QString adminToken;
    QString readOnlyToken;
};

KubeconfigData readKubeconfig(const QString &path)
{
    KubeconfigData data;
    QString error;
    const auto kubeconfig =
        Kube::Kubeconfig::load(Kube::KubeconfigSources::fromEnvironment(path), &error);
    if (!kubeconfig)
        return data;
    if (const auto admin = kubeconfig->resolve(u"cstor-sim"_s, &error)) {
        data.server = admin->server;
        data.caPem = admin->caPem;
        data.adminToken = admin->token;
    }
    if (const auto readOnly = kubeconfig->resolve(kReadOnly, &error))
        data.readOnlyToken = readOnly->token;
    return data;
}
} // namespace

class TestKubectlApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getShowsPrinterColumnsAndSeedValues();
    void watchStreamsChanges();
    void chunkedListPages();
    void authCanIFollowsRbac();
    void everyBundledKubectlVersion_data();
    void everyBundledKubectlVersion();
    void everyResponseIsUncached();
    void errorsArriveAsStatus();
    void survivesGarbageOnTheWire();

private:
    Result kubectl(const SimHarness &harness, const QStringList &args,
                   const QString &context = QString(), const QString &kubeconfig = QString());
    HttpReply request(const SimHarness &harness, const QByteArray &method, const QString &path,
                      const QByteArray &body = QByteArray(),
                      const QByteArray &contentType = QByteArray(), const QString &token = {});
    QByteArray rawExchange(const SimHarness &harness, const QByteArray &bytes, bool *closed,
                           const std::function<bool(const QByteArray &)> &done = {});

    QString m_kubectl;
};

void TestKubectlApi::initTestCase()
{
    m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
}

Result TestKubectlApi::kubectl(const SimHarness &harness, const QStringList &args,
                               const QString &context, const QString &kubeconfig)
{
    // Asynchronous: an in-process simulator keeps serving from this thread's event loop.
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    QStringList arguments{u"--kubeconfig"_s,
                          kubeconfig.isEmpty() ? harness.kubeconfigPath() : kubeconfig,
                          u"--cache-dir"_s, harness.dir() + u"/cache"_s};
    if (!context.isEmpty())
        arguments << u"--context"_s << context;
    process.start(m_kubectl, arguments + args);
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

HttpReply TestKubectlApi::request(const SimHarness &harness, const QByteArray &method,
                                  const QString &path, const QByteArray &body,
                                  const QByteArray &contentType, const QString &token)
{
    const KubeconfigData config = readKubeconfig(harness.kubeconfigPath());
    QUrl url = config.server;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(config.caPem));
    request.setSslConfiguration(ssl);
    request.setRawHeader("Authorization",
                         "Bearer " + (token.isNull() ? config.adminToken : token).toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(30000))
        return {};
    HttpReply result;
    result.code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    result.body = reply->readAll();
    return result;
}

// Whether `received` holds one complete reply with a Content-Length.
static bool oneReply(const QByteArray &received)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    static const QRegularExpression length(u"(?i)\\r\\ncontent-length:\\s*(\\d+)"_s);
    const auto match = length.match(QString::fromLatin1(received.left(end)));
    return match.hasMatch() && received.size() >= end + 4 + match.captured(1).toLongLong();
}

// Sends `bytes` on a fresh TLS connection (trusting the kubeconfig's CA) and collects what comes
// back until `done` says so or, without `done`, until the server closes the connection.
QByteArray TestKubectlApi::rawExchange(const SimHarness &harness, const QByteArray &bytes,
                                       bool *closed,
                                       const std::function<bool(const QByteArray &)> &done)
{
    const KubeconfigData config = readKubeconfig(harness.kubeconfigPath());
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(config.caPem));
    socket.setSslConfiguration(ssl);
    QByteArray received;
    *closed = false;
    connect(&socket, &QSslSocket::readyRead, this, [&] { received += socket.readAll(); });
    connect(&socket, &QSslSocket::disconnected, this, [&] { *closed = true; });
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(config.server.host(), quint16(config.server.port()));
    if (!encrypted.wait(10000))
        return "<no TLS connection: " + socket.errorString().toUtf8() + '>';
    socket.write(bytes);
    [[maybe_unused]] const bool finished =
        QTest::qWaitFor([&] { return *closed || (done && done(received)); }, 30000);
    received += socket.readAll();
    return received;
}

// --- 1. get: the CRDs' printer columns and the seed's values ----------------------------------

void TestKubectlApi::getShowsPrinterColumnsAndSeedValues()
{
    SimHarness harness;
    SimHarness::Options options;
    options.speed = 0; // the seed exactly as written
    QString error;
    QVERIFY2(harness.start(options, &error), qPrintable(error));

    Result r = kubectl(harness, {u"get"_s, u"cspc,cspi,cvc,cvr"_s, u"-n"_s, u"openebs"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QList<Table> tables = parseTables(r.out);
    QCOMPARE(tables.size(), 4);
    // Several kinds in one command: names are <kind>.<group>/<name>, one table per kind.
    const Table cspc = tableOf(tables, u"cstorpoolcluster"_s);
    QCOMPARE(cspc.header, kCspcHeader);
    QCOMPARE(cspc.row(u"cspc-stripe-pool"_s), (QStringList{u"3"_s, u"3"_s, u"3"_s}));
    Table cspi = tableOf(tables, u"cstorpoolinstance"_s);
    QCOMPARE(cspi.header, kCspiHeader);
    QCOMPARE(cspi.rows.size(), 3);
    QCOMPARE(cspi.row(k6qkw), (QStringList{u"e2e1-node1"_s, u"6380M"_s, u"9630M"_s, u"false"_s,
                                           u"3"_s, u"3"_s, u"ONLINE"_s}));
    QCOMPARE(cspi.row(kPn9p).value(0), u"e2e1-node2"_s);
    QCOMPARE(cspi.row(kPsz5).value(0), u"e2e1-node3"_s);
    const Table cvc = tableOf(tables, u"cstorvolumeconfig"_s);
    QCOMPARE(cvc.header, kCvcHeader);
    QCOMPARE(cvc.row(kVolume), (QStringList{u"5Gi"_s, u"Bound"_s}));
    const Table cvr = tableOf(tables, u"cstorvolumereplica"_s);
    QCOMPARE(cvr.header, kCvrHeader);
    QCOMPARE(cvr.row(kVolume + u'-' + k6qkw), (QStringList{u"1.26G"_s, u"1.47G"_s, u"Healthy"_s}));
    QCOMPARE(cvr.row(kVolume + u'-' + kPn9p), (QStringList{u"1.26G"_s, u"1.47G"_s, u"Healthy"_s}));
    QVERIFY(cvr.row(kVolume + u'-' + kPsz5).isEmpty());
    for (const Table &table : std::as_const(tables)) {
        for (const QStringList &row : table.rows)
            QVERIFY2(QRegularExpression(u"^\\d+[smhdy]"_s).match(row.last()).hasMatch(),
                     qPrintable(row.join(u' ')));
    }

    // -o wide adds the priority-1 columns (CSPI ALLOCATED and TYPE) and nothing else.
    r = kubectl(harness,
                {u"get"_s, u"cspc,cspi,cvc,cvr"_s, u"-n"_s, u"openebs"_s, u"-o"_s, u"wide"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    tables = parseTables(r.out);
    QCOMPARE(tables.size(), 4);
    QCOMPARE(tableOf(tables, u"cstorpoolcluster"_s).header, kCspcHeader);
    cspi = tableOf(tables, u"cstorpoolinstance"_s);
    QCOMPARE(cspi.header, kCspiWideHeader);
    QCOMPARE(cspi.row(k6qkw), (QStringList{u"e2e1-node1"_s, u"3250M"_s, u"6380M"_s, u"9630M"_s,
                                           u"false"_s, u"3"_s, u"3"_s, u"stripe"_s, u"ONLINE"_s}));
    QCOMPARE(cspi.row(kPn9p).value(1), u"5680M"_s);
    QCOMPARE(tableOf(tables, u"cstorvolumeconfig"_s).header, kCvcHeader);
    QCOMPARE(tableOf(tables, u"cstorvolumereplica"_s).header, kCvrHeader);

    // One kind, one object: the plain name, and the same columns.
    r = kubectl(harness, {u"get"_s, u"cvr"_s, kOtherVolume + u'-' + kPsz5, u"-n"_s, u"openebs"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    tables = parseTables(r.out);
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables.first().header, kCvrHeader);
    QCOMPARE(tables.first().rows.size(), 1);
    QCOMPARE(tables.first().rows.first().value(0), kOtherVolume + u'-' + kPsz5);
}

// --- 2. get -w: changes stream as rows --------------------------------------------------------

void TestKubectlApi::watchStreamsChanges()
{
    SimHarness harness;
    SimHarness::Options options;
    options.speed = 0; // no controller writes until the scale-up below
    QString error;
    QVERIFY2(harness.start(options, &error), qPrintable(error));
    QVERIFY(kubectl(harness, {u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s}).exitCode == 0); // warm

    const QString watched = kOtherVolume + u'-' + k6qkw;
    struct Watch
    {
        QProcess process;
        QString out;
        QString err;
    };
    const auto startWatch = [&](Watch *watch, const QStringList &args) {
        connect(&watch->process, &QProcess::readyReadStandardOutput, this, [watch] {
            watch->out += QString::fromUtf8(watch->process.readAllStandardOutput());
        });
        connect(&watch->process, &QProcess::readyReadStandardError, this, [watch] {
            watch->err += QString::fromUtf8(watch->process.readAllStandardError());
        });
        watch->process.start(m_kubectl,
                             QStringList{u"--kubeconfig"_s, harness.kubeconfigPath(),
                                         u"--cache-dir"_s, harness.dir() + u"/cache"_s, u"-v=6"_s} +
                                 args);
    };
    Watch all;
    Watch one;
    startWatch(&all, {u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-w"_s});
    startWatch(&one, {u"get"_s, u"cvr"_s, watched, u"-n"_s, u"openebs"_s, u"-w"_s});
    const auto cleanup = qScopeGuard([&] {
        for (Watch *watch : {&all, &one}) {
            watch->process.kill();
            watch->process.waitForFinished();
        }
    });
    // -v=6 logs the watch request once its response headers arrived: the stream is open.
    static const QRegularExpression watchOpen(
        u"GET https://\\S+cstorvolumereplicas\\?\\S*watch=true\\S* 200 OK"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(all.err.contains(watchOpen), qPrintable(all.err), 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(one.err.contains(watchOpen), qPrintable(one.err), 30000);
    // The list's rows once (a watch from the list's resourceVersion replays nothing), and the
    // single object once (its watch starts with a synthetic ADDED that kubectl hides).
    QTRY_COMPARE(all.out.count(u'\n'), 11);
    QVERIFY(all.out.contains(kVolume + u'-' + k6qkw));
    QTRY_COMPARE(one.out.count(u'\n'), 2);
    QCOMPARE(one.out.count(watched), 1);

    // A status change of the watched replica: both watches print it (the single-object watch
    // has swallowed its synthetic ADDED, not this change).
    QJsonObject cvr = *harness.sim()->store()->get(u"cstorvolumereplicas"_s, u"openebs"_s, watched);
    QJsonObject status = cvr.value("status"_L1).toObject();
    status.insert(u"phase"_s, u"Degraded"_s);
    cvr.insert(u"status"_s, status);
    QVERIFY(std::holds_alternative<QJsonObject>(
        harness.sim()->store()->update(u"cstorvolumereplicas"_s, cvr)));
    const QRegularExpression degraded(QRegularExpression::escape(watched) +
                                      u"\\s+\\S+\\s+\\S+\\s+Degraded\\s"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(one.out.contains(degraded), qPrintable(one.out), 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(all.out.contains(degraded), qPrintable(all.out), 30000);
    // Exactly one row more each: nothing was replayed before the change.
    QCOMPARE(one.out.count(u'\n'), 3);
    QCOMPARE(all.out.count(u'\n'), 12);

    // Scale the first volume up to psz5 with kubectl: the new replica streams into the list
    // watch only.
    harness.sim()->setSpeed(100);
    const Result patched =
        kubectl(harness, {u"patch"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s, u"--type=merge"_s,
                          u"-p"_s, poolsPatch({k6qkw, kPn9p, kPsz5})});
    QVERIFY2(patched.exitCode == 0, qPrintable(patched.err));
    QTRY_VERIFY2_WITH_TIMEOUT(all.out.contains(kVolume + u'-' + kPsz5), qPrintable(all.out), 30000);
    QVERIFY(!one.out.contains(kPsz5));
    QVERIFY(!one.out.contains(kVolume));
    // The header once per stream: later events carry no column definitions.
    QCOMPARE(all.out.count(u"ALLOCATED"_s), 1);
    QCOMPARE(one.out.count(u"ALLOCATED"_s), 1);
    QCOMPARE(all.process.state(), QProcess::Running);
    QCOMPARE(one.process.state(), QProcess::Running);
}

// --- 3. --chunk-size pages the list -----------------------------------------------------------

void TestKubectlApi::chunkedListPages()
{
    SimHarness harness;
    SimHarness::Options options;
    options.speed = 0;
    options.generateSpec = u"nodes=40,pools-per-node=1,volumes=400,replicas=3"_s;
    QString error;
    QVERIFY2(harness.start(options, &error), qPrintable(error));
    QSet<QString> expected;
    for (const QJsonObject &object :
         harness.sim()->store()->list(u"cstorvolumereplicas"_s, u"openebs"_s))
        expected.insert(object.value("metadata"_L1).toObject().value("name"_L1).toString());
    QCOMPARE(expected.size(), 1200);

    const Result r = kubectl(
        harness, {u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"--chunk-size=500"_s, u"-v=6"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err.right(2000)));
    const QList<Table> tables = parseTables(r.out);
    QCOMPARE(tables.size(), 1); // one header for all pages
    QCOMPARE(tables.first().header, kCvrHeader);
    QSet<QString> names;
    for (const QStringList &row : tables.first().rows)
        names.insert(row.value(0));
    QCOMPARE(tables.first().rows.size(), 1200);
    QCOMPARE(names, expected);
    // Three pages: the first without a continue token, then two that follow it.
    static const QRegularExpression pageRequest(
        u"GET https://\\S+/cstorvolumereplicas\\?(\\S*) 200 OK"_s);
    QStringList queries;
    for (auto it = pageRequest.globalMatch(r.err); it.hasNext();)
        queries.append(it.next().captured(1));
    QCOMPARE(queries.size(), 3);
    QCOMPARE(queries.at(0), u"limit=500"_s);
    QVERIFY2(queries.at(1).startsWith(u"continue="_s) && queries.at(1).endsWith(u"&limit=500"_s),
             qPrintable(queries.at(1)));
    QVERIFY2(queries.at(2).startsWith(u"continue="_s) && queries.at(2) != queries.at(1),
             qPrintable(queries.at(2)));
}

// --- 4. auth can-i per user -------------------------------------------------------------------

void TestKubectlApi::authCanIFollowsRbac()
{
    SimHarness harness;
    SimHarness::Options options;
    options.speed = 0;
    QString error;
    QVERIFY2(harness.start(options, &error), qPrintable(error));
    const QStringList canPatch{u"auth"_s, u"can-i"_s, u"patch"_s, u"cvc"_s, u"-n"_s, u"openebs"_s};

    Result r = kubectl(harness, canPatch);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"yes"_s);
    r = kubectl(harness, canPatch, kReadOnly);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.trimmed(), u"no"_s);
    // The client certificate's organization is system:masters: the cluster-admin binding.
    r = kubectl(harness, canPatch, kCert);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"yes"_s);
    // Read-only may read, and nobody but an admin writes.
    r = kubectl(harness, {u"auth"_s, u"can-i"_s, u"list"_s, u"cvr"_s, u"-n"_s, u"openebs"_s},
                kReadOnly);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"yes"_s);
    r = kubectl(harness, {u"auth"_s, u"can-i"_s, u"delete"_s, u"cvr"_s, u"-n"_s, u"openebs"_s},
                kReadOnly);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.trimmed(), u"no"_s);
}

// --- 5. every kubectl the dispatcher can pick -------------------------------------------------

void TestKubectlApi::everyBundledKubectlVersion_data()
{
    QTest::addColumn<QString>("version");
    for (int minor = 27; minor <= 33; ++minor)
        QTest::newRow(qPrintable(u"1.%1"_s.arg(minor))) << u"1.%1"_s.arg(minor);
}

void TestKubectlApi::everyBundledKubectlVersion()
{
    QFETCH(QString, version);
    const QString minor = version.section(u'.', 1);
    SimHarness harness;
    SimHarness::Options options;
    options.speed = 0;
    options.kubeVersion = version;
    QString error;
    QVERIFY2(harness.start(options, &error), qPrintable(error));

    // The dispatcher ran the kubectl of the server's minor version.
    Result r = kubectl(harness, {u"version"_s, u"-o"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject versions = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(versions.value("serverVersion"_L1).toObject().value("minor"_L1).toString(), minor);
    QVERIFY2(versions.value("serverVersion"_L1)
                 .toObject()
                 .value("gitVersion"_L1)
                 .toString()
                 .startsWith(u"v"_s + version + u'.'),
             qPrintable(r.out));
    // (The default binary reports "32+".)
    QCOMPARE(
        versions.value("clientVersion"_L1).toObject().value("minor"_L1).toString().remove(u'+'),
        minor);

    // get (with -v=8: every response's headers), get -o wide, patch, auth can-i.
    r = kubectl(harness, {u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-v=8"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QList<Table> tables = parseTables(r.out);
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables.first().header, kCvrHeader);
    QCOMPARE(tables.first().rows.size(), 10);
    QCOMPARE(tables.first().row(kVolume + u'-' + k6qkw),
             (QStringList{u"1.26G"_s, u"1.47G"_s, u"Healthy"_s}));
    // "Response Headers:" up to 1.32, "\"Response\" status=... headers=<" from 1.33.
    const qsizetype responses =
        r.err.count(QRegularExpression(u"Response Headers:|\"Response\" status="_s));
    QVERIFY2(responses >= 1, qPrintable(r.err));
    QCOMPARE(r.err.count(QRegularExpression(u"Cache-Control: no-cache, private"_s)), responses);

    r = kubectl(harness, {u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-o"_s, u"wide"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    tables = parseTables(r.out);
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables.first().header, kCspiWideHeader);
    QCOMPARE(tables.first().row(kPsz5).value(0), u"e2e1-node3"_s);

    const QStringList patch{
        u"patch"_s,   u"cvc"_s,
        kVolume,      u"-n"_s,
        u"openebs"_s, u"--type=merge"_s,
        u"-p"_s,      u"{\"metadata\":{\"labels\":{\"kubectl-version\":\"%1\"}}}"_s.arg(minor)};
    r = kubectl(harness, patch);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u"cstorvolumeconfig.cstor.openebs.io/"_s + kVolume + u" patched"_s);
    r = kubectl(harness, patch);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(),
             u"cstorvolumeconfig.cstor.openebs.io/"_s + kVolume + u" patched (no change)"_s);
    QCOMPARE(harness.sim()
                 ->store()
                 ->get(u"cstorvolumeconfigs"_s, u"openebs"_s, kVolume)
                 ->value("metadata"_L1)
                 .toObject()
                 .value("labels"_L1)
                 .toObject()
                 .value("kubectl-version"_L1)
                 .toString(),
             minor);

    r = kubectl(harness, {u"auth"_s, u"can-i"_s, u"patch"_s, u"cvc"_s, u"-n"_s, u"openebs"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"yes"_s);
}

// --- 5b. Cache-Control on every kind of response ----------------------------------------------

void TestKubectlApi::everyResponseIsUncached()
{
    SimHarness harness;
    QString error;
    SimHarness::Options options;
    options.speed = 0;
    options.kubeVersion = u"1.29"_s;
    QVERIFY2(harness.start(options, &error), qPrintable(error));
    const KubeconfigData config = readKubeconfig(harness.kubeconfigPath());

    HttpReply reply = request(harness, "GET", u"/version"_s);
    QCOMPARE(reply.code, 200);
    QCOMPARE(reply.json().value("minor"_L1).toString(), u"29"_s);
    QCOMPARE(reply.json().value("major"_L1).toString(), u"1"_s);

    struct Case
    {
        QByteArray method;
        QString path;
        int code;
        QString token;
    };
    const QList<Case> cases{
        {"GET", u"/version"_s, 200, {}},
        {"GET", u"/healthz"_s, 200, {}},
        {"GET", u"/api"_s, 200, {}},
        {"GET", u"/apis"_s, 200, {}},
        {"GET", u"/apis/cstor.openebs.io/v1"_s, 200, {}},
        {"GET", u"/openapi/v3"_s, 200, {}},
        {"GET", kCvrPath, 200, {}},
        {"GET", kCvcPath + u'/' + kVolume, 200, {}},
        {"GET", kCvcPath + u"/nope"_s, 404, {}},
        {"GET", u"/no/such/path"_s, 404, {}},
        {"GET", kCvrPath, 401, u"wrong"_s},
        {"DELETE", kCvcPath + u'/' + kVolume, 403, config.readOnlyToken},
        {"PATCH", kCvcPath + u'/' + kVolume, 415, {}},
        {"GET", kCvrPath + u"?watch=true&timeoutSeconds=1"_s, 200, {}},
    };
    for (const Case &c : cases) {
        reply = request(harness, c.method, c.path, QByteArray(), QByteArray(), c.token);
        QVERIFY2(
            reply.code == c.code,
            qPrintable(u"%1 %2: %3"_s.arg(QString::fromLatin1(c.method), c.path).arg(reply.code)));
        QVERIFY2(reply.headers.value("cache-control") == "no-cache, private",
                 qPrintable(c.path + u": "_s +
                            QString::fromLatin1(reply.headers.value("cache-control"))));
    }
}

// --- 6. errors as kubectl prints them, and Status bodies for malformed requests ----------------

void TestKubectlApi::errorsArriveAsStatus()
{
    SimHarness harness;
    SimHarness::Options options;
    options.speed = 0;
    QString error;
    QVERIFY2(harness.start(options, &error), qPrintable(error));

    // RBAC: read-only may not patch.
    Result r = kubectl(harness,
                       {u"patch"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s, u"--type=merge"_s,
                        u"-p"_s, u"{\"metadata\":{\"labels\":{\"a\":\"b\"}}}"_s},
                       kReadOnly);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(),
             u"Error from server (Forbidden): cstorvolumeconfigs.cstor.openebs.io \"%1\" is "
             "forbidden: User \"read-only\" cannot patch resource \"cstorvolumeconfigs\" in API "
             "group \"cstor.openebs.io\" in the namespace \"openebs\""_s.arg(kVolume));

    // A patch that would turn the object into another kind.
    r = kubectl(harness, {u"patch"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s, u"--type=merge"_s,
                          u"-p"_s, u"{\"kind\":\"CStorVolume\"}"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(), u"Error from server (BadRequest): the kind of the provided object "
                              "(CStorVolume) does not match the resource (CStorVolumeConfig)"_s);

    // A token the server does not know: 401. Cold discovery cache: discovery fails first.
    QFile original(harness.kubeconfigPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const KubeconfigData config = readKubeconfig(harness.kubeconfigPath());
    QByteArray text = original.readAll();
    QVERIFY(text.contains(config.adminToken.toUtf8()));
    text.replace(config.adminToken.toUtf8(), "not-the-token");
    const QString wrong = harness.dir() + u"/wrong-token.kubeconfig"_s;
    QFile copy(wrong);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(text);
    copy.close();
    SimHarness cold; // only its directory: a fresh cache
    const QStringList getCvr{u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s};
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_kubectl, QStringList{u"--kubeconfig"_s, wrong, u"--cache-dir"_s,
                                             cold.dir() + u"/cache"_s} +
                                     getCvr);
        QVERIFY(finished.wait(60000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"error: You must be logged in to the server (the server has asked "
                              "for the client to provide credentials)"_s),
                 qPrintable(err));
    }
    // Warm discovery cache (from an admin run): the request itself gets the 401 Status.
    QCOMPARE(kubectl(harness, getCvr).exitCode, 0);
    r = kubectl(harness, getCvr, QString(), wrong);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(), u"error: You must be logged in to the server (Unauthorized)"_s);

    // Malformed bodies: 400 with a Status, and the object stays as it was.
    const QString before = harness.sim()
                               ->store()
                               ->get(u"cstorvolumeconfigs"_s, u"openebs"_s, kVolume)
                               ->value("metadata"_L1)
                               .toObject()
                               .value("resourceVersion"_L1)
                               .toString();
    struct Case
    {
        QByteArray method;
        QString path;
        QByteArray contentType;
    };
    const QList<Case> cases{
        {"PATCH", kCvcPath + u'/' + kVolume, "application/merge-patch+json"},
        {"PATCH", kCvcPath + u'/' + kVolume, "application/json-patch+json"},
        {"PUT", kCvcPath + u'/' + kVolume, "application/json"},
        {"POST", kCvcPath, "application/json"},
        {"POST", u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_s, "application/json"},
    };
    for (const QByteArray &body :
         {QByteArray("{not json"), QByteArray("{\"spec\":"), QByteArray("\xff\xfe garbage")}) {
        for (const Case &c : cases) {
            const HttpReply reply = request(harness, c.method, c.path, body, c.contentType);
            const QString what = QString::fromLatin1(c.method + ' ' + c.contentType + ' ') +
                                 c.path + u": "_s + QString::fromUtf8(reply.body);
            QVERIFY2(reply.code == 400, qPrintable(what));
            QVERIFY2(reply.headers.value("content-type") == "application/json", qPrintable(what));
            const QJsonObject status = reply.json();
            QCOMPARE(status.value("kind"_L1).toString(), u"Status"_s);
            QCOMPARE(status.value("apiVersion"_L1).toString(), u"v1"_s);
            QCOMPARE(status.value("status"_L1).toString(), u"Failure"_s);
            QCOMPARE(status.value("reason"_L1).toString(), u"BadRequest"_s);
            QCOMPARE(status.value("code"_L1).toInt(), 400);
            QVERIFY2(!status.value("message"_L1).toString().isEmpty(), qPrintable(what));
        }
    }
    QCOMPARE(harness.sim()
                 ->store()
                 ->get(u"cstorvolumeconfigs"_s, u"openebs"_s, kVolume)
                 ->value("metadata"_L1)
                 .toObject()
                 .value("resourceVersion"_L1)
                 .toString(),
             before);
}

// --- 7. garbage on the wire -------------------------------------------------------------------

void TestKubectlApi::survivesGarbageOnTheWire()
{
    // The cstor-sim program when the build names it, so that "still running" means a process.
    SimHarness harness;
    SimHarness::Options options;
    options.speed = 0;
    options.kubeVersion = u"1.30"_s; // --kube-version
    QString error;
    const bool ownProcess = !qEnvironmentVariable("CSTOR_SIM").isEmpty();
    QVERIFY2(ownProcess ? harness.startProcess(options, &error) : harness.start(options, &error),
             qPrintable(error));
    const KubeconfigData config = readKubeconfig(harness.kubeconfigPath());
    const QByteArray auth = "Authorization: Bearer " + config.adminToken.toUtf8() + "\r\n";
    const QByteArray host = "Host: " + config.server.authority().toUtf8() + "\r\n";
    bool closed = false;
    QByteArray reply =
        rawExchange(harness, "GET /version HTTP/1.1\r\n" + host + "\r\n", &closed, oneReply);
    QVERIFY2(reply.startsWith("HTTP/1.1 200") && reply.contains("\"minor\":\"30\""),
             reply.constData());

    // Random bytes: no reply but a closed connection (or a 400).
    QRandomGenerator random(7);
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    reply = rawExchange(harness, noise, &closed);
    QVERIFY2(closed, reply.left(200).constData());
    QVERIFY2(reply.isEmpty() || reply.startsWith("HTTP/1.1 400"), reply.left(200).constData());

    // A request line without a path, and one without a protocol.
    for (const QByteArray &line : {QByteArray("GET HTTP/1.1\r\n"), QByteArray("GET /version\r\n"),
                                   QByteArray("\r\n\r\n\r\n"), QByteArray("GET / HTTP/9\r\n")}) {
        reply = rawExchange(harness, line + host + "\r\n", &closed);
        QVERIFY2(closed, line.constData());
        QVERIFY2(reply.isEmpty() || reply.startsWith("HTTP/1.1 400"), reply.left(200).constData());
    }

    // An unknown verb on a resource: 405 with a Status.
    reply = rawExchange(harness,
                        "BREW " + kCvrPath.toUtf8() + " HTTP/1.1\r\n" + host + auth +
                            "Content-Length: 0\r\n\r\n",
                        &closed, oneReply);
    QVERIFY2(reply.startsWith("HTTP/1.1 405"), reply.left(200).constData());
    QVERIFY(reply.contains("\"kind\":\"Status\""));
    QVERIFY(reply.contains("\"reason\":\"MethodNotAllowed\""));

    // Header blocks the parser gives up on (too many fields; one huge field), and a
    // Content-Length that is no number: 400 and a closed connection, the body never read as
    // the next request.
    const QByteArray smuggled = "GET /version HTTP/1.1\r\n" + host + "\r\n";
    const QByteArray post = "POST " + kCvcPath.toUtf8() + " HTTP/1.1\r\n" + host + auth;
    const QByteArray length = "Content-Length: " + QByteArray::number(smuggled.size()) + "\r\n";
    QByteArray manyFields;
    for (int i = 0; i < 256; ++i)
        manyFields += "X-Padding-" + QByteArray::number(i) + ": " + QByteArray(8000, 'x') + "\r\n";
    const QByteArray hugeField = "X-Padding: " + QByteArray(2 * 1024 * 1024, 'x') + "\r\n";
    for (const QByteArray &fields :
         {manyFields + length, hugeField + length, QByteArray("Content-Length: abc\r\n"),
          QByteArray("Content-Length: -5\r\n")}) {
        reply = rawExchange(harness, post + fields + "\r\n" + smuggled, &closed);
        QVERIFY2(reply.startsWith("HTTP/1.1 400"), reply.left(200).constData());
        QVERIFY(reply.contains("\r\nCache-Control: no-cache, private\r\n"));
        QVERIFY(closed);
        QCOMPARE(reply.count("HTTP/1.1 "), 1);
    }

    // HEAD: headers only, so that the next request on the connection is read right.
    reply = rawExchange(
        harness,
        "HEAD /version HTTP/1.1\r\n" + host + "\r\nGET /healthz HTTP/1.1\r\n" + host + "\r\n",
        &closed, [](const QByteArray &received) { return received.endsWith("\r\n\r\nok"); });
    QCOMPARE(reply.count("HTTP/1.1 "), 2);
    QCOMPARE(reply.indexOf("HTTP/1.1 ", 1), reply.indexOf("\r\n\r\n") + 4);
    QVERIFY2(reply.endsWith("\r\n\r\nok"), reply.constData());

    // A WebSocket upgrade: one refusal, then the connection closes.
    reply = rawExchange(harness,
                        "GET " + kCvrPath.toUtf8() + "?watch=true HTTP/1.1\r\n" + host + auth +
                            "Connection: Upgrade\r\nUpgrade: websocket\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            "Sec-WebSocket-Version: 13\r\n\r\n",
                        &closed);
    QVERIFY2(reply.startsWith("HTTP/1.1 404"), reply.left(200).constData());
    QCOMPARE(reply.count("HTTP/1.1 "), 1);

    // Truncated chunked bodies: one cut off by the client, one with a broken chunk size.
    const QByteArray chunkedHead = post + "Content-Type: application/json\r\n"
                                          "Transfer-Encoding: chunked\r\n\r\n";
    {
        QSslSocket socket;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(config.caPem));
        socket.setSslConfiguration(ssl);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(config.server.host(), quint16(config.server.port()));
        QVERIFY(encrypted.wait(10000));
        socket.write(chunkedHead + "40\r\n{\"apiVersion\":\"cstor.openebs.io/v1\",");
        QVERIFY(socket.waitForBytesWritten(10000) || socket.bytesToWrite() == 0);
        socket.abort();
    }
    reply = rawExchange(harness, chunkedHead + "zz\r\n{\"kind\":\r\n", &closed);
    QVERIFY(closed);
    QVERIFY2(reply.isEmpty() || reply.startsWith("HTTP/1.1 400"), reply.left(200).constData());

    // A 50 MB body: over the limit, 413 with a Status.
    const QByteArray big(50 * 1024 * 1024, ' ');
    reply = rawExchange(harness,
                        "PATCH " + kCvcPath.toUtf8() + u'/' + kVolume.toUtf8() + " HTTP/1.1\r\n" +
                            host + auth +
                            "Content-Type: application/merge-patch+json\r\n"
                            "Content-Length: " +
                            QByteArray::number(big.size()) + "\r\n\r\n" + big,
                        &closed, oneReply);
    QVERIFY2(reply.startsWith("HTTP/1.1 413"), reply.left(200).constData());
    QVERIFY(reply.contains("\"reason\":\"RequestEntityTooLarge\""));
    QVERIFY(reply.contains("\r\nCache-Control: no-cache, private\r\n"));

    // Still serving, and still the same cluster.
    const Result r = kubectl(harness, {u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<Table> tables = parseTables(r.out);
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables.first().header, kCvrHeader);
    QCOMPARE(tables.first().rows.size(), 10);
    QCOMPARE(tables.first().row(kVolume + u'-' + kPn9p),
             (QStringList{u"1.26G"_s, u"1.47G"_s, u"Healthy"_s}));
    if (ownProcess)
        QCOMPARE(harness.process()->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestKubectlApi)
#include "tst_kubectlapi.moc"
