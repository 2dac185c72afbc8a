#include "tests/common/journalreading.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

JournalReading JournalReading::read(const QString &path)
{
    static const QStringList states{u"Planned"_s,    u"Preflight"_s,   u"ScalingUp"_s,
                                    u"Rebuilding"_s, u"ScalingDown"_s, u"Done"_s,
                                    u"Failed"_s,     u"Cancelled"_s,   u"RolledBack"_s};
    JournalReading reading;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reading.unreadable << u"%1: %2"_s.arg(path, file.errorString());
        return reading;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        ++reading.lines;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        const QJsonObject entry = document.object();
        if (!document.isObject()) {
            reading.unreadable << u"line %1: %2"_s.arg(i + 1).arg(QString::fromUtf8(line));
            continue;
        }
        if (entry.value(u"kind"_s).toString() == "queue"_L1)
            continue;
        const QString id = entry.value(u"id"_s).toString();
        const QString state = entry.value(u"state"_s).toString();
        if (id.isEmpty() || !states.contains(state)) {
            reading.unreadable << u"line %1: %2"_s.arg(i + 1).arg(QString::fromUtf8(line));
            continue;
        }
        if (!reading.lastState.contains(id))
            reading.order << id;
        reading.lastState.insert(id, state);
        reading.volumeOf.insert(id, entry.value(u"volume"_s).toString());
        reading.lastOwner.insert(id, entry.value(u"owner"_s).toString());
        ++reading.entriesBy[entry.value(u"owner"_s).toString()];
    }
    return reading;
}

QHash<QString, int> JournalReading::counts() const
{
    QHash<QString, int> counts;
    for (const QString &state : lastState)
        ++counts[state];
    return counts;
}

bool JournalReading::isFinal(const QString &state)
{
    return state == "Done"_L1 || state == "RolledBack"_L1;
}

QStringList JournalReading::notEnded() const
{
    QStringList moves;
    for (const QString &id : order) {
        if (!isFinal(lastState.value(id)))
            moves << u"%1 %2 %3"_s.arg(id, volumeOf.value(id), lastState.value(id));
    }
    return moves;
}

QStringList JournalReading::movesOf(const QString &volume, const QStringList &known) const
{
    QStringList moves;
    for (const QString &id : order) {
        if (volumeOf.value(id) == volume && !known.contains(id))
            moves << id;
    }
    return moves;
}
