#include "models/sim/apiserver/authenticator.h"

#include "models/sim/apiserver/clustercredentials.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <QSslSocket>

namespace Sim {

Authenticator::Authenticator(const ClusterCredentials &credentials)
    : m_credentials(credentials)
{
}

ApiUser Authenticator::tokenUser(const QByteArray &authorization, bool *rejected) const
{
    ApiUser user;
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    if (token == m_credentials.adminToken()) {
        user.kind = ApiUser::Kind::Admin;
        user.name = QStringLiteral("admin");
        user.groups = {QStringLiteral("system:masters"), QStringLiteral("system:authenticated")};
    } else if (token == m_credentials.readOnlyToken()) {
        user.kind = ApiUser::Kind::ReadOnly;
        user.name = QStringLiteral("read-only");
        user.groups = {QStringLiteral("system:authenticated")};
    } else {
        *rejected = true;
    }
    return user;
}

ApiUser Authenticator::authenticate(const ApiRequest &request, QTcpSocket *socket,
                                    bool *rejected) const
{
    ApiUser user;
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer "))
        return tokenUser(authorization, rejected);
    if (!authorization.isEmpty()) {
        *rejected = true; // basic auth and anything else: not accepted here
        return user;
    }
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        const QSslCertificate certificate = tls->peerCertificate();
        if (!certificate.isNull()) {
            QString commonName;
            QStringList groups;
            if (!m_credentials.certificateAuthority().verifyClient(certificate.toDer(), &commonName,
                                                                   &groups)) {
                *rejected = true;
                return user;
            }
            user.kind = groups.contains(QStringLiteral("system:masters")) ? ApiUser::Kind::Admin
                                                                          : ApiUser::Kind::ReadOnly;
            user.name = commonName;
            user.groups = groups << QStringLiteral("system:authenticated");
            return user;
        }
    }
    user.name = QStringLiteral("system:anonymous");
    user.groups = {QStringLiteral("system:unauthenticated")};
    return user;
}

ApiReply Authenticator::selfReview(const ApiRequest &request)
{
    const QString apiVersion = request.path.contains(QLatin1String("v1beta1"))
                                   ? QStringLiteral("authentication.k8s.io/v1beta1")
                                   : QStringLiteral("authentication.k8s.io/v1");
    return ApiReply::json(
        201, {{QStringLiteral("kind"), QStringLiteral("SelfSubjectReview")},
              {QStringLiteral("apiVersion"), apiVersion},
              {QStringLiteral("metadata"),
               QJsonObject{{QStringLiteral("creationTimestamp"), QJsonValue::Null}}},
              {QStringLiteral("status"),
               QJsonObject{{QStringLiteral("userInfo"),
                            QJsonObject{{QStringLiteral("username"), request.user.name},
                                        {QStringLiteral("groups"),
                                         QJsonArray::fromStringList(request.user.groups)}}}}}});
}

} // namespace Sim
