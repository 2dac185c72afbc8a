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

QProcessEnvironment consoleEnvironment(const QString &dir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"KUBECONFIG"_s);
    environment.insert(u"XDG_DATA_HOME"_s, dir + u"/data"_s);
    return environment;
}

} // namespace

ProgramRun ConsoleOnSim::console(const QStringList &args) const
{
    return runProgram(SimKubectl::consoleProgram(),
                      args + QStringList{u"--kubeconfig"_s, m_sim.kubeconfig()},
                      {consoleEnvironment(m_sim.dir()), 600000});
}

void ConsoleOnSim::startConsole(QProcess *process, const QStringList &args) const
{
    process->setProcessEnvironment(consoleEnvironment(m_sim.dir()));
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(SimKubectl::consoleProgram(),
                   args + QStringList{u"--kubeconfig"_s, m_sim.kubeconfig()});
}

QString ConsoleOnSim::journalPath() const
{
    return m_sim.dir() + u"/data/cstor-console/migrations.jsonl"_s;
}

QString ConsoleOnSim::brokenRules() const
{
    return m_safety ? m_safety->violations().join(u'\n') : QString();
}
