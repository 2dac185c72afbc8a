#include "models/migration/strandedscaledown.h"

#include "models/migration/cvcpatch.h"

#include <QJsonArray>

namespace Migration {

namespace {
const QString kReplicas = QStringLiteral("cstorvolumereplicas");
// How long the patch may wait for its turn once the reads are done (as a scale-down's).
constexpr int kFreshMs = 2000;
} // namespace

void StrandedScaleDown::repair(const QPointer<QObject> &guard, CvcWriter *writer,
                               const QString &volume, const QString &pool, const Done &done)
{
    writer->get(kCvcResource, volume, [=](const CvcWriter::Reply &cvcReply) {
        if (!guard)
            return;
        if (!cvcReply.ok)
            return done(Outcome::Failed, cvcReply.message);
        const QJsonObject cvc = cvcReply.object;
        const int index = int(CvcPatch::statusPools(cvc).indexOf(pool));
        if (index < 0 || CvcPatch::specPools(cvc).contains(pool))
            return done(Outcome::NotStranded, QString());
        const QString replica = volume + QLatin1Char('-') + pool;
        writer->get(kReplicas, replica, [=](const CvcWriter::Reply &replicaReply) {
            if (!guard)
                return;
            if (replicaReply.ok)
                return done(Outcome::NotStranded, QString()); // still there: the controller goes on
            if (replicaReply.httpCode != 404)
                return done(Outcome::Failed, replicaReply.message);
            writer->patchCvcUntil(volume, CvcPatch::removeStatusPool(cvc, index, pool),
                                  QDeadlineTimer(kFreshMs), [=](const CvcWriter::Reply &patched) {
                                      if (!guard)
                                          return;
                                      if (patched.ok)
                                          return done(Outcome::Repaired, QString());
                                      if (patched.isConflict())
                                          return done(Outcome::NotStranded, QString());
                                      done(Outcome::Failed, patched.message);
                                  });
        });
    });
}

} // namespace Migration
