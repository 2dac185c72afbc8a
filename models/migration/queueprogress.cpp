#include "models/migration/queueprogress.h"

#include "models/cstor/age.h"
#include "models/cstor/capacity.h"

#include <QCoreApplication>

namespace Migration {

QueueProgress QueueProgress::of(const QList<MigrationStatus> &moves, const ClusterSnapshot &cluster,
                                const QDateTime &now, const QString &heldBack)
{
    QueueProgress progress;
    progress.heldBack = heldBack;
    QDateTime firstBegun;
    for (const MigrationStatus &status : moves) {
        const qint64 size = cluster.volumeSize(status.move.volume);
        progress.bytesTotal += size;
        switch (status.state) {
        case MigrationState::Done:
            ++progress.done;
            progress.bytesCopied += size;
            break;
        case MigrationState::Planned:
        case MigrationState::Preflight:
            ++progress.waiting;
            continue;
        case MigrationState::ScalingUp:
        case MigrationState::Rebuilding:
        case MigrationState::ScalingDown:
            ++progress.running;
            if (status.state == MigrationState::ScalingDown)
                progress.bytesCopied += size;
            else if (status.progress.valid)
                progress.bytesCopied += qint64(double(size) * status.progress.fraction);
            break;
        default:
            ++progress.failed;
            progress.bytesTotal -= size; // nothing more will be copied for it
            continue;
        }
        if (status.started.isValid() && (!firstBegun.isValid() || status.started < firstBegun))
            firstBegun = status.started;
    }
    const qint64 elapsed = firstBegun.isValid() ? firstBegun.secsTo(now) : 0;
    if (elapsed > 0 && progress.bytesCopied > 0)
        progress.bytesPerSecond = double(progress.bytesCopied) / double(elapsed);
    const qint64 left = progress.bytesTotal - progress.bytesCopied;
    if (progress.bytesPerSecond > 0 && (heldBack.isEmpty() || progress.waiting == 0))
        progress.etaSeconds = qint64(double(left) / progress.bytesPerSecond);
    return progress;
}

QString QueueProgress::text() const
{
    QString text = tr("%1 of %n move(s) done, %2 running, %3 waiting, %4 failed", nullptr, total())
                       .arg(done)
                       .arg(running)
                       .arg(waiting)
                       .arg(failed);
    text += QStringLiteral("; ") + tr("%1 of %2 copied")
                                       .arg(Cstor::Capacity::formatBytesCompact(bytesCopied),
                                            Cstor::Capacity::formatBytesCompact(bytesTotal));
    if (etaSeconds && (running > 0 || waiting > 0))
        text +=
            QStringLiteral(", ") + tr("about %1 left").arg(Cstor::formatAge(*etaSeconds * 1000));
    if (!heldBack.isEmpty() && waiting > 0)
        text += QStringLiteral("; ") + heldBack;
    return text;
}

} // namespace Migration
