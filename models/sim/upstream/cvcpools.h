#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Sim::CvcPools {

// The pools a CStorVolumeConfig asks for (spec.policy.replicaPoolInfo[].poolName) and the pools
// that have its replicas now (status.poolInfo[]), as the CVC controller and the admission
// webhook compare them.
QStringList specPools(const QJsonObject &cvc);
QStringList statusPools(const QJsonObject &cvc);
// util.ListDiff: elements of a that are not in b, in a's order.
QStringList listDiff(const QStringList &a, const QStringList &b);

} // namespace Sim::CvcPools
