#pragma once

#include "models/sim/apiserver/fieldselector.h"
#include "models/sim/apiserver/labelselector.h"
#include "models/sim/apiserver/resourcecatalog.h"
#include "models/sim/store/apierror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace Sim {

// The authenticated caller.
struct ApiUser
{
    enum class Kind { Anonymous, Admin, ReadOnly } kind = Kind::Anonymous;
    QString name;
    QStringList groups;
};

// Where a resource request points.
struct ApiTarget
{
    const ResourceInfo *resource = nullptr;
    QString namespaceName;
    QString name;
    QString subresource;
};

// One parsed request.
struct ApiRequest
{
    QString method; // "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD" or "OTHER"
    QString path;
    QStringList segments;
    QHash<QString, QString> query;
    QByteArray rawQuery;                   // as sent, without '?' (what a proxy passes on)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    ApiUser user;

    static ApiRequest fromHttp(const QHttpServerRequest &request);

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    bool wantsTable() const { return header("accept").contains("as=Table"); }
    bool dryRun() const { return query.value(QStringLiteral("dryRun")) == QLatin1String("All"); }
    // The labelSelector and fieldSelector of the query, or the 400 that kube-apiserver answers.
    std::optional<ApiError> selectors(const ApiTarget &target, LabelSelector *labels,
                                      std::optional<FieldSelector> *fields) const;
};

// One answer, written at once (watches stream theirs).
struct ApiReply
{
    static const QByteArray jsonType; // "application/json"

    int code = 200;
    QByteArray body;
    QByteArray contentType = jsonType;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool omitBody = false; // the answer to a HEAD request: headers only

    static ApiReply json(int code, const QJsonObject &object);
    static ApiReply status(const ApiError &error);
    static ApiReply pathNotFound();
    static ApiReply methodNotAllowed();

    void send(QHttpServerResponder &responder) const;
};

} // namespace Sim
