#include "models/kube/informer.h"

#include "models/kube/restclient.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcKube)

namespace Kube {

Informer::Informer(RestClient *client, const QString &path, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(path)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_relistRequested || m_resourceVersion.isEmpty())
            start();
        else
            watch();
    });
}

void Informer::start()
{
    ++m_listGeneration;
    m_relistRequested = false;
    m_budget.emplace(m_path, m_client ? m_client->limits().maxResponseBytes : 0);
    emit listStarted();
    listPage(QString());
}

void Informer::relist()
{
    m_retry.stop();
    dropWatch();
    start();
}

void Informer::listPage(const QString &continueToken)
{
    if (!m_client)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    if (!continueToken.isEmpty())
        query.addQueryItem(QStringLiteral("continue"), continueToken);
    m_client->getUnparsed(m_path, query,
                          [this, guard = QPointer<Informer>(this),
                           generation = m_listGeneration](const RestClient::Reply &reply) {
                              if (guard && generation == m_listGeneration)
                                  onListPage(reply);
                          });
}

void Informer::onListPage(const RestClient::Reply &reply)
{
    if (!reply.ok) {
        emit problem(reply.httpStatus, reply.message);
        retryLater(true);
        return;
    }
    const std::optional<ListPage> page = ListPage::split(reply.body);
    if (!page) {
        QString message = m_client ? m_client->jsonProblem(reply.body) : QString();
        if (message.isEmpty())
            message = tr("the list of %1 is not a Kubernetes list: no array of items").arg(m_path);
        emit problem(reply.httpStatus, message);
        retryLater(true);
        return;
    }
    const QString next = page->continueToken();
    if (!m_budget->take(reply.body.size(), next)) {
        listFailed(m_budget->problem());
        return;
    }
    // The next page is on its way while this one is parsed.
    if (!next.isEmpty())
        listPage(next);
    const int generation = m_listGeneration;
    emit listedPage(*page);
    if (!next.isEmpty() || generation != m_listGeneration)
        return; // more to come, or the page failed (listFailed) and the list starts over
    m_resourceVersion = page->resourceVersion();
    m_listed = true;
    m_failures = 0;
    emit relisted();
    watch();
}

void Informer::listFailed(const QString &message)
{
    ++m_listGeneration; // the pages asked for are no longer wanted
    dropWatch();        // nor a watch from the failed list's resourceVersion
    emit problem(0, message);
    retryLater(true);
}

void Informer::dropWatch()
{
    if (!m_watch)
        return;
    m_watch->disconnect(this);
    m_watch->abort();
    m_watch->deleteLater();
    m_watch = nullptr;
}

void Informer::watch()
{
    if (!m_client)
        return;
    dropWatch();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    m_stream.clear();
    m_watch = m_client->stream(m_path, query);
    if (!m_watch) {
        QString why;
        m_client->isUsable(&why);
        emit problem(0, why);
        return;
    }
    connect(m_watch, &QNetworkReply::readyRead, this, &Informer::onWatchData);
    connect(m_watch, &QNetworkReply::finished, this, &Informer::onWatchFinished);
    connect(m_watch, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_watch &&
            m_watch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
            m_failures = 0;
            emit live();
        }
    });
}

void Informer::onWatchData()
{
    if (!m_watch)
        return;
    m_stream.append(m_watch->readAll(), m_client ? m_client->limits().maxWatchEventBytes : 0);
    while (const std::optional<QByteArray> line = m_stream.takeLine()) {
        handleLine(*line);
        if (!m_watch)
            return; // a relist replaced the stream
    }
    const qint64 limit = m_client ? m_client->limits().maxWatchEventBytes : 0;
    if (limit > 0 && m_stream.pendingBytes() > limit)
        abandonWatch(tr("the watch of %1 sent an event larger than the limit of %2 MB")
                         .arg(m_path)
                         .arg(limit >> 20));
}

void Informer::abandonWatch(const QString &message)
{
    qCWarning(lcKube).noquote() << message;
    emit problem(0, message);
    dropWatch();
    m_stream.clear();
    retryLater(false);
}

void Informer::handleLine(const QByteArray &line)
{
    const WatchStream::Event event = WatchStream::decode(line);
    const QString &type = event.type;
    const Json::Value object = event.object.root();
    const QString &rv = event.resourceVersion;
    if (type == QLatin1String("ADDED") || type == QLatin1String("MODIFIED")) {
        m_resourceVersion = rv;
        emit upserted(event.object);
    } else if (type == QLatin1String("DELETED")) {
        m_resourceVersion = rv;
        emit removed(event.object);
    } else if (type == QLatin1String("BOOKMARK")) {
        m_resourceVersion = rv;
    } else if (type.isEmpty()) {
        abandonWatch(tr("the watch of %1 sent a line that is not a JSON watch event: %2")
                         .arg(m_path, QString::fromUtf8(line.left(80))));
    } else if (type == QLatin1String("ERROR")) {
        const qint64 status = object.value(QLatin1String("code")).toInteger(0);
        const int code = status >= 100 && status <= 599 ? int(status) : 0;
        emit problem(code, object.value(QLatin1String("message")).toString());
        dropWatch();
        if (code == 410) {
            start(); // too old: list again
        } else {
            retryLater(false);
        }
    }
}

void Informer::onWatchFinished()
{
    QNetworkReply *reply = m_watch;
    if (!reply)
        return;
    m_watch = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 410) {
        start();
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        const QString message =
            status > 0 ? QString::fromUtf8(reply->readAll()).left(300)
                       : (m_client ? m_client->failureOf(reply) : reply->errorString());
        emit problem(status, tr("watch of %1 ended: %2").arg(m_path, message));
        retryLater(status == 403 || status == 404);
        // A throttled or unavailable server says when to come back (seconds); never earlier.
        const int retryAfter = reply->rawHeader("Retry-After").toInt();
        if ((status == 429 || status == 503) && retryAfter > 0 &&
            m_retry.remainingTime() < retryAfter * 1000)
            m_retry.start(std::min(retryAfter, 600) * 1000);
        return;
    }
    watch(); // the server closed a healthy watch (timeout): continue where it ended
}

void Informer::retryLater(bool relist)
{
    m_relistRequested = m_relistRequested || relist;
    ++m_failures;
    const int base = std::min(30000, 250 << std::min(m_failures, 7));
    const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    m_retry.start(delay);
}

} // namespace Kube
