#include "tests/common/programrun.h"

#include <QDebug>
#include <QProcess>
#include <QSignalSpy>

QString ProgramRun::whole() const
{
    const QString text = out + err;
    if (exitCode != 0)
        qWarning().noquote() << "the command exited" << exitCode << "and wrote:\n" << text;
    return text.right(800);
}

ProgramRun runProgram(const QString &program, const QStringList &args,
                      const ProgramOptions &options)
{
    QProcess process;
    if (!options.environment.isEmpty())
        process.setProcessEnvironment(options.environment);
    if (options.closedInput)
        process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, args);
    if (!finished.wait(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "timed out:" << program << args << process.readAllStandardOutput()
                   << process.readAllStandardError();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
