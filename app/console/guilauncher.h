#pragma once

#include <QCoreApplication>
#include <QStringList>

// Parses the GUI options (--demo, --kubeconfig, --context, --namespace, --help, --version),
// opens the main window and runs the event loop.
class GuiLauncher
{
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    static int run(const QStringList &arguments);
};
