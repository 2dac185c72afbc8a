#include "tests/bench/benchapplication.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>

namespace {

// What received an event, taken before delivery (the event may delete the receiver) and put
// into words only for a slow one: formatting every event would add to what is measured.
struct Delivery
{
    QEvent::Type type;
    const char *receiverClass;
    QString receiverName;
    const char *parentClass;

    Delivery(const QObject *receiver, const QEvent *event)
        : type(event->type())
        , receiverClass(receiver->metaObject()->className())
        , receiverName(receiver->objectName())
        , parentClass(receiver->parent() ? receiver->parent()->metaObject()->className() : nullptr)
    {
    }

    QString text() const
    {
        const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
        QString text = QStringLiteral("%1 to %2")
                           .arg(name ? QString::fromLatin1(name) : QString::number(type),
                                QString::fromLatin1(receiverClass));
        if (!receiverName.isEmpty())
            text += QStringLiteral(" \"%1\"").arg(receiverName);
        if (parentClass)
            text += QStringLiteral(" in %1").arg(QString::fromLatin1(parentClass));
        return text;
    }
};

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
    m_busyMs = 0;
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
    const Delivery delivery(receiver, event);
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    m_busyMs += ms;
    if (ms >= m_thresholdMs)
        m_slow.append({ms, delivery.text()});
    return result;
}
