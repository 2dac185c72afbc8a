#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

namespace Sim {

// The faults' values, a plain copyable document (FaultPlan validates a change on a copy).
struct FaultValues
{
    // --- API level (ApiServer) ---
    int latencyMs = 0;    // added before every reply (not /sim/ requests)
    int throttleNext = 0; // the next N API requests get 429 + Retry-After
    int retryAfterSeconds = 1;
    int failNext = 0; // the next N API requests get 500 InternalError
    int dropNext = 0; // the next N API requests: connection closed with no reply
    // The next N reads of one CStorVolumeConfig are each followed at once by another writer's
    // edit of it (an annotation), so that a write based on what was read meets a newer
    // resourceVersion.
    int secondWriter = 0;
    bool dropWatches = false;   // one-shot: close every open watch stream (abruptly)
    bool expireWatches = false; // one-shot: send ERROR 410 Expired on open watches and close them
    // The cStor admission webhook cannot be called: with its failurePolicy Fail the API server
    // refuses every write it is registered for (CVC updates, the controller's too).
    bool webhookDown = false;

    // --- cluster level (controllers) ---
    QSet<QString> downNodes;         // node lost: its pools and replicas stop updating (stale)
    QSet<QString> offlinePools;      // CSPI phase OFFLINE; its replicas go Offline, rebuilds stall
    QSet<QString> readOnlyPools;     // CSPI readOnly forced true
    QSet<QString> failedDisks;       // block devices whose vdev is faulted (a dead disk)
    QSet<QString> pausedControllers; // "cvc", "pool", "target", "cspc"
    QSet<QString> stoppedTargets;    // volume names whose target pod is stopped (gracefully)
    // The next N writes of the cStor controllers meet another writer's newer resourceVersion
    // (409 Conflict), as a write from a stale informer cache does; each controller then tries
    // again as upstream does (ControllerWrites).
    int controllerConflicts = 0;
};

// Faults switched on at run time (the admin-only /sim/v1/faults endpoint, or tests directly).
// API-level faults are applied by the ApiServer; cluster-level ones by the controllers.
class FaultPlan
    : public QObject
    , public FaultValues
{
    Q_OBJECT

public:
    explicit FaultPlan(QObject *parent = nullptr);

    // A consumer counts a request-level fault; returns true if it applied (decrements).
    bool takeThrottle();
    bool takeFailure();
    bool takeDrop();
    bool takeSecondWrite();
    bool takeControllerConflict();

    QJsonObject toJson() const;
    // The fields with what each does, as `cstor-sim --help` lists them.
    static QString helpText();
    // Applies a partial JSON document of the fields above (same names as toJson()).
    // Returns false with *error naming the bad field, and then changes nothing.
    bool apply(const QJsonObject &changes, QString *error);

signals:
    void changed();
};

} // namespace Sim
