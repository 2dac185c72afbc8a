#pragma once

#include "models/kube/clusterdelta.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace Kube {

class ClusterConfig; // a resolved kubeconfig context: server, TLS, credentials, namespace
struct FirstListTimings;

// Watches everything the console shows (CSPC, CSPI, CVC, CV, CVR, Events) in one namespace.
// Lives in the UI thread; its informers run in a worker thread (paginated list, then watch from
// the list's resourceVersion with bookmarks, relist on 410, reconnect with backoff) and keep
// compact structs. Changes arrive as batched deltas, at most every ~50 ms.
// Destroying it (or stop()) tears everything down; a context switch is a new ClusterWatcher.
class ClusterWatcher : public QObject
{
    Q_OBJECT

public:
    ClusterWatcher(const ClusterConfig &config, const QString &namespaceName,
                   QObject *parent = nullptr);
    ~ClusterWatcher() override;

    void start();
    void stop();
    // Lists every kind again (the watches dropped and started anew from the new lists); each
    // list replaces what was shown of its kind. refreshed() follows the last one's changes.
    void refresh();

    ConnectionState state() const;
    QString stateDetail() const;     // why Reconnecting/Failed, in words an operator understands
    QDateTime lastEventTime() const; // last list/watch event received (for "live, 3 s ago")
    bool isSynced() const;           // every kind has completed its first list
    // Where the first list spent its time (measured is false until synced).
    FirstListTimings firstListTimings() const;

signals:
    void delta(const Kube::ClusterDelta &delta);
    void stateChanged(Kube::ConnectionState state, const QString &detail);
    void synced();
    void refreshed();

private:
    class Private;
    Private *d;
};

} // namespace Kube
