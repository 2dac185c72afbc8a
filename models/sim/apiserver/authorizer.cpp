#include "models/sim/apiserver/authorizer.h"

#include "models/sim/apiserver/accessreview.h"
#include "models/sim/apiserver/resourcecatalog.h"

#include <QJsonDocument>

namespace Sim {

Authorizer::Authorizer(const ResourceCatalog &catalog)
    : m_catalog(catalog)
{
}

std::optional<ApiError> Authorizer::check(const ApiUser &user, const QString &verb,
                                          const ApiTarget &target, bool collection)
{
    bool allowed = false;
    switch (user.kind) {
    case ApiUser::Kind::Admin:
        allowed = true;
        break;
    case ApiUser::Kind::ReadOnly:
        // The view role: reads, but no proxy (pods/proxy and services/proxy are not in it).
        allowed = (verb == QLatin1String("get") || verb == QLatin1String("list") ||
                   verb == QLatin1String("watch")) &&
                  target.subresource != QLatin1String("proxy");
        break;
    case ApiUser::Kind::Anonymous:
        allowed = false;
        break;
    }
    if (allowed)
        return std::nullopt;
    const ResourceInfo &resource = *target.resource;
    QString where = target.namespaceName.isEmpty()
                        ? QStringLiteral("at the cluster scope")
                        : QStringLiteral("in the namespace \"%1\"").arg(target.namespaceName);
    const QString subject =
        collection || target.name.isEmpty()
            ? resource.groupResource()
            : QStringLiteral("%1 \"%2\"").arg(resource.groupResource(), target.name);
    // kube-apiserver's forbiddenMessage names the subresource with its resource.
    const QString resourceName = target.subresource.isEmpty()
                                     ? resource.plural
                                     : resource.plural + QLatin1Char('/') + target.subresource;
    QJsonObject details{{QStringLiteral("kind"), resource.plural}};
    if (!resource.group.isEmpty())
        details.insert(QStringLiteral("group"), resource.group);
    if (!collection && !target.name.isEmpty())
        details.insert(QStringLiteral("name"), target.name);
    return ApiError{403, QStringLiteral("Forbidden"),
                    QStringLiteral("%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API "
                                   "group \"%5\" %6")
                        .arg(subject, user.name, verb, resourceName, resource.group, where),
                    details};
}

bool Authorizer::allows(const ApiUser &user, const AccessReview &review) const
{
    if (!review.nonResourcePath.isEmpty())
        return user.kind == ApiUser::Kind::Admin || review.verb == QLatin1String("get");
    ApiTarget target;
    const ResourceInfo *resource = m_catalog.find(review.group, review.resource);
    ResourceInfo unknown;
    if (!resource) {
        unknown.plural = review.resource;
        unknown.group = review.group;
        resource = &unknown;
    }
    target.resource = resource;
    target.namespaceName = review.namespaceName;
    target.name = review.name;
    target.subresource = review.subresource;
    return !check(user, review.verb, target, review.name.isEmpty());
}

ApiReply Authorizer::accessReview(const ApiRequest &request) const
{
    QString error;
    std::optional<AccessReview> review;
    if (request.header("content-type").startsWith("application/vnd.kubernetes.protobuf")) {
        review = AccessReview::fromProtobuf(request.body, &error);
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject())
            return ApiReply::status(ApiError::badRequest(
                QStringLiteral("the body of the request could not be decoded as a JSON object: %1")
                    .arg(parseError.errorString())));
        review = AccessReview::fromJson(document.object(), &error);
    }
    if (!review)
        return ApiReply::status(ApiError::badRequest(error));
    const bool allowed = allows(request.user, *review);
    QString reason;
    if (allowed) {
        reason = request.user.kind == ApiUser::Kind::Admin
                     ? QStringLiteral("RBAC: allowed by ClusterRoleBinding \"cluster-admin\" of "
                                      "ClusterRole \"cluster-admin\" to Group \"system:masters\"")
                     : QStringLiteral("RBAC: allowed by ClusterRoleBinding \"cstor-read-only\" of "
                                      "ClusterRole \"view\" to User \"%1\"")
                           .arg(request.user.name);
    }
    QJsonObject status{{QStringLiteral("allowed"), allowed}};
    if (!reason.isEmpty())
        status.insert(QStringLiteral("reason"), reason);
    return ApiReply::json(
        201, {{QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
              {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
              {QStringLiteral("metadata"),
               QJsonObject{{QStringLiteral("creationTimestamp"), QJsonValue::Null}}},
              {QStringLiteral("spec"), review->specJson()},
              {QStringLiteral("status"), status}});
}

} // namespace Sim
