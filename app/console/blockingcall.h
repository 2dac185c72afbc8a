#pragma once

#include "models/kube/restclient.h"

#include <functional>

// The command-line verbs run one step after another: a request answered before the next, a
// pause between fresh reads. Both run the event loop meanwhile (informers, Ctrl-C).
namespace BlockingCall {

// Runs the event loop until `start`'s callback has answered; that answer.
Kube::RestClient::Reply await(const std::function<void(Kube::RestClient::Callback)> &start);

// Runs the event loop for `ms` milliseconds.
void pause(int ms);

} // namespace BlockingCall
