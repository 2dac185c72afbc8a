#pragma once

#include "models/kube/clusterconfig.h"
#include "models/kube/execcredential.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QJsonDocument;
class QNetworkReply;

namespace Kube {

class ExecPlugin;

// Asynchronous Kubernetes REST calls on QNetworkAccessManager, with kubectl's TLS and
// credential rules, Status errors surfaced verbatim, retries only for 429 and 5xx (honouring
// Retry-After, otherwise exponential backoff with jitter) and a client-side rate limit like
// client-go's (QPS 5, burst 10 by default). Never blocks. Lives in one thread.
// A user with an exec credential plugin: requests wait while the plugin runs, its credential is
// shared by every client of that user until it expires, and an answer 401 runs the plugin
// again once and retries the request once.
class RestClient : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        bool ok = false;
        int httpStatus = 0; // 0: no HTTP answer (connection, TLS)
        QByteArray body;
        QString reason;  // Status.reason; "Timeout", "TooLarge", "EndlessList" for this client
        QString message; // Status.message verbatim, or the connection/TLS problem in words
        QJsonObject json() const;
        QJsonObject parsed; // the JSON body as checked when the answer came, if it was JSON
        bool isParsed = false;
    };
    // What a server may make this client hold or wait for. An answer beyond a limit fails with
    // a message naming the limit and is not retried. The bytes are counted as they arrive: each
    // reply lets Qt's network thread read ahead at most readBufferBytes (the socket is not read
    // while they wait), so a server streaming at full speed never gets more than a limit and
    // that buffer into memory.
    struct Limits
    {
        qint64 maxResponseBytes = qint64(128) << 20;  // one answer (a 30,000-replica list ~50 MB)
        qint64 maxWatchEventBytes = qint64(16) << 20; // one line of a watch stream
        qint64 readBufferBytes = qint64(256) << 10;   // read ahead of this client, per reply
        int idleTimeoutMs = 30000;   // nothing received for this long (also a watch's headers)
        int totalTimeoutMs = 120000; // a whole answer (not a watch); 0: none
    };
    using Callback = std::function<void(const Reply &)>;

    // A config's requestTimeoutMs (kubectl's --request-timeout), when given, is the total
    // timeout of every request, and a watch's answer has to start within it.
    explicit RestClient(const ClusterConfig &config, QObject *parent = nullptr);
    ~RestClient() override;

    const ClusterConfig &config() const { return m_config; }
    // False (and *why) when this configuration must not be used: credentials over plain http,
    // certificates that do not load.
    bool isUsable(QString *why) const;
    // Requests per second and burst; the bucket starts full.
    void setRateLimit(double qps, int burst);
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    void setFieldManager(const QString &name) { m_fieldManager = name; }

    void get(const QString &path, const QUrlQuery &query, Callback done,
             const QByteArray &accept = QByteArrayLiteral("application/json"));
    // A GET of JSON left unparsed in Reply::body (its Content-Type is still checked), for a
    // caller that parses it elsewhere: a large list, parsed off this thread.
    void getUnparsed(const QString &path, const QUrlQuery &query, Callback done);
    // Why `body` is not valid JSON, in words naming the server; empty when it is (and then
    // *document, if given, holds it).
    QString jsonProblem(const QByteArray &body, QJsonDocument *document = nullptr) const;
    // POST/PUT/PATCH/DELETE. Writes carry fieldManager; dryRun adds dryRun=All.
    void send(const QByteArray &verb, const QString &path, const QByteArray &body,
              const QByteArray &contentType, Callback done, bool dryRun = false);
    void jsonPatch(const QString &path, const QJsonArray &patch, Callback done,
                   bool dryRun = false);
    // A JSON patch decided on reads that go stale: it goes out only until `notAfter` (after the
    // rate limit's wait, a 429's Retry-After or a 5xx's backoff), else fails unsent with reason
    // "Expired", or with the 429 or 5xx answer it would have retried after that time.
    void jsonPatchUntil(const QString &path, const QJsonArray &patch, QDeadlineTimer notAfter,
                        Callback done);
    void mergePatch(const QString &path, const QJsonObject &patch, Callback done,
                    bool dryRun = false);
    // A watch (or any streaming GET): the caller reads the reply and deletes it. Each watch
    // streams over a network manager of its own, which goes with the reply: an HTTP/1.1 watch
    // holds its connection for as long as it runs, and one network manager opens at most six
    // per host, so watches sharing the requests' manager would leave a seventh watch, or any
    // list, waiting forever.
    QNetworkReply *stream(const QString &path, const QUrlQuery &query);
    // The watches' network managers now: one per watch whose reply is not deleted yet.
    qsizetype watchNetworks() const { return qsizetype(m_streamNetworks.size()); }

    // Why a reply got no HTTP answer: the TLS problem named, or the connection error.
    QString failureOf(QNetworkReply *reply) const;

    // Path of a namespaced cStor collection, e.g.
    // /apis/cstor.openebs.io/v1/namespaces/openebs/cstorvolumereplicas
    static QString cstorPath(const QString &namespaceName, const QString &plural,
                             const QString &name = QString());

private:
    struct Call
    {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType;
        QByteArray accept;
        Callback done;
        int attempt = 0;
        bool reauthenticated = false; // after a 401 the plugin ran again for this call
        bool parseJson = true;        // a JSON answer is parsed (and checked) on arrival
        QDeadlineTimer notAfter{QDeadlineTimer::Forever}; // not sent, nor retried, later
    };
    // Fails `call`, whose notAfter has passed, unsent.
    void expired(const Call &call) const;
    void enqueue(Call call);
    void pump();
    void start(Call call);
    QNetworkRequest request(const QString &path, const QUrlQuery &query,
                            const QByteArray &accept) const;
    // The exec plugin's credential to send now: the cached one, else the one just issued.
    bool haveExecCredential();
    void runExecPlugin();
    // The plugin's run (this client's, or another's it waited for) has ended.
    void execPluginEnded(const std::optional<ExecCredential> &credential, const QString &error);
    Reply finish(QNetworkReply *reply, QByteArray body, bool parseJson) const;
    // The proxy and reply ownership every network manager of this client uses.
    void configure(QNetworkAccessManager &network) const;
    // A network for one watch; retired (deleted later) once the watch's reply is gone.
    QNetworkAccessManager &newStreamNetwork();
    void retireStreamNetwork(QNetworkAccessManager *network);
    void rememberSslErrors(QNetworkReply *reply) const;
    // Aborts `reply` with a message naming the limit when it exceeds one. For an answer (not a
    // stream), collects its body into *body as it arrives, within maxResponseBytes.
    void enforceLimits(QNetworkReply *reply, const std::shared_ptr<QByteArray> &body) const;

    ClusterConfig m_config;
    QSslConfiguration m_ssl;
    QString m_configError;
    Limits m_limits;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_streamNetworks; // one per watch
    QString m_fieldManager = QStringLiteral("cstor-console");
    double m_qps = 5;
    int m_burst = 10;
    double m_tokens = 10;
    QElapsedTimer m_refill;
    QQueue<Call> m_queue;
    QTimer m_pump; // the next pump: a token due, or a waiting call going stale

    bool m_useExec = false;
    QString m_execKey;
    std::optional<ExecCredential> m_execCredential; // the last one the plugin gave
    bool m_execJustIssued = false;      // used for the calls waiting on it, even if already expired
    ExecPlugin *m_execPlugin = nullptr; // while it runs
    bool m_execWaiting = false;         // for another client's run of the same plugin
};

} // namespace Kube
