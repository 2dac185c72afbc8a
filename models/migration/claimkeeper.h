#pragma once

#include "models/migration/cvcwriter.h"
#include "models/migration/migrationstatus.h"
#include "models/planning/moveclaim.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QString>

#include <functional>

namespace Migration {

// This console's claims (MoveClaim) on the CVCs of the moves it runs: the claim a move
// writes, holding it (adding it, renewing it, taking over the claim a resumed or adopted move
// left), releasing it when a move ends without the patch that would have removed it, and
// whether another console's claim has gone silent.
class ClaimKeeper
{
    Q_DECLARE_TR_FUNCTIONS(Migration::ClaimKeeper)

public:
    explicit ClaimKeeper(CvcWriter *writer)
        : m_writer(writer)
    {
    }

    // The claim of a move this console runs, renewed now.
    MoveClaim claimFor(const MigrationStatus &status, const QString &step) const;

    enum class Outcome {
        Held,   // the CVC carries `claim` (text: its annotation)
        Lost,   // another console holds the volume (text: its claim's annotation)
        Failed, // the CVC could not be read or written (text: why)
        // No claim, and the CVC no longer lists both pools: the move is not under way any
        // more (text: kFinished when the target stayed and the source went, else empty).
        Moot,
    };
    static const QString kFinished;
    using Done = std::function<void(Outcome outcome, const QString &text)>;

    // Makes the volume's CVC carry `claim`. A claim already there is replaced only when it is
    // the same move's (same id) and, if `expected` is given, exactly `expected` (the text this
    // console last wrote, or the silent claim it adopts): another console's claim, or the same
    // move taken over meanwhile, is Lost. None is added to a CVC that no longer lists both of
    // the move's pools (Moot).
    void hold(const QString &volume, const MoveClaim &claim, const QString &expected, Done done);
    // Removes `claimText` from the volume's CVC if it is still there (a move that ended
    // without its scale-down patch); best effort.
    void release(const QString &volume, const QString &claimText);

    // Whether the move of `claim` is `id`'s (this console's move, resumed or adopted).
    static bool isMove(const QString &claimText, const QString &id);
    // Whether a claim's console has gone silent: its process on this host is gone, or it has
    // not renewed the claim for `silentSeconds`.
    static bool isSilent(const MoveClaim &claim, qint64 silentSeconds, const QDateTime &now);

private:
    static void hold(const QPointer<CvcWriter> &writer, const QString &volume,
                     const MoveClaim &claim, const QString &expected, const Done &done,
                     int attempt);

    QPointer<CvcWriter> m_writer;
};

} // namespace Migration
