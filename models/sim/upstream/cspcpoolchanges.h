#pragma once

#include <QJsonArray>
#include <QString>

namespace Sim::CspcPoolChanges {

// The admission webhook's checks of a CSPC edit on pools that stay (CO webhook
// cspc_operations.go ValidateSpecChanges -> ArePoolSpecChangesValid -> IsBDReplacementValid),
// matched by nodeSelector: the reason, without "invalid cspc specification: ", or empty when
// the change is allowed. The checks that need BlockDeviceClaims (capacity, claims of the new
// device) are not simulated.
QString validateSpecChanges(const QJsonArray &oldPools, const QJsonArray &newPools);

} // namespace Sim::CspcPoolChanges
