#include "models/kube/clusterwatcher.h"

#include "models/kube/clusterconfig.h"
#include "models/kube/informer.h"
#include "models/kube/listpage.h"
#include "models/kube/restclient.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <memory>
#include <mutex>
#include <optional>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcKube)

namespace Kube {

namespace {

QString uidOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata"))
        .toObject()
        .value(QStringLiteral("uid"))
        .toString();
}

// Decodes one object; one that does not decode is logged and left out.
template<typename T>
std::optional<T> decode(const QJsonObject &object)
{
    T decoded;
    QString error;
    if (T::fromJson(object, &decoded, &error))
        return decoded;
    qCWarning(lcKube).noquote() << error;
    return std::nullopt;
}

// Parses and decodes one list page; nullopt when its items are not JSON.
template<typename T>
std::optional<QList<T>> decodePage(const ListPage &page)
{
    const std::optional<QList<QJsonObject>> objects = page.items();
    if (!objects)
        return std::nullopt;
    QList<T> result;
    result.reserve(objects->size());
    for (const QJsonObject &object : *objects) {
        if (std::optional<T> decoded = decode<T>(object))
            result.append(std::move(*decoded));
    }
    return result;
}

constexpr int kReleaseMemoryAfterMs = 500;

// A (re)list of a large cluster leaves hundreds of megabytes of freed parse buffers and staging
// copies (and the views' first sort and layout theirs) that glibc keeps for reuse, much of it in
// the informers' thread's arena, which it never gives back on its own. Handing them back to the
// system takes a walk of the heap, so it runs on a pool thread, once the relist has settled.
void releaseFreeMemorySoon()
{
#if defined(__GLIBC__)
    QThreadPool::globalInstance()->start([] { malloc_trim(0); });
#endif
}

// The batches and connection state on their way from the worker's thread to the UI thread,
// under a lock, with one notification in flight at a time: the batches a UI thread that falls
// behind has not taken yet are merged, so that it applies them as one. (As queued signal arguments
// they would be copied on one thread and read on the other in an order that only Qt's event queue
// gives, which ThreadSanitizer cannot see into.)
struct Mailbox
{
    std::mutex mutex;
    ClusterDelta pending;
    QList<std::pair<ConnectionState, QString>> states; // changes, with their detail
    bool notified = false;
};

} // namespace

// Runs in the watcher's thread: the REST client, one informer per kind, and the batching.
class WatchWorker : public QObject
{
    Q_OBJECT

public:
    WatchWorker(const ClusterConfig &config, const QString &namespaceName,
                std::shared_ptr<Mailbox> mailbox)
        : m_config(config)
        , m_namespace(namespaceName)
        , m_mailbox(std::move(mailbox))
        , m_flush(this) // a child, so that it moves to the watcher's thread with the worker
    {
        m_flush.setInterval(50);
        connect(&m_flush, &QTimer::timeout, this, &WatchWorker::flush);
    }

    void start()
    {
        m_client = new RestClient(m_config, this);
        // Informers' lists and watches, not user writes. The first list of 30,000 replicas,
        // 10,000 volumes and their configs is ~110 pages of 500: the burst lets it through at
        // the server's pace (a burst of 100 held the last pages to 50 per second), the rate
        // still bounds relists in a loop.
        m_client->setRateLimit(50, 300);
        QString why;
        if (!m_client->isUsable(&why)) {
            setState(ConnectionState::Failed, why);
            return;
        }
        const auto path = [this](const QString &plural) {
            return RestClient::cstorPath(m_namespace, plural);
        };
        add(path(QStringLiteral("cstorpoolclusters")), &ClusterDelta::poolClusters);
        add(path(QStringLiteral("cstorpoolinstances")), &ClusterDelta::pools);
        add(path(QStringLiteral("cstorvolumeconfigs")), &ClusterDelta::volumeConfigs);
        add(path(QStringLiteral("cstorvolumes")), &ClusterDelta::volumes);
        add(path(QStringLiteral("cstorvolumereplicas")), &ClusterDelta::replicas);
        add(QStringLiteral("/api/v1/namespaces/%1/events").arg(m_namespace), &ClusterDelta::events);
        m_flush.start();
        // Said once; not kept as m_detail, so that updateState's own detail replaces it.
        const QString listing = tr("listing the cluster's cStor objects");
        post([&] { m_mailbox->states.append({ConnectionState::Connecting, listing}); });
    }

signals:
    void mailboxFilled();
    void allListed();
    void activity();

private:
    template<typename T>
    void add(const QString &path, KindDelta<T> ClusterDelta::*member)
    {
        auto *informer = new Informer(m_client, path, this);
        m_informers.append(informer);
        // A list is decoded page by page into m_listing (each page once the next is on its
        // way), and replaces what is pending once whole.
        connect(informer, &Informer::listStarted, this,
                [this, member] { m_listing.*member = KindDelta<T>(); });
        connect(informer, &Informer::listedPage, this,
                [this, member, informer](const ListPage &page) {
                    std::optional<QList<T>> decoded = decodePage<T>(page);
                    if (!decoded) {
                        QString message = m_client->jsonProblem(page.body());
                        if (message.isEmpty())
                            message = tr("the list of %1 holds items that are not objects")
                                          .arg(informer->path());
                        qCWarning(lcKube).noquote() << message;
                        informer->listFailed(message);
                        return;
                    }
                    // Moved in (QList grows geometrically; its reserve() would copy every
                    // element, which per page made a list of many pages quadratic: 1.5 s for
                    // 30,000 replicas).
                    (m_listing.*member).upserted.append(std::move(*decoded));
                    emit activity();
                });
        connect(informer, &Informer::relisted, this, [this, member, informer] {
            KindDelta<T> &listed = m_listing.*member;
            listed.replaceAll = true;
            listed.upserted.squeeze();
            m_pending.*member = std::exchange(listed, KindDelta<T>());
            emit activity();
            m_problems.remove(informer);
            updateState();
        });
        connect(informer, &Informer::upserted, this, [this, member](const QJsonObject &object) {
            if (std::optional<T> decoded = decode<T>(object))
                (m_pending.*member).upsert(std::move(*decoded));
            emit activity();
        });
        connect(informer, &Informer::removed, this, [this, member](const QJsonObject &object) {
            (m_pending.*member).remove(uidOf(object));
            emit activity();
        });
        connect(informer, &Informer::live, this, [this, informer] {
            m_problems.remove(informer);
            updateState();
        });
        connect(informer, &Informer::problem, this,
                [this, informer](int status, const QString &message) {
                    m_problems.insert(informer, {status, message});
                    updateState();
                });
        informer->start();
    }

    void updateState()
    {
        bool everyListed = true;
        for (Informer *informer : std::as_const(m_informers))
            everyListed = everyListed && informer->hasListed();
        if (everyListed && !m_synced) {
            m_synced = true;
            flush();
            emit allListed();
        }
        ConnectionState state = everyListed ? ConnectionState::Live : ConnectionState::Connecting;
        QString detail;
        for (auto it = m_problems.begin(); it != m_problems.end(); ++it) {
            const int status = it->first;
            if (status == 401) {
                state = ConnectionState::Failed;
                detail =
                    tr("the server refused the credentials (401 Unauthorized): %1").arg(it->second);
                break;
            }
            if (status == 403) {
                state = ConnectionState::Failed;
                detail = tr("no permission to list %1: %2").arg(it.key()->path(), it->second);
                break;
            }
            if (status == 404) {
                state = ConnectionState::Failed;
                detail = tr("the cluster serves no cStor resources (cstor.openebs.io/v1) in "
                            "namespace %1: %2")
                             .arg(m_namespace, it->second);
                break;
            }
            state = ConnectionState::Reconnecting;
            detail = it->second;
        }
        if (state != m_state || detail != m_detail) {
            setState(state, detail);
        }
    }

    void setState(ConnectionState state, const QString &detail)
    {
        m_state = state;
        m_detail = detail;
        post([&] { m_mailbox->states.append({state, detail}); });
    }

    // Puts something in the mailbox, and tells the UI thread unless it was told already.
    template<typename Put>
    void post(Put put)
    {
        bool notify = false;
        {
            const std::lock_guard lock(m_mailbox->mutex);
            put();
            notify = !std::exchange(m_mailbox->notified, true);
        }
        if (notify)
            emit mailboxFilled();
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        post([this] { m_mailbox->pending.merge(std::move(m_pending)); });
        m_pending = ClusterDelta();
    }

    ClusterConfig m_config;
    QString m_namespace;
    std::shared_ptr<Mailbox> m_mailbox;
    RestClient *m_client = nullptr;
    QList<Informer *> m_informers;
    QHash<Informer *, QPair<int, QString>> m_problems;
    ClusterDelta m_pending;
    ClusterDelta m_listing; // lists under way, by kind
    QTimer m_flush;
    bool m_synced = false;
    ConnectionState m_state = ConnectionState::Connecting;
    QString m_detail;
};

class ClusterWatcher::Private
{
public:
    ClusterConfig config;
    QString namespaceName;
    QThread thread;
    QPointer<WatchWorker> worker;
    ConnectionState state = ConnectionState::Connecting;
    QString detail;
    QDateTime lastEvent;
    bool synced = false;
    QTimer releaseMemory; // after a relist
};

ClusterWatcher::ClusterWatcher(const ClusterConfig &config, const QString &namespaceName,
                               QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    qRegisterMetaType<Kube::ClusterDelta>();
    qRegisterMetaType<Kube::ConnectionState>();
    d->config = config;
    d->namespaceName = namespaceName.isEmpty() ? config.namespaceName : namespaceName;
    d->thread.setObjectName(QStringLiteral("cstor-informers"));
    d->releaseMemory.setSingleShot(true);
    d->releaseMemory.setInterval(kReleaseMemoryAfterMs);
    connect(&d->releaseMemory, &QTimer::timeout, this, &releaseFreeMemorySoon);
}

ClusterWatcher::~ClusterWatcher()
{
    stop();
    delete d;
}

void ClusterWatcher::start()
{
    if (d->worker)
        return;
    auto mailbox = std::make_shared<Mailbox>();
    auto *worker = new WatchWorker(d->config, d->namespaceName, mailbox);
    worker->moveToThread(&d->thread);
    d->worker = worker;
    connect(&d->thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &WatchWorker::mailboxFilled, this, [this, mailbox] {
        ClusterDelta batch;
        QList<std::pair<ConnectionState, QString>> states;
        {
            const std::lock_guard lock(mailbox->mutex);
            std::swap(batch, mailbox->pending);
            states.swap(mailbox->states);
            mailbox->notified = false;
        }
        if (!batch.isEmpty()) {
            d->lastEvent = QDateTime::currentDateTimeUtc();
            emit delta(batch);
            if (batch.holdsRelist())
                d->releaseMemory.start();
        }
        for (const auto &[state, detail] : std::as_const(states)) {
            d->state = state;
            d->detail = detail;
            emit stateChanged(state, detail);
        }
    });
    connect(worker, &WatchWorker::allListed, this, [this] {
        d->synced = true;
        emit synced();
    });
    // Posted before the thread starts, so that it is ordered before the thread runs.
    QMetaObject::invokeMethod(worker, &WatchWorker::start, Qt::QueuedConnection);
    d->thread.start();
}

void ClusterWatcher::stop()
{
    if (!d->thread.isRunning())
        return;
    if (d->worker)
        d->worker->disconnect(this);
    d->thread.quit();
    d->thread.wait();
}

ConnectionState ClusterWatcher::state() const
{
    return d->state;
}

QString ClusterWatcher::stateDetail() const
{
    return d->detail;
}

QDateTime ClusterWatcher::lastEventTime() const
{
    return d->lastEvent;
}

bool ClusterWatcher::isSynced() const
{
    return d->synced;
}

} // namespace Kube

#include "clusterwatcher.moc"
