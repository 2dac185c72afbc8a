#include "models/sim/apiserver/mergepatch.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Sim {

QJsonValue MergePatch::apply(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject patchObject = patch.toObject();
    for (auto it = patchObject.begin(); it != patchObject.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), apply(result.value(it.key()), it.value()));
    }
    return result;
}

std::variant<QJsonObject, ApiError> MergePatch::applyToObject(const QJsonObject &object,
                                                              const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::badRequest(
            QStringLiteral("error decoding patch: invalid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    if (!parsed.isObject())
        return ApiError::badRequest(QStringLiteral("Invalid JSON Patch"));
    return apply(object, parsed.object()).toObject();
}

QJsonObject MergePatch::create(const QJsonObject &original, const QJsonObject &modified)
{
    QJsonObject patch;
    for (auto it = original.begin(); it != original.end(); ++it) {
        if (!modified.contains(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    }
    for (auto it = modified.begin(); it != modified.end(); ++it) {
        const auto old = original.constFind(it.key());
        if (old == original.constEnd()) {
            patch.insert(it.key(), it.value());
        } else if (QJsonValue(old.value()) != it.value()) {
            if (old.value().isObject() && it.value().isObject())
                patch.insert(it.key(), create(old.value().toObject(), it.value().toObject()));
            else
                patch.insert(it.key(), it.value());
        }
    }
    return patch;
}

} // namespace Sim
