#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>

// The bench's application: while recording, it times each event the UI thread delivers from its
// event loop and keeps the slowest, with what received them, so that a stall can be traced to
// the code that caused it.
class BenchApplication : public QApplication
{
    Q_OBJECT

public:
    struct SlowEvent
    {
        double ms = 0;
        QString what; // event type, receiver class and name, and its parent's
    };

    BenchApplication(int &argc, char **argv);

    static BenchApplication *instance();

    void startRecording(double thresholdMs); // forgets earlier ones
    void stopRecording();
    // The slowest recorded, slowest first.
    QList<SlowEvent> slowestEvents(int count) const;
    // The time the UI thread spent delivering events since recording started.
    double busyMs() const { return m_busyMs; }

    bool notify(QObject *receiver, QEvent *event) override;

private:
    bool m_recording = false;
    double m_thresholdMs = 0;
    double m_busyMs = 0;
    int m_depth = 0;
    QList<SlowEvent> m_slow;
};
