// The simulator's Kubernetes API as the real kubectl sees it: printer columns, watches, paging,
// RBAC, every bundled kubectl version the dispatcher picks, and caching headers.
#include "kubectlapitestbase.h"

#include <QTest>

using namespace KubectlApiTest;
using namespace Qt::StringLiterals;

class TestKubectlApi
    : public QObject
    , private KubectlApiTestBase
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
};

void TestKubectlApi::initTestCase()
{
    findKubectl();
}

void TestKubectlApi::getShowsPrinterColumnsAndSeedValues()
{
    SimHarness harness;
    QVERIFY(startStill(&harness)); // the seed exactly as written

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

void TestKubectlApi::watchStreamsChanges()
{
    SimHarness harness;
    QVERIFY(startStill(&harness)); // no controller writes until the scale-up below
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

void TestKubectlApi::chunkedListPages()
{
    SimHarness harness;
    SimHarness::Options options;
    options.generateSpec = u"nodes=40,pools-per-node=1,volumes=400,replicas=3"_s;
    QVERIFY(startStill(&harness, options));
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

void TestKubectlApi::authCanIFollowsRbac()
{
    SimHarness harness;
    QVERIFY(startStill(&harness));
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
    options.kubeVersion = version;
    QVERIFY(startStill(&harness, options));

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

void TestKubectlApi::everyResponseIsUncached()
{
    SimHarness harness;
    SimHarness::Options options;
    options.kubeVersion = u"1.29"_s;
    QVERIFY(startStill(&harness, options));
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

QTEST_GUILESS_MAIN(TestKubectlApi)
#include "tst_kubectlapi.moc"
