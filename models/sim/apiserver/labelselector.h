#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sim {

// A Kubernetes label selector (the `labelSelector` query parameter), parsed with the
// apimachinery grammar: `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`,
// `k>1`, `k<1`, requirements joined by `,` (AND). An empty selector matches everything.
// `!=` and `notin` also match objects that do not have the label (as upstream).
class LabelSelector
{
public:
    enum class Operator {
        Equals,
        NotEquals,
        In,
        NotIn,
        Exists,
        DoesNotExist,
        GreaterThan,
        LessThan
    };
    struct Requirement
    {
        QString key;
        Operator op = Operator::Exists;
        QStringList values;
    };

    LabelSelector() = default; // matches everything

    // nullopt on a syntax error; *error then holds the apiserver's text, e.g.
    // "unable to parse requirement: found '=', expected: identifier". The API server answers
    // 400 BadRequest with it.
    static std::optional<LabelSelector> parse(const QString &text, QString *error = nullptr);

    bool isEmpty() const { return m_requirements.isEmpty(); }
    const QList<Requirement> &requirements() const { return m_requirements; }

    // `labels` is metadata.labels (string values).
    bool matches(const QJsonObject &labels) const;
    // Convenience: reads object.metadata.labels.
    bool matchesObject(const QJsonObject &object) const;

private:
    QList<Requirement> m_requirements;
};

} // namespace Sim
