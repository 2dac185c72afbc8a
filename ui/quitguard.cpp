#include "ui/quitguard.h"

#include "models/migration/migrationengine.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace Ui {

QuitGuard::QuitGuard(QWidget *window, Engine engine)
    : QObject(window)
    , m_window(window)
    , m_engine(std::move(engine))
{
}

bool QuitGuard::mayClose()
{
    if (m_confirmed)
        return true;
    Migration::MigrationEngine *engine = m_engine ? m_engine() : nullptr;
    int started = 0;
    int waiting = 0;
    if (engine) {
        for (const Migration::MigrationStatus &status : engine->migrations()) {
            if (Migration::MigrationStates::isFinal(status.state))
                continue;
            if (status.state == Migration::MigrationState::Planned ||
                status.state == Migration::MigrationState::Preflight)
                ++waiting;
            else
                ++started;
        }
    }
    if (started == 0 && waiting == 0)
        return true;
    if (m_question) {
        m_question->raise();
        m_question->activateWindow();
        return false;
    }
    QString headline;
    if (started > 0)
        headline = started == 1 ? tr("A replica is being moved.")
                                : tr("%1 replicas are being moved.").arg(started);
    else
        headline = waiting == 1 ? tr("A move of a replica is waiting to start.")
                                : tr("%1 moves of replicas are waiting to start.").arg(waiting);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Moves are under way"), headline,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("quitGuard"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString consequence;
    if (started > 0)
        consequence = tr("If you quit now, each started move stops where it is: the volume keeps "
                         "its old and its new replica, so nothing is lost, but it holds one "
                         "replica more until cStor Console carries the move on.");
    if (waiting > 0)
        consequence += (consequence.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                       (waiting == 1 ? tr("The waiting move will not start.")
                                     : tr("The %1 waiting moves will not start.").arg(waiting));
    consequence += QStringLiteral("\n\n") +
                   tr("The next time cStor Console connects to this context, it finishes what "
                      "was left.");
    box->setInformativeText(consequence);
    QPushButton *quit = box->addButton(tr("Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitGuardQuit"));
    QPushButton *stay = box->addButton(tr("Keep running"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("quitGuardStay"));
    box->setDefaultButton(stay);
    connect(box, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *button) {
        if (button != quit)
            return;
        m_confirmed = true;
        QMetaObject::invokeMethod(m_window, &QWidget::close, Qt::QueuedConnection);
    });
    m_question = box;
    box->open();
    return false;
}

} // namespace Ui
