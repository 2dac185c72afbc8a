#include "models/sim/apiserver/watchhub.h"

#include "models/sim/apiserver/tablerenderer.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace Sim {

// An open watch stream.
struct WatchStream
{
    QPointer<QTcpSocket> socket;
    std::shared_ptr<QHttpServerResponder> responder;
    const ResourceInfo *resource = nullptr;
    QString namespaceName;
    LabelSelector labels;
    std::optional<FieldSelector> fields;
    bool table = false;
    TableRenderer::IncludeObject include = TableRenderer::IncludeObject::Metadata;
    bool columnsSent = false;
    bool ended = false;
    QTimer *timeout = nullptr;
    QTimer *bookmarks = nullptr;
};

namespace {

QJsonObject expiredStatus(qint64 asked, qint64 current)
{
    return ApiError{410, QStringLiteral("Expired"),
                    QStringLiteral("too old resource version: %1 (%2)").arg(asked).arg(current),
                    QJsonObject()}
        .toStatus();
}

} // namespace

WatchHub::WatchHub(ObjectStore *store, FaultPlan *faults, QObject *context)
    : m_store(store)
    , m_faults(faults)
    , m_context(context)
{
}

WatchHub::~WatchHub()
{
    qDeleteAll(m_watches);
    qDeleteAll(m_endedWatches);
}

ApiReply WatchHub::watch(const ApiRequest &request, const ApiTarget &target, QTcpSocket *socket,
                         const std::shared_ptr<QHttpServerResponder> &responder, bool *streaming)
{
    if (!request.query.value(QStringLiteral("sendInitialEvents")).isEmpty())
        return ApiReply::status(
            {422, QStringLiteral("Invalid"),
             QStringLiteral("sendInitialEvents is not supported by this server"), QJsonObject()});
    bool ok = true;
    const QString rv = request.query.value(QStringLiteral("resourceVersion"));
    if (!rv.isEmpty())
        rv.toLongLong(&ok);
    if (!ok)
        return ApiReply::status(
            ApiError::badRequest(QStringLiteral("invalid resourceVersion \"%1\"").arg(rv)));
    LabelSelector labels;
    std::optional<FieldSelector> fields;
    if (auto error = request.selectors(target, &labels, &fields))
        return ApiReply::status(*error);
    *streaming = true;
    const int latency = m_faults->latencyMs;
    if (latency > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(latency, m_context, [this, request, target, guard, responder] {
            if (guard)
                start(request, target, guard, responder);
        });
    } else {
        start(request, target, socket, responder);
    }
    return {};
}

bool WatchHub::matches(const WatchStream *watch, const QJsonObject &object) const
{
    if (!watch->namespaceName.isEmpty() && object.value(QStringLiteral("metadata"))
                                                   .toObject()
                                                   .value(QStringLiteral("namespace"))
                                                   .toString() != watch->namespaceName)
        return false;
    return watch->labels.matchesObject(object) &&
           (!watch->fields || watch->fields->matches(object));
}

void WatchHub::writeHeaders(QHttpServerResponder &responder)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), ApiReply::jsonType);
    responder.writeHeader(QByteArrayLiteral("Cache-Control"),
                          QByteArrayLiteral("no-cache, private"));
    responder.writeHeader(QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked"));
    responder.writeHeader(QByteArrayLiteral("Audit-Id"),
                          QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    // Ends the header block now (the responder does so with the first body bytes): the client
    // sees the 200 at once, as kube-apiserver flushes it, even when no event follows for long.
    responder.writeBody(QByteArray());
}

void WatchHub::start(const ApiRequest &request, const ApiTarget &target, QTcpSocket *socket,
                     const std::shared_ptr<QHttpServerResponder> &responder)
{
    auto *watch = new WatchStream;
    watch->socket = socket;
    watch->responder = responder;
    watch->resource = target.resource;
    watch->namespaceName = target.namespaceName;
    request.selectors(target, &watch->labels, &watch->fields);
    watch->table = request.wantsTable();
    watch->include =
        TableRenderer::parseIncludeObject(request.query.value(QStringLiteral("includeObject")));
    m_watches.append(watch);

    writeHeaders(*responder);
    QObject::connect(socket, &QTcpSocket::disconnected, m_context,
                     [this, watch] { end(watch, true); });
    if (!sendInitialEvents(watch, request))
        return;
    startTimers(watch, request);
}

bool WatchHub::sendInitialEvents(WatchStream *watch, const ApiRequest &request)
{
    const QString rvText = request.query.value(QStringLiteral("resourceVersion"));
    if (rvText.isEmpty() || rvText == QLatin1String("0")) {
        // The current state first, as synthetic ADDED events.
        for (const StoredObject &stored :
             m_store->listStored(watch->resource->plural, watch->namespaceName)) {
            if (matches(watch, stored.object))
                sendEvent(watch, QStringLiteral("ADDED"), stored.object, stored.json);
        }
        return true;
    }
    const qint64 rv = rvText.toLongLong();
    const auto history = m_store->eventsSince(rv, watch->resource->plural);
    if (!history) {
        sendEvent(watch, QStringLiteral("ERROR"), expiredStatus(rv, m_store->resourceVersion()));
        end(watch, false);
        return false;
    }
    for (const StoreEvent &event : *history) {
        if (matches(watch, event.object))
            sendEvent(watch, event.typeName(), event.object, event.json);
    }
    return true;
}

void WatchHub::startTimers(WatchStream *watch, const ApiRequest &request)
{
    bool ok = false;
    const int timeoutSeconds = request.query.value(QStringLiteral("timeoutSeconds")).toInt(&ok);
    if (ok && timeoutSeconds > 0) {
        watch->timeout = new QTimer(m_context);
        watch->timeout->setSingleShot(true);
        QObject::connect(watch->timeout, &QTimer::timeout, m_context,
                         [this, watch] { end(watch, false); });
        watch->timeout->start(timeoutSeconds * 1000);
    }
    if (request.query.value(QStringLiteral("allowWatchBookmarks")) == QLatin1String("true")) {
        watch->bookmarks = new QTimer(m_context);
        QObject::connect(watch->bookmarks, &QTimer::timeout, m_context, [this, watch] {
            sendEvent(watch, QStringLiteral("BOOKMARK"),
                      {{QStringLiteral("kind"), watch->resource->kind},
                       {QStringLiteral("apiVersion"), watch->resource->apiVersion()},
                       {QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("resourceVersion"),
                                     QString::number(m_store->resourceVersion())}}}});
        });
        watch->bookmarks->start(1000);
    }
}

void WatchHub::sendChunk(WatchStream *watch, const QByteArray &line)
{
    if (watch->ended || !watch->socket)
        return;
    QByteArray chunk = QByteArray::number(line.size(), 16);
    chunk += "\r\n";
    chunk += line;
    chunk += "\r\n";
    watch->responder->writeBody(chunk);
}

void WatchHub::sendEvent(WatchStream *watch, const QString &type, const QJsonObject &object,
                         const QByteArray &json)
{
    const bool table =
        watch->table && type != QLatin1String("ERROR") && type != QLatin1String("BOOKMARK");
    QByteArray line;
    if (!table && !json.isEmpty()) {
        // The keys in the order QJsonDocument writes them.
        line.reserve(json.size() + type.size() + 24);
        line += "{\"object\":";
        line += json;
        line += ",\"type\":\"";
        line += type.toLatin1();
        line += "\"}";
    } else {
        QJsonObject payload = object;
        if (table) {
            payload = TableRenderer::watchTable(*watch->resource, object, m_store->now(),
                                                !watch->columnsSent, watch->include);
            watch->columnsSent = true;
        }
        line = QJsonDocument(
                   QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("object"), payload}})
                   .toJson(QJsonDocument::Compact);
    }
    line += '\n';
    sendChunk(watch, line);
}

void WatchHub::end(WatchStream *watch, bool abort)
{
    if (!m_watches.contains(watch))
        return;
    m_watches.removeOne(watch);
    if (!watch->ended && watch->socket) {
        watch->ended = true;
        if (abort) {
            watch->socket->abort();
        } else {
            watch->responder->writeBody(QByteArrayLiteral("0\r\n\r\n"));
            watch->socket->disconnectFromHost();
        }
    }
    delete watch->timeout;
    delete watch->bookmarks;
    // The responder may still be referenced by a queued lambda; shared_ptr keeps it alive.
    m_endedWatches.append(watch);
    QTimer::singleShot(0, m_context, [this, watch] {
        if (m_endedWatches.removeOne(watch))
            delete watch;
    });
}

void WatchHub::onStoreChanged(const StoreEvent &event)
{
    const QList<WatchStream *> open = m_watches;
    for (WatchStream *watch : open) {
        if (watch->resource->plural != event.resource || !matches(watch, event.object))
            continue;
        sendEvent(watch, event.typeName(), event.object, event.json);
    }
}

void WatchHub::onFaultsChanged()
{
    if (m_faults->dropWatches) {
        m_faults->dropWatches = false;
        const QList<WatchStream *> open = m_watches;
        for (WatchStream *watch : open)
            end(watch, true);
    }
    if (m_faults->expireWatches) {
        m_faults->expireWatches = false;
        const QList<WatchStream *> open = m_watches;
        for (WatchStream *watch : open) {
            sendEvent(watch, QStringLiteral("ERROR"),
                      expiredStatus(m_store->resourceVersion() - 1, m_store->resourceVersion()));
            end(watch, false);
        }
    }
}

} // namespace Sim
