#include "models/sim/apiserver/fieldselector.h"

#include <QStringList>

namespace Sim {

namespace {

bool supported(const QString &resource, const QString &field)
{
    if (field == QLatin1String("metadata.name") || field == QLatin1String("metadata.namespace"))
        return true;
    if (resource == QLatin1String("events")) {
        static const QStringList eventFields = {
            QStringLiteral("involvedObject.kind"),
            QStringLiteral("involvedObject.namespace"),
            QStringLiteral("involvedObject.name"),
            QStringLiteral("involvedObject.uid"),
            QStringLiteral("involvedObject.apiVersion"),
            QStringLiteral("involvedObject.resourceVersion"),
            QStringLiteral("involvedObject.fieldPath"),
            QStringLiteral("reason"),
            QStringLiteral("reportingComponent"),
            QStringLiteral("source"),
            QStringLiteral("type"),
        };
        return eventFields.contains(field);
    }
    if (resource == QLatin1String("namespaces"))
        return field == QLatin1String("status.phase");
    if (resource == QLatin1String("pods")) {
        // PodToSelectableFields (pkg/registry/core/pod/strategy.go); kubectl drain lists a
        // node's pods with spec.nodeName.
        static const QStringList podFields = {
            QStringLiteral("spec.nodeName"),      QStringLiteral("spec.restartPolicy"),
            QStringLiteral("spec.schedulerName"), QStringLiteral("spec.serviceAccountName"),
            QStringLiteral("spec.hostNetwork"),   QStringLiteral("status.phase"),
            QStringLiteral("status.podIP"),       QStringLiteral("status.nominatedNodeName"),
        };
        return podFields.contains(field);
    }
    if (resource == QLatin1String("nodes"))
        return field == QLatin1String("spec.unschedulable"); // NodeToSelectableFields
    return false;
}

// Splits on commas that are not escaped with a backslash.
QStringList splitTerms(const QString &text)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current.append(c);
            current.append(text.at(++i));
        } else if (c == QLatin1Char(',')) {
            parts << current;
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts << current;
    return parts;
}

bool unescape(const QString &value, QString *out)
{
    out->clear();
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= value.size())
                return false;
            const QChar next = value.at(++i);
            if (next != QLatin1Char('\\') && next != QLatin1Char(',') && next != QLatin1Char('='))
                return false;
            out->append(next);
        } else if (c == QLatin1Char(',') || c == QLatin1Char('=')) {
            return false;
        } else {
            out->append(c);
        }
    }
    return true;
}

} // namespace

std::optional<FieldSelector> FieldSelector::parse(const QString &text, const QString &resource,
                                                  QString *error)
{
    FieldSelector selector;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<FieldSelector>();
    };
    for (const QString &part : splitTerms(text)) {
        if (part.isEmpty())
            continue;
        // The first position where one of the operators starts, "!=" and "==" before "=".
        qsizetype at = -1;
        int opLength = 0;
        bool negated = false;
        for (qsizetype i = 0; i < part.size() && at < 0; ++i) {
            if (part.mid(i, 2) == QLatin1String("!=")) {
                at = i;
                opLength = 2;
                negated = true;
            } else if (part.mid(i, 2) == QLatin1String("==")) {
                at = i;
                opLength = 2;
            } else if (part.at(i) == QLatin1Char('=')) {
                at = i;
                opLength = 1;
            }
        }
        if (at < 0)
            return fail(
                QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, part));
        Term term;
        term.field = part.left(at);
        term.negated = negated;
        if (!unescape(part.mid(at + opLength), &term.value))
            return fail(
                QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, part));
        selector.m_terms.append(term);
    }
    for (const Term &term : std::as_const(selector.m_terms)) {
        if (!supported(resource, term.field))
            return fail(QStringLiteral("field label not supported: %1").arg(term.field));
    }
    return selector;
}

QString FieldSelector::fieldValue(const QJsonObject &object, const QString &field)
{
    if (field == QLatin1String("source"))
        return object.value(QStringLiteral("source"))
            .toObject()
            .value(QStringLiteral("component"))
            .toString();
    QJsonValue value = object;
    for (const QString &part : field.split(QLatin1Char('.')))
        value = value.toObject().value(part);
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isUndefined() && (field == QLatin1String("spec.hostNetwork") ||
                                field == QLatin1String("spec.unschedulable")))
        return QStringLiteral("false"); // strconv.FormatBool of an unset bool
    return value.toString();
}

bool FieldSelector::matches(const QJsonObject &object) const
{
    for (const Term &term : m_terms) {
        const bool equal = fieldValue(object, term.field) == term.value;
        if (equal == term.negated)
            return false;
    }
    return true;
}

std::optional<QString> FieldSelector::requiredValue(const QString &field) const
{
    for (const Term &term : m_terms) {
        if (term.field == field && !term.negated)
            return term.value;
    }
    return std::nullopt;
}

} // namespace Sim
