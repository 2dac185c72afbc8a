#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// cstor-console run as kubectl's plugin: installed as kubectl-cstor (a link to cstor-console),
// `kubectl cstor get pools` runs `kubectl-cstor get pools`. A verb runs as from cstor-console.
// Without one the plugin never opens a window: it prints its usage (exit 0 for nothing or
// --help, 2 for anything else).
class KubectlPlugin
{
    Q_DECLARE_TR_FUNCTIONS(KubectlPlugin)

public:
    static bool isPlugin(const QString &program); // argv[0]
    static int run(const QStringList &arguments); // no verb among them
    static QString usage();
};
