#include "tests/kubectl/consoleonsim.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

bool ConsoleOnSim::start(const QString &generate)
{
    SimHarness::Options options;
    options.speed = 100;
    options.seed = 5;
    options.generateSpec = generate;
    if (!m_sim.start(options))
        return false;
    m_safety = std::make_unique<ReplicaSafety>(m_sim.sim()->store());
    return true;
}

ProgramRun ConsoleOnSim::console(const QStringList &args) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"KUBECONFIG"_s);
    environment.insert(u"XDG_DATA_HOME"_s, m_sim.dir() + u"/data"_s);
    return runProgram(SimKubectl::consoleProgram(),
                      args + QStringList{u"--kubeconfig"_s, m_sim.kubeconfig()},
                      {environment, 600000});
}

QString ConsoleOnSim::brokenRules() const
{
    return m_safety ? m_safety->violations().join(u'\n') : QString();
}
