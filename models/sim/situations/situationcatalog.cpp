#include "models/sim/situations/situationcatalog.h"

#include "models/sim/store/helpentries.h"

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
    QList<QPair<QString, QString>> entries;
    for (const Situation &situation : all())
        entries.append({situation.name, situation.summary});
    return formatHelpEntries(entries);
}

} // namespace Sim
