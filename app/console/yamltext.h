#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// JSON as block-style YAML, for `-o yaml`: the same rows and keys as `-o json` (keys in JSON's
// order, which is sorted, as kubectl's), every string double-quoted so that no value is read
// back as another type ("true", "0755", "null", a leading "-").
class YamlText
{
public:
    static QString fromJson(const QJsonArray &rows);
    static QString fromJson(const QJsonObject &document);

private:
    static void writeSequence(QString *out, const QJsonArray &items, int indent);
    static void writeMapping(QString *out, const QJsonObject &object, int indent, bool indentFirst);
    // After "key:" or "- ": a scalar on the same line, or a nested block on the next ones.
    static void writeValue(QString *out, const QJsonValue &value, int indent);
    static QString scalar(const QJsonValue &value);
    static QString key(const QString &text);
    static QString quoted(const QString &text);
};
