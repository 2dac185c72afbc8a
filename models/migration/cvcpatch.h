#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Migration {

// The JSON patches a move sends to a CStorVolumeConfig's pool list (spec.policy.replicaPoolInfo),
// each guarded by a `test` of the resourceVersion the patch was computed from.
class CvcPatch
{
public:
    // The pool names of spec.policy.replicaPoolInfo in a CVC document.
    static QStringList specPools(const QJsonObject &cvc);
    // The pool names of status.poolInfo (what the CVC controller last wrote).
    static QStringList statusPools(const QJsonObject &cvc);
    // Appends pool `pool`.
    static QJsonArray addPool(const QJsonObject &cvc, const QString &pool);
    // Removes pool `pool` at its index, guarded also by the name at that index.
    static QJsonArray removePool(const QJsonObject &cvc, int index, const QString &pool);
    // Puts `replacement` in place of pool `pool` at its index, guarded also by the name at that
    // index (the one pool-list change the webhook admits while a scale-up is pending).
    static QJsonArray replacePool(const QJsonObject &cvc, int index, const QString &pool,
                                  const QString &replacement);

    // Removes pool `pool` from status.poolInfo at its index, guarded also by the name there
    // (StrandedScaleDown: the write the CVC controller can no longer make).
    static QJsonArray removeStatusPool(const QJsonObject &cvc, int index, const QString &pool);

    // The move's claim (MoveClaim's annotation) in the same patch: `patch` with the claim
    // added, or with the claim removed after a `test` that it is still `claimText` (ours).
    static QJsonArray withClaim(QJsonArray patch, const QJsonObject &cvc, const QString &claimText);
    static QJsonArray withoutClaim(QJsonArray patch, const QString &claimText);
    // Renews or takes over a claim: replaces it after a `test` that it is still `expected`.
    static QJsonArray replaceClaim(const QString &expected, const QString &claimText);

    // The `test` that the object is still at the resourceVersion it was read at.
    static QJsonObject testResourceVersion(const QJsonObject &object);

private:
    static QString claimPath();
    static QJsonObject testPoolName(const QString &path, const QString &pool);
};

} // namespace Migration
