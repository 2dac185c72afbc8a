#pragma once

#include "app/console/verbarguments.h"
#include "models/health/finding.h"
#include "models/planning/clustersnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Kube {
class RestClient;
}

// `cstor-console doctor [--kubeconfig FILE] [--context NAME] [-n NS] [--read-only-horizon 14d]
// [-o table|wide|json|yaml|name]`: reads the cluster once (and with --read-only-horizon the
// pools' capacity forecast from its Prometheus), runs every health rule over it and prints the
// findings, worst first. Exit codes: 0 clean or only Info, 1 a finding at Warning or worse (or
// the cluster could not be read), 2 usage error.
class DoctorVerb
{
    Q_DECLARE_TR_FUNCTIONS(DoctorVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "doctor"

private:
    using Format = VerbArguments::Format;
    // The pools' capacity trends from the cluster's Prometheus, into the snapshot.
    static void addForecast(Kube::RestClient *client, Migration::ClusterSnapshot *snapshot);
    static void print(const QList<Doctor::Finding> &findings, Format format, const QString &ns,
                      bool headers = true);
    static QString table(const QList<Doctor::Finding> &findings, bool wide, bool titleRow = true);
    static QString names(const QList<Doctor::Finding> &findings);
};
