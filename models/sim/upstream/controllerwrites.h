#pragma once

#include "models/sim/store/objectstore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Sim {

class FaultPlan;

// How the cStor controllers write back an object they have read: client-go's Update of the
// informer's copy, which carries the resourceVersion of that read, so that another write in
// between is refused with 409 Conflict. The faults document's `controllerConflicts` makes the
// next N of these writes meet such a writer, as a write from a stale informer cache does.
class ControllerWrites
{
public:
    ControllerWrites(ObjectStore *store, FaultPlan *faults);

    ObjectStore::Result update(const QString &resource, const QJsonObject &object) const;
    static bool isConflict(const ObjectStore::Result &result);

private:
    ObjectStore *m_store;
    FaultPlan *m_faults;
};

// A workqueue's retry of a key whose sync failed (AddRateLimited, with client-go's
// DefaultControllerRateLimiter per item: 5 ms, doubled at each failure, at most 1000 s) and
// its reset when a sync succeeds (Forget).
class RequeueBackoff
{
public:
    double failed(const QString &key); // the delay before the next try, in seconds
    void forget(const QString &key);

private:
    QHash<QString, int> m_failures;
};

} // namespace Sim
