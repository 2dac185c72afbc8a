#include "models/sim/apiserver/jsonpatch.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <functional>
#include <optional>

namespace Sim {

namespace {

using Leaf = std::function<QString(QJsonValue &container, const QString &token)>;

// Parses an array index token: digits only, no leading zero.
std::optional<qsizetype> arrayIndex(const QString &token)
{
    if (token.isEmpty() || (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
        return std::nullopt;
    for (const QChar c : token) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    bool ok = false;
    const qsizetype index = token.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return index;
}

// Walks to the container of the last token and runs `leaf` on it, writing every level back.
QString modify(QJsonValue &node, const QStringList &tokens, qsizetype i, const Leaf &leaf,
               const QString &pointer)
{
    const QString &token = tokens.at(i);
    if (i == tokens.size() - 1)
        return leaf(node, token);
    const QString missing = QStringLiteral("doc is missing path: \"%1\"").arg(pointer);
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        auto it = object.find(token);
        if (it == object.end())
            return missing;
        QJsonValue child = it.value();
        const QString error = modify(child, tokens, i + 1, leaf, pointer);
        if (!error.isEmpty())
            return error;
        it.value() = child;
        node = object;
        return QString();
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const auto index = arrayIndex(token);
        if (!index || *index >= array.size())
            return missing;
        QJsonValue child = array.at(*index);
        const QString error = modify(child, tokens, i + 1, leaf, pointer);
        if (!error.isEmpty())
            return error;
        array.replace(*index, child);
        node = array;
        return QString();
    }
    return missing;
}

std::optional<QJsonValue> valueAt(const QJsonValue &document, const QStringList &tokens)
{
    QJsonValue node = document;
    for (const QString &token : tokens) {
        if (node.isObject()) {
            const QJsonObject object = node.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return std::nullopt;
            node = it.value();
        } else if (node.isArray()) {
            const QJsonArray array = node.toArray();
            const auto index = arrayIndex(token);
            if (!index || *index >= array.size())
                return std::nullopt;
            node = array.at(*index);
        } else {
            return std::nullopt;
        }
    }
    return node;
}

QString addValue(QJsonValue &document, const QStringList &tokens, const QJsonValue &value,
                 const QString &pointer)
{
    if (tokens.isEmpty()) {
        document = value;
        return QString();
    }
    return modify(
        document, tokens, 0,
        [&](QJsonValue &container, const QString &token) -> QString {
            if (container.isObject()) {
                QJsonObject object = container.toObject();
                object.insert(token, value);
                container = object;
                return QString();
            }
            if (container.isArray()) {
                QJsonArray array = container.toArray();
                if (token == QLatin1String("-")) {
                    array.append(value);
                } else {
                    const auto index = arrayIndex(token);
                    if (!index || *index > array.size())
                        return QStringLiteral("add operation does not apply: index out of "
                                              "bounds: \"%1\"")
                            .arg(pointer);
                    array.insert(*index, value);
                }
                container = array;
                return QString();
            }
            return QStringLiteral("add operation does not apply: doc is missing path: \"%1\"")
                .arg(pointer);
        },
        pointer);
}

QString removeValue(QJsonValue &document, const QStringList &tokens, const QString &pointer,
                    const QString &opName)
{
    if (tokens.isEmpty())
        return QStringLiteral("%1 operation does not apply: cannot remove the document root")
            .arg(opName);
    return modify(
        document, tokens, 0,
        [&](QJsonValue &container, const QString &token) -> QString {
            if (container.isObject()) {
                QJsonObject object = container.toObject();
                if (!object.contains(token))
                    return QStringLiteral("%1 operation does not apply: doc is missing key: "
                                          "\"%2\"")
                        .arg(opName, pointer);
                object.remove(token);
                container = object;
                return QString();
            }
            if (container.isArray()) {
                QJsonArray array = container.toArray();
                const auto index = arrayIndex(token);
                if (!index || *index >= array.size())
                    return QStringLiteral("%1 operation does not apply: index out of bounds: "
                                          "\"%2\"")
                        .arg(opName, pointer);
                array.removeAt(*index);
                container = array;
                return QString();
            }
            return QStringLiteral("%1 operation does not apply: doc is missing path: \"%2\"")
                .arg(opName, pointer);
        },
        pointer);
}

JsonPatch::Error failed(const QString &message)
{
    return {JsonPatch::Error::Kind::Failed, message};
}

} // namespace

ApiError JsonPatch::Error::toApiError() const
{
    if (kind == Kind::Malformed)
        return ApiError::badRequest(message);
    return {422,
            QStringLiteral("Invalid"),
            QStringLiteral("the server rejected our request due to an error in our request"),
            {}};
}

QStringList JsonPatch::parsePointer(const QString &pointer, bool *ok)
{
    if (ok)
        *ok = true;
    if (pointer.isEmpty())
        return {};
    if (!pointer.startsWith(QLatin1Char('/'))) {
        if (ok)
            *ok = false;
        return {};
    }
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString &token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
    }
    return tokens;
}

QString JsonPatch::escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

JsonPatch::Result JsonPatch::apply(const QJsonValue &document, const QJsonArray &patch)
{
    QJsonValue result = document;
    for (const QJsonValue &entry : patch) {
        if (!entry.isObject())
            return Error{
                Error::Kind::Malformed,
                QStringLiteral("json: cannot unmarshal %1 into Go value of type "
                               "jsonpatch.Operation")
                    .arg(entry.isArray() ? QStringLiteral("array") : QStringLiteral("value"))};
        const QJsonObject operation = entry.toObject();
        const QString op = operation.value(QStringLiteral("op")).toString();
        if (!operation.value(QStringLiteral("path")).isString())
            return failed(QStringLiteral("%1 operation missing path field").arg(op));
        const QString pointer = operation.value(QStringLiteral("path")).toString();
        bool ok = false;
        const QStringList tokens = parsePointer(pointer, &ok);
        if (!ok)
            return failed(QStringLiteral("invalid JSON pointer: \"%1\"").arg(pointer));
        const bool hasValue = operation.contains(QStringLiteral("value"));
        const QJsonValue value = operation.value(QStringLiteral("value"));

        QString error;
        if (op == QLatin1String("add")) {
            if (!hasValue)
                return failed(QStringLiteral("add operation missing value field"));
            error = addValue(result, tokens, value, pointer);
        } else if (op == QLatin1String("remove")) {
            error = removeValue(result, tokens, pointer, op);
        } else if (op == QLatin1String("replace")) {
            if (!hasValue)
                return failed(QStringLiteral("replace operation missing value field"));
            if (tokens.isEmpty()) {
                result = value;
            } else {
                error = removeValue(result, tokens, pointer, op);
                if (error.isEmpty())
                    error = addValue(result, tokens, value, pointer);
            }
        } else if (op == QLatin1String("test")) {
            if (!hasValue)
                return failed(QStringLiteral("test operation missing value field"));
            const auto actual = valueAt(result, tokens);
            if (!actual || *actual != value)
                error = QStringLiteral("testing value %1 failed: test failed").arg(pointer);
        } else if (op == QLatin1String("move") || op == QLatin1String("copy")) {
            if (!operation.value(QStringLiteral("from")).isString())
                return failed(QStringLiteral("%1 operation missing from field").arg(op));
            const QString from = operation.value(QStringLiteral("from")).toString();
            const QStringList fromTokens = parsePointer(from, &ok);
            if (!ok)
                return failed(QStringLiteral("invalid JSON pointer: \"%1\"").arg(from));
            const auto source = valueAt(result, fromTokens);
            if (!source)
                return failed(QStringLiteral("%1 operation does not apply: doc is missing from "
                                             "path: \"%2\"")
                                  .arg(op, from));
            if (op == QLatin1String("move")) {
                if (pointer.startsWith(from + QLatin1Char('/')))
                    return failed(QStringLiteral("move operation does not apply: path \"%1\" is "
                                                 "a child of from \"%2\"")
                                      .arg(pointer, from));
                if (pointer == from)
                    continue;
                error = removeValue(result, fromTokens, from, op);
            }
            if (error.isEmpty())
                error = addValue(result, tokens, *source, pointer);
        } else {
            return failed(QStringLiteral("Unexpected kind: %1").arg(op));
        }
        if (!error.isEmpty())
            return failed(error);
    }
    return result;
}

JsonPatch::Result JsonPatch::apply(const QJsonValue &document, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Error::Kind::Malformed,
                     QStringLiteral("invalid character in JSON patch at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!parsed.isArray())
        return Error{Error::Kind::Malformed,
                     QStringLiteral("json: cannot unmarshal object into Go value of type "
                                    "jsonpatch.Patch")};
    return apply(document, parsed.array());
}

std::variant<QJsonObject, ApiError> JsonPatch::applyToObject(const QJsonObject &object,
                                                             const QByteArray &body)
{
    const Result result = apply(QJsonValue(object), body);
    if (const auto *error = std::get_if<Error>(&result))
        return error->toApiError();
    const QJsonValue &value = std::get<QJsonValue>(result);
    if (!value.isObject())
        return ApiError::badRequest(
            QStringLiteral("json: cannot unmarshal the patched document into an object"));
    return value.toObject();
}

} // namespace Sim
