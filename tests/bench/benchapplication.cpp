#include "tests/bench/benchapplication.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>

namespace {

QString describe(const QObject *receiver, const QEvent *event)
{
    const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
    const char *type = types.valueToKey(event->type());
    QString text = QStringLiteral("%1 to %2")
                       .arg(type ? QString::fromLatin1(type) : QString::number(event->type()),
                            QString::fromLatin1(receiver->metaObject()->className()));
    if (!receiver->objectName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(receiver->objectName());
    if (const QObject *parent = receiver->parent())
        text +=
            QStringLiteral(" in %1").arg(QString::fromLatin1(parent->metaObject()->className()));
    return text;
}

} // namespace

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

BenchApplication *BenchApplication::instance()
{
    return qobject_cast<BenchApplication *>(QCoreApplication::instance());
}

void BenchApplication::startRecording(double thresholdMs)
{
    m_slow.clear();
    m_thresholdMs = thresholdMs;
    m_recording = true;
}

void BenchApplication::stopRecording()
{
    m_recording = false;
}

QList<BenchApplication::SlowEvent> BenchApplication::slowestEvents(int count) const
{
    QList<SlowEvent> slowest = m_slow;
    std::sort(slowest.begin(), slowest.end(),
              [](const SlowEvent &a, const SlowEvent &b) { return a.ms > b.ms; });
    return slowest.mid(0, count);
}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    // Only the outermost delivery on the UI thread: what one turn of its event loop costs.
    if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const QString what = describe(receiver, event); // before: the event may delete the receiver
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (ms >= m_thresholdMs)
        m_slow.append({ms, what});
    return result;
}
