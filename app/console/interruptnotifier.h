#pragma once

#include <QObject>

#include <csignal>

class QSocketNotifier;

// Ctrl-C (SIGINT) as a Qt signal, delivered by the event loop: the handler only writes a byte
// to a socket pair and a QSocketNotifier reads it (the pattern Qt documents for Unix signals).
// The first interrupt is caught; a second one ends the program as usual. Destroying the
// notifier restores what SIGINT did before.
class InterruptNotifier : public QObject
{
    Q_OBJECT

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

    bool isActive() const { return m_notifier != nullptr; }

signals:
    void interrupted();

private:
    static void handle(int signal);
    void readInterrupt();

    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previous = {};
};
