#include "models/migration/claimkeeper.h"

#include "models/migration/cvcpatch.h"
#include "models/migration/moveowner.h"

namespace Migration {

namespace {

constexpr int kAttempts = 4;

} // namespace

const QString ClaimKeeper::kFinished = QStringLiteral("finished");

MoveClaim ClaimKeeper::claimFor(const MigrationStatus &status, const QString &step) const
{
    MoveClaim claim;
    claim.id = status.id;
    claim.by = m_writer ? m_writer->identity() : QString();
    claim.where = MoveOwner::current();
    claim.fromPool = status.move.sourcePool;
    claim.toPool = status.move.targetPool;
    claim.step = step;
    claim.started = status.started.isValid() ? status.started : QDateTime::currentDateTimeUtc();
    claim.renewed = QDateTime::currentDateTimeUtc();
    return claim;
}

bool ClaimKeeper::isMove(const QString &claimText, const QString &id)
{
    const std::optional<MoveClaim> claim = MoveClaim::fromText(claimText);
    return claim && claim->id == id;
}

bool ClaimKeeper::isSilent(const MoveClaim &claim, qint64 silentSeconds, const QDateTime &now)
{
    if (MoveOwner::isCurrent(claim.where))
        return false;
    if (MoveOwner::processId(claim.where) > 0 && !MoveOwner::isAlive(claim.where))
        return true; // its process on this host is gone
    return claim.silentSeconds(now) >= silentSeconds;
}

void ClaimKeeper::hold(const QString &volume, const MoveClaim &claim, const QString &expected,
                       Done done)
{
    hold(m_writer, volume, claim, expected, done, 0);
}

void ClaimKeeper::hold(const QPointer<CvcWriter> &writer, const QString &volume,
                       const MoveClaim &claim, const QString &expected, const Done &done,
                       int attempt)
{
    if (!writer)
        return done(Outcome::Failed, tr("not connected"));
    writer->get(
        kCvcResource, volume,
        [writer, volume, claim, expected, done, attempt](const CvcWriter::Reply &reply) {
            if (!writer)
                return;
            if (!reply.ok)
                return done(Outcome::Failed, reply.message);
            const QString current = MoveClaim::textOn(reply.object);
            const QString text = claim.toText();
            if (!current.isEmpty() &&
                (!isMove(current, claim.id) || (!expected.isEmpty() && current != expected)))
                return done(Outcome::Lost, current);
            const QStringList pools = CvcPatch::specPools(reply.object);
            if (current.isEmpty() &&
                !(pools.contains(claim.fromPool) && pools.contains(claim.toPool)))
                return done(Outcome::Moot, pools.contains(claim.toPool) ? kFinished : QString());
            const QJsonArray patch =
                current.isEmpty()
                    ? CvcPatch::withClaim({CvcPatch::testResourceVersion(reply.object)},
                                          reply.object, text)
                    : CvcPatch::replaceClaim(current, text);
            writer->patchCvc(volume, patch, false,
                             [writer, volume, claim, expected, done, attempt,
                              text](const CvcWriter::Reply &patched) {
                                 if (patched.ok)
                                     return done(Outcome::Held, text);
                                 if (patched.isConflict() && attempt + 1 < kAttempts)
                                     return hold(writer, volume, claim, expected, done,
                                                 attempt + 1);
                                 done(Outcome::Failed, patched.message);
                             });
        });
}

void ClaimKeeper::release(const QString &volume, const QString &claimText)
{
    if (!m_writer || claimText.isEmpty())
        return;
    QPointer<CvcWriter> writer = m_writer;
    writer->get(kCvcResource, volume, [writer, volume, claimText](const CvcWriter::Reply &reply) {
        if (!writer || !reply.ok || MoveClaim::textOn(reply.object) != claimText)
            return;
        writer->patchCvc(volume, CvcPatch::withoutClaim({}, claimText), false,
                         [](const CvcWriter::Reply &) {});
    });
}

} // namespace Migration
