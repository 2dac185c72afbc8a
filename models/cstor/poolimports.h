#pragma once

#include "models/cstor/event.h"
#include "models/cstor/poolinstance.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace Cstor {

// Whether a pool's pool-manager fails to import it now: its condition PoolLost (written again at
// every failed reconcile, never set back to False) is newer than its last "Pool Imported" event
// (CO pool operations Import). The phase stays what it was, ONLINE after a node lost without a
// shutdown, so only this tells. Events live an hour: a PoolLost the cluster's newest event has
// outlived by that long belongs to a failure an import may have ended since, and is not taken as
// lost. All times are the cluster's own.
class PoolImports
{
public:
    static constexpr qint64 kLostSeconds = 3600;

    // The pools whose answer may have changed: those with a new import.
    QSet<QString> apply(const QList<Event> &events);
    bool lost(const PoolInstance &pool) const;
    void clear();

private:
    QHash<QString, QDateTime> m_lastImport; // pool -> newest "Pool Imported" event
    QDateTime m_newestEvent;                // the cluster's clock, as its events tell
};

} // namespace Cstor
