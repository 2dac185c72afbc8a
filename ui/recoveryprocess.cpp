#include "ui/recoveryprocess.h"

#include "ui/languages.h"

#include <QCoreApplication>
#include <QProcess>

namespace Ui {

namespace {

QString &programPath()
{
    static QString path;
    return path;
}

} // namespace

RecoveryProcess::RecoveryProcess(const Target &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_process(new QProcess(this))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CSTOR_LANGUAGE"), Languages::forGui());
    m_process->setProcessEnvironment(environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { read(false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { read(true); });
    connect(
        m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            read(false);
            read(true);
            if (status == QProcess::CrashExit) {
                m_errors += tr("The recovery command stopped unexpectedly.") + QLatin1Char('\n');
                exitCode = -1;
            }
            emit finished(exitCode);
        });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_errors +=
            tr("Cannot run %1: %2").arg(program(), m_process->errorString()) + QLatin1Char('\n');
        emit finished(-1);
    });
}

RecoveryProcess::~RecoveryProcess()
{
    // A recovery is never cut off half way by the window: the command finishes its step.
    if (isRunning()) {
        m_process->disconnect(this);
        m_process->setParent(nullptr);
        connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    }
}

void RecoveryProcess::start(Mode mode)
{
    m_output.clear();
    m_errors.clear();
    m_process->start(program(), arguments(mode));
}

bool RecoveryProcess::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

QString RecoveryProcess::program()
{
    return programPath().isEmpty() ? QCoreApplication::applicationFilePath() : programPath();
}

void RecoveryProcess::setProgram(const QString &path)
{
    programPath() = path;
}

QStringList RecoveryProcess::arguments(Mode mode) const
{
    QStringList arguments{QStringLiteral("recover"), m_target.volume};
    if (mode == Mode::Plan)
        arguments << QStringLiteral("--dry-run") << QStringLiteral("-o") << QStringLiteral("json");
    else
        arguments << QStringLiteral("--yes");
    if (!m_target.kubeconfig.isEmpty())
        arguments << QStringLiteral("--kubeconfig") << m_target.kubeconfig;
    if (!m_target.context.isEmpty())
        arguments << QStringLiteral("--context") << m_target.context;
    if (!m_target.namespaceName.isEmpty())
        arguments << QStringLiteral("-n") << m_target.namespaceName;
    return arguments;
}

void RecoveryProcess::read(bool errors)
{
    // A character may be split between two reads: each stream keeps its own decoder.
    const QString text = errors ? m_errorsDecoder.decode(m_process->readAllStandardError())
                                : m_outputDecoder.decode(m_process->readAllStandardOutput());
    if (text.isEmpty())
        return;
    (errors ? m_errors : m_output) += text;
    emit written(text);
}

} // namespace Ui
