#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

namespace Sim {

class ObjectStore;
class FaultPlan;
class ApiServer;
class SimClock;
class EventExpiry;
class EventRecorder;
class CvcController;
class PoolManager;
class VolumeTarget;
class CspcController;
class ClusterNodes;
class AdmissionWebhook;
class StatusChurn;
class SituationRunner;
class ClusterExporters;

// The whole simulated cStor cluster: store, API server, controllers, clock and faults.
// Lives in one thread (every child is created with `this` as parent), so it can be moved
// into a worker QThread as a unit before start().
class SimCluster : public QObject
{
    Q_OBJECT

public:
    explicit SimCluster(QObject *parent = nullptr);
    ~SimCluster() override;

    // Scenario loading (before start(); each replaces nothing, it adds to the store).
    bool loadDefaultScenario(QString *error);                   // ":/scenarios/seed.yaml"
    bool loadScenarioFile(const QString &path, QString *error); // YAML/JSON List
    bool loadScenarioData(const QByteArray &data, const QString &name, QString *error);
    bool generate(const QString &spec, QString *error); // "nodes=3,pools-per-node=1,..."

    void setSpeed(double speed); // simulated seconds per real second; 0 freezes time
    double speed() const;
    void setSeed(quint64 seed);
    void setResyncSeconds(int s);                     // CVC controller resync period (default 30)
    void setRebuildThroughput(qint64 bytesPerSecond); // per pool (default 5 MiB/s)
    void setKubeVersion(const QString &v);

    // Starts the controllers (without the API server): enough for in-process tests.
    void startControllers();
    // Starts the controllers and ApiServer::listenTls.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QString serverUrl() const;
    bool writeKubeconfig(const QString &path, QString *error) const;

    // A Prometheus for the cluster, as kube-prometheus-stack's operator exposes one: the Service
    // monitoring/prometheus-operated (label operated-prometheus=true, port web 9090, headless),
    // whose proxy subresource the API server forwards to `url` (method, path after "proxy",
    // query, body). An empty url removes the Service and the forwarding.
    void attachPrometheus(const QUrl &url);
    // Where a real Prometheus scrapes every pool's and volume target's exporter at once
    // (http://127.0.0.1:<port>/metrics, each sample with its target's identity labels; scrape
    // it with honor_labels: true). Starts listening on first call; empty when it cannot.
    QUrl scrapeUrl();
    ClusterExporters *exporters(); // the exporters' texts (m-exporter -e=pool and -e=cstor)

    // What the simulator knows: per rebuild the bytes copied, bytes to copy and current rate.
    QJsonObject truth() const;
    // The truth of the capacity history a SimPrometheus drew for the pools (PoolHistory::truth):
    // each pool's growth, its steps and when it crosses 80 % and its read-only threshold.
    void setHistoryTruth(const QJsonObject &truth);
    QJsonObject historyTruth() const;

    ObjectStore *store();
    FaultPlan *faults();
    ApiServer *server();
    SimClock *clock();
    EventRecorder *events();
    EventExpiry *eventExpiry(); // Events dropped an hour after their last write, as upstream
    CvcController *cvcController();
    PoolManager *poolManager();
    VolumeTarget *volumeTarget();
    CspcController *cspcController();
    AdmissionWebhook *admissionWebhook();
    ClusterNodes *clusterNodes();
    StatusChurn *statusChurn();    // a sustained stream of replica status updates (admin: churn)
    SituationRunner *situations(); // drives the cluster into a named failure (admin: situation)

signals:
    void started();

private:
    class Private;
    Private *d;
};

} // namespace Sim
