#pragma once

#include "models/sim/store/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <variant>

namespace Sim {

// RFC 7386 JSON Merge Patch (Content-Type application/merge-patch+json): objects merge
// recursively, `null` deletes a key, anything else (arrays included) replaces.
class MergePatch
{
public:
    static QJsonValue apply(const QJsonValue &target, const QJsonValue &patch);

    // For the server: parses `body` and applies it to `object`. A body that is not valid JSON
    // or not a JSON object -> 400 BadRequest (as the apiserver does for a bad merge patch).
    static std::variant<QJsonObject, ApiError> applyToObject(const QJsonObject &object,
                                                             const QByteArray &body);

    // The merge patch that turns `original` into `modified` (what `kubectl edit` sends).
    static QJsonObject create(const QJsonObject &original, const QJsonObject &modified);
};

} // namespace Sim
