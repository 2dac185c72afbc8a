#pragma once

#include <QObject>
#include <QString>
#include <QStringDecoder>

class QProcess;

namespace Ui {

// Runs `cstor-console recover` for one volume with the window's kubeconfig, context and
// namespace: the plan, the steps, their verification, the journal and the audit are the command
// line's own (one recovery engine, tested through the command line), and the window stays
// responsive while it runs. The command line speaks the window's language.
class RecoveryProcess : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString volume;
        QString kubeconfig; // empty: $KUBECONFIG, else ~/.kube/config, as the window read it
        QString context;
        QString namespaceName;
    };
    enum class Mode {
        Plan,    // `recover VOLUME --dry-run -o json`: the plan from a fresh read, nothing changed
        Recover, // `recover VOLUME --yes`: the steps, each verified before the next
    };

    RecoveryProcess(const Target &target, QObject *parent = nullptr);
    ~RecoveryProcess() override;

    void start(Mode mode);
    bool isRunning() const;
    const Target &target() const { return m_target; }
    // What the command has written so far: its standard output, and its errors.
    QString output() const { return m_output; }
    QString errors() const { return m_errors; }

    // The console program that runs the recovery (default: this program).
    static QString program();
    static void setProgram(const QString &path);

signals:
    // Text the command wrote, on either stream, in the order it came.
    void written(const QString &text);
    // exitCode: the command's (0 recovered or nothing to do); -1 when it could not run or
    // crashed, with the reason in errors().
    void finished(int exitCode);

private:
    QStringList arguments(Mode mode) const;
    void read(bool errors);

    Target m_target;
    QProcess *m_process = nullptr;
    QString m_output;
    QString m_errors;
    QStringDecoder m_outputDecoder{QStringDecoder::Utf8};
    QStringDecoder m_errorsDecoder{QStringDecoder::Utf8};
};

} // namespace Ui
