#pragma once

#include "models/kube/clusterwatcher.h"
#include "models/kube/restclient.h"
#include "models/migration/migrationengine.h"
#include "models/migration/restcvcwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// One console, as the integration tests run it: its client, informers, writer and engine,
// sharing a journal with any console started after it. Destroying it is a console that is
// killed: nothing is flushed or undone.
struct MigrationConsole
{
    MigrationConsole(const Kube::ClusterConfig &config, const QString &journal,
                     const QString &audit, const QString &namespaceName = QStringLiteral("openebs"))
        : client(config)
        , writer(&client, namespaceName)
        , watcher(config, namespaceName)
        , engine(&writer, journal, audit)
    {
        client.setRateLimit(50, 100);
        QObject::connect(&watcher, &Kube::ClusterWatcher::delta, &engine,
                         &Migration::MigrationEngine::applyDelta);
        QObject::connect(&watcher, &Kube::ClusterWatcher::synced, &engine,
                         [this] { engine.setSynced(true); });
        watcher.start();
    }

    Kube::RestClient client;
    Migration::RestCvcWriter writer;
    Kube::ClusterWatcher watcher;
    Migration::MigrationEngine engine;
};

// The pools a CStorVolumeConfig as stored names in spec.policy.replicaPoolInfo (none when the
// object is absent), as the tests watching the store read them.
inline QStringList specPools(const std::optional<QJsonObject> &cvc)
{
    QStringList pools;
    if (!cvc)
        return pools;
    const QJsonArray list = cvc->value(QLatin1String("spec"))
                                .toObject()
                                .value(QLatin1String("policy"))
                                .toObject()
                                .value(QLatin1String("replicaPoolInfo"))
                                .toArray();
    for (const QJsonValue &entry : list)
        pools << entry.toObject().value(QLatin1String("poolName")).toString();
    return pools;
}
