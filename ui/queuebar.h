#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Migration {
class MigrationEngine;
}

namespace Ui {

// The queue of moves in a few lines above the Migrations table: how far the plan being run has
// got (its moves and bytes, in one line and a bar), the button that pauses or resumes the
// queue, a warning-coloured line while it is paused that says why (read at a glance, at any
// hour), and the maintenance window when one is set. It follows the engine at most five times
// a second and is hidden while the engine has no plan.
class QueueBar : public QWidget
{
    Q_OBJECT

public:
    explicit QueueBar(Migration::MigrationEngine *engine, QWidget *parent = nullptr);

    void setWritesAllowed(bool allowed, const QString &whyNot);

    QPushButton *pauseButton() const { return m_pause; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *pausedLabel() const { return m_paused; }
    QLabel *windowLabel() const { return m_window; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshSoon();
    void togglePause();
    void restyle();

    QPointer<Migration::MigrationEngine> m_engine;
    QProgressBar *m_bar;
    QLabel *m_progress;
    QPushButton *m_pause;
    QLabel *m_paused;
    QLabel *m_window;
    QTimer m_throttle;
    bool m_writesAllowed = true;
    QString m_whyNot;
};

} // namespace Ui
