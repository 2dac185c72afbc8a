#include "models/items/objectdescription.h"

#include "models/cstor/capacity.h"

#include <QRegularExpression>

#include <algorithm>

namespace Items {

namespace {

// Writes indented `key: value` lines, quoting values YAML would misread.
class YamlText
{
public:
    void begin(const QString &key)
    {
        line(key + QLatin1Char(':'));
        ++m_depth;
    }
    void end() { --m_depth; }
    void value(const QString &key, const QString &text)
    {
        line(key + QStringLiteral(": ") + quoted(text));
    }
    void value(const QString &key, qint64 number)
    {
        line(key + QStringLiteral(": ") + QString::number(number));
    }
    void flag(const QString &key, bool on)
    {
        line(key + (on ? QStringLiteral(": true") : QStringLiteral(": false")));
    }
    void bytes(const QString &key, qint64 number)
    {
        line(key + QStringLiteral(": ") + QString::number(number) + QStringLiteral("  # ") +
             Cstor::Capacity::formatBytes(number));
    }
    void time(const QString &key, const QDateTime &t)
    {
        if (t.isValid())
            line(key + QStringLiteral(": ") + t.toUTC().toString(Qt::ISODate));
    }
    void list(const QString &key, const QStringList &items)
    {
        if (items.isEmpty()) {
            line(key + QStringLiteral(": []"));
            return;
        }
        line(key + QLatin1Char(':'));
        for (const QString &item : items)
            line(QStringLiteral("- ") + quoted(item));
    }
    void map(const QString &key, const Cstor::StringMap &entries)
    {
        if (entries.isEmpty())
            return;
        begin(key);
        for (const auto &[k, v] : entries)
            value(k, v);
        end();
    }
    void meta(const QString &kind, const Cstor::ObjectMeta &meta)
    {
        line(QStringLiteral("apiVersion: cstor.openebs.io/v1"));
        line(QStringLiteral("kind: ") + kind);
        begin(QStringLiteral("metadata"));
        value(QStringLiteral("name"), meta.name);
        if (!meta.namespaceName.isEmpty())
            value(QStringLiteral("namespace"), meta.namespaceName);
        value(QStringLiteral("uid"), meta.uid);
        if (!meta.resourceVersion.isEmpty())
            value(QStringLiteral("resourceVersion"), meta.resourceVersion);
        if (meta.generation > 0)
            value(QStringLiteral("generation"), meta.generation);
        time(QStringLiteral("creationTimestamp"), meta.creationTimestamp);
        time(QStringLiteral("deletionTimestamp"), meta.deletionTimestamp);
        map(QStringLiteral("labels"), meta.labels);
        map(QStringLiteral("annotations"), meta.annotations);
        end();
    }
    void comment(const QString &text) { line(QStringLiteral("# ") + text); }
    QString text() const { return m_text; }

private:
    void line(const QString &text)
    {
        m_text += QString(m_depth * 2, QLatin1Char(' ')) + text + QLatin1Char('\n');
    }
    static QString quoted(const QString &text)
    {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./][A-Za-z0-9_./ -]*$"));
        static const QRegularExpression special(
            QStringLiteral("^(true|false|yes|no|on|off|null|~|[0-9.eE+-]+)$"),
            QRegularExpression::CaseInsensitiveOption);
        if (!text.isEmpty() && plain.match(text).hasMatch() && !special.match(text).hasMatch() &&
            !text.endsWith(QLatin1Char(' ')))
            return text;
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }

    QString m_text;
    int m_depth = 0;
};

} // namespace

QString ObjectDescription::pool(const Cstor::PoolInstance &p)
{
    YamlText y;
    y.meta(QStringLiteral("CStorPoolInstance"), p.meta);
    y.begin(QStringLiteral("spec"));
    y.value(QStringLiteral("hostName"), p.hostName);
    y.begin(QStringLiteral("poolConfig"));
    if (!p.raidType.isEmpty())
        y.value(QStringLiteral("dataRaidGroupType"), p.raidType);
    y.value(QStringLiteral("roThresholdLimit"), p.roThresholdLimit);
    y.end();
    y.end();
    y.begin(QStringLiteral("status"));
    y.value(QStringLiteral("phase"), p.phaseText);
    y.begin(QStringLiteral("capacity"));
    y.bytes(QStringLiteral("used"), p.usedBytes);
    y.bytes(QStringLiteral("free"), p.freeBytes);
    y.bytes(QStringLiteral("total"), p.totalBytes);
    y.end();
    y.flag(QStringLiteral("readOnly"), p.readOnly);
    y.value(QStringLiteral("provisionedReplicas"), p.provisionedReplicas);
    y.value(QStringLiteral("healthyReplicas"), p.healthyReplicas);
    y.end();
    return y.text();
}

QString ObjectDescription::replica(const Cstor::VolumeReplica &r, bool stale)
{
    YamlText y;
    if (stale)
        y.comment(
            QStringLiteral("STALE: this status stopped updating; the phase may be out of date"));
    y.meta(QStringLiteral("CStorVolumeReplica"), r.meta);
    y.begin(QStringLiteral("spec"));
    y.value(QStringLiteral("replicaid"), r.replicaId);
    y.end();
    y.begin(QStringLiteral("status"));
    y.value(QStringLiteral("phase"), r.phaseText);
    y.begin(QStringLiteral("capacity"));
    y.bytes(QStringLiteral("total"), r.allocatedBytes);
    y.bytes(QStringLiteral("used"), r.usedBytes);
    y.end();
    y.time(QStringLiteral("lastUpdateTime"), r.lastUpdateTime);
    y.time(QStringLiteral("lastTransitionTime"), r.lastTransitionTime);
    y.list(QStringLiteral("snapshots"), r.snapshots);
    if (!r.pendingSnapshots.isEmpty())
        y.list(QStringLiteral("pendingSnapshots"), r.pendingSnapshots);
    y.end();
    return y.text();
}

QString ObjectDescription::volume(const VolumeRow &v, const QString &usersUnreadable)
{
    YamlText y;
    if (v.use.hasClaim()) {
        y.comment(QStringLiteral("PersistentVolumeClaim %1").arg(v.use.claimText()));
        if (v.use.pods.isEmpty())
            y.comment(QStringLiteral("  mounted by no pod"));
        for (const VolumeUse::Pod &pod : v.use.pods) {
            y.comment(QStringLiteral("  mounted by pod %1 on %2: %3%4")
                          .arg(pod.name,
                               pod.node.isEmpty() ? QStringLiteral("(no node)") : pod.node,
                               pod.state, pod.ready ? QStringLiteral(", ready") : QString()));
        }
        y.comment(QStringLiteral("---"));
    } else if (!usersUnreadable.isEmpty()) {
        y.comment(QStringLiteral("Claim and pods not known: %1").arg(usersUnreadable));
        y.comment(QStringLiteral("---"));
    }
    if (v.config) {
        const Cstor::VolumeConfig &c = *v.config;
        y.meta(QStringLiteral("CStorVolumeConfig"), c.meta);
        y.begin(QStringLiteral("spec"));
        y.begin(QStringLiteral("provision"));
        y.bytes(QStringLiteral("capacity"), c.capacityBytes);
        y.value(QStringLiteral("replicaCount"), c.replicaCount);
        y.end();
        y.list(QStringLiteral("replicaPoolInfo"), c.specPools);
        y.end();
        y.begin(QStringLiteral("status"));
        y.value(QStringLiteral("phase"), c.phaseText);
        y.list(QStringLiteral("poolInfo"), c.statusPools);
        y.end();
    }
    if (v.volume) {
        const Cstor::Volume &cv = *v.volume;
        if (v.config)
            y.comment(QStringLiteral("---"));
        y.meta(QStringLiteral("CStorVolume"), cv.meta);
        y.begin(QStringLiteral("spec"));
        y.value(QStringLiteral("replicationFactor"), cv.replicationFactor);
        y.value(QStringLiteral("consistencyFactor"), cv.consistencyFactor);
        y.value(QStringLiteral("desiredReplicationFactor"), cv.desiredReplicationFactor);
        y.map(QStringLiteral("knownReplicas"), cv.knownReplicas);
        y.end();
        y.begin(QStringLiteral("status"));
        y.value(QStringLiteral("phase"), cv.phaseText);
        y.bytes(QStringLiteral("capacity"), cv.capacityBytes);
        y.time(QStringLiteral("lastUpdateTime"), cv.lastUpdateTime);
        if (!cv.replicaStatuses.isEmpty()) {
            y.begin(QStringLiteral("replicaStatuses"));
            for (const Cstor::Volume::ReplicaStatus &s : cv.replicaStatuses) {
                y.value(QStringLiteral("- replicaId"), s.replicaId);
                y.value(QStringLiteral("  mode"), s.mode);
                y.flag(QStringLiteral("  quorum"), s.quorum);
            }
            y.end();
        }
        y.end();
    }
    return y.text();
}

QString ObjectDescription::node(const NodeRow &n)
{
    YamlText y;
    y.comment(QStringLiteral("Node, as seen through its cStor pools"));
    y.value(QStringLiteral("name"), n.name);
    y.list(QStringLiteral("pools"), n.pools);
    y.value(QStringLiteral("replicas"), n.replicas);
    y.value(QStringLiteral("rebuildingReplicas"), n.rebuildingReplicas);
    y.value(QStringLiteral("unhealthyReplicas"), n.unhealthyReplicas);
    y.value(QStringLiteral("unhealthyPools"), n.unhealthyPools);
    y.bytes(QStringLiteral("used"), n.usedBytes);
    y.bytes(QStringLiteral("total"), n.totalBytes);
    y.time(QStringLiteral("lastStatusUpdate"), n.lastUpdate);
    y.flag(QStringLiteral("stale"), n.stale);
    return y.text();
}

} // namespace Items
