#pragma once

#include "models/sim/store/apierror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <variant>

namespace Sim {

// RFC 6902 JSON Patch (Content-Type application/json-patch+json): add, remove, replace, move,
// copy, test, with RFC 6901 JSON pointers (`~1` = `/`, `~0` = `~`, `-` appends to an array).
// Operations apply in order; any failure leaves the document untouched.
class JsonPatch
{
public:
    struct Error
    {
        enum class Kind {
            Malformed, // the body is not a JSON array of objects -> 400 BadRequest
            Failed,    // an operation could not be applied (bad op, missing path, failed test)
                       // -> 422 Invalid
        };
        Kind kind = Kind::Failed;
        QString message; // what went wrong, e.g. "testing value /spec/x failed"

        // The Status the apiserver sends: 400 BadRequest with `message`, or 422 Invalid
        // "the server rejected our request due to an error in our request" (details {}).
        ApiError toApiError() const;
    };
    using Result = std::variant<QJsonValue, Error>;

    // Applies `patch` (the operations array) to `document`.
    static Result apply(const QJsonValue &document, const QJsonArray &patch);
    // Parses the request body, then applies it; Malformed when the body is not an array.
    static Result apply(const QJsonValue &document, const QByteArray &body);

    // For the server: the patched object, or the Status error to send back.
    static std::variant<QJsonObject, ApiError> applyToObject(const QJsonObject &object,
                                                             const QByteArray &body);

    // RFC 6901 helpers.
    static QStringList parsePointer(const QString &pointer, bool *ok = nullptr);
    static QString escapeToken(const QString &token);
};

} // namespace Sim
