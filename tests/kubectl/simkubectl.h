#pragma once

#include "tests/common/programrun.h"
#include "tests/common/simharness.h"

#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A simulated cluster in this process and real kubectl pointed at it: what the tests of the
// simulator's behaviour share. Objects are read in namespace openebs; the control endpoint is
// reached as its admin would, with `kubectl create --raw /sim/v1/...`.
class SimKubectl
{
public:
    // The kubectl program on the PATH, empty when there is none (the test then skips).
    static QString kubectlProgram();
    // The cstor-console binary the build names (CSTOR_CONSOLE); empty when it names none.
    static QString consoleProgram();
    // Why a test of the console against real kubectl cannot run here; empty when it can.
    static QString missingPrograms();

    // Starts the cluster (the seed scenario unless the options name another, seed 11).
    bool start(SimHarness::Options options = {});
    Sim::SimCluster *sim() const { return m_harness.sim(); }
    QString kubeconfig() const
    {
        return m_kubeconfig.isEmpty() ? m_harness.kubeconfigPath() : m_kubeconfig;
    }
    // kubectl talks to another simulator (a cstor-sim program the test started) instead.
    void useKubeconfig(const QString &path) { m_kubeconfig = path; }
    // The cluster's Prometheus itself (SimHarness::Options::prometheus), empty without one.
    QUrl prometheusUrl() const { return m_harness.prometheusUrl(); }
    // A private directory for the test's files.
    QString dir() const { return m_harness.dir(); }

    ProgramRun kubectl(const QStringList &args, const QProcessEnvironment &env = {}) const;
    // `kubectl get WHAT -n openebs -o jsonpath={PATH}`, trimmed; "<error: ...>" on failure.
    QString jsonpath(const QString &what, const QString &path) const;
    // A map field as kubectl's jsonpath prints it (JSON), empty when absent.
    QJsonObject jsonMap(const QString &what, const QString &path) const;
    // POST /sim/v1/ENDPOINT with a JSON body.
    ProgramRun postSim(const QString &endpoint, const QJsonObject &body) const;
    // Starts the named situation (POST /sim/v1/situation) and waits until the simulator says it
    // is reached, at most `timeoutMs`: empty, else what went wrong.
    QString reachSituation(const QString &name, int timeoutMs = 240000) const;
    // `kubectl create --raw PATH -f BODY EXTRA...`.
    ProgramRun postRaw(const QString &path, const QJsonObject &body,
                       const QStringList &extra = {}) const;
    // GET /sim/v1/ENDPOINT (or any raw path starting with '/').
    QJsonObject getRaw(const QString &path) const;
    // The CVC's spec.policy.replicaPoolInfo set to these pools, as `kubectl patch --type=merge`.
    ProgramRun patchPools(const QString &volume, const QStringList &pools) const;
    // The events with this reason about this object (`kubectl get events --field-selector`).
    QList<QJsonObject> events(const QString &reason, const QString &object) const;
    // How often events with this reason whose message contains `part` were recorded (counts
    // summed), about any object or the one named.
    int eventCount(const QString &reason, const QString &part, const QString &object = {}) const;

private:
    SimHarness m_harness;
    QString m_kubectl = kubectlProgram();
    QString m_kubeconfig;
};
