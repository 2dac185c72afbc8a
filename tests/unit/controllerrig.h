#pragma once

// The simulated cluster's controllers on an ObjectStore, without the API server: what the
// controller unit tests drive. Time runs fast (speed 200 by default).
#include "models/sim/scenarios/scenarioloader.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/admissionwebhook.h"
#include "models/sim/upstream/cspccontroller.h"
#include "models/sim/upstream/cvccontroller.h"
#include "models/sim/upstream/poolmanager.h"
#include "models/sim/upstream/volumetarget.h"

#include <QFile>
#include <QJsonArray>
#include <QObject>

#include <memory>

struct ControllerRig
{
    QObject parent;
    Sim::SimClock *clock = new Sim::SimClock(&parent);
    Sim::ObjectStore *store = new Sim::ObjectStore(&parent);
    Sim::FaultPlan *faults = new Sim::FaultPlan(&parent);
    Sim::EventRecorder *events = new Sim::EventRecorder(store, clock, &parent);
    Sim::PoolManager *pools = new Sim::PoolManager(store, faults, clock, events, &parent);
    Sim::VolumeTarget *target = new Sim::VolumeTarget(store, faults, clock, events, pools, &parent);
    Sim::CvcController *cvc = new Sim::CvcController(store, faults, clock, events, &parent);
    Sim::CspcController *cspc = new Sim::CspcController(store, faults, clock, events, &parent);
    std::unique_ptr<Sim::AdmissionWebhook> webhook = std::make_unique<Sim::AdmissionWebhook>(store);

    static constexpr const char *seedVolume = "pvc-d1b26676-5035-4e5b-b564-68869b023306";

    ControllerRig()
    {
        clock->setSeed(7);
        store->setRandomSeed(7);
        store->setClock([c = clock] { return c->now(); });
        for (const char *resource : {"cstorpoolclusters", "cstorpoolinstances",
                                     "cstorvolumeconfigs", "cstorvolumes", "cstorvolumereplicas"})
            store->registerResource(QLatin1String(resource), QStringLiteral("cstor.openebs.io"));
        webhook->install();
    }

    bool loadSeed(QString *error)
    {
        QFile file(QStringLiteral(":/scenarios/seed.yaml"));
        if (!file.open(QIODevice::ReadOnly)) {
            file.setFileName(qEnvironmentVariable("CSTOR_SOURCE_DIR") +
                             QStringLiteral("/resources/scenarios/seed.yaml"));
            if (!file.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("seed scenario not found");
                return false;
            }
        }
        Sim::ScenarioLoader loader(store, clock);
        return loader.parse(file.readAll(), QStringLiteral("seed.yaml"), error) &&
               loader.apply(error);
    }

    void start(double speed = 200, int resync = 30)
    {
        cvc->setResyncSeconds(resync);
        pools->setResyncSeconds(resync);
        target->setResyncSeconds(resync);
        cspc->setResyncSeconds(resync);
        clock->setSpeed(speed);
        pools->start();
        target->start();
        cvc->start();
        cspc->start();
    }

    QJsonObject get(const QString &resource, const QString &name) const
    {
        return store->get(resource, QStringLiteral("openebs"), name).value_or(QJsonObject());
    }
    QJsonObject cvc_(const QString &name = QLatin1String(seedVolume)) const
    {
        return get(QStringLiteral("cstorvolumeconfigs"), name);
    }
    QJsonObject cv(const QString &name = QLatin1String(seedVolume)) const
    {
        return get(QStringLiteral("cstorvolumes"), name);
    }
    QJsonObject cvr(const QString &pool, const QString &volume = QLatin1String(seedVolume)) const
    {
        return get(QStringLiteral("cstorvolumereplicas"), volume + QLatin1Char('-') + pool);
    }
    QJsonObject cspi(const QString &name) const
    {
        return get(QStringLiteral("cstorpoolinstances"), name);
    }
    static QString phase(const QJsonObject &object)
    {
        return object.value(QLatin1String("status"))
            .toObject()
            .value(QLatin1String("phase"))
            .toString();
    }

    // Sets the CVC's spec.policy.replicaPoolInfo as an operator would (PUT, no precondition).
    std::variant<QJsonObject, Sim::ApiError>
    setPools(const QStringList &pools_, const QString &volume = QLatin1String(seedVolume))
    {
        QJsonObject object = cvc_(volume);
        QJsonObject spec = object.value(QLatin1String("spec")).toObject();
        QJsonObject policy = spec.value(QLatin1String("policy")).toObject();
        QJsonArray info;
        for (const QString &pool : pools_)
            info.append(QJsonObject{{QStringLiteral("poolName"), pool}});
        policy.insert(QStringLiteral("replicaPoolInfo"), info);
        spec.insert(QStringLiteral("policy"), policy);
        object.insert(QStringLiteral("spec"), spec);
        return store->update(QStringLiteral("cstorvolumeconfigs"), object);
    }

    // Events about an object: "Type/Reason/Message" -> count.
    QList<QJsonObject> eventsFor(const QString &kind, const QString &name) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &event : store->list(QStringLiteral("events"))) {
            const QJsonObject involved = event.value(QLatin1String("involvedObject")).toObject();
            if (involved.value(QLatin1String("kind")).toString() == kind &&
                involved.value(QLatin1String("name")).toString() == name)
                result.append(event);
        }
        return result;
    }
    int eventCount(const QString &kind, const QString &name, const QString &type,
                   const QString &message) const
    {
        int count = 0;
        for (const QJsonObject &event : eventsFor(kind, name)) {
            if (event.value(QLatin1String("type")).toString() == type &&
                event.value(QLatin1String("message")).toString() == message)
                count += event.value(QLatin1String("count")).toInt();
        }
        return count;
    }
};
