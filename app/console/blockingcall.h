#pragma once

#include "models/kube/restclient.h"

#include <QEventLoop>

#include <functional>

// The command-line verbs run one step after another: a request answered before the next, a
// pause between fresh reads. Both run the event loop meanwhile (informers, Ctrl-C).
namespace BlockingCall {

// Runs the event loop until `start`'s callback has answered (once); that answer.
template<typename Answer>
Answer awaitAnswer(const std::function<void(std::function<void(const Answer &)>)> &start)
{
    QEventLoop loop;
    Answer answer{};
    bool finished = false;
    start([&](const Answer &given) {
        answer = given;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return answer;
}

// The same for a REST request.
Kube::RestClient::Reply await(const std::function<void(Kube::RestClient::Callback)> &start);

// Runs the event loop for `ms` milliseconds.
void pause(int ms);

} // namespace BlockingCall
