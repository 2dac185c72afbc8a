#include "app/console/yamltext.h"

#include <QJsonObject>
#include <QRegularExpression>

QString YamlText::fromJson(const QJsonArray &rows)
{
    if (rows.isEmpty())
        return QStringLiteral("[]\n");
    QString out;
    writeSequence(&out, rows, 0);
    return out;
}

QString YamlText::fromJson(const QJsonObject &document)
{
    if (document.isEmpty())
        return QStringLiteral("{}\n");
    QString out;
    writeMapping(&out, document, 0, false);
    return out;
}

void YamlText::writeSequence(QString *out, const QJsonArray &items, int indent)
{
    for (const QJsonValue &item : items) {
        *out += QString(indent, u' ') + QStringLiteral("- ");
        if (item.isObject() && !item.toObject().isEmpty()) {
            writeMapping(out, item.toObject(), indent + 2, false);
        } else if (item.isArray() && !item.toArray().isEmpty()) {
            *out += u'\n';
            writeSequence(out, item.toArray(), indent + 2);
        } else {
            *out += scalar(item) + u'\n';
        }
    }
}

void YamlText::writeMapping(QString *out, const QJsonObject &object, int indent, bool indentFirst)
{
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!first || indentFirst)
            *out += QString(indent, u' ');
        first = false;
        *out += key(it.key()) + u':';
        writeValue(out, it.value(), indent);
    }
}

void YamlText::writeValue(QString *out, const QJsonValue &value, int indent)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        *out += u'\n';
        writeMapping(out, value.toObject(), indent + 2, true);
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        *out += u'\n';
        writeSequence(out, value.toArray(), indent);
    } else {
        *out += u' ' + scalar(value) + u'\n';
    }
}

QString YamlText::scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == number ? QString::number(whole) : QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array:
        return QStringLiteral("[]");
    case QJsonValue::Object:
        return QStringLiteral("{}");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

// A key of letters, digits and '_' stays plain (what people read); any other is quoted.
QString YamlText::key(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return plain.match(text).hasMatch() ? text : quoted(text);
}

// A double-quoted scalar: JSON's escapes are YAML's.
QString YamlText::quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}
