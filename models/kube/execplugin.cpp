#include "models/kube/execplugin.h"

#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace Kube {

namespace {

constexpr int kShellTimeoutMs = 5000;
constexpr int kStderrLines = 5;
// A credential is a few KB. A plugin that writes more is stopped, not read into memory; of its
// standard error only the start is kept (the excerpt shows five lines of it).
constexpr qint64 kMaxOutputBytes = qint64(4) << 20;
// How long a run may take when the cluster has no request timeout: as long as an answer may.
constexpr int kDefaultRunMs = 120000;
constexpr qint64 kMaxErrorBytes = qint64(64) << 10;

struct ShellPaths
{
    QMutex mutex;
    QHash<QString, QStringList> known;
    QHash<QString, QList<QPair<QPointer<QObject>, LoginShellPath::Done>>> waiting;
};

ShellPaths &shellPaths()
{
    static ShellPaths instance;
    return instance;
}

void deliver(const QPointer<QObject> &context, const LoginShellPath::Done &done,
             const QStringList &directories)
{
    if (context)
        QMetaObject::invokeMethod(
            context.data(), [done, directories] { done(directories); }, Qt::QueuedConnection);
}

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

// At most a few lines of a plugin's standard error, trimmed.
QString stderrExcerpt(const QByteArray &data)
{
    QStringList lines = QString::fromLocal8Bit(data).trimmed().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    if (lines.size() > kStderrLines) {
        lines = lines.mid(0, kStderrLines);
        lines << QStringLiteral("…");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void LoginShellPath::lookUp(QObject *context, Done done)
{
    const QString shell = qEnvironmentVariable("SHELL");
    const QPointer<QObject> guard(context);
    if (shell.isEmpty()) {
        deliver(guard, done, {});
        return;
    }
    ShellPaths &paths = shellPaths();
    {
        QMutexLocker lock(&paths.mutex);
        const auto known = paths.known.constFind(shell);
        if (known != paths.known.constEnd()) {
            const QStringList directories = *known;
            lock.unlock();
            deliver(guard, done, directories);
            return;
        }
        auto waiting = paths.waiting.find(shell);
        if (waiting != paths.waiting.end()) {
            waiting->append({guard, std::move(done)});
            return;
        }
        paths.waiting.insert(shell, {{guard, std::move(done)}});
    }
    auto *process = new QProcess;
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
    auto answered = std::make_shared<bool>(false);
    const auto answer = [process, shell, answered](const QStringList &directories) {
        if (*answered)
            return;
        *answered = true;
        ShellPaths &all = shellPaths();
        QList<QPair<QPointer<QObject>, Done>> waiters;
        {
            QMutexLocker lock(&all.mutex);
            all.known.insert(shell, directories);
            waiters = all.waiting.take(shell);
        }
        for (const auto &waiter : waiters)
            deliver(waiter.first, waiter.second, directories);
        process->deleteLater();
    };
    QObject::connect(process, &QProcess::finished, process,
                     [process, answer](int code, QProcess::ExitStatus status) {
                         answer(code == 0 && status == QProcess::NormalExit
                                    ? splitPath(QString::fromLocal8Bit(
                                          process->readAllStandardOutput().trimmed()))
                                    : QStringList());
                     });
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [answer](QProcess::ProcessError error) {
                         if (error == QProcess::FailedToStart)
                             answer({});
                     });
    // A login shell that waits for something (a prompt in a profile) must not hold us up.
    QTimer::singleShot(kShellTimeoutMs, process, [process] { process->kill(); });
    process->start(shell, {QStringLiteral("-lc"), QStringLiteral("printf %s \"$PATH\"")});
}

ExecPlugin::ExecPlugin(const ExecConfig &exec, const ClusterConfig &cluster, QObject *parent)
    : QObject(parent)
    , m_exec(exec)
    , m_cluster(cluster)
{
}

ExecPlugin::~ExecPlugin()
{
    if (m_process)
        m_process->disconnect(this); // it is killed with us; nobody is told
}

QString ExecPlugin::refusal(const ExecConfig &exec, const QString &userName)
{
    if (exec.interactiveMode != QLatin1String("Always"))
        return {};
    return tr("user \"%1\": the exec credential plugin %2 needs a terminal (interactiveMode: "
              "Always), which a desktop application does not have; sign in with the plugin "
              "in a terminal first, or set interactiveMode to IfAvailable or Never if it can work "
              "without one")
        .arg(userName, exec.command);
}

void ExecPlugin::run(Done done)
{
    m_done = std::move(done);
    const QString refused = refusal(m_exec, m_cluster.userName);
    if (!refused.isEmpty()) {
        QTimer::singleShot(0, this, [this, refused] { finish(std::nullopt, refused); });
        return;
    }
    if (m_exec.command.contains(QLatin1Char('/'))) {
        const QFileInfo file(m_exec.command);
        if (file.isFile() && file.isExecutable()) {
            QTimer::singleShot(0, this, [this] { launch(m_exec.command, {}); });
        } else {
            QTimer::singleShot(0, this, [this] { notFound({}); });
        }
        return;
    }
    const QString onPath = QStandardPaths::findExecutable(m_exec.command);
    if (!onPath.isEmpty()) {
        QTimer::singleShot(0, this, [this, onPath] { launch(onPath, {}); });
        return;
    }
    LoginShellPath::lookUp(this, [this](const QStringList &loginPath) {
        const QString found = loginPath.isEmpty()
                                  ? QString()
                                  : QStandardPaths::findExecutable(m_exec.command, loginPath);
        if (found.isEmpty())
            notFound(loginPath);
        else
            launch(found, loginPath);
    });
}

void ExecPlugin::notFound(const QStringList &loginPath)
{
    QString message;
    if (m_exec.command.contains(QLatin1Char('/'))) {
        message = tr("exec: executable %1 not found").arg(m_exec.command);
    } else {
        const QString path = qEnvironmentVariable("PATH");
        message =
            loginPath.isEmpty() || loginPath.join(QLatin1Char(':')) == path
                ? tr("exec: executable %1 not found (searched PATH=%2)").arg(m_exec.command, path)
                : tr("exec: executable %1 not found (searched PATH=%2 and the login "
                     "shell's PATH=%3)")
                      .arg(m_exec.command, path, loginPath.join(QLatin1Char(':')));
    }
    message += QStringLiteral("\n\n") +
               tr("It looks like you are trying to use a client-go credential plugin that is not "
                  "installed.");
    if (!m_exec.installHint.isEmpty())
        message += QStringLiteral("\n\n") + m_exec.installHint;
    finish(std::nullopt, message);
}

void ExecPlugin::launch(const QString &program, const QStringList &pathOverride)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!pathOverride.isEmpty())
        environment.insert(QStringLiteral("PATH"), pathOverride.join(QLatin1Char(':')));
    for (const auto &pair : m_exec.env)
        environment.insert(pair.first, pair.second);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
                       QString::fromUtf8(ExecCredentials::execInfo(m_exec, m_cluster)));
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(environment);
    m_process->setStandardInputFile(QProcess::nullDevice()); // never interactive
    connect(m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        finish(std::nullopt, tr("exec: executable %1 could not be started: %2")
                                 .arg(program, m_process->errorString()));
    });
    // The output is taken as it comes (QProcess would keep all of it), within the limits, in
    // the pieces it came in (one buffer grown by doubling would hold two copies at times).
    auto output = std::make_shared<QByteArrayList>();
    auto outputBytes = std::make_shared<qint64>(0);
    auto errorOutput = std::make_shared<QByteArray>();
    auto tooMuch = std::make_shared<bool>(false);
    // A plugin that never ends (waiting for a login nobody can give it: its input is closed)
    // would hold every request of the user: it has the request timeout, else 120 s.
    auto tooLong = std::make_shared<bool>(false);
    const int runMs = m_cluster.requestTimeoutMs >= 0 ? m_cluster.requestTimeoutMs : kDefaultRunMs;
    if (runMs > 0) {
        QTimer::singleShot(runMs, m_process, [this, tooLong] {
            *tooLong = true;
            m_process->kill();
        });
    }
    const auto takeOutput = [this, output, outputBytes, tooMuch] {
        const QByteArray more = m_process->readAllStandardOutput();
        if (*tooMuch || more.isEmpty())
            return;
        *outputBytes += more.size();
        output->append(more);
        if (*outputBytes > kMaxOutputBytes) {
            *tooMuch = true;
            output->clear();
            m_process->kill();
        }
    };
    connect(m_process, &QProcess::readyReadStandardOutput, this, takeOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this, errorOutput] {
        const QByteArray more = m_process->readAllStandardError();
        errorOutput->append(more.left(kMaxErrorBytes - errorOutput->size()));
    });
    connect(m_process, &QProcess::finished, this,
            [this, program, output, errorOutput, tooMuch, tooLong, runMs,
             takeOutput](int code, QProcess::ExitStatus status) {
                errorOutput->append(
                    m_process->readAllStandardError().left(kMaxErrorBytes - errorOutput->size()));
                const QString errors = stderrExcerpt(*errorOutput);
                const QString suffix =
                    errors.isEmpty() ? QString() : QStringLiteral(":\n") + errors;
                takeOutput();
                if (*tooLong) {
                    finish(std::nullopt, tr("exec: executable %1 did not finish within %2 s "
                                            "(request timeout); it was stopped%3")
                                             .arg(m_exec.command)
                                             .arg(runMs / 1000.0)
                                             .arg(suffix));
                    return;
                }
                if (*tooMuch) {
                    finish(std::nullopt, tr("exec: executable %1 wrote more than %2 MB to its "
                                            "standard output, the limit for a credential; it "
                                            "was stopped")
                                             .arg(m_exec.command)
                                             .arg(kMaxOutputBytes >> 20));
                    return;
                }
                if (status != QProcess::NormalExit) {
                    finish(std::nullopt,
                           tr("exec: executable %1 crashed%2").arg(m_exec.command, suffix));
                    return;
                }
                if (code != 0) {
                    finish(std::nullopt, tr("exec: executable %1 failed with exit code %2%3")
                                             .arg(m_exec.command)
                                             .arg(code)
                                             .arg(suffix));
                    return;
                }
                QString error;
                const auto credential =
                    ExecCredentials::parse(output->join(), m_exec.apiVersion, &error);
                finish(credential, credential ? QString() : error);
            });
    m_process->start(program, m_exec.args);
}

void ExecPlugin::finish(const std::optional<ExecCredential> &credential, const QString &error)
{
    if (!m_done)
        return;
    const Done done = std::move(m_done);
    m_done = nullptr;
    done(credential, error);
}

} // namespace Kube
