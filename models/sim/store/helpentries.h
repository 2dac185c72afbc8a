#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Sim {

// Name/summary lists of `cstor-sim --help` (situations, faults): each summary wrapped to 78
// columns beside a 24-column name.
QString formatHelpEntries(const QList<QPair<QString, QString>> &entries);

} // namespace Sim
