#include "tests/kubectl/consoleonsim.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

bool ConsoleOnSim::start(const QString &generate, double speed)
{
    SimHarness::Options options;
    options.speed = speed;
    options.seed = 5;
    options.generateSpec = generate;
    if (!m_sim.start(options))
        return false;
    m_safety = std::make_unique<ReplicaSafety>(m_sim.sim()->store());
    return true;
}

namespace {

QProcessEnvironment consoleEnvironment(const QString &dir, const QString &operatorName)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"KUBECONFIG"_s);
    environment.insert(u"XDG_DATA_HOME"_s, operatorName.isEmpty()
                                               ? dir + u"/data"_s
                                               : dir + u"/data-"_s + operatorName);
    return environment;
}

} // namespace

ProgramRun ConsoleOnSim::console(const QStringList &args, const QString &operatorName) const
{
    return runProgram(SimKubectl::consoleProgram(),
                      args + QStringList{u"--kubeconfig"_s, m_sim.kubeconfig()},
                      {consoleEnvironment(m_sim.dir(), operatorName), 600000});
}

void ConsoleOnSim::startConsole(QProcess *process, const QStringList &args,
                                const QString &operatorName) const
{
    process->setProcessEnvironment(consoleEnvironment(m_sim.dir(), operatorName));
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(SimKubectl::consoleProgram(),
                   args + QStringList{u"--kubeconfig"_s, m_sim.kubeconfig()});
}

ConsoleProcess::ConsoleProcess(const ConsoleOnSim &run, const QStringList &args,
                               const QString &operatorName)
{
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [this] { out += QString::fromUtf8(process.readAllStandardOutput()); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [this] { err += QString::fromUtf8(process.readAllStandardError()); });
    run.startConsole(&process, args, operatorName);
}

QString ConsoleProcess::whole() const
{
    return out + u"\n--- stderr:\n"_s + err;
}

QString ConsoleOnSim::journalPath() const
{
    return m_sim.dir() + u"/data/cstor-console/migrations.jsonl"_s;
}

QStringList ConsoleOnSim::replicasOnNodes(const QStringList &nodes)
{
    QStringList replicas;
    for (const QString &node : nodes) {
        const QString pool = m_sim
                                 .kubectl({u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                                           u"kubernetes.io/hostname="_s + node, u"-o"_s,
                                           u"jsonpath={.items[*].metadata.name}"_s})
                                 .out.trimmed();
        replicas +=
            m_sim
                .kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                          u"cstorpoolinstance.openebs.io/name="_s + pool, u"-o"_s, u"name"_s})
                .out.split(u'\n', Qt::SkipEmptyParts);
    }
    return replicas;
}

QString ConsoleOnSim::brokenRules() const
{
    return m_safety ? m_safety->violations().join(u'\n') : QString();
}
