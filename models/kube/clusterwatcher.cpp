#include "models/kube/clusterwatcher.h"

#include "models/kube/clusterconfig.h"
#include "models/kube/firstlisttimings.h"
#include "models/kube/informer.h"
#include "models/kube/jobthreads.h"
#include "models/kube/listpage.h"
#include "models/kube/restclient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcKube)

namespace Kube {

namespace {

QString uidOf(const Json::Value &object)
{
    return object.value(QLatin1String("metadata")).value(QLatin1String("uid")).toString();
}

// Decodes one object; one that does not decode is left out, and why is said in `error`. An
// object of a kind the console reads only in part (pods that mount a claim, cStor's
// PersistentVolumes) is left out without an error when it is not of that part: what decides it
// never changes in an object's life, so no later change of it would be of that part either.
template<typename T>
std::optional<T> decode(const Json::Value &object, QString *error)
{
    T decoded;
    if (!T::fromJson(object, &decoded, error))
        return std::nullopt;
    if constexpr (requires { decoded.isRelevant(); }) {
        if (!decoded.isRelevant())
            return std::nullopt;
    }
    return decoded;
}

// Whether `object` is of a kind read in part and not of that part (see decode()).
template<typename T>
bool isLeftOut(const Json::Value &object)
{
    if constexpr (requires(T decoded) { decoded.isRelevant(); }) {
        QString error;
        return !decode<T>(object, &error) && error.isEmpty();
    }
    return false;
}

// The kind an informer's path lists: its last segment ("cstorvolumereplicas").
QString kindOf(const QString &path)
{
    return path.section(QLatin1Char('/'), -1);
}

// An object that did not decode, said as a SkippedObject of `kind`.
SkippedObject skippedObject(const Json::Value &object, const QString &kind, const QString &error)
{
    const Json::Value metadata = object.value(QLatin1String("metadata"));
    return SkippedObject::make(
        kind, metadata.value(QLatin1String("name")).toString(),
        metadata.value(QLatin1String("uid")).toString(), error,
        metadata.value(QLatin1String("labels")).value(SkippedObject::kVolumeLabel).toString());
}

// One list page, parsed and decoded on a decoding thread.
template<typename T>
struct DecodedPage
{
    std::optional<QList<T>> objects; // nullopt when the page's items are not JSON
    QList<SkippedObject> skipped;    // objects left out, and why (logged by the informers' thread)
};

template<typename T>
DecodedPage<T> decodePage(const ListPage &page, const QString &kind)
{
    DecodedPage<T> result;
    const std::optional<Json::Document> items = page.items();
    if (!items)
        return result;
    result.objects.emplace();
    for (const Json::Value object : items->root()) {
        QString error;
        if (std::optional<T> decoded = decode<T>(object, &error))
            result.objects->append(std::move(*decoded));
        else if (!error.isEmpty())
            result.skipped.append(skippedObject(object, kind, error));
    }
    return result;
}

// Two threads decode list pages (this machine's budget is two cores; the informers' thread
// goes on fetching meanwhile).
constexpr int kDecodingThreads = 2;

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
    FirstListTimings firstList; // set once, before the worker says every kind is listed
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
        , m_decoders(std::make_unique<JobThreads>(kDecodingThreads))
    {
        m_flush.setInterval(50);
        connect(&m_flush, &QTimer::timeout, this, &WatchWorker::flush);
        // Emitted on a decoding thread, received on the worker's (queued).
        connect(this, &WatchWorker::pagesDecoded, this, &WatchWorker::takeDecodedPages);
    }

    ~WatchWorker() override
    {
        // No decoding outlives the worker it hands back to; what was handed back is dropped.
        m_decoders.reset();
    }

    void start()
    {
        m_sinceStart.start();
        m_client = new RestClient(m_config, this);
        // Informers' lists and watches, not user writes. The first list of 30,000 replicas,
        // 10,000 volumes and their configs is ~110 pages of 500: the burst lets it through at
        // the server's pace (at 50 per second it would take over 2 s), the rate still bounds
        // relists in a loop.
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
        // Nodes say when one is lost (NotReady) before its cStor objects go stale. They are
        // cluster-scoped: a user confined to a namespace may not list them, which costs the
        // console that knowledge, not the connection.
        m_optional.insert(add(QStringLiteral("/api/v1/nodes"), &ClusterDelta::nodes),
                          &ClusterDelta::nodesUnreadable);
        // The PodDisruptionBudgets that guard the pools of HA volumes tell whether a node can
        // be drained; optional in the same way.
        m_optional.insert(add(QStringLiteral("/apis/policy/v1/namespaces/%1/poddisruptionbudgets")
                                  .arg(m_namespace),
                              &ClusterDelta::disruptionBudgets),
                          &ClusterDelta::disruptionBudgetsUnreadable);
        m_flush.start();
        // Said once; not kept as m_detail, so that updateState's own detail replaces it.
        const QString listing = tr("listing the cluster's cStor objects");
        post([&] { m_mailbox->states.append({ConnectionState::Connecting, listing}); });
    }

    // Every kind listed again; refreshed() once each new list is decoded and sent.
    void relistAll()
    {
        m_refreshing = QSet<Informer *>(m_informers.begin(), m_informers.end());
        for (Informer *informer : std::as_const(m_informers))
            informer->relist();
    }

signals:
    void mailboxFilled();
    void allListed();
    void refreshed();
    void activity();
    // A decoding thread handed pages back (m_decoded).
    void pagesDecoded();

private:
    // A list under way for one informer. Its pages are parsed and decoded on m_decoders, in any
    // order. A kind's first list is shown as its pages are decoded: the first page decoded
    // replaces the kind (dropping what an earlier, failed attempt showed), the others add to it.
    // A relist of a kind already shown is gathered in m_listing and replaces the kind whole, so
    // that nothing shown vanishes part way. Either way, once the informer has the last page and
    // every page is decoded, the watch's events held back meanwhile follow.
    struct ListProgress
    {
        int generation = 0; // decodings of an earlier list are dropped
        int pagesDecoding = 0;
        bool allPagesIn = false;      // relisted: the watch has started, its events are held back
        bool pageShown = false;       // a first list: a page of it has gone to m_pending
        QList<SkippedObject> skipped; // a relist's objects that did not decode
        SkippedDelta heldBackSkipped; // what the watch's events held back skipped or cleared
    };

    template<typename T>
    Informer *add(const QString &path, KindDelta<T> ClusterDelta::*member)
    {
        auto *informer = new Informer(m_client, path, this);
        m_informers.append(informer);
        connect(informer, &Informer::listStarted, this, [this, member, informer] {
            m_listing.*member = KindDelta<T>();
            m_heldBack.*member = KindDelta<T>();
            ListProgress &progress = m_lists[informer];
            progress = ListProgress{progress.generation + 1, 0, false, false, {}, {}};
        });
        connect(
            informer, &Informer::listedPage, this, [this, member, informer](const ListPage &page) {
                ListProgress &progress = m_lists[informer];
                ++progress.pagesDecoding;
                if (!m_synced) {
                    ++m_firstList.pages;
                    m_firstList.bytes += page.body().size();
                    m_firstList.lastPageMs = m_sinceStart.elapsed();
                }
                m_decoders->start([this, member, informer, page, generation = progress.generation,
                                   kind = kindOf(informer->path())] {
                    const auto began = std::chrono::steady_clock::now();
                    DecodedPage<T> decoded = decodePage<T>(page, kind);
                    m_decodeNs += std::chrono::duration_cast<std::chrono::nanoseconds>(
                                      std::chrono::steady_clock::now() - began)
                                      .count();
                    handBack([this, member, informer, generation, page,
                              decoded = std::move(decoded)]() mutable {
                        pageDecoded(member, informer, generation, page, std::move(decoded));
                    });
                });
            });
        connect(informer, &Informer::relisted, this, [this, member, informer] {
            m_lists[informer].allPagesIn = true;
            finishList(member, informer);
        });
        connect(informer, &Informer::upserted, this,
                [this, member, informer](const Json::Document &object) {
                    QString error;
                    if (std::optional<T> decoded = decode<T>(object.root(), &error)) {
                        if (m_skippedUids[informer].remove(decoded->meta.uid))
                            skippedDelta(informer)->clear(decoded->meta.uid);
                        (watchDelta(informer)->*member).upsert(std::move(*decoded));
                    } else if (!error.isEmpty()) {
                        // Left out, and said. What was shown of it stays (an engine must not
                        // take it for deleted); the skipped object says its change is not.
                        qCWarning(lcKube).noquote() << error;
                        SkippedObject skipped =
                            skippedObject(object.root(), kindOf(informer->path()), error);
                        m_skippedUids[informer].insert(skipped.uid);
                        skippedDelta(informer)->skip(std::move(skipped));
                    }
                    emit activity();
                });
        connect(informer, &Informer::removed, this,
                [this, member, informer](const Json::Document &object) {
                    const QString uid = uidOf(object.root());
                    if (isLeftOut<T>(object.root()))
                        return;
                    (watchDelta(informer)->*member).remove(uid);
                    if (m_skippedUids[informer].remove(uid))
                        skippedDelta(informer)->clear(uid);
                    emit activity();
                });
        connect(informer, &Informer::live, this, [this, informer] {
            m_problems.remove(informer);
            updateState();
        });
        connect(informer, &Informer::problem, this,
                [this, informer](int status, const QString &message) {
                    if ((status == 403 || status == 404) && m_optional.contains(informer)) {
                        forgoOptional(informer, status, message);
                        return;
                    }
                    m_problems.insert(informer, {status, message});
                    updateState();
                });
        informer->start();
        return informer;
    }

    // Who uses each volume: the claim bound to its PersistentVolume, and the pods that mount
    // that claim. Cluster-wide, so optional too; and secondary: listed once the cStor kinds are
    // (a cluster's pods can outnumber its replicas), and not waited for to be live.
    void watchVolumeUsers()
    {
        Informer *volumes =
            add(QStringLiteral("/api/v1/persistentvolumes"), &ClusterDelta::persistentVolumes);
        Informer *pods = add(QStringLiteral("/api/v1/pods"), &ClusterDelta::workloadPods);
        m_optional.insert(volumes, &ClusterDelta::persistentVolumesUnreadable);
        m_optional.insert(pods, &ClusterDelta::workloadPodsUnreadable);
        m_secondary.insert(volumes);
        m_secondary.insert(pods);
    }

    // An optional kind the user may not list (403), or the server does not serve (404): counted
    // as listed (empty), said once, and not asked for again in this connection.
    void forgoOptional(Informer *informer, int status, const QString &message)
    {
        informer->disconnect(this);
        informer->deleteLater();
        m_informers.removeOne(informer);
        m_secondary.remove(informer);
        const auto unreadable = m_optional.take(informer);
        m_lists.remove(informer);
        m_problems.remove(informer);
        m_skippedUids.remove(informer);
        m_pending.skipped.relist(kindOf(informer->path()));
        m_pending.*unreadable =
            status == 404 ? tr("the server does not serve %1: %2").arg(informer->path(), message)
                          : tr("no permission to list %1: %2").arg(informer->path(), message);
        emit activity();
        updateState();
    }

    // On a decoding thread: queues `taken` to run on the worker's thread, and tells it unless it
    // was told already.
    void handBack(std::function<void()> taken)
    {
        bool notify = false;
        {
            const std::lock_guard lock(m_decodedMutex);
            m_decoded.push_back(std::move(taken));
            notify = !std::exchange(m_decodedNotified, true);
        }
        if (notify)
            emit pagesDecoded();
    }

    void takeDecodedPages()
    {
        std::vector<std::function<void()>> decoded;
        {
            const std::lock_guard lock(m_decodedMutex);
            decoded.swap(m_decoded);
            m_decodedNotified = false;
        }
        for (std::function<void()> &taken : decoded)
            taken();
    }

    template<typename T>
    void pageDecoded(KindDelta<T> ClusterDelta::*member, Informer *informer, int generation,
                     const ListPage &page, DecodedPage<T> decoded)
    {
        for (const SkippedObject &skipped : std::as_const(decoded.skipped))
            qCWarning(lcKube).noquote() << skipped.problem;
        ListProgress &progress = m_lists[informer];
        if (generation != progress.generation)
            return;
        --progress.pagesDecoding;
        if (!decoded.objects) {
            QString message = m_client->jsonProblem(page.body());
            if (message.isEmpty())
                message =
                    tr("the list of %1 holds items that are not objects").arg(informer->path());
            qCWarning(lcKube).noquote() << message;
            ++progress.generation;
            progress.allPagesIn = false;
            // What the watch said since a list that failed goes with it.
            m_heldBack.*member = KindDelta<T>();
            informer->listFailed(message);
            return;
        }
        if (!m_decodedLists.contains(informer)) {
            KindDelta<T> &pending = m_pending.*member;
            const QString kind = kindOf(informer->path());
            if (!progress.pageShown) {
                progress.pageShown = true;
                pending = KindDelta<T>();
                pending.replaceAll = true;
                m_pending.skipped.relist(kind);
                m_skippedUids[informer].clear();
            }
            pending.upserted.append(std::move(*decoded.objects));
            for (SkippedObject &skipped : decoded.skipped) {
                m_skippedUids[informer].insert(skipped.uid);
                m_pending.skipped.skip(std::move(skipped));
            }
        } else {
            progress.skipped.append(std::move(decoded.skipped));
            // Moved in (QList grows geometrically; its reserve() would copy every element,
            // which per page made a list of many pages quadratic: 1.5 s for 30,000 replicas).
            (m_listing.*member).upserted.append(std::move(*decoded.objects));
        }
        emit activity();
        finishList(member, informer);
    }

    template<typename T>
    void finishList(KindDelta<T> ClusterDelta::*member, Informer *informer)
    {
        ListProgress &progress = m_lists[informer];
        if (!progress.allPagesIn || progress.pagesDecoding > 0)
            return;
        progress.allPagesIn = false;
        if (progress.pageShown) {
            // A first list: its pages are pending or applied already.
            (m_pending.*member).merge(std::exchange(m_heldBack.*member, KindDelta<T>()));
        } else {
            KindDelta<T> listed = std::exchange(m_listing.*member, KindDelta<T>());
            listed.replaceAll = true;
            listed.upserted.squeeze();
            // What the watch said since the list, on top of it.
            listed.merge(std::exchange(m_heldBack.*member, KindDelta<T>()));
            m_pending.*member = std::move(listed);
            m_pending.skipped.relist(kindOf(informer->path()));
            QSet<QString> &uids = m_skippedUids[informer];
            uids.clear();
            for (SkippedObject &skipped : std::exchange(progress.skipped, {})) {
                uids.insert(skipped.uid);
                m_pending.skipped.skip(std::move(skipped));
            }
        }
        // The watch's events held back meanwhile, skipped or cleared.
        SkippedDelta heldBack = std::exchange(progress.heldBackSkipped, SkippedDelta());
        for (const SkippedObject &skipped : std::as_const(heldBack.skipped))
            m_skippedUids[informer].insert(skipped.uid);
        for (const QString &uid : std::as_const(heldBack.clearedUids))
            m_skippedUids[informer].remove(uid);
        m_pending.skipped.merge(std::move(heldBack));
        m_decodedLists.insert(informer);
        emit activity();
        m_problems.remove(informer);
        updateState();
        if (m_refreshing.remove(informer) && m_refreshing.isEmpty()) {
            flush();
            emit refreshed();
        }
    }

    // Where a watch event goes: pending, unless the list it follows is still being decoded.
    ClusterDelta *watchDelta(Informer *informer)
    {
        return m_lists.value(informer).allPagesIn ? &m_heldBack : &m_pending;
    }
    // Where a watch event's skipped object (or one that decodes again) goes, the same way.
    SkippedDelta *skippedDelta(Informer *informer)
    {
        ListProgress &progress = m_lists[informer];
        return progress.allPagesIn ? &progress.heldBackSkipped : &m_pending.skipped;
    }

    void updateState()
    {
        // Synced once every kind's list is decoded, not just fetched.
        bool everyListed = true;
        for (Informer *informer : std::as_const(m_informers))
            everyListed = everyListed &&
                          (m_decodedLists.contains(informer) || m_secondary.contains(informer));
        if (everyListed && !m_synced) {
            m_synced = true;
            m_firstList.measured = true;
            m_firstList.listedMs = m_sinceStart.elapsed();
            m_firstList.decodeMs = m_decodeNs / 1000000;
            post([this] { m_mailbox->firstList = m_firstList; });
            flush();
            emit allListed();
            watchVolumeUsers();
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
    ClusterDelta m_listing;  // lists under way, by kind
    ClusterDelta m_heldBack; // watch events that came while their kind's list was decoding
    QHash<Informer *, ListProgress> m_lists;
    // The uids of each informer's objects that are skipped now (so that one that decodes again is
    // said to be no longer skipped).
    QHash<Informer *, QSet<QString>> m_skippedUids;
    QSet<Informer *> m_decodedLists; // informers whose list has been decoded whole once
    QSet<Informer *> m_refreshing;   // informers listing again for relistAll()
    // Kinds the connection does without when forbidden (403), and where it says why.
    QHash<Informer *, QString ClusterDelta::*> m_optional;
    std::mutex m_decodedMutex;
    std::vector<std::function<void()>> m_decoded; // handed back by the decoding threads
    bool m_decodedNotified = false;
    QTimer m_flush;
    bool m_synced = false;
    QElapsedTimer m_sinceStart;
    FirstListTimings m_firstList;
    std::atomic<qint64> m_decodeNs{0}; // added to by the decoding threads
    QSet<Informer *> m_secondary;      // not waited for to be live (watchVolumeUsers)
    ConnectionState m_state = ConnectionState::Connecting;
    QString m_detail;
    // Last, so that it goes first: its threads use the members above.
    std::unique_ptr<JobThreads> m_decoders;
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
    FirstListTimings firstList;
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
    connect(worker, &WatchWorker::allListed, this, [this, mailbox] {
        {
            const std::lock_guard lock(mailbox->mutex);
            d->firstList = mailbox->firstList;
        }
        d->synced = true;
        emit synced();
    });
    // After the mailbox's last batch of the new lists (both queued from the worker's thread).
    connect(worker, &WatchWorker::refreshed, this, &ClusterWatcher::refreshed);
    // Posted before the thread starts, so that it is ordered before the thread runs.
    QMetaObject::invokeMethod(worker, &WatchWorker::start, Qt::QueuedConnection);
    d->thread.start();
}

void ClusterWatcher::refresh()
{
    if (d->worker)
        QMetaObject::invokeMethod(d->worker, &WatchWorker::relistAll, Qt::QueuedConnection);
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

FirstListTimings ClusterWatcher::firstListTimings() const
{
    return d->firstList;
}

} // namespace Kube

#include "clusterwatcher.moc"
