#pragma once

#include "models/sim/apiserver/apirequest.h"

class QTcpSocket;

namespace Sim {

class ClusterCredentials;

// Who is calling: a bearer token (admin, read-only), a client certificate signed by the
// cluster's CA (admin rights with group system:masters) or nobody (system:anonymous).
class Authenticator
{
public:
    explicit Authenticator(const ClusterCredentials &credentials);

    // *rejected is set for an unknown token, another authorization scheme or a client
    // certificate the CA did not sign: the request gets 401.
    ApiUser authenticate(const ApiRequest &request, QTcpSocket *socket, bool *rejected) const;

    // POST .../selfsubjectreviews: the caller's name and groups (kubectl auth whoami).
    static ApiReply selfReview(const ApiRequest &request);

private:
    const ClusterCredentials &m_credentials;

    ApiUser tokenUser(const QByteArray &authorization, bool *rejected) const;
};

} // namespace Sim
