#pragma once

#include "models/sim/apiserver/apiserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <utility>

namespace Sim {

class SimCluster;
struct StoreEvent;

// The simulator's control endpoints, the paths under /sim/v1/ that tests and demos use to steer
// the simulated cluster: faults, speed, churn, spec-writes, truth, second-writer,
// restart-target, situation, workload and snapshot.
class ControlCommands : public QObject
{
    Q_OBJECT

public:
    using Reply = ApiServer::AdminReply;

    explicit ControlCommands(SimCluster *cluster);

    // method ("GET", "POST", ...), path after "/sim/v1/", request body.
    Reply handle(const QString &method, const QString &path, const QByteArray &body);

private:
    // An object whose next spec change is awaited: its generation when armed and when
    // (monotonic ms) a higher one was stored, -1 until then.
    struct SpecWrite
    {
        qint64 generation = 0;
        qint64 writtenAtMs = -1;
    };

    static Reply fail(int code, const QString &message);
    // The {namespace, name} a request names; the namespace defaults to openebs.
    static std::pair<QString, QString> objectOf(const QJsonObject &request);
    Reply faults(const QString &method, const QJsonObject &request);
    Reply speed(const QString &method, const QJsonObject &request);
    Reply churn(const QString &method, const QJsonObject &request);
    Reply specWrites(const QString &method, const QJsonObject &request);
    Reply specWritesSeen() const;
    Reply truth(const QString &method) const;
    Reply history(const QString &method) const;
    Reply secondWriter(const QString &method, const QJsonObject &request);
    Reply restartTarget(const QString &method, const QJsonObject &request);
    Reply situation(const QString &method, const QJsonObject &request);
    Reply workload(const QString &method, const QJsonObject &request);
    Reply snapshot(const QString &method, const QJsonObject &request);
    void noteSpecWrite(const StoreEvent &event);

    SimCluster *m_cluster;
    QHash<QString, SpecWrite> m_specWrites; // by "resource/ns/name"
    int m_secondWrites = 0;
};

} // namespace Sim
