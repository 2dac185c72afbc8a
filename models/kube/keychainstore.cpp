#include "models/kube/keychainstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <qt6keychain/keychain.h>

namespace Kube {

namespace {

// True when a keychain service is on the session bus (after a job has had the chance to start
// one by D-Bus activation).
bool serviceRunning()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    for (const char *name : {"org.freedesktop.secrets", "org.kde.kwalletd6", "org.kde.kwalletd5"}) {
        if (bus.interface()->isServiceRegistered(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

QString noService(const QKeychain::Job *job)
{
    return KeychainStore::tr("no keychain service (Secret Service) is running; start "
                             "gnome-keyring or KWallet in this desktop session (tokens are "
                             "never stored in a file instead): %1")
        .arg(QDBusConnection::sessionBus().isConnected()
                 ? job->errorString()
                 : KeychainStore::tr("there is no D-Bus session bus"));
}

// What a failed job means for an operator; empty when it succeeded.
QString describe(const QKeychain::Job *job, const QString &contextName)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return QString();
    case QKeychain::EntryNotFound:
        return KeychainStore::tr("no token is stored in the keychain for context \"%1\"")
            .arg(contextName);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noService(job);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainStore::tr("the keychain refused access to the token of context \"%1\" "
                                 "(is the keyring locked?): %2")
            .arg(contextName, job->errorString());
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (!serviceRunning())
        return noService(job);
    return KeychainStore::tr(
               "keychain error for context \"%1\" (is the login keyring missing or locked?): %2")
        .arg(contextName, job->errorString());
}

template<typename JobType>
JobType *newJob(QObject *parent)
{
    auto *job = new JobType(KeychainStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    return job;
}

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : QObject(parent)
{
}

QString KeychainStore::serviceName()
{
    return QStringLiteral("cstor-console");
}

QString KeychainStore::keyFor(const QString &contextName)
{
    return QStringLiteral("token/") + contextName;
}

void KeychainStore::writeToken(const QString &contextName, const QString &token)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(this);
    job->setKey(keyFor(contextName));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, contextName](QKeychain::Job *done) {
        const QString error = describe(done, contextName);
        emit tokenWritten(contextName, error.isEmpty(), error);
    });
    job->start();
}

void KeychainStore::readToken(const QString &contextName)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(this);
    job->setKey(keyFor(contextName));
    connect(job, &QKeychain::Job::finished, this, [this, contextName, job](QKeychain::Job *done) {
        const QString error = describe(done, contextName);
        emit tokenRead(contextName, error.isEmpty(), error.isEmpty() ? job->textData() : QString(),
                       error);
    });
    job->start();
}

void KeychainStore::removeToken(const QString &contextName)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(this);
    job->setKey(keyFor(contextName));
    connect(job, &QKeychain::Job::finished, this, [this, contextName](QKeychain::Job *done) {
        // Nothing stored is what removing asked for.
        const QString error =
            done->error() == QKeychain::EntryNotFound ? QString() : describe(done, contextName);
        emit tokenRemoved(contextName, error.isEmpty(), error);
    });
    job->start();
}

} // namespace Kube
