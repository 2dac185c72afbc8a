#pragma once

#include <QDialog>
#include <QJsonArray>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace Recovery {
class PoolClusterTask;
}

namespace Ui {

// What the dialogs of a change to the pools of a CStorPoolCluster share (DiskReplacementDialog,
// FollowDisksDialog): a headline, the pool's details, a log of the edit and its progress, the
// button that makes the change beside Close. The task's progress goes to the log, a load that
// fails to the headline; the button is offered only while the window may change the cluster.
// Not modal: the window can be watched meanwhile.
class PoolTaskDialog : public QDialog
{
    Q_OBJECT

public:
    bool isRunning() const { return m_running; }

protected:
    // `names` prefixes the children's object names (NAMESHeadline, NAMESDetails, NAMESLog);
    // whyNoWrites: why the window may not change the cluster ("" when it may).
    PoolTaskDialog(const QString &names, const QString &pool, const QString &whyNoWrites,
                   QWidget *parent);

    // Widgets between the details and the log go here.
    QVBoxLayout *body() const { return m_body; }
    // The button that makes the change (object name `objectName`), not offered until a plan is.
    QPushButton *addAction(const QString &text, const QString &objectName);
    // The task's failed load and progress, shown; its end goes to `finished`.
    void watch(Recovery::PoolClusterTask *task);

    // The plan's words: a headline, the details under it (hidden when empty).
    void showHeadline(const QString &html);
    void showDetails(const QString &text);
    // `why` the change cannot be made and `options`, what to do instead, as a headline.
    void showRefusal(const QString &headlineHtml, const QStringList &options);
    // The CSPC edit a plan would make, in the log: `text` with the patch as its last argument.
    void showEdit(const QString &text, const QJsonArray &patch);
    // The button offered when `offered`, enabled when also not running and writes are allowed;
    // its tooltip says what it does, or why writes are not allowed.
    void offerAction(bool offered, const QString &whatItDoes);
    // Before running: the button off, the log cleared when `fresh` (a new edit, not a follow).
    void startRun(bool fresh);
    // The run's end: its text in the log, `headlineHtml` as the headline.
    void endRun(const QString &text, const QString &headlineHtml);

private:
    QString m_whyNoWrites;
    bool m_running = false;
    QLabel *m_headline;
    QLabel *m_details;
    QVBoxLayout *m_body;
    QPlainTextEdit *m_log;
    QPushButton *m_action = nullptr;
};

} // namespace Ui
