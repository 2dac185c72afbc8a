#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Migration {
class MigrationEngine;
}

namespace Ui {

// Asks before the window closes while moves are under way: a move stopped half way keeps both
// replicas (nothing is lost) but leaves the volume with one replica more until a console carries
// it on, and the waiting moves of a plan do not start. The question is not modal to the event
// loop: the close is refused, and made again once the operator says Quit.
class QuitGuard : public QObject
{
    Q_OBJECT

public:
    using Engine = std::function<Migration::MigrationEngine *()>;

    QuitGuard(QWidget *window, Engine engine);

    // Whether the window may close now; if not, the question is shown and the window is closed
    // again when the operator answers Quit.
    bool mayClose();
    // The question while it is shown (for tests and the accessibility tree).
    QMessageBox *question() const { return m_question; }

private:
    QWidget *m_window;
    Engine m_engine;
    QPointer<QMessageBox> m_question;
    bool m_confirmed = false;
};

} // namespace Ui
