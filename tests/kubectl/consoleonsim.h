#pragma once

#include "tests/common/replicasafety.h"
#include "tests/kubectl/simkubectl.h"

#include <memory>

class QProcess;

// The console's verbs run as a program against a simulated cluster in this process (speed 100
// unless told, seed 5), with real kubectl beside it and the cluster watched for the rule that must
// never break (ReplicaSafety): what the tests of the verbs that run plans of many moves share.
class ConsoleOnSim
{
public:
    // A generated cluster (the seed scenario when `generate` is empty), at `speed`.
    bool start(const QString &generate, double speed = 100);
    // cstor-console ARGS --kubeconfig K, with a private journal and audit log.
    ProgramRun console(const QStringList &args) const;
    // The same, started and left running (standard input closed), for a test that acts while
    // it runs.
    void startConsole(QProcess *process, const QStringList &args) const;
    // The consoles' journal (the moves and the queue).
    QString journalPath() const;
    SimKubectl *sim() { return &m_sim; }
    ReplicaSafety *safety() const { return m_safety.get(); }
    // The CVRs on the nodes' pools (label cstorpoolinstance.openebs.io/name), read with kubectl.
    QStringList replicasOnNodes(const QStringList &nodes);
    // The rule's breaks, one a line; empty when none (or before start).
    QString brokenRules() const;

private:
    SimKubectl m_sim;
    std::unique_ptr<ReplicaSafety> m_safety;
};
