#pragma once

#include "models/kube/clusterconfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

namespace Kube {

// Asynchronous Kubernetes REST calls on QNetworkAccessManager, with kubectl's TLS and
// credential rules, Status errors surfaced verbatim, retries only for 429 and 5xx (honouring
// Retry-After, otherwise exponential backoff with jitter) and a client-side rate limit like
// client-go's (QPS 5, burst 10 by default). Never blocks. Lives in one thread.
class RestClient : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        bool ok = false;
        int httpStatus = 0; // 0: no HTTP answer (connection, TLS)
        QByteArray body;
        QString reason;  // Status.reason
        QString message; // Status.message verbatim, or the connection/TLS problem in words
        QJsonObject json() const;
    };
    using Callback = std::function<void(const Reply &)>;

    explicit RestClient(const ClusterConfig &config, QObject *parent = nullptr);
    ~RestClient() override;

    const ClusterConfig &config() const { return m_config; }
    // False (and *why) when this configuration must not be used: credentials over plain http,
    // certificates that do not load.
    bool isUsable(QString *why) const;
    void setRateLimit(double qps, int burst);
    void setFieldManager(const QString &name) { m_fieldManager = name; }

    void get(const QString &path, const QUrlQuery &query, Callback done,
             const QByteArray &accept = QByteArrayLiteral("application/json"));
    // POST/PUT/PATCH/DELETE. Writes carry fieldManager; dryRun adds dryRun=All.
    void send(const QByteArray &verb, const QString &path, const QByteArray &body,
              const QByteArray &contentType, Callback done, bool dryRun = false);
    void jsonPatch(const QString &path, const QJsonArray &patch, Callback done,
                   bool dryRun = false);
    void mergePatch(const QString &path, const QJsonObject &patch, Callback done,
                    bool dryRun = false);
    // A watch (or any streaming GET): the caller reads the reply and deletes it.
    QNetworkReply *stream(const QString &path, const QUrlQuery &query);

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
    };
    void enqueue(Call call);
    void pump();
    void start(Call call);
    QNetworkRequest request(const QString &path, const QUrlQuery &query,
                            const QByteArray &accept) const;
    Reply finish(QNetworkReply *reply) const;
    void rememberSslErrors(QNetworkReply *reply) const;

    ClusterConfig m_config;
    QSslConfiguration m_ssl;
    QString m_configError;
    QNetworkAccessManager m_network;
    QString m_fieldManager = QStringLiteral("cstor-console");
    double m_qps = 5;
    int m_burst = 10;
    double m_tokens = 10;
    QElapsedTimer m_refill;
    QQueue<Call> m_queue;
    bool m_pumpScheduled = false;
};

} // namespace Kube
