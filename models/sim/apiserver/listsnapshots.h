#pragma once

#include "models/sim/store/objectstore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sim {

// The pages of a list read with limit and continue: the objects the first page matched are
// kept as a snapshot that the later pages read from, so that the pages fit together as
// kube-apiserver's do. A continue token names its snapshot and where the next page starts.
class ListSnapshots
{
public:
    struct Snapshot
    {
        QList<StoredObject> items;
        QString resourceVersion;
        QDateTime created;
    };
    struct Page
    {
        QList<StoredObject> items;
        QString resourceVersion;
        QString continueToken;    // empty on the last page
        qsizetype remaining = -1; // items after this page; -1 on the last page
    };

    // The snapshot a continue token points into and where the next page starts; false for a
    // token that is malformed or whose snapshot was forgotten (410 Expired).
    bool resume(const QString &continueToken, Snapshot *snapshot, QString *id,
                qsizetype *start) const;
    // The items [start, start + limit) of snapshot (all from start when limit is 0). When more
    // follow, the snapshot is kept under id (a new id when empty) for the next page.
    Page page(const Snapshot &snapshot, QString id, qsizetype start, qsizetype limit);

private:
    QHash<QString, Snapshot> m_snapshots;
    QStringList m_order; // ids, oldest first

    QString keep(const Snapshot &snapshot);
    void forgetOld();
};

} // namespace Sim
