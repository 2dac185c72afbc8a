#pragma once

#include "ui/recoveryprocess.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Ui {

// "Recover volume": reads the cluster and shows what is wrong with one volume and the steps that
// bring it back (or why it must be recovered by hand), then, on the operator's word, runs them
// and shows each step as it is taken and verified. Not modal: the window can be watched while
// the recovery runs; the dialog stays open until it has ended.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    // whyNoWrites: why the window may not change the cluster ("" when it may).
    RecoveryDialog(const RecoveryProcess::Target &target, const QString &whyNoWrites,
                   QWidget *parent = nullptr);

    // The plan as read ("kind": NothingToDo, Repair, Manual, NotFound); empty until read.
    QJsonObject plan() const { return m_plan; }
    bool isRunning() const { return m_running; }

public slots:
    void reject() override;

signals:
    // The recovery ended: recovered when the volume is back at its replica count, all Healthy.
    void recoveryEnded(bool recovered);

private:
    void readPlan();
    void showPlan(int exitCode);
    void runSteps();
    void showEnd(int exitCode);
    static QString planHtml(const QJsonObject &plan);

    RecoveryProcess *m_reader;
    RecoveryProcess *m_runner;
    QString m_whyNoWrites;
    QJsonObject m_plan;
    bool m_running = false;
    QLabel *m_headline;
    QTextBrowser *m_details;
    QPlainTextEdit *m_log;
    QPushButton *m_run;
    QPushButton *m_close;
};

} // namespace Ui
