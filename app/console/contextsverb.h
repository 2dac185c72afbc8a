#pragma once

#include "app/console/texttable.h"
#include "models/kube/kubeconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

// `cstor-console contexts [--kubeconfig FILE] [-o table|json]`: the merged kubeconfig's
// contexts as `kubectl config get-contexts` lists them, the current one marked with `*`.
class ContextsVerb
{
    Q_DECLARE_TR_FUNCTIONS(ContextsVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "contexts"

private:
    static QJsonArray json(const Kube::Kubeconfig &config);
    static TextTable table(const Kube::Kubeconfig &config);
};
