#pragma once

#include "models/health/healthrule.h"

#include <QCoreApplication>

namespace Doctor {

// "node-not-ready": a node that holds pools with replicas is NotReady (its Ready condition not
// True: the kubelet stopped posting, node lifecycle controller tryUpdateNodeHealth) or gone.
// When the nodes could not be read (cluster-scoped: a namespaced user gets 403) it says so as
// an Info; when nobody read them it says nothing.
class NodeNotReadyRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::NodeNotReadyRule)

public:
    QString name() const override { return QStringLiteral("node-not-ready"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

} // namespace Doctor
