#pragma once

#include <QStringList>

// Parses the GUI options (--demo, --kubeconfig, --context, --namespace, --help, --version),
// opens the main window and runs the event loop.
class GuiLauncher
{
public:
    static int run(const QStringList &arguments);
};
