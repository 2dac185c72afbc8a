#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sim {

// A Kubernetes field selector (the `fieldSelector` query parameter): terms `field=value`,
// `field==value`, `field!=value` joined by `,` (AND); `\` escapes `,`, `=`, `!` and `\` in
// values. Which fields are allowed depends on the resource, as on a real apiserver:
// - every resource: metadata.name, metadata.namespace;
// - events: also involvedObject.kind, .name, .namespace, .uid, .apiVersion, .resourceVersion,
//   .fieldPath, reason, reportingComponent, source (= source.component), type;
// - namespaces: also status.phase;
// - pods: also spec.nodeName, spec.restartPolicy, spec.schedulerName,
//   spec.serviceAccountName, spec.hostNetwork, status.phase, status.podIP,
//   status.nominatedNodeName; nodes: also spec.unschedulable.
// A missing field compares as "".
class FieldSelector
{
public:
    struct Term
    {
        QString field;
        QString value;
        bool negated = false;
    };

    FieldSelector() = default; // matches everything

    // `resource` is the plural ("events", "cstorvolumereplicas", ...). nullopt on an error;
    // *error then holds the apiserver's text: "field label not supported: status.phase" for a
    // field the resource does not allow, or "invalid selector: 'x'; can't understand 'x'" for
    // bad syntax. The API server answers 400 BadRequest (for lists, kubectl's message is
    // `Unable to find "<gvr>" that match label selector "...", field selector "...": <error>`).
    static std::optional<FieldSelector> parse(const QString &text, const QString &resource,
                                              QString *error = nullptr);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }
    bool matches(const QJsonObject &object) const;

    // The value the selector pins `field` to with `=`/`==`, if any (e.g. metadata.name for a
    // single-object watch, metadata.namespace to narrow a list).
    std::optional<QString> requiredValue(const QString &field) const;

    // The object's value for a selectable field ("" when missing).
    static QString fieldValue(const QJsonObject &object, const QString &field);

private:
    QList<Term> m_terms;
};

} // namespace Sim
