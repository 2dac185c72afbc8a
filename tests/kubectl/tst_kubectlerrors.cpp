// The simulator's Kubernetes API when things go wrong: errors as kubectl prints them, Status
// bodies for malformed requests, and a server that survives garbage on the wire.
#include "kubectlapitestbase.h"

#include <QTest>

using namespace KubectlApiTest;
using namespace Qt::StringLiterals;

class TestKubectlErrors
    : public QObject
    , private KubectlApiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errorsArriveAsStatus();
    void survivesGarbageOnTheWire();

private:
    void refusedPatchesReadAsKubectlPrintsThem(const SimHarness &harness);
    void unknownTokenIsUnauthorized(const SimHarness &harness);
    void malformedBodiesAreBadRequests(const SimHarness &harness);
    void malformedRequestsAreRefused(const SimHarness &harness);
    void headerBlocksTheParserGivesUpOnClose(const SimHarness &harness);
    void headAndUpgradeKeepTheConnectionRight(const SimHarness &harness);
    void brokenAndOversizedBodiesAreRefused(const SimHarness &harness);
};

void TestKubectlErrors::initTestCase()
{
    findKubectl();
}

void TestKubectlErrors::errorsArriveAsStatus()
{
    SimHarness harness;
    QVERIFY(startStill(&harness));

    refusedPatchesReadAsKubectlPrintsThem(harness);
    if (QTest::currentTestFailed())
        return;
    unknownTokenIsUnauthorized(harness);
    if (QTest::currentTestFailed())
        return;
    malformedBodiesAreBadRequests(harness);
}

void TestKubectlErrors::survivesGarbageOnTheWire()
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
    const QByteArray host = hostHeader(config);
    bool closed = false;
    const QByteArray reply =
        rawExchange(harness, "GET /version HTTP/1.1\r\n" + host + "\r\n", &closed, oneReply);
    QVERIFY2(reply.startsWith("HTTP/1.1 200") && reply.contains("\"minor\":\"30\""),
             reply.constData());

    malformedRequestsAreRefused(harness);
    if (QTest::currentTestFailed())
        return;
    headerBlocksTheParserGivesUpOnClose(harness);
    if (QTest::currentTestFailed())
        return;
    headAndUpgradeKeepTheConnectionRight(harness);
    if (QTest::currentTestFailed())
        return;
    brokenAndOversizedBodiesAreRefused(harness);
    if (QTest::currentTestFailed())
        return;

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

// Patches the server refuses, in kubectl's words.
void TestKubectlErrors::refusedPatchesReadAsKubectlPrintsThem(const SimHarness &harness)
{
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
}

void TestKubectlErrors::unknownTokenIsUnauthorized(const SimHarness &harness)
{
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
    Result r = runProgram(
        m_kubectl,
        QStringList{u"--kubeconfig"_s, wrong, u"--cache-dir"_s, cold.dir() + u"/cache"_s} + getCvr);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"error: You must be logged in to the server (the server has asked "
                            "for the client to provide credentials)"_s),
             qPrintable(r.err));
    // Warm discovery cache (from an admin run): the request itself gets the 401 Status.
    QCOMPARE(kubectl(harness, getCvr).exitCode, 0);
    r = kubectl(harness, getCvr, QString(), wrong);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(), u"error: You must be logged in to the server (Unauthorized)"_s);
}

void TestKubectlErrors::malformedBodiesAreBadRequests(const SimHarness &harness)
{
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

// Noise, broken request lines and an unknown verb.
void TestKubectlErrors::malformedRequestsAreRefused(const SimHarness &harness)
{
    const KubeconfigData config = readKubeconfig(harness.kubeconfigPath());
    const QByteArray auth = authHeader(config);
    const QByteArray host = hostHeader(config);
    bool closed = false;
    QByteArray reply;

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
}

void TestKubectlErrors::headerBlocksTheParserGivesUpOnClose(const SimHarness &harness)
{
    const KubeconfigData config = readKubeconfig(harness.kubeconfigPath());
    const QByteArray auth = authHeader(config);
    const QByteArray host = hostHeader(config);
    bool closed = false;
    QByteArray reply;

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
}

void TestKubectlErrors::headAndUpgradeKeepTheConnectionRight(const SimHarness &harness)
{
    const KubeconfigData config = readKubeconfig(harness.kubeconfigPath());
    const QByteArray auth = authHeader(config);
    const QByteArray host = hostHeader(config);
    bool closed = false;
    QByteArray reply;

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
}

void TestKubectlErrors::brokenAndOversizedBodiesAreRefused(const SimHarness &harness)
{
    const KubeconfigData config = readKubeconfig(harness.kubeconfigPath());
    const QByteArray auth = authHeader(config);
    const QByteArray host = hostHeader(config);
    bool closed = false;
    QByteArray reply;
    const QByteArray post = "POST " + kCvcPath.toUtf8() + " HTTP/1.1\r\n" + host + auth;

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
}

QTEST_GUILESS_MAIN(TestKubectlErrors)
#include "tst_kubectlerrors.moc"
