#pragma once

#include "models/sim/apiserver/apirequest.h"

#include <QList>

#include <memory>

class QHttpServerResponder;
class QObject;
class QTcpSocket;

namespace Sim {

class FaultPlan;
class ObjectStore;
struct StoreEvent;
struct WatchStream;

// The open watch streams (?watch=true): each gets the current state or the history since its
// resourceVersion, then every matching change in the store as a chunk of its response, until
// its timeout, the client leaving or a fault (dropped or expired watches).
class WatchHub
{
public:
    // context: the server; the hub's timers and connections live as long as it does.
    WatchHub(ObjectStore *store, FaultPlan *faults, QObject *context);
    ~WatchHub();

    // Checks the request and starts streaming (*streaming set), after the fault plan's latency;
    // otherwise the error to answer.
    ApiReply watch(const ApiRequest &request, const ApiTarget &target, QTcpSocket *socket,
                   const std::shared_ptr<QHttpServerResponder> &responder, bool *streaming);

    void onStoreChanged(const StoreEvent &event);
    // Applies the fault plan's one-shot dropWatches and expireWatches.
    void onFaultsChanged();

private:
    ObjectStore *m_store;
    FaultPlan *m_faults;
    QObject *m_context;
    QList<WatchStream *> m_watches;
    // Ended watches wait one event-loop turn before deletion (a queued lambda may still use
    // them); the destructor deletes those whose turn never came.
    QList<WatchStream *> m_endedWatches;

    void start(const ApiRequest &request, const ApiTarget &target, QTcpSocket *socket,
               const std::shared_ptr<QHttpServerResponder> &responder);
    static void writeHeaders(QHttpServerResponder &responder);
    // false when the resourceVersion is too old (the watch then ended with 410 Expired).
    bool sendInitialEvents(WatchStream *watch, const ApiRequest &request);
    void startTimers(WatchStream *watch, const ApiRequest &request);
    // json: object's compact JSON when known.
    void sendEvent(WatchStream *watch, const QString &type, const QJsonObject &object,
                   const QByteArray &json = QByteArray());
    void sendChunk(WatchStream *watch, const QByteArray &line);
    void end(WatchStream *watch, bool abort);
    bool matches(const WatchStream *watch, const QJsonObject &object) const;
};

} // namespace Sim
