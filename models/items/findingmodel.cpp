#include "models/items/findingmodel.h"

#include "models/health/doctor.h"
#include "models/items/health.h"
#include "models/items/itemroles.h"

namespace Items {

namespace {

Health severityHealth(Doctor::Finding::Severity severity)
{
    switch (severity) {
    case Doctor::Finding::Severity::Critical:
        return Health::Error;
    case Doctor::Finding::Severity::Warning:
        return Health::Warning;
    case Doctor::Finding::Severity::Info:
        break;
    }
    return Health::Unknown;
}

bool sameFinding(const Doctor::Finding &a, const Doctor::Finding &b)
{
    return a.severity == b.severity && a.rule == b.rule && a.objects == b.objects &&
           a.summary == b.summary && a.risk == b.risk && a.commands == b.commands && a.fix == b.fix;
}

} // namespace

void FindingModel::setFindings(const QList<Doctor::Finding> &findings)
{
    const bool same = findings.size() == m_findings.size() &&
                      std::equal(findings.begin(), findings.end(), m_findings.begin(), sameFinding);
    if (same)
        return; // a view's selection and scroll position stay
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const Doctor::Finding *FindingModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int FindingModel::count(Doctor::Finding::Severity severity) const
{
    return int(
        std::count_if(m_findings.begin(), m_findings.end(),
                      [severity](const Doctor::Finding &f) { return f.severity == severity; }));
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    const Doctor::Finding *f = finding(index.row());
    if (!f)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity:
            return Doctor::Doctor::severityText(f->severity);
        case Objects:
            return f->objects.join(QStringLiteral(", "));
        case Summary:
            return f->summary;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1\n\nRisk: %2\n\nFix: %3").arg(f->summary, f->risk, f->fix);
    if (role == HealthRole && index.column() == Severity)
        return int(severityHealth(f->severity));
    if (role == SortRole)
        return index.column() == Severity ? QVariant(int(f->severity)) : data(index);
    if (role == NameRole)
        return f->rule;
    return {};
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Objects:
        return tr("Objects");
    case Summary:
        return tr("What is wrong");
    default:
        return {};
    }
}

} // namespace Items
