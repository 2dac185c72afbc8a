#pragma once

#include "tests/common/replicasafety.h"
#include "tests/kubectl/simkubectl.h"

#include <QProcess>

#include <memory>

// The console's verbs run as a program against a simulated cluster in this process (speed 100
// unless told, seed 5), with real kubectl beside it and the cluster watched for the rule that must
// never break (ReplicaSafety): what the tests of the verbs that run plans of many moves share.
class ConsoleOnSim
{
public:
    // A generated cluster (the seed scenario when `generate` is empty), at `speed`.
    bool start(const QString &generate, double speed = 100);
    // cstor-console ARGS --kubeconfig K, with a private journal and audit log. Another
    // `operator` (a name) has a journal and audit log of its own: a console on another machine.
    ProgramRun console(const QStringList &args, const QString &operatorName = {}) const;
    // The same, started and left running (standard input closed), for a test that acts while
    // it runs.
    void startConsole(QProcess *process, const QStringList &args,
                      const QString &operatorName = {}) const;
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

// A console left running, its output gathered as it comes.
struct ConsoleProcess
{
    QProcess process;
    QString out;
    QString err;

    ConsoleProcess(const ConsoleOnSim &run, const QStringList &args,
                   const QString &operatorName = {});
    bool ended() const { return process.state() == QProcess::NotRunning; }
    QString whole() const;
};
