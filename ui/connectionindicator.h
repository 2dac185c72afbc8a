#pragma once

#include "models/kube/clusterdelta.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

namespace Ui {

// "Live · 2 s ago", "Stale · no event for 3 min", "Reconnecting…", "Failed: <why>": how much
// the window can be trusted right now, with a symbol as well as the text.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setState(Kube::ConnectionState state, const QString &detail);
    void setLastEventTime(const QDateTime &time);
    // No event for this long while "live" means stale (default 60 s: two resync periods).
    void setStaleAfterSeconds(int seconds);
    void clear(); // no connection at all

    Kube::ConnectionState state() const { return m_state; }
    QString text() const { return m_text; }
    // Live and recently heard from.
    bool isLive() const;

    QSize sizeHint() const override;

signals:
    void livenessChanged(bool live);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    Kube::ConnectionState m_state = Kube::ConnectionState::Connecting;
    bool m_connected = false;
    QString m_detail;
    QDateTime m_lastEvent;
    int m_staleAfterSeconds = 60;
    QString m_text;
    bool m_wasLive = false;
    QTimer m_tick;
};

} // namespace Ui
