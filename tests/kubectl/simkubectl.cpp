#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QtDebug>

using namespace Qt::StringLiterals;

QString SimKubectl::kubectlProgram()
{
    return QStandardPaths::findExecutable(u"kubectl"_s);
}

QString SimKubectl::consoleProgram()
{
    const QString console = qEnvironmentVariable("CSTOR_CONSOLE");
    return !console.isEmpty() && QFile::exists(console) ? console : QString();
}

QString SimKubectl::missingPrograms()
{
    if (kubectlProgram().isEmpty())
        return u"kubectl is not installed"_s;
    if (consoleProgram().isEmpty())
        return u"CSTOR_CONSOLE does not name the cstor-console binary"_s;
    return {};
}

bool SimKubectl::start(SimHarness::Options options)
{
    if (options.seed < 0)
        options.seed = 11;
    QString error;
    if (!m_harness.start(options, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

ProgramRun SimKubectl::kubectl(const QStringList &args, const QProcessEnvironment &env) const
{
    return runProgram(m_kubectl,
                      QStringList{u"--kubeconfig"_s, kubeconfig(), u"--cache-dir"_s,
                                  m_harness.dir() + u"/cache"_s} +
                          args,
                      {env, 120000});
}

QString SimKubectl::jsonpath(const QString &what, const QString &path) const
{
    const ProgramRun r =
        kubectl({u"get"_s, what, u"-n"_s, u"openebs"_s, u"-o"_s, u"jsonpath={"_s + path + u"}"_s});
    return r.exitCode == 0 ? r.out.trimmed() : u"<error: "_s + r.err.trimmed() + u">"_s;
}

QJsonObject SimKubectl::jsonMap(const QString &what, const QString &path) const
{
    return QJsonDocument::fromJson(jsonpath(what, path).toUtf8()).object();
}

ProgramRun SimKubectl::postSim(const QString &endpoint, const QJsonObject &body) const
{
    return postRaw(u"/sim/v1/"_s + endpoint, body);
}

QString SimKubectl::reachSituation(const QString &name, int timeoutMs) const
{
    const ProgramRun started = postSim(u"situation"_s, {{u"name"_s, name}});
    if (started.exitCode != 0)
        return started.whole();
    const auto state = [this] {
        return getRaw(u"/sim/v1/situation"_s).value("state"_L1).toString();
    };
    if (!QTest::qWaitFor([&] { return state() == u"Reached"_s; }, timeoutMs))
        return u"situation %1 not reached in %2 ms: %3"_s.arg(name).arg(timeoutMs).arg(state());
    return {};
}

ProgramRun SimKubectl::postRaw(const QString &path, const QJsonObject &body,
                               const QStringList &extra) const
{
    QFile file(m_harness.dir() + u"/body.json"_s);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(body).toJson(QJsonDocument::Compact));
    file.close();
    return kubectl(QStringList{u"create"_s, u"--raw"_s, path, u"-f"_s, file.fileName()} + extra);
}

QJsonObject SimKubectl::getRaw(const QString &path) const
{
    const QString full = path.startsWith(u'/') ? path : u"/sim/v1/"_s + path;
    return QJsonDocument::fromJson(kubectl({u"get"_s, u"--raw"_s, full}).out.toUtf8()).object();
}

ProgramRun SimKubectl::patchPools(const QString &volume, const QStringList &pools) const
{
    QStringList entries;
    for (const QString &pool : pools)
        entries.append(u"{\"poolName\":\"%1\"}"_s.arg(pool));
    return kubectl(
        {u"patch"_s, u"cvc"_s, volume, u"-n"_s, u"openebs"_s, u"--type=merge"_s, u"-p"_s,
         u"{\"spec\":{\"policy\":{\"replicaPoolInfo\":[%1]}}}"_s.arg(entries.join(u","_s))});
}

QList<QJsonObject> SimKubectl::events(const QString &reason, const QString &object) const
{
    const ProgramRun r =
        kubectl({u"get"_s, u"events"_s, u"-n"_s, u"openebs"_s, u"--field-selector"_s,
                 u"reason=%1,involvedObject.name=%2"_s.arg(reason, object), u"-o"_s, u"json"_s});
    QList<QJsonObject> result;
    const QJsonArray items =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value("items"_L1).toArray();
    for (const QJsonValue &item : items)
        result.append(item.toObject());
    return result;
}

int SimKubectl::eventCount(const QString &reason, const QString &part, const QString &object) const
{
    QString selector = u"reason="_s + reason;
    if (!object.isEmpty())
        selector += u",involvedObject.name="_s + object;
    const ProgramRun r = kubectl({u"get"_s, u"events"_s, u"-n"_s, u"openebs"_s,
                                  u"--field-selector"_s, selector, u"-o"_s, u"json"_s});
    int count = 0;
    for (const QJsonValue &item :
         QJsonDocument::fromJson(r.out.toUtf8()).object().value("items"_L1).toArray()) {
        if (item.toObject().value("message"_L1).toString().contains(part))
            count += item.toObject().value("count"_L1).toInt(1);
    }
    return count;
}
