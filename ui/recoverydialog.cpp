#include "ui/recoverydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Ui {

namespace {

// The plan the command printed as JSON (the dry run's closing words follow it).
QJsonObject parsePlan(const QString &output)
{
    const QByteArray bytes = output.toUtf8();
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::GarbageAtEnd)
        document = QJsonDocument::fromJson(bytes.left(error.offset));
    return document.object();
}

QString listHtml(const QJsonArray &items, const char *tag)
{
    QString html = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QJsonValue &item : items) {
        const QString text = item.isObject()
                                 ? item.toObject().value(QLatin1String("description")).toString()
                                 : item.toString();
        html += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
    }
    return html + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

} // namespace

RecoveryDialog::RecoveryDialog(const RecoveryProcess::Target &target, const QString &whyNoWrites,
                               QWidget *parent)
    : QDialog(parent)
    , m_reader(new RecoveryProcess(target, this))
    , m_runner(new RecoveryProcess(target, this))
    , m_whyNoWrites(whyNoWrites)
    , m_headline(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover volume %1").arg(target.volume));
    m_headline->setObjectName(QStringLiteral("recoveryHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("recoveryPlan"));
    m_details->setAccessibleName(tr("Recovery plan"));
    m_log->setObjectName(QStringLiteral("recoveryOutput"));
    m_log->setAccessibleName(tr("Recovery progress"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("Recover now"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runRecovery"));
    m_run->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_run, &QPushButton::clicked, this, &RecoveryDialog::runSteps);
    connect(m_close, &QPushButton::clicked, this, &RecoveryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(m_reader, &RecoveryProcess::finished, this, &RecoveryDialog::showPlan);
    connect(m_runner, &RecoveryProcess::written, this, [this](const QString &text) {
        m_log->moveCursor(QTextCursor::End);
        m_log->insertPlainText(text);
        m_log->ensureCursorVisible();
    });
    connect(m_runner, &RecoveryProcess::finished, this, &RecoveryDialog::showEnd);
    readPlan();
}

void RecoveryDialog::reject()
{
    // The steps run to their end: a recovery left half way is the trouble it is here to mend.
    if (!m_running)
        QDialog::reject();
}

void RecoveryDialog::readPlan()
{
    m_headline->setText(tr("Reading volume %1 from the cluster…").arg(m_reader->target().volume));
    m_reader->start(RecoveryProcess::Mode::Plan);
}

void RecoveryDialog::showPlan(int exitCode)
{
    m_plan = parsePlan(m_reader->output());
    const QString kind = m_plan.value(QLatin1String("kind")).toString();
    const QString volume = m_reader->target().volume;
    if (kind == QLatin1String("Repair")) {
        m_headline->setText(tr("Volume %1 can be brought back in %n step(s), each verified on the "
                               "cluster before the next:",
                               nullptr, int(m_plan.value(QLatin1String("steps")).toArray().size()))
                                .arg(volume));
        m_run->setEnabled(m_whyNoWrites.isEmpty());
        m_run->setToolTip(m_whyNoWrites);
    } else if (kind == QLatin1String("Manual")) {
        m_headline->setText(
            tr("Volume %1 needs a manual recovery; the console changes nothing.").arg(volume));
    } else if (kind == QLatin1String("NothingToDo")) {
        m_headline->setText(tr("Volume %1: nothing to do; it is at its replica count, all "
                               "replicas Healthy on live nodes.")
                                .arg(volume));
    } else {
        // No plan: the command said why (no such volume, no cluster, no rights).
        const QString why = m_reader->errors().trimmed();
        m_headline->setText(
            why.isEmpty() ? tr("The volume could not be read (exit code %1).").arg(exitCode) : why);
    }
    m_details->setHtml(planHtml(m_plan));
}

void RecoveryDialog::runSteps()
{
    m_running = true;
    m_run->setEnabled(false);
    m_close->setEnabled(false);
    m_log->show();
    m_headline->setText(tr("Recovering volume %1…").arg(m_runner->target().volume));
    m_runner->start(RecoveryProcess::Mode::Recover);
}

void RecoveryDialog::showEnd(int exitCode)
{
    m_running = false;
    m_close->setEnabled(true);
    const QString volume = m_runner->target().volume;
    m_headline->setText(
        exitCode == 0
            ? tr("Volume %1 is back at its replica count, all replicas Healthy.").arg(volume)
            : tr("The recovery of volume %1 stopped before the volume was back; "
                 "the progress below says which step and why.")
                  .arg(volume));
    emit recoveryEnded(exitCode == 0);
}

QString RecoveryDialog::planHtml(const QJsonObject &plan)
{
    QString html;
    const QJsonArray problems = plan.value(QLatin1String("problems")).toArray();
    if (!problems.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b></p>").arg(tr("What is wrong:")) + listHtml(problems, "ul");
    const QJsonArray steps = plan.value(QLatin1String("steps")).toArray();
    if (!steps.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Steps:")) + listHtml(steps, "ol");
    const QString why = plan.value(QLatin1String("why")).toString();
    if (!why.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Not automated:"), why.toHtmlEscaped());
    const QString risk = plan.value(QLatin1String("risk")).toString();
    if (!risk.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Risk:"), risk.toHtmlEscaped());
    const QJsonArray options = plan.value(QLatin1String("options")).toArray();
    if (!options.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("What you can do:")) +
                listHtml(options, "ul");
    return html;
}

} // namespace Ui
