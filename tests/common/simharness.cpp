#include "tests/common/simharness.h"

#include <QHostAddress>

SimHarness::SimHarness() = default;
SimHarness::~SimHarness() = default;

bool SimHarness::start(const Options &options, QString *error)
{
    m_sim = std::make_unique<Sim::SimCluster>();
    m_sim->setSpeed(options.speed);
    m_sim->setResyncSeconds(options.resyncSeconds);
    bool loaded = false;
    if (!options.generateSpec.isEmpty())
        loaded = m_sim->generate(options.generateSpec, error);
    else if (!options.scenarioFile.isEmpty())
        loaded = m_sim->loadScenarioFile(options.scenarioFile, error);
    else
        loaded = m_sim->loadDefaultScenario(error);
    if (!loaded)
        return false;
    if (!m_sim->start(QHostAddress::LocalHost, 0, error))
        return false;
    m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    return m_sim->writeKubeconfig(m_kubeconfig, error);
}
