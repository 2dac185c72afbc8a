#pragma once

#include <QCoreApplication>
#include <QStringList>

// `cstor-console contexts [--kubeconfig FILE] [-o table|json]`: the merged kubeconfig's
// contexts as `kubectl config get-contexts` lists them, the current one marked with `*`.
class ContextsVerb
{
    Q_DECLARE_TR_FUNCTIONS(ContextsVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "contexts"
};
