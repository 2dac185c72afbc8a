#include "app/console/blockingcall.h"

#include <QEventLoop>
#include <QTimer>

namespace BlockingCall {

Kube::RestClient::Reply await(const std::function<void(Kube::RestClient::Callback)> &start)
{
    return awaitAnswer<Kube::RestClient::Reply>(start);
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace BlockingCall
