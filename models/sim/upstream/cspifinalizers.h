#pragma once

#include <QString>

namespace Sim {

class ObjectStore;

// The pool-manager's part of a CSPI's lifecycle (CO cspi-controller handler.go reconcile): a
// CSPI being deleted is destroyed (destroy: `zpool destroy`, then removeFinalizer drops
// openebs.io/pool-protection, so the CSPC operator can drop its own and the CSPI goes); any
// other CSPI gets the pool-protection finalizer (addPoolProtectionFinalizer). The datasets
// go with the pool when the CSPI is gone (PoolManager).
namespace CspiFinalizers {

// True when the CSPI is being deleted (its pool is destroyed now; nothing else to do).
bool reconcile(ObjectStore *store, const QString &ns, const QString &name);

} // namespace CspiFinalizers

} // namespace Sim
