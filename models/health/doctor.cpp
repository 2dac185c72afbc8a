#include "models/health/doctor.h"

#include "models/health/drainrules.h"
#include "models/health/forecastrules.h"
#include "models/health/noderules.h"
#include "models/health/poolrules.h"
#include "models/health/replicarules.h"
#include "models/health/scalingrules.h"
#include "models/health/volumerules.h"

#include <algorithm>

namespace Doctor {

namespace {
std::vector<std::unique_ptr<HealthRule>> everyRule(int readOnlyHorizonDays)
{
    std::vector<std::unique_ptr<HealthRule>> rules;
    rules.push_back(std::make_unique<VolumeQuorumRule>());
    rules.push_back(std::make_unique<ReplicaCountRule>());
    rules.push_back(std::make_unique<ReplicasOnOneNodeRule>());
    rules.push_back(std::make_unique<KnownReplicasRule>());
    rules.push_back(std::make_unique<ReplicaNotHealthyRule>());
    rules.push_back(std::make_unique<OrphanReplicaRule>());
    rules.push_back(std::make_unique<ClonesOnPoolRule>());
    rules.push_back(std::make_unique<StuckScalingRule>());
    rules.push_back(std::make_unique<UnknownPoolRule>());
    rules.push_back(std::make_unique<RefusedDrfRule>());
    rules.push_back(std::make_unique<PendingClaimRule>());
    rules.push_back(std::make_unique<PoolCapacityRule>());
    rules.push_back(std::make_unique<PoolReadOnlySoonRule>(readOnlyHorizonDays));
    rules.push_back(std::make_unique<PoolStateRule>());
    rules.push_back(std::make_unique<NodeNotReadyRule>());
    rules.push_back(std::make_unique<DrainBlockedRule>());
    return rules;
}
} // namespace

Doctor::Doctor()
    : m_rules(everyRule(PoolReadOnlySoonRule::kDefaultHorizonDays))
{
}

Doctor::Doctor(int readOnlyHorizonDays)
    : m_rules(everyRule(readOnlyHorizonDays))
{
}

Doctor::Doctor(std::vector<std::unique_ptr<HealthRule>> rules)
    : m_rules(std::move(rules))
{
}

QList<Finding> Doctor::examine(const Migration::ClusterSnapshot &cluster,
                               const QDateTime &now) const
{
    QList<Finding> findings;
    for (const std::unique_ptr<HealthRule> &rule : m_rules)
        findings += rule->check(cluster, now);
    sort(&findings);
    return findings;
}

QStringList Doctor::ruleNames() const
{
    QStringList names;
    for (const std::unique_ptr<HealthRule> &rule : m_rules)
        names << rule->name();
    return names;
}

bool Doctor::needsAttention(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &finding) {
        return finding.severity != Finding::Severity::Info;
    });
}

QString Doctor::severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Critical:
        return QStringLiteral("Critical");
    case Finding::Severity::Warning:
        return QStringLiteral("Warning");
    case Finding::Severity::Info:
        break;
    }
    return QStringLiteral("Info");
}

QString Doctor::severityText(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Critical:
        return tr("Critical");
    case Finding::Severity::Warning:
        return tr("Warning");
    case Finding::Severity::Info:
        break;
    }
    return tr("Info");
}

void Doctor::sort(QList<Finding> *findings)
{
    std::stable_sort(findings->begin(), findings->end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        return a.objects < b.objects;
    });
}

} // namespace Doctor
