#pragma once

#include <QCoreApplication>
#include <QStringList>

// `cstor-console get pools|replicas|volumes [--kubeconfig FILE] [--context NAME]
// [-n NS] [-o table|wide|json|yaml|name]`: the cStor pools (CSPIs), volume replicas (CVRs) or
// volumes (CVCs with their CVs) of a namespace, read from the cluster, as a table (wide: more
// columns), as JSON or YAML rows, or as the objects' names as kubectl gives them.
class GetVerb
{
    Q_DECLARE_TR_FUNCTIONS(GetVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "get"
};
