#include "models/sim/apiserver/listsnapshots.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace Sim {

namespace {

constexpr int kMaxSnapshots = 32;
constexpr int kSnapshotSeconds = 300;

} // namespace

bool ListSnapshots::resume(const QString &continueToken, Snapshot *snapshot, QString *id,
                           qsizetype *start) const
{
    const QJsonObject token =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(continueToken.toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    *id = token.value(QStringLiteral("id")).toString();
    *start = qsizetype(token.value(QStringLiteral("start")).toInteger(-1));
    if (!m_snapshots.contains(*id) || *start < 0)
        return false;
    *snapshot = m_snapshots.value(*id);
    return true;
}

QString ListSnapshots::keep(const Snapshot &snapshot)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_snapshots.insert(id, snapshot);
    m_order.append(id);
    while (m_order.size() > kMaxSnapshots)
        m_snapshots.remove(m_order.takeFirst());
    return id;
}

// Forgets snapshots older than a few minutes.
void ListSnapshots::forgetOld()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_order.isEmpty() &&
           m_snapshots.value(m_order.first()).created.secsTo(now) > kSnapshotSeconds)
        m_snapshots.remove(m_order.takeFirst());
}

ListSnapshots::Page ListSnapshots::page(const Snapshot &snapshot, QString id, qsizetype start,
                                        qsizetype limit)
{
    Page page;
    page.resourceVersion = snapshot.resourceVersion;
    const qsizetype total = snapshot.items.size();
    const qsizetype end = limit > 0 ? std::min(total, start + limit) : total;
    if (end < total) {
        if (id.isEmpty())
            id = keep(snapshot);
        page.continueToken = QString::fromLatin1(
            QJsonDocument(QJsonObject{{QStringLiteral("v"), QStringLiteral("meta.k8s.io/v1")},
                                      {QStringLiteral("rv"), snapshot.resourceVersion.toLongLong()},
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("start"), qint64(end)}})
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        page.remaining = total - end;
    }
    forgetOld();
    page.items = snapshot.items.mid(start, end - start);
    return page;
}

} // namespace Sim
