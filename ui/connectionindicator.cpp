#include "ui/connectionindicator.h"

#include "ui/healthstyle.h"

#include <QPainter>

namespace Ui {

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Connection state"));
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionIndicator::refresh);
    m_tick.start();
    refresh();
}

void ConnectionIndicator::setState(Kube::ConnectionState state, const QString &detail)
{
    m_connected = true;
    m_state = state;
    m_detail = detail;
    refresh();
}

void ConnectionIndicator::setLastEventTime(const QDateTime &time)
{
    if (time == m_lastEvent)
        return;
    m_lastEvent = time;
    refresh();
}

void ConnectionIndicator::setStaleAfterSeconds(int seconds)
{
    m_staleAfterSeconds = seconds;
    refresh();
}

void ConnectionIndicator::clear()
{
    m_connected = false;
    m_detail.clear();
    m_lastEvent = {};
    refresh();
}

bool ConnectionIndicator::isLive() const
{
    if (!m_connected || m_state != Kube::ConnectionState::Live)
        return false;
    return !m_lastEvent.isValid() ||
           m_lastEvent.secsTo(QDateTime::currentDateTimeUtc()) <= m_staleAfterSeconds;
}

static QString age(qint64 seconds)
{
    if (seconds < 60)
        return ConnectionIndicator::tr("%n s ago", nullptr, int(seconds));
    if (seconds < 3600)
        return ConnectionIndicator::tr("%n min ago", nullptr, int(seconds / 60));
    return ConnectionIndicator::tr("%n h ago", nullptr, int(seconds / 3600));
}

void ConnectionIndicator::refresh()
{
    QString text;
    QString tip;
    const qint64 seconds =
        m_lastEvent.isValid()
            ? std::max<qint64>(0, m_lastEvent.secsTo(QDateTime::currentDateTimeUtc()))
            : -1;
    if (!m_connected) {
        text = tr("Not connected");
    } else {
        switch (m_state) {
        case Kube::ConnectionState::Connecting:
            text = tr("Connecting…");
            tip = tr("Listing the cluster's cStor objects.");
            break;
        case Kube::ConnectionState::Live:
            if (!isLive()) {
                text = tr("Stale · last event %1").arg(age(seconds));
                tip = tr("The watch is open but nothing has arrived for a while; what you see "
                         "may be out of date.");
            } else {
                text = seconds >= 0 ? tr("Live · %1").arg(age(seconds)) : tr("Live");
                tip = tr("Watching the cluster: changes appear as they happen.");
            }
            break;
        case Kube::ConnectionState::Reconnecting:
            text = tr("Reconnecting…");
            tip = m_detail.isEmpty() ? tr("The connection dropped; retrying.")
                                     : tr("The connection dropped (%1); retrying.").arg(m_detail);
            if (seconds >= 0)
                tip += QLatin1Char(' ') + tr("Last event %1.").arg(age(seconds));
            break;
        case Kube::ConnectionState::Failed:
            text = m_detail.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(m_detail);
            tip = m_detail;
            break;
        }
    }
    if (text != m_text) {
        m_text = text;
        setToolTip(tip);
        updateGeometry();
        update();
    }
    setToolTip(tip);
    const bool live = isLive();
    if (live != m_wasLive) {
        m_wasLive = live;
        emit livenessChanged(live);
    }
}

QSize ConnectionIndicator::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(m_text) + metrics.height() + 16, metrics.height() + 8};
}

void ConnectionIndicator::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    Items::Health health = Items::Health::Unknown;
    if (m_connected) {
        switch (m_state) {
        case Kube::ConnectionState::Connecting:
            health = Items::Health::Busy;
            break;
        case Kube::ConnectionState::Live:
            health = isLive() ? Items::Health::Ok : Items::Health::Warning;
            break;
        case Kube::ConnectionState::Reconnecting:
            health = Items::Health::Warning;
            break;
        case Kube::ConnectionState::Failed:
            health = Items::Health::Error;
            break;
        }
    }
    const int side = fontMetrics().height() * 3 / 4;
    const QRect symbol(4, (height() - side) / 2, side, side);
    HealthStyle::paintSymbol(&painter, symbol, health, palette());
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect textRect = rect().adjusted(side + 10, 0, 0, 0);
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                     fontMetrics().elidedText(m_text, Qt::ElideRight, textRect.width()));
}

} // namespace Ui
