#include "models/sim/apiserver/controlendpoint.h"

namespace Sim {

void ControlEndpoint::setHandler(ApiServer::AdminHandler handler)
{
    m_handler = std::move(handler);
}

ApiReply ControlEndpoint::reply(const ApiRequest &request) const
{
    if (request.user.kind != ApiUser::Kind::Admin)
        return ApiReply::status({403, QStringLiteral("Forbidden"),
                                 QStringLiteral("forbidden: User \"%1\" cannot use the "
                                                "simulator's control endpoint %2")
                                     .arg(request.user.name, request.path),
                                 QJsonObject()});
    if (!request.path.startsWith(QLatin1String("/sim/v1/")) || !m_handler)
        return ApiReply::pathNotFound();
    const ApiServer::AdminReply reply =
        m_handler(request.method, request.path.mid(8), request.body);
    return ApiReply::json(reply.code, reply.body);
}

} // namespace Sim
