#include "models/sim/simcluster.h"

#include "models/sim/apiserver/apiserver.h"
#include "models/sim/controlcommands.h"
#include "models/sim/metrics/clusterexporters.h"
#include "models/sim/metrics/proxybackends.h"
#include "models/sim/metrics/scrapeendpoint.h"
#include "models/sim/scenarios/scenariogenerator.h"
#include "models/sim/scenarios/scenarioloader.h"
#include "models/sim/situations/situationrunner.h"
#include "models/sim/statuschurn.h"
#include "models/sim/store/eventexpiry.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/namespaceobject.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/admissionwebhook.h"
#include "models/sim/upstream/blockdeviceclaimcontroller.h"
#include "models/sim/upstream/blockdeviceinventory.h"
#include "models/sim/upstream/clusternodes.h"
#include "models/sim/upstream/cspccontroller.h"
#include "models/sim/upstream/cstorpods.h"
#include "models/sim/upstream/cvccontroller.h"
#include "models/sim/upstream/disruptioncontroller.h"
#include "models/sim/upstream/poolmanager.h"
#include "models/sim/upstream/targetpodfaults.h"
#include "models/sim/upstream/targetservices.h"
#include "models/sim/upstream/volumeclaims.h"
#include "models/sim/upstream/volumetarget.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcSim, "cstor.sim")

namespace Sim {

class SimCluster::Private
{
public:
    SimClock *clock = nullptr;
    ObjectStore *store = nullptr;
    FaultPlan *faults = nullptr;
    EventRecorder *events = nullptr;
    EventExpiry *eventExpiry = nullptr;
    PoolManager *pools = nullptr;
    VolumeTarget *target = nullptr;
    CvcController *cvc = nullptr;
    CspcController *cspc = nullptr;
    ClusterNodes *nodes = nullptr;
    CstorPods *pods = nullptr;
    VolumeClaims *volumeClaims = nullptr;
    DisruptionController *disruption = nullptr;
    BlockDeviceClaimController *claims = nullptr;
    std::unique_ptr<AdmissionWebhook> webhook;
    ApiServer *server = nullptr;
    StatusChurn *churn = nullptr;
    ControlCommands *control = nullptr; // the /sim/v1/ endpoints
    SituationRunner *situations = nullptr;
    TargetServices *targetServices = nullptr;
    ClusterExporters *exporters = nullptr;
    ProxyBackends *proxies = nullptr;
    ScrapeEndpoint *scrape = nullptr; // created when first asked for
    QJsonObject historyTruth;
    QString kubeVersion = QStringLiteral("1.32");
    bool controllersStarted = false;
};

SimCluster::SimCluster(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->clock = new SimClock(this);
    d->store = new ObjectStore(this);
    d->store->setClock([clock = d->clock] { return clock->now(); });
    const QString group = QStringLiteral("cstor.openebs.io");
    for (const QString &resource :
         {QStringLiteral("cstorpoolclusters"), QStringLiteral("cstorpoolinstances"),
          QStringLiteral("cstorvolumeconfigs"), QStringLiteral("cstorvolumes"),
          QStringLiteral("cstorvolumereplicas"), QStringLiteral("cstorvolumepolicies"),
          QStringLiteral("cstorvolumeattachments")})
        d->store->registerResource(resource, group);
    for (const QString &resource :
         {QStringLiteral("blockdevices"), QStringLiteral("blockdeviceclaims")})
        d->store->registerResource(resource, QStringLiteral("openebs.io"));
    d->store->registerResource(QStringLiteral("events"), QString());
    d->store->registerResource(QStringLiteral("namespaces"), QString());
    d->store->registerResource(QStringLiteral("nodes"), QString(), true);
    d->store->registerResource(QStringLiteral("pods"), QString(), true);
    d->store->registerResource(QStringLiteral("persistentvolumes"), QString(), true);
    d->store->registerResource(QStringLiteral("persistentvolumeclaims"), QString(), true);
    d->store->registerResource(QStringLiteral("services"), QString(), true);
    d->store->registerResource(QStringLiteral("poddisruptionbudgets"), QStringLiteral("policy"),
                               true);
    d->faults = new FaultPlan(this);
    d->events = new EventRecorder(d->store, d->clock, this);
    d->eventExpiry = new EventExpiry(d->store, d->clock, this);
    d->pools = new PoolManager(d->store, d->faults, d->clock, d->events, this);
    d->target = new VolumeTarget(d->store, d->faults, d->clock, d->events, d->pools, this);
    new TargetPodFaults(d->faults, d->target, this);
    d->cvc = new CvcController(d->store, d->faults, d->clock, d->events, this);
    d->cspc = new CspcController(d->store, d->faults, d->clock, d->events, this);
    d->nodes = new ClusterNodes(d->store, d->faults, d->clock, this);
    d->pods = new CstorPods(d->store, d->faults, d->clock, d->nodes, d->pools, d->target, this);
    d->volumeClaims = new VolumeClaims(d->store, d->clock, d->events, this);
    d->disruption = new DisruptionController(d->store, d->clock, this);
    d->claims = new BlockDeviceClaimController(d->store, d->clock, d->events, this);
    d->webhook = std::make_unique<AdmissionWebhook>(d->store);
    d->webhook->install();
    connect(d->faults, &FaultPlan::changed, this,
            [this] { d->webhook->setDown(d->faults->webhookDown); });
    d->targetServices = new TargetServices(d->store, this);
    d->exporters = new ClusterExporters(d->store, d->clock, this);
    d->proxies = new ProxyBackends(d->store, d->exporters, this);
    d->churn = new StatusChurn(d->store, this);
    d->control = new ControlCommands(this);
    d->situations = new SituationRunner(this);
    for (const QString &ns :
         {QStringLiteral("default"), QStringLiteral("kube-system"), QStringLiteral("kube-public"),
          QStringLiteral("kube-node-lease"), QStringLiteral("openebs")}) {
        d->store->create(QStringLiteral("namespaces"), namespaceObject(ns));
    }
}

SimCluster::~SimCluster()
{
    delete d;
}

bool SimCluster::loadDefaultScenario(QString *error)
{
    return loadScenarioFile(QStringLiteral(":/scenarios/seed.yaml"), error);
}

bool SimCluster::loadScenarioFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    return loadScenarioData(file.readAll(), path, error);
}

bool SimCluster::loadScenarioData(const QByteArray &data, const QString &name, QString *error)
{
    ScenarioLoader loader(d->store, d->clock);
    if (!loader.parse(data, name, error))
        return false;
    return loader.apply(error, loader.items().size() < 2000);
}

bool SimCluster::generate(const QString &spec, QString *error)
{
    ScenarioGenerator::Spec parsed;
    if (!ScenarioGenerator::parseSpec(spec, &parsed, error))
        return false;
    QElapsedTimer timer;
    timer.start();
    ScenarioLoader loader(d->store, d->clock);
    loader.addObjects(ScenarioGenerator::generate(parsed, d->clock));
    QHash<QString, QString> zones;
    for (int n = 0; n < parsed.nodes; ++n) {
        const QString zone = ScenarioGenerator::zoneOf(parsed, n);
        if (!zone.isEmpty())
            zones.insert(ScenarioGenerator::nodeName(n), zone);
    }
    d->nodes->setZones(zones);
    // A large generated cluster gets a longer watch history: one resync writes every replica.
    d->store->setHistoryLimit(std::max(10000, int(loader.items().size()) * 2));
    const bool ok = loader.apply(error, false);
    qCInfo(lcSim) << "generated" << loader.items().size() << "objects in" << timer.elapsed()
                  << "ms";
    return ok;
}

void SimCluster::setSpeed(double speed)
{
    d->clock->setSpeed(speed);
}

double SimCluster::speed() const
{
    return d->clock->speed();
}

void SimCluster::setSeed(quint64 seed)
{
    d->clock->setSeed(seed);
    d->store->setRandomSeed(seed);
    d->churn->setSeed(seed);
}

void SimCluster::setResyncSeconds(int s)
{
    d->cvc->setResyncSeconds(s);
    d->pools->setResyncSeconds(s);
    d->target->setResyncSeconds(s);
    d->cspc->setResyncSeconds(s);
}

void SimCluster::setRebuildThroughput(qint64 bytesPerSecond)
{
    d->pools->setDefaultThroughput(double(bytesPerSecond));
}

void SimCluster::setKubeVersion(const QString &v)
{
    d->kubeVersion = v;
    if (d->server)
        d->server->setKubeVersion(v);
}

void SimCluster::startControllers()
{
    if (d->controllersStarted)
        return;
    d->controllersStarted = true;
    // What node-disk-manager found on the nodes, whichever way the cluster was built.
    QElapsedTimer timer;
    timer.start();
    const int devices = BlockDeviceInventory(d->store).discover();
    if (devices > 0)
        qCInfo(lcSim) << "discovered" << devices << "block devices in" << timer.elapsed() << "ms";
    d->claims->start();
    d->pools->start();
    d->target->start();
    d->targetServices->start();
    d->nodes->start();
    d->volumeClaims->start(); // before the pods: the applications mount the claims
    d->pods->start();
    d->cvc->start();
    d->disruption->start();
    d->cspc->start();
}

bool SimCluster::start(const QHostAddress &address, quint16 port, QString *error)
{
    startControllers();
    ApiServer *api = server();
    api->setKubeVersion(d->kubeVersion);
    api->setAdminHandler(
        [control = d->control](const QString &method, const QString &path, const QByteArray &body) {
            return control->handle(method, path, body);
        });
    api->setProxyHandler([proxies = d->proxies](const ProxyCall &call, ProxyResponder respond) {
        proxies->answer(call, std::move(respond));
    });
    if (!api->listenTls(address, port, error))
        return false;
    qCInfo(lcSim) << "listening on" << api->serverUrl();
    emit started();
    return true;
}

quint16 SimCluster::port() const
{
    return d->server ? d->server->port() : 0;
}

QString SimCluster::serverUrl() const
{
    return d->server ? d->server->serverUrl() : QString();
}

bool SimCluster::writeKubeconfig(const QString &path, QString *error) const
{
    if (!d->server) {
        *error = QStringLiteral("the simulator is not serving yet");
        return false;
    }
    return d->server->writeKubeconfig(path, error);
}

void SimCluster::attachPrometheus(const QUrl &url)
{
    const QString ns = QStringLiteral("monitoring");
    const QString name = QStringLiteral("prometheus-operated");
    d->proxies->setForward(ns, name, url);
    if (url.isEmpty()) {
        d->store->remove(QStringLiteral("services"), ns, name);
        return;
    }
    if (!d->store->get(QStringLiteral("namespaces"), QString(), ns))
        d->store->create(QStringLiteral("namespaces"), namespaceObject(ns));
    if (d->store->get(QStringLiteral("services"), ns, name))
        return;
    // prometheus-operator's governing Service of the Prometheus StatefulSet
    // (pkg/prometheus/server makeStatefulSetService).
    const QJsonObject port{{QStringLiteral("name"), QStringLiteral("web")},
                           {QStringLiteral("port"), 9090},
                           {QStringLiteral("protocol"), QStringLiteral("TCP")},
                           {QStringLiteral("targetPort"), QStringLiteral("web")}};
    d->store->create(
        QStringLiteral("services"),
        QJsonObject{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Service")},
            {QStringLiteral("metadata"),
             QJsonObject{
                 {QStringLiteral("name"), name},
                 {QStringLiteral("namespace"), ns},
                 {QStringLiteral("labels"),
                  QJsonObject{{QStringLiteral("operated-prometheus"), QStringLiteral("true")}}}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("clusterIP"), QStringLiteral("None")},
                 {QStringLiteral("clusterIPs"), QJsonArray{QStringLiteral("None")}},
                 {QStringLiteral("internalTrafficPolicy"), QStringLiteral("Cluster")},
                 {QStringLiteral("ipFamilies"), QJsonArray{QStringLiteral("IPv4")}},
                 {QStringLiteral("ipFamilyPolicy"), QStringLiteral("SingleStack")},
                 {QStringLiteral("ports"), QJsonArray{port}},
                 {QStringLiteral("selector"), QJsonObject{{QStringLiteral("app.kubernetes.io/name"),
                                                           QStringLiteral("prometheus")}}},
                 {QStringLiteral("sessionAffinity"), QStringLiteral("None")},
                 {QStringLiteral("type"), QStringLiteral("ClusterIP")}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("loadBalancer"), QJsonObject()}}}});
}

QUrl SimCluster::scrapeUrl()
{
    if (!d->scrape) {
        d->scrape = new ScrapeEndpoint(
            [exporters = d->exporters] { return exporters->scrapeText(); }, this);
        if (!d->scrape->listenOnLoopback()) {
            qCWarning(lcSim) << "cannot listen for scrapes on 127.0.0.1";
            delete d->scrape;
            d->scrape = nullptr;
            return QUrl();
        }
    }
    return QUrl(d->scrape->url());
}

ClusterExporters *SimCluster::exporters()
{
    return d->exporters;
}

void SimCluster::setHistoryTruth(const QJsonObject &truth)
{
    d->historyTruth = truth;
}

QJsonObject SimCluster::historyTruth() const
{
    return d->historyTruth;
}

QJsonObject SimCluster::truth() const
{
    QJsonArray volumes;
    const QJsonArray rebuilds = d->pools->rebuildTruth();
    QSet<QString> interesting;
    for (const QJsonValue &rebuild : rebuilds)
        interesting.insert(rebuild.toObject().value(QLatin1String("volume")).toString());
    for (const QJsonObject &cv : d->store->list(QStringLiteral("cstorvolumes"))) {
        const QJsonObject metadata = cv.value(QLatin1String("metadata")).toObject();
        const QString ns = metadata.value(QLatin1String("namespace")).toString();
        const QString name = metadata.value(QLatin1String("name")).toString();
        const QString phase = d->target->volumePhase(ns, name);
        if (phase != QLatin1String("Healthy") || interesting.contains(name) ||
            d->store->count(QStringLiteral("cstorvolumes")) <= 50)
            volumes.append(d->target->truth(ns, name));
    }
    return QJsonObject{
        {QStringLiteral("time"), ObjectStore::formatTimestamp(d->clock->now())},
        {QStringLiteral("speed"), d->clock->speed()},
        {QStringLiteral("seed"), QString::number(d->clock->seed())},
        {QStringLiteral("resyncSeconds"), d->cvc->resyncSeconds()},
        {QStringLiteral("rebuilds"), rebuilds},
        {QStringLiteral("pools"), d->pools->poolTruth()},
        {QStringLiteral("volumes"), volumes},
        {QStringLiteral("faults"), d->faults->toJson()},
    };
}

ObjectStore *SimCluster::store()
{
    return d->store;
}

FaultPlan *SimCluster::faults()
{
    return d->faults;
}

ApiServer *SimCluster::server()
{
    if (!d->server)
        d->server = new ApiServer(d->store, d->faults, this);
    return d->server;
}

SimClock *SimCluster::clock()
{
    return d->clock;
}

EventRecorder *SimCluster::events()
{
    return d->events;
}

EventExpiry *SimCluster::eventExpiry()
{
    return d->eventExpiry;
}

CvcController *SimCluster::cvcController()
{
    return d->cvc;
}

PoolManager *SimCluster::poolManager()
{
    return d->pools;
}

VolumeTarget *SimCluster::volumeTarget()
{
    return d->target;
}

CspcController *SimCluster::cspcController()
{
    return d->cspc;
}

SituationRunner *SimCluster::situations()
{
    return d->situations;
}

AdmissionWebhook *SimCluster::admissionWebhook()
{
    return d->webhook.get();
}

ClusterNodes *SimCluster::clusterNodes()
{
    return d->nodes;
}

StatusChurn *SimCluster::statusChurn()
{
    return d->churn;
}

} // namespace Sim
