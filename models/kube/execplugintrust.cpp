#include "models/kube/execplugintrust.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSettings>

namespace Kube {

namespace {
const QString kGroup = QStringLiteral("trustedExecPlugins");

QString settingsKey(const ExecConfig &exec)
{
    QStringList parts{exec.kubeconfigFile, exec.command};
    parts += exec.args;
    const QByteArray digest =
        QCryptographicHash::hash(parts.join(QChar(0)).toUtf8(), QCryptographicHash::Sha256);
    return kGroup + QLatin1Char('/') + QString::fromLatin1(digest.toHex());
}

QString quoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString escaped = word;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}
} // namespace

bool ExecPluginTrust::isTrusted(const ExecConfig &exec)
{
    return QSettings().value(settingsKey(exec)).isValid();
}

void ExecPluginTrust::trust(const ExecConfig &exec)
{
    // The value says what was trusted without the arguments, which may hold secrets.
    QSettings().setValue(settingsKey(exec), QStringList{exec.kubeconfigFile, exec.command});
}

void ExecPluginTrust::forget(const ExecConfig &exec)
{
    QSettings().remove(settingsKey(exec));
}

QString ExecPluginTrust::untrustedMessage(const ExecConfig &exec)
{
    return tr("exec plugin %1 from %2 is not trusted: a kubeconfig's exec entry runs a program; "
              "trust it only if you know where the kubeconfig comes from")
        .arg(exec.command,
             exec.kubeconfigFile.isEmpty() ? tr("the kubeconfig") : exec.kubeconfigFile);
}

QString ExecPluginTrust::commandLine(const ExecConfig &exec)
{
    QStringList words{quoted(exec.command)};
    for (const QString &arg : exec.args)
        words << quoted(arg);
    return words.join(QLatin1Char(' '));
}

} // namespace Kube
