#pragma once

#include "models/health/finding.h"
#include "models/health/healthrule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace Migration {
class ClusterSnapshot;
}

namespace Doctor {

// The doctor: every health rule over one cluster snapshot, the findings sorted worst first.
// The whole rule set over a 1,000-node cluster (3,000 volumes, 9,000 replicas) takes about 8 ms
// (tst_doctorrulesscaling measures it): cheap enough to run after each batch of informer changes
// on the UI thread. examine() only reads the snapshot and the rules keep no state, so it may as
// well run on a worker over a copy of the snapshot (a copy shares its hashes until written).
class Doctor
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::Doctor)

public:
    Doctor(); // every rule
    // Every rule, warning of pools going read-only within `readOnlyHorizonDays`.
    explicit Doctor(int readOnlyHorizonDays);
    explicit Doctor(std::vector<std::unique_ptr<HealthRule>> rules);

    QList<Finding> examine(const Migration::ClusterSnapshot &cluster, const QDateTime &now) const;
    QStringList ruleNames() const;

    // Any finding at Warning or worse: what `doctor` exits 1 for.
    static bool needsAttention(const QList<Finding> &findings);
    // "Critical", "Warning", "Info": stable, for scripts.
    static QString severityName(Finding::Severity severity);
    // The same for people, translated.
    static QString severityText(Finding::Severity severity);
    // Worst first, then by rule and objects: the order findings are shown in.
    static void sort(QList<Finding> *findings);

private:
    std::vector<std::unique_ptr<HealthRule>> m_rules;
};

} // namespace Doctor
