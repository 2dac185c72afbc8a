#include "app/console/blockingcall.h"

#include <QEventLoop>
#include <QTimer>

namespace BlockingCall {

Kube::RestClient::Reply await(const std::function<void(Kube::RestClient::Callback)> &start)
{
    QEventLoop loop;
    Kube::RestClient::Reply reply;
    bool finished = false;
    start([&](const Kube::RestClient::Reply &answer) {
        reply = answer;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return reply;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace BlockingCall
