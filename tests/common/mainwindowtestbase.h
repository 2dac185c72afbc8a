#pragma once

#include "models/migration/datapaths.h"
#include "models/sim/situations/situationrunner.h"
#include "tests/common/simharness.h"
#include "ui/mainwindow.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

// What the GUI tests of the main window share: a simulated cluster and the real main window,
// started afresh for every test with no migration history (the journal and audit log are shared
// by every console), and torn down with the settings cleared. Header-only: only the GUI tests,
// which link the ui library, include it.
class MainWindowTestBase
{
protected:
    static constexpr int kSyncTimeoutMs = 15000;

    // For initTestCase(): window layouts and settings go to a test settings file.
    static void useTestSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // For init(): the simulator started with `options` and a new window shown at 1400x900.
    void startSimAndWindow(const SimHarness::Options &options = {})
    {
        QFile::remove(Migration::DataPaths::journal());
        QFile::remove(Migration::DataPaths::audit());
        m_sim = std::make_unique<SimHarness>();
        QString error;
        QVERIFY2(m_sim->start(options, &error), qPrintable(error));
        showNewWindow();
    }

    // Starts another simulator for a test of its own; false, with the reason in the log, if it
    // does not start.
    static bool startSim(SimHarness *harness, const SimHarness::Options &options = {})
    {
        QString error;
        if (!harness->start(options, &error)) {
            qWarning("simulator: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    void showNewWindow()
    {
        m_window = std::make_unique<Ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // For cleanup(): the window first, then the cluster it watched.
    void stopWindowAndSim()
    {
        m_window.reset();
        m_sim.reset();
        QSettings().clear();
    }

    // The window opens the simulator's kubeconfig (`context`, or its current one) and shows the
    // cluster once the informers have synced.
    void openSeed(const QString &context = {})
    {
        m_window->openKubeconfig(m_sim->kubeconfigPath(), context);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
        QCOMPARE(m_window->page(), Ui::MainWindow::Page::Cluster);
    }

    // Drives the simulator into its situation `name` and waits until it is there; the caller
    // returns when QTest::currentTestFailed().
    void reachSituation(const QString &name, int timeoutMs = 120000)
    {
        QString error;
        QSignalSpy reached(m_sim->sim()->situations(), &Sim::SituationRunner::reached);
        QVERIFY2(m_sim->sim()->situations()->start(name, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(reached.size(), 1, timeoutMs);
    }

    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<Ui::MainWindow> m_window;
};
