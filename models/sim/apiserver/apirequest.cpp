#include "models/sim/apiserver/apirequest.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace Sim {

namespace {

// Query values as Go encodes them: '+' is a space, then percent-decoding.
QHash<QString, QString> parseQuery(const QByteArray &raw)
{
    QHash<QString, QString> values;
    for (QByteArray pair : raw.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        values.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
    return values;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

const QByteArray ApiReply::jsonType = QByteArrayLiteral("application/json");

ApiRequest ApiRequest::fromHttp(const QHttpServerRequest &httpRequest)
{
    ApiRequest request;
    request.method = methodName(httpRequest.method());
    const QUrl url = httpRequest.url();
    request.path = url.path(QUrl::FullyDecoded);
    request.segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    request.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    request.query = parseQuery(request.rawQuery);
    for (const auto &[key, value] : httpRequest.headers())
        request.headers.insert(key.toLower(), value);
    request.body = httpRequest.body();
    return request;
}

std::optional<ApiError> ApiRequest::selectors(const ApiTarget &target, LabelSelector *labels,
                                              std::optional<FieldSelector> *fields) const
{
    const QString labelText = query.value(QStringLiteral("labelSelector"));
    const QString fieldText = query.value(QStringLiteral("fieldSelector"));
    const auto failure = [&](const QString &why) {
        return ApiError::badRequest(
            QStringLiteral("Unable to find \"%1, Resource=%2\" that match label selector \"%3\", "
                           "field selector \"%4\": %5")
                .arg(target.resource->apiVersion(), target.resource->plural, labelText, fieldText,
                     why));
    };
    QString error;
    const auto parsedLabels = LabelSelector::parse(labelText, &error);
    if (!parsedLabels)
        return failure(error);
    *labels = *parsedLabels;
    if (!fieldText.isEmpty()) {
        *fields = FieldSelector::parse(fieldText, target.resource->plural, &error);
        if (!*fields)
            return failure(error);
    }
    return std::nullopt;
}

ApiReply ApiReply::json(int code, const QJsonObject &object)
{
    return ApiReply{code, QJsonDocument(object).toJson(QJsonDocument::Compact), jsonType, {}};
}

ApiReply ApiReply::status(const ApiError &error)
{
    return json(error.code, error.toStatus());
}

ApiReply ApiReply::pathNotFound()
{
    return status({404, QStringLiteral("NotFound"),
                   QStringLiteral("the server could not find the requested resource"),
                   QJsonObject()});
}

ApiReply ApiReply::methodNotAllowed()
{
    return status(
        {405, QStringLiteral("MethodNotAllowed"),
         QStringLiteral("the server does not allow this method on the requested resource"),
         QJsonObject()});
}

void ApiReply::send(QHttpServerResponder &responder) const
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(code));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    responder.writeHeader(QByteArrayLiteral("Cache-Control"),
                          QByteArrayLiteral("no-cache, private"));
    responder.writeHeader(QByteArrayLiteral("Audit-Id"),
                          QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    for (const auto &[key, value] : headers)
        responder.writeHeader(key, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(omitBody ? QByteArray() : body);
}

} // namespace Sim
