#pragma once

#include "models/sim/apiserver/apirequest.h"
#include "models/sim/apiserver/apiserver.h"

namespace Sim {

// The simulator's control endpoint: requests under /sim/v1/ (admin users only) go to the
// handler the simulator installs (faults, scenarios, time).
class ControlEndpoint
{
public:
    void setHandler(ApiServer::AdminHandler handler);

    ApiReply reply(const ApiRequest &request) const;

private:
    ApiServer::AdminHandler m_handler;
};

} // namespace Sim
