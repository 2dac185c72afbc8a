#include "models/sim/store/helpentries.h"

#include <QStringList>

namespace Sim {

QString formatHelpEntries(const QList<QPair<QString, QString>> &entries)
{
    QStringList lines;
    for (const auto &[name, summary] : entries) {
        QString line = QStringLiteral("  %1").arg(name, -22);
        for (const QString &word : summary.split(QLatin1Char(' '))) {
            if (line.size() + 1 + word.size() > 78) {
                lines.append(line);
                line = QString(24, QLatin1Char(' '));
            } else if (!line.endsWith(QLatin1Char(' '))) {
                line += QLatin1Char(' ');
            }
            line += word;
        }
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Sim
