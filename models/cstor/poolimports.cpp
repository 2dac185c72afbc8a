#include "models/cstor/poolimports.h"

namespace Cstor {

QSet<QString> PoolImports::apply(const QList<Event> &events)
{
    QSet<QString> imported;
    for (const Event &event : events) {
        if (!m_newestEvent.isValid() || event.lastTimestamp > m_newestEvent)
            m_newestEvent = event.lastTimestamp;
        if (event.involvedKind != QLatin1String("CStorPoolInstance") ||
            event.reason != QLatin1String("Pool Imported"))
            continue;
        QDateTime &last = m_lastImport[event.involvedName];
        if (!last.isValid() || event.lastTimestamp > last) {
            last = event.lastTimestamp;
            imported.insert(event.involvedName);
        }
    }
    return imported;
}

bool PoolImports::lost(const PoolInstance &pool) const
{
    if (!pool.poolLostAt.isValid())
        return false;
    if (m_newestEvent.isValid() && pool.poolLostAt.secsTo(m_newestEvent) >= kLostSeconds)
        return false;
    const QDateTime imported = m_lastImport.value(pool.meta.name);
    return !imported.isValid() || imported < pool.poolLostAt;
}

void PoolImports::clear()
{
    m_lastImport.clear();
    m_newestEvent = {};
}

} // namespace Cstor
