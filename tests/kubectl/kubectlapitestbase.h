#pragma once

#include "models/kube/kubeconfig.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/programrun.h"
#include "tests/common/seednames.h"
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

// What the tests of the simulator's API as kubectl sees it share: the seed's names and paths,
// kubectl's tables read back, and three ways to reach a simulator: kubectl, a request, raw bytes.
namespace KubectlApiTest {
using SeedNames::kVolume;
inline const QString &kOtherVolume = SeedNames::kSpread;
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
inline const QString kCvcPath =
    u"/apis/cstor.openebs.io/v1/namespaces/openebs/cstorvolumeconfigs"_s;
inline const QString kCvrPath =
    u"/apis/cstor.openebs.io/v1/namespaces/openebs/cstorvolumereplicas"_s;
inline const QString kReadOnly = u"cstor-sim-read-only"_s;
inline const QString kCert = u"cstor-sim-cert"_s;

inline const QStringList kCspcHeader{u"NAME"_s, u"HEALTHYINSTANCES"_s, u"PROVISIONEDINSTANCES"_s,
                                     u"DESIREDINSTANCES"_s, u"AGE"_s};
inline const QStringList kCspiHeader{u"NAME"_s,
                                     u"HOSTNAME"_s,
                                     u"FREE"_s,
                                     u"CAPACITY"_s,
                                     u"READONLY"_s,
                                     u"PROVISIONEDREPLICAS"_s,
                                     u"HEALTHYREPLICAS"_s,
                                     u"STATUS"_s,
                                     u"AGE"_s};
inline const QStringList kCspiWideHeader{u"NAME"_s,
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
inline const QStringList kCvcHeader{u"NAME"_s, u"CAPACITY"_s, u"STATUS"_s, u"AGE"_s};
inline const QStringList kCvrHeader{u"NAME"_s, u"ALLOCATED"_s, u"USED"_s, u"STATUS"_s, u"AGE"_s};

using Result = ProgramRun;

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

inline QList<Table> parseTables(const QString &output)
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
inline Table tableOf(const QList<Table> &tables, const QString &kind)
{
    for (const Table &table : tables) {
        if (!table.rows.isEmpty() &&
            table.rows.first().value(0).startsWith(kind + u".cstor.openebs.io/"_s))
            return table;
    }
    return {};
}

inline QString poolsPatch(const QStringList &pools)
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

inline KubeconfigData readKubeconfig(const QString &path)
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

// Whether `received` holds one complete reply with a Content-Length.
inline bool oneReply(const QByteArray &received)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    static const QRegularExpression length(u"(?i)\\r\\ncontent-length:\\s*(\\d+)"_s);
    const auto match = length.match(QString::fromLatin1(received.left(end)));
    return match.hasMatch() && received.size() >= end + 4 + match.captured(1).toLongLong();
}
// The header lines a raw request needs: the server's name, and the admin's token.
inline QByteArray hostHeader(const KubeconfigData &config)
{
    return "Host: " + config.server.authority().toUtf8() + "\r\n";
}

inline QByteArray authHeader(const KubeconfigData &config)
{
    return "Authorization: Bearer " + config.adminToken.toUtf8() + "\r\n";
}
} // namespace KubectlApiTest

class KubectlApiTestBase
{
protected:
    using Result = KubectlApiTest::Result;
    using HttpReply = KubectlApiTest::HttpReply;

    // For initTestCase(): the kubectl on the PATH, or the test is skipped.
    void findKubectl()
    {
        m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed");
    }

    // Starts `harness` with simulated time stopped: the seed exactly as written, no controller
    // writes but the test's own.
    static bool startStill(SimHarness *harness, SimHarness::Options options = {})
    {
        options.speed = 0;
        QString error;
        if (!harness->start(options, &error)) {
            qWarning("simulator: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    Result kubectl(const SimHarness &harness, const QStringList &args,
                   const QString &context = QString(), const QString &kubeconfig = QString())
    {
        QStringList arguments{u"--kubeconfig"_s,
                              kubeconfig.isEmpty() ? harness.kubeconfigPath() : kubeconfig,
                              u"--cache-dir"_s, harness.dir() + u"/cache"_s};
        if (!context.isEmpty())
            arguments << u"--context"_s << context;
        return runProgram(m_kubectl, arguments + args);
    }

    HttpReply request(const SimHarness &harness, const QByteArray &method, const QString &path,
                      const QByteArray &body = QByteArray(),
                      const QByteArray &contentType = QByteArray(), const QString &token = {})
    {
        const KubectlApiTest::KubeconfigData config =
            KubectlApiTest::readKubeconfig(harness.kubeconfigPath());
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

    // Sends `bytes` on a fresh TLS connection (trusting the kubeconfig's CA) and collects what
    // comes back until `done` says so or, without `done`, until the server closes the connection.
    QByteArray rawExchange(const SimHarness &harness, const QByteArray &bytes, bool *closed,
                           const std::function<bool(const QByteArray &)> &done = {})
    {
        const KubectlApiTest::KubeconfigData config =
            KubectlApiTest::readKubeconfig(harness.kubeconfigPath());
        QSslSocket socket;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(config.caPem));
        socket.setSslConfiguration(ssl);
        QByteArray received;
        *closed = false;
        QObject::connect(&socket, &QSslSocket::readyRead, &socket,
                         [&] { received += socket.readAll(); });
        QObject::connect(&socket, &QSslSocket::disconnected, &socket, [&] { *closed = true; });
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

    QString m_kubectl;
};
