#include "app/console/interruptnotifier.h"

#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_sockets[2] = {-1, -1}; // [0] written by the handler, [1] read by the notifier
} // namespace

InterruptNotifier::InterruptNotifier(QObject *parent)
    : QObject(parent)
{
    if (g_sockets[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_sockets) != 0)
        return; // one at a time; without it Ctrl-C keeps its default action
    m_notifier = new QSocketNotifier(g_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptNotifier::readInterrupt);

    struct sigaction action = {};
    action.sa_handler = &InterruptNotifier::handle;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the next Ctrl-C is handled as usual, so an operator can still insist.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    ::sigaction(SIGINT, &action, &m_previous);
}

InterruptNotifier::~InterruptNotifier()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &m_previous, nullptr);
    delete m_notifier;
    ::close(g_sockets[0]);
    ::close(g_sockets[1]);
    g_sockets[0] = g_sockets[1] = -1;
}

void InterruptNotifier::handle(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here.
    [[maybe_unused]] const ssize_t written = ::write(g_sockets[0], &byte, sizeof(byte));
}

void InterruptNotifier::readInterrupt()
{
    char byte = 0;
    if (::read(g_sockets[1], &byte, sizeof(byte)) <= 0)
        return;
    emit interrupted();
}
