#include "models/sim/upstream/clonesource.h"

#include "models/sim/upstream/objectfields.h"

namespace Sim {

using namespace ObjectFields;

void CloneSource::markReplica(const QJsonObject &cvc, QJsonObject &cvr)
{
    const QString source =
        child(cvc, QStringLiteral("spec")).value(QLatin1String("cstorVolumeSource")).toString();
    if (source.isEmpty())
        return;
    // getSrcDetails: strings.Split(source, "@").
    QJsonObject metadata = child(cvr, QStringLiteral("metadata"));
    QJsonObject labels = child(metadata, QStringLiteral("labels"));
    QJsonObject annotations = child(metadata, QStringLiteral("annotations"));
    annotations.insert(QStringLiteral("openebs.io/source-volume"),
                       source.section(QLatin1Char('@'), 0, 0));
    annotations.insert(QStringLiteral("openebs.io/snapshot"),
                       source.section(QLatin1Char('@'), 1, 1));
    labels.insert(QStringLiteral("openebs.io/cloned"), QStringLiteral("true"));
    metadata.insert(QStringLiteral("labels"), labels);
    metadata.insert(QStringLiteral("annotations"), annotations);
    cvr.insert(QStringLiteral("metadata"), metadata);
}

QString CloneSource::sourceVolume(const QJsonObject &cvc)
{
    return child(cvc, QStringLiteral("spec"))
        .value(QLatin1String("cstorVolumeSource"))
        .toString()
        .section(QLatin1Char('@'), 0, 0);
}

void CloneSource::markVolume(const QJsonObject &cvc, QJsonObject &cv)
{
    const QString source = sourceVolume(cvc);
    if (source.isEmpty())
        return;
    QJsonObject metadata = child(cv, QStringLiteral("metadata"));
    QJsonObject labels = child(metadata, QStringLiteral("labels"));
    labels.insert(QStringLiteral("openebs.io/source-volume"), source);
    metadata.insert(QStringLiteral("labels"), labels);
    cv.insert(QStringLiteral("metadata"), metadata);
}

} // namespace Sim
