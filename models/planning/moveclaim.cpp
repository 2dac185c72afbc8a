#include "models/planning/moveclaim.h"

#include "models/cstor/volumeconfig.h"
#include "models/planning/clustersnapshot.h"

#include <QJsonDocument>

namespace Migration {

const QString MoveClaim::kAnnotation = QStringLiteral("console.cstor.openebs.io/move");
const QString MoveClaim::kRebuilding = QStringLiteral("rebuilding");
const QString MoveClaim::kRollingBack = QStringLiteral("rolling back");

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QString MoveClaim::toText() const
{
    // QJsonObject sorts its keys: the text is the same for the same claim, which the
    // JSON patch `test` of a renewal relies on.
    const QJsonObject object{{QStringLiteral("id"), id},
                             {QStringLiteral("by"), by},
                             {QStringLiteral("where"), where},
                             {QStringLiteral("from"), fromPool},
                             {QStringLiteral("to"), toPool},
                             {QStringLiteral("step"), step},
                             {QStringLiteral("started"), timeText(started)},
                             {QStringLiteral("renewed"), timeText(renewed)}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<MoveClaim> MoveClaim::fromText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    MoveClaim claim;
    claim.id = object.value(QLatin1String("id")).toString();
    claim.by = object.value(QLatin1String("by")).toString();
    claim.where = object.value(QLatin1String("where")).toString();
    claim.fromPool = object.value(QLatin1String("from")).toString();
    claim.toPool = object.value(QLatin1String("to")).toString();
    claim.step = object.value(QLatin1String("step")).toString();
    claim.started =
        QDateTime::fromString(object.value(QLatin1String("started")).toString(), Qt::ISODate);
    claim.renewed =
        QDateTime::fromString(object.value(QLatin1String("renewed")).toString(), Qt::ISODate);
    if (claim.id.isEmpty() || claim.toPool.isEmpty())
        return std::nullopt;
    if (!claim.renewed.isValid())
        claim.renewed = claim.started;
    return claim;
}

std::optional<MoveClaim> MoveClaim::on(const Cstor::VolumeConfig &cvc)
{
    const QString text = cvc.meta.annotations.value(kAnnotation);
    return text.isEmpty() ? std::nullopt : fromText(text);
}

QString MoveClaim::textOn(const QJsonObject &cvcDocument)
{
    return cvcDocument.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("annotations"))
        .toObject()
        .value(kAnnotation)
        .toString();
}

qint64 MoveClaim::silentSeconds(const QDateTime &now) const
{
    return renewed.isValid() ? qMax<qint64>(0, renewed.secsTo(now)) : 0;
}

QString MoveClaim::age(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString MoveClaim::what() const
{
    const int colon = where.lastIndexOf(QLatin1Char(':'));
    const QString place =
        colon < 0 ? where : tr("%1 (pid %2)").arg(where.left(colon), where.mid(colon + 1));
    const QString who =
        by.isEmpty() ? tr("a console on %1").arg(place) : tr("%1 from %2").arg(by, place);
    return tr("%1 moves the replica on %2 to %3 (%4)").arg(who, fromPool, toPool, step);
}

QString MoveClaim::describe(const QDateTime &now) const
{
    return tr("%1, started %2 ago, last heard %3 ago")
        .arg(what(), age(started.isValid() ? qMax<qint64>(0, started.secsTo(now)) : 0),
             age(silentSeconds(now)));
}

QList<ClaimedMove> claimedMoves(const ClusterSnapshot &cluster)
{
    QList<ClaimedMove> moves;
    for (const Cstor::VolumeConfig *cvc : cluster.volumeConfigs()) {
        if (std::optional<MoveClaim> claim = MoveClaim::on(*cvc))
            moves.append({cvc->meta.name, *claim});
    }
    return moves;
}

} // namespace Migration
