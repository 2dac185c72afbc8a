#include "models/sim/situations/situationcatalog.h"

namespace Sim {

const QList<Situation> &SituationCatalog::all()
{
    static const QList<Situation> situations =
        volumeSituations() + poolSituations() + diskSituations() + snapshotSituations();
    return situations;
}

const Situation *SituationCatalog::find(const QString &name)
{
    for (const Situation &situation : all()) {
        if (situation.name == name)
            return &situation;
    }
    return nullptr;
}

QString SituationCatalog::helpText()
{
    // Each summary wrapped to 78 columns beside a 24-column name.
    QStringList lines;
    for (const Situation &situation : all()) {
        QString line = QStringLiteral("  %1").arg(situation.name, -22);
        for (const QString &word : situation.summary.split(QLatin1Char(' '))) {
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
